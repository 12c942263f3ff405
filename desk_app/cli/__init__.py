"""`desk-admin`: administration and scripting on the same services the program uses.

Exit status: 0 success, 2 bad input (message on stderr naming the field), 1 other failures.
Each area's commands live in their own module with a `register(commands)` function.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from desk_app import config
from desk_app.cli import (
    audit_commands,
    calendar_commands,
    catalog_commands,
    demo_commands,
    dossier_commands,
    maintenance_commands,
    print_commands,
    report_commands,
    setup_commands,
)
from desk_app.cli.common import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, Parser, out
from desk_app.cli.output import write_answer
from desk_app.domain.validation import ValidationError
from desk_app.services.errors import UserError

COMMAND_MODULES = (
    setup_commands,
    catalog_commands,
    calendar_commands,
    dossier_commands,
    print_commands,
    report_commands,
    maintenance_commands,
    audit_commands,
    demo_commands,
)


def build_parser() -> Parser:
    parser = Parser(prog="desk-admin", description="Quản trị chương trình Một cửa (desk_app)")
    parser.add_argument("--db", help="SQLAlchemy URL (mặc định: DESK_APP_DATABASE_URL hoặc "
                        "tệp SQLite trong thư mục dữ liệu người dùng)")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


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


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    try:
        args = build_parser().parse_args(argv)
        args.url = config.database_url(args.db)
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
