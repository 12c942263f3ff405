"""Who is acting: every service that changes something is told, and checks the role."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.services.errors import PermissionDenied

ROLES = ("clerk", "officer", "supervisor", "admin", "backup")
ROLE_NAMES_VI = {
    "clerk": "cán bộ tiếp nhận",
    "officer": "chuyên viên xử lý",
    "supervisor": "lãnh đạo",
    "admin": "quản trị",
    "backup": "sao lưu tự động",
}
# Roles of the accounts scheduled tasks log in with, each with the one desk-admin command it
# runs; such an account opens no window (the program's login refuses it) and runs nothing else.
TASK_ROLES = {"backup": "backup"}

# What each role may do; admin may do everything. "personal.list": full ID numbers in lists
# (others see them masked); "personal.read": the full ID number in one dossier's record (the
# counter checks it against the card of who collects the result; the units work without it);
# "personal.export": files that carry applicants' personal data; "overdue.read": the overdue
# list, which the desk and the units read too (acting on it is the supervisor's).
PERMISSIONS: dict[str, frozenset[str]] = {
    "clerk": frozenset({"dossier.receive", "dossier.transfer", "dossier.return", "dossier.read",
                        "catalog.read", "personal.read", "overdue.read", "notify.send"}),
    "officer": frozenset({"dossier.transfer", "dossier.process", "dossier.read",
                          "catalog.read", "overdue.read"}),
    "supervisor": frozenset(
        {
            "dossier.receive", "dossier.transfer", "dossier.return", "dossier.process",
            "dossier.read",
            "dossier.apology", "catalog.read", "report.read", "overdue.read", "audit.read",
            "calendar.edit",
            "personal.list", "personal.read", "personal.export", "notify.read", "notify.send",
            # Receiving a dossier that lacks a required paper, with a reason (issue 16).
            "dossier.accept_incomplete",
        }
    ),
    "admin": frozenset({"*"}),
    "backup": frozenset({"database.backup"}),
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
    "dossier.accept_incomplete": "duyệt tiếp nhận hồ sơ thiếu giấy tờ",
    "audit.read": "xem nhật ký thay đổi",
    "overdue.read": "xem danh sách hồ sơ quá hạn",
    "personal.export": "xuất dữ liệu có thông tin cá nhân",
    "database.backup": "sao lưu cơ sở dữ liệu",
    "database.restore": "khôi phục cơ sở dữ liệu",
    "notify.read": "xem thông báo gửi người dân",
    "notify.send": "gửi thông báo cho người dân",
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


# The actions no person takes at a keyboard, each named for what it is. None has a user account,
# and none has a username a person could log in with: those have no "-". desk-admin acts as the
# person logged in, or as FIRST_START while the database has no user.
MIGRATION = Actor(None, "desk-migration", "admin", "Nâng cấp cơ sở dữ liệu")
FIRST_START = Actor(None, "desk-setup", "admin", "Thiết lập ban đầu")
SCHEDULED_BACKUP = Actor(None, "desk-backup", "admin", "Sao lưu tự động")
RECOVERY_AT_START = Actor(None, "desk-recovery", "admin", "Khôi phục khi khởi động")
SELF_TEST = Actor(None, "desk-self-test", "admin", "Tự kiểm tra")
BENCHMARK = Actor(None, "desk-bench", "admin", "Đo tốc độ")
DEMO_GENERATOR = Actor(None, "desk-demo", "admin", "Dữ liệu mẫu")


# How the audit trail names an entry written without a user account: the actions above, and
# desk-admin's before it asked who runs it.
NO_ACCOUNT_USERNAME, NO_ACCOUNT_FULL_NAME = "desk-admin", "Quản trị hệ thống"


def require(actor: Actor, permission: str) -> None:
    if not actor.may(permission):
        what = ACTION_NAMES_VI.get(permission, permission)
        role = ROLE_NAMES_VI.get(actor.role, actor.role)
        raise PermissionDenied(f"Không có quyền: vai trò {role} không được {what}")
