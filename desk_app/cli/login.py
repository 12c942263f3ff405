"""Who runs desk-admin: the person who logged in with `--user` and a password, or the set-up
while the database has no user yet (as the program's first-start wizard does)."""

from __future__ import annotations

import getpass
import os
import sys

from desk_app.services.actors import FIRST_START, ROLE_NAMES_VI, TASK_ROLES
from desk_app.services.desk import Desk
from desk_app.services.errors import PermissionDenied, UserError

USER_VARIABLE = "DESK_APP_USER"
# For scheduled tasks, which have no keyboard; a password is never read from the command line,
# where every user of the PC can see it in the list of running programs.
PASSWORD_VARIABLE = "DESK_APP_PASSWORD"

# (command, subcommand) anyone at the PC may run without logging in: they read no personal data
# and change nothing. `due-date` also stays light this way (no password hasher to load).
WITHOUT_LOGIN = frozenset({("due-date", None), ("calendar", "show"), ("catalog", "list")})

LOGIN_NEEDED_VI = (
    "Cần đăng nhập: cơ sở dữ liệu đã có người dùng, lệnh chạy với quyền của người chạy nó. "
    f"Thêm --user TÊN trước lệnh (ví dụ: desk-admin --user TÊN backup) hoặc đặt {USER_VARIABLE}; "
    f"mật khẩu được hỏi khi chạy, hoặc lấy từ {PASSWORD_VARIABLE} cho tác vụ theo lịch")


def needs_login(args) -> bool:
    subcommand = getattr(args, f"{args.command}_command", None)
    return (args.command, subcommand) not in WITHOUT_LOGIN


def log_in(desk: Desk, args) -> Desk:
    """`desk` acting as the person named by --user (or DESK_APP_USER) once their password is
    checked, with the GUI's lockout; as the set-up while the database has no user."""
    # Imported here, not at the top: the commands without a login load no password hasher.
    from desk_app.services import users

    if users.in_set_up(desk):
        return desk.as_user(FIRST_START)
    username = (args.login or os.environ.get(USER_VARIABLE, "")).strip()
    if not username:
        raise UserError(LOGIN_NEEDED_VI)
    password = os.environ.get(PASSWORD_VARIABLE) or _ask_password(username)
    actor = users.authenticate(desk, username, password)
    task_command = TASK_ROLES.get(actor.role)
    if task_command is not None and args.command != task_command:
        raise PermissionDenied(f"Không có quyền: vai trò {ROLE_NAMES_VI[actor.role]} chỉ được "
                               f"chạy desk-admin {task_command}")
    return desk.as_user(actor)


def _ask_password(username: str) -> str:
    if not sys.stdin.isatty():
        # getpass would read the password from the pipe, or wait for it for ever.
        raise UserError(f"Mật khẩu: không có bàn phím để hỏi mật khẩu của {username}; "
                        f"tác vụ theo lịch đặt {PASSWORD_VARIABLE}")
    return getpass.getpass(f"Mật khẩu của {username}: ")
