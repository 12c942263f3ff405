"""`desk-admin`: administration and scripting on the same services the program uses.

Exit status: 0 success, 2 bad input (message on stderr naming the field), 1 other failures.
Every command is one row of COMMANDS. Its module, which declares its arguments in
`add_<command>(parser)` (hyphens as underscores), is imported only when that command runs:
`desk-admin --help` and a light command such as `due-date` then load neither the document
libraries nor the migrations that other commands need.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator, Sequence
from importlib import import_module
from pathlib import Path

from desk_app import config
from desk_app.cli import login
from desk_app.cli.common import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, Parser, out
from desk_app.cli.output import write_answer
from desk_app.domain.validation import ValidationError
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError

# (name, module in desk_app.cli, help in `desk-admin --help`), in the order the help lists them.
COMMANDS = (
    ("init", "setup_commands", "tạo hoặc nâng cấp cơ sở dữ liệu"),
    ("office", "setup_commands", "thông tin cơ quan"),
    ("user", "setup_commands", "người dùng"),
    ("catalog", "catalog_commands", "danh mục thủ tục"),
    ("calendar", "calendar_commands", "lịch làm việc"),
    ("due-date", "calendar_commands", "tính ngày hẹn trả"),
    ("dossier", "dossier_commands", "hồ sơ"),
    ("print", "print_commands", "in biểu mẫu ra PDF"),
    ("overdue", "report_commands", "hồ sơ quá hạn (tại một thời điểm)"),
    ("workload", "step_commands",
     "khối lượng theo đơn vị, cán bộ: bước đã xử lý (sớm, đúng, trễ hạn), đang giữ, quá hạn"),
    ("warnings", "decree_commands",
     "cảnh báo theo Nghị định 118: tiếp nhận hồ sơ trực tuyến, hết hạn bổ sung, sắp trễ hạn"),
    ("report", "report_commands",
     "báo cáo tình hình, kết quả giải quyết TTHC (Biểu 06/VPCP/KSTT)"),
    ("rate", "report_commands", "ghi đánh giá mức độ hài lòng khi trả kết quả"),
    ("backup", "maintenance_commands",
     "sao lưu cơ sở dữ liệu (không có TỆP: vào thư mục backups, có xoay vòng)"),
    ("restore", "maintenance_commands",
     "khôi phục từ một bản sao lưu đã kiểm tra (giữ lại cơ sở dữ liệu cũ)"),
    ("check", "maintenance_commands",
     "kiểm tra toàn vẹn, khoá ngoại và hạn giải quyết, trạng thái của mọi hồ sơ"),
    ("audit", "audit_commands", "nhật ký thay đổi"),
    ("sign", "sign_commands", "chữ ký số: cài đặt khoá ký, kiểm tra tệp PDF đã ký"),
    ("notify", "notify_commands", "thông báo cho người dân (thư, SMS, Zalo)"),
    ("demo", "demo_commands",
     "tạo nhanh dữ liệu mẫu (hồ sơ nhiều năm) vào cơ sở dữ liệu chưa có hồ sơ"),
)


def build_parser(chosen: str | None = None) -> Parser:
    """The command line with the arguments of the command `chosen`; every other command is
    only its name and help, which is all `desk-admin --help` shows of it."""
    parser = Parser(prog="desk-admin", description="Quản trị chương trình Một cửa (desk_app)")
    parser.add_argument("--db", help="SQLAlchemy URL (mặc định: DESK_APP_DATABASE_URL hoặc "
                        "tệp SQLite trong thư mục dữ liệu người dùng)")
    parser.add_argument("--user", dest="login", metavar="TÊN",
                        help=f"chạy với quyền của người dùng này (mặc định: {login.USER_VARIABLE}"
                             "); mật khẩu được hỏi khi chạy, hoặc lấy từ "
                             f"{login.PASSWORD_VARIABLE}. Không cần khi cơ sở dữ liệu chưa có "
                             "người dùng và cho due-date, calendar show, catalog list")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    for name, module, help_text in COMMANDS:
        if name == chosen:
            declare = getattr(import_module(f"desk_app.cli.{module}"),
                              "add_" + name.replace("-", "_"))
            declare(commands.add_parser(name, help=help_text))
        else:
            # No -h of its own: `desk-admin NAME --help` goes on to the declared parser.
            commands.add_parser(name, help=help_text, add_help=False)
    return parser


def parse(argv: Sequence[str] | None):
    """A first reading names the command (or answers --help); the second reads its arguments."""
    chosen, _ = build_parser().parse_known_args(argv)
    return build_parser(chosen.command).parse_args(argv)


def _utf8_streams() -> None:
    """Answers are Vietnamese: on Windows, output redirected to a file or a pipe would be
    encoded in the PC's code page, which has no letter like "ệ" (the command would fail)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").replace("-", "").lower()
        if encoding and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def _answer_to_file(args) -> int:
    """Run a reading command with its answer written to `args.answer_file` instead of the
    screen; nothing is written when the command fails."""
    path = Path(args.answer_file)
    # Checked first: the command may record an export in the audit trail before answering.
    if not path.parent.is_dir():
        raise UserError(f"Tệp ghi ra (-o): không có thư mục {path.parent}")
    answer = io.StringIO()
    with contextlib.redirect_stdout(answer):
        status = args.handler(args)
    if status == EXIT_OK:
        try:
            write_answer(path, answer.getvalue().rstrip("\n"), args.format)
        except OSError as exc:
            raise UserError(f"Tệp ghi ra (-o): không ghi được {path} "
                            f"({exc.strerror or exc})") from exc
        out(f"Đã ghi {path}")
    return status


@contextlib.contextmanager
def _holding_database(url: str) -> Iterator[None]:
    """A command holds the SQLite database open as the program does, so that a restore meanwhile
    is refused instead of setting aside what this command writes."""
    from desk_app.services.safety import db_lock, sqlite_file

    path = sqlite_file.sqlite_path(url)
    if path is None:
        yield
        return
    db_lock.hold(path)
    try:
        yield
    finally:
        db_lock.release(path)


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    try:
        args = parse(argv)
        desk = Desk(config.database_url(args.db))
        with _holding_database(desk.url):
            # A command runs with the role of whoever runs it, whom the audit trail then names.
            args.desk = login.log_in(desk, args) if login.needs_login(args) else desk
            if getattr(args, "answer_file", None):
                return _answer_to_file(args)
            return args.handler(args)
    except (UserError, ValidationError, config.ClockSettingError) as exc:
        sys.stderr.write(f"Lỗi: {exc}\n")
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - the last line of defence names the failure
        sys.stderr.write(f"Lỗi: {type(exc).__name__}: {exc}\n")
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
