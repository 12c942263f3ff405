"""What every desk-admin command module shares: exit codes, argument types, output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from desk_app.cli.output import FORMATS
from desk_app.domain.validation import ValidationError, parse_date, parse_datetime
from desk_app.services.errors import UserError

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
T = TypeVar("T")


class BadArguments(UserError):
    pass


class Parser(argparse.ArgumentParser):
    """Argument errors are bad input: exit 2 with a Vietnamese message, like every other."""

    def error(self, message: str):
        raise BadArguments(f"Tham số không hợp lệ: {message}")


def out(text: str) -> None:
    sys.stdout.write(text + "\n")


def date_arg(field: str) -> Callable[[str], date]:
    return _argument_type(parse_date, field)


def datetime_arg(field: str) -> Callable[[str], datetime]:
    return _argument_type(parse_datetime, field)


def _argument_type(parse: Callable[[str, str], T], field: str) -> Callable[[str], T]:
    """`parse` as an argparse type, its message (naming `field`) as argparse's error."""

    def convert(text: str) -> T:
        try:
            return parse(text, field)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from exc

    return convert


def group(parser: Parser, name: str):
    """The subcommands of the command group `desk-admin NAME SUBCOMMAND`."""
    return parser.add_subparsers(dest=f"{name}_command", required=True, parser_class=Parser)


def command(sub, name: str, handler, help_text: str, reads: bool = False,
            answer_file: bool = True):
    """One subcommand of a group, declared as `runs` declares a command."""
    return runs(sub.add_parser(name, help=help_text), handler, reads, answer_file)


def runs(parser: Parser, handler, reads: bool = False, answer_file: bool = True):
    """`handler` runs the command; `reads` adds --format table|csv|json and, unless the command
    writes files of its own (`answer_file=False`), -o FILE to write the answer there instead;
    --raw leaves CSV cells that start like a formula without the `'` put before them."""
    parser.set_defaults(handler=handler)
    if reads:
        parser.add_argument("--format", choices=FORMATS, default="table")
        parser.add_argument("--raw", action="store_true",
                            help="CSV: giữ nguyên ô bắt đầu bằng = + - @ (mặc định thêm "
                                 "dấu ' phía trước để Excel không chạy như công thức)")
        if answer_file:
            parser.add_argument("-o", "--output", dest="answer_file", metavar="TỆP",
                                help="ghi câu trả lời ra tệp (CSV kèm BOM để Excel đọc đúng "
                                     "tiếng Việt)")
    return parser
