"""Who is acting: every service that changes something is told, and checks the role."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.services.errors import PermissionDenied

ROLES = ("clerk", "officer", "supervisor", "admin")
ROLE_NAMES_VI = {
    "clerk": "cán bộ tiếp nhận",
    "officer": "chuyên viên xử lý",
    "supervisor": "lãnh đạo",
    "admin": "quản trị",
}

# What each role may do; admin may do everything. "personal.list": full ID numbers in lists
# (others see them masked); "personal.export": files that carry applicants' personal data.
PERMISSIONS: dict[str, frozenset[str]] = {
    "clerk": frozenset({"dossier.receive", "dossier.transfer", "dossier.return", "dossier.read",
                        "catalog.read"}),
    "officer": frozenset({"dossier.transfer", "dossier.process", "dossier.read",
                          "catalog.read"}),
    "supervisor": frozenset(
        {
            "dossier.receive", "dossier.transfer", "dossier.return", "dossier.process",
            "dossier.read",
            "dossier.apology", "catalog.read", "report.read", "audit.read", "calendar.edit",
            "personal.list", "personal.export",
        }
    ),
    "admin": frozenset({"*"}),
}

ACTION_NAMES_VI = {
    "office.edit": "sửa thông tin cơ quan",
    "catalog.edit": "sửa danh mục thủ tục",
    "calendar.edit": "sửa lịch làm việc",
    "user.edit": "quản lý người dùng",
    "dossier.receive": "tiếp nhận hồ sơ",
    "dossier.transfer": "chuyển hồ sơ",
    "dossier.return": "trả kết quả hoặc nhận rút hồ sơ",
    "dossier.process": "xử lý hồ sơ",
    "audit.read": "xem nhật ký thay đổi",
    "personal.export": "xuất dữ liệu có thông tin cá nhân",
}


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: str
    full_name: str = ""

    def may(self, permission: str) -> bool:
        granted = PERMISSIONS.get(self.role, frozenset())
        return "*" in granted or permission in granted


# The command line runs on the server by its administrator.
SYSTEM = Actor(user_id=None, username="desk-admin", role="admin", full_name="Quản trị hệ thống")


def require(actor: Actor, permission: str) -> None:
    if not actor.may(permission):
        what = ACTION_NAMES_VI.get(permission, permission)
        role = ROLE_NAMES_VI.get(actor.role, actor.role)
        raise PermissionDenied(f"Không có quyền: vai trò {role} không được {what}")
