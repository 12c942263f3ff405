"""desk-admin init, office show|set, user add|passwd|list|disable|enable."""

from __future__ import annotations

import getpass
from dataclasses import asdict

from desk_app.cli.common import EXIT_OK, command, group, out, runs
from desk_app.cli.output import render
from desk_app.services import office, setup, users
from desk_app.services.actors import FIRST_START, ROLES
from desk_app.services.errors import UserError


def cmd_init(args) -> int:
    report = setup.init_database(args.desk)
    before = report.revision_before or "(trống)"
    out(f"Cơ sở dữ liệu: {before} -> {report.revision_after}")
    out(f"Thủ tục nạp từ danh mục kèm theo: {report.procedures_loaded}")
    if report.steps_filled:
        out(f"Hồ sơ được tính các bước quy trình nội bộ: {report.steps_filled}")
    return EXIT_OK


def cmd_office_show(args) -> int:
    settings = office.show(args.desk)
    rows = [{"key": k, "value": v, "label": office.KEY_LABELS_VI[k]} for k, v in settings.items()]
    out(render(rows, ["key", "value", "label"], args.format, whole=settings, raw=args.raw))
    return EXIT_OK


def cmd_office_set(args) -> int:
    value = office.set_value(args.desk, args.key, args.value)
    out(f"{args.key} = {value}")
    return EXIT_OK


def cmd_user_add(args) -> int:
    if args.desk.actor == FIRST_START and args.role != "admin":
        # Every later command needs a login: without an administrator nobody could add one.
        raise UserError("Vai trò: người dùng đầu tiên phải là quản trị (--role admin)")
    password = args.password or _ask_password()
    info = users.add_user(args.desk, args.username, args.full_name, args.role, password,
                          unit=args.unit or "", email=args.email or "")
    out(f"Đã thêm {info.username} ({info.role})")
    return EXIT_OK


def cmd_user_set(args) -> int:
    info = users.set_unit(args.desk, args.username, args.unit or "", args.email)
    out(f"{info.username}: đơn vị {info.unit or '(Bộ phận Một cửa / trung tâm)'}; "
        f"thư {info.email or '(không có)'}")
    return EXIT_OK


def cmd_user_passwd(args) -> int:
    users.set_password(args.desk, args.username, args.password or _ask_password())
    out(f"Đã đổi mật khẩu của {args.username}")
    return EXIT_OK


def cmd_user_list(args) -> int:
    rows = [asdict(u) for u in users.list_users(args.desk)]
    out(render(rows, ["username", "full_name", "role", "active", "unit", "email"], args.format,
               raw=args.raw))
    return EXIT_OK


def cmd_user_disable(args) -> int:
    info = users.disable_user(args.desk, args.username)
    out(f"Đã khoá {info.username}: không đăng nhập được nữa")
    return EXIT_OK


def cmd_user_enable(args) -> int:
    info = users.enable_user(args.desk, args.username)
    out(f"Đã mở khoá {info.username}")
    return EXIT_OK


def _ask_password() -> str:
    first = getpass.getpass("Mật khẩu: ")
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        raise UserError("Mật khẩu: hai lần nhập không khớp")
    return first


def add_init(parser) -> None:
    runs(parser, cmd_init)


def add_office(parser) -> None:
    office_sub = group(parser, "office")
    command(office_sub, "show", cmd_office_show, "xem", reads=True)
    p = command(office_sub, "set", cmd_office_set, "đặt một giá trị")
    p.add_argument("key")
    p.add_argument("value")


def _placement_arguments(p) -> None:
    p.add_argument("--unit", help="đơn vị làm việc (bỏ trống: Bộ phận Một cửa hoặc trung tâm)")
    p.add_argument("--email", help="thư điện tử nhận cảnh báo bước quy trình quá hạn")


def add_user(parser) -> None:
    user_sub = group(parser, "user")
    p = command(user_sub, "add", cmd_user_add, "thêm người dùng")
    p.add_argument("username")
    p.add_argument("--full-name", required=True)
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--password", help=f"bỏ trống để nhập từ bàn phím. {users.PASSWORD_RULES_VI}")
    _placement_arguments(p)
    p = command(user_sub, "set", cmd_user_set,
                "đơn vị làm việc (cán bộ; giám sát viên của đơn vị là lãnh đạo đơn vị) và thư")
    p.add_argument("username")
    _placement_arguments(p)
    p = command(user_sub, "passwd", cmd_user_passwd, "đổi mật khẩu")
    p.add_argument("username")
    p.add_argument("--password")
    command(user_sub, "list", cmd_user_list, "liệt kê", reads=True)
    p = command(user_sub, "disable", cmd_user_disable, "khoá tài khoản (không xoá)")
    p.add_argument("username")
    p = command(user_sub, "enable", cmd_user_enable, "mở khoá tài khoản")
    p.add_argument("username")
