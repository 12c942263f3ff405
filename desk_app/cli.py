"""`desk-admin`: administration and scripting on the same services the program uses.

Exit status: 0 success, 2 bad input (message on stderr naming the field), 1 other failures.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

from desk_app import config
from desk_app.cli_output import FORMATS, render
from desk_app.domain.validation import ValidationError, parse_date, parse_datetime
from desk_app.services import calendar as calendar_service
from desk_app.services import catalog, office, setup
from desk_app.services.due_dates import due_date
from desk_app.services.errors import UserError

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class BadArguments(UserError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise BadArguments(f"Tham số không hợp lệ: {message}")


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _date_arg(field: str) -> Callable[[str], date]:
    def convert(text: str) -> date:
        try:
            return parse_date(text, field)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from exc

    return convert


def _datetime_arg(field: str) -> Callable[[str], datetime]:
    def convert(text: str) -> datetime:
        try:
            return parse_datetime(text, field)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from exc

    return convert


# --- commands -------------------------------------------------------------------------------


def cmd_init(args) -> int:
    report = setup.init_database(args.url)
    before = report.revision_before or "(trống)"
    _out(f"Cơ sở dữ liệu: {before} -> {report.revision_after}")
    _out(f"Thủ tục nạp từ danh mục kèm theo: {report.procedures_loaded}")
    return EXIT_OK


def cmd_office_show(args) -> int:
    settings = office.show(args.url)
    rows = [{"key": k, "value": v, "label": office.KEY_LABELS_VI[k]} for k, v in settings.items()]
    _out(render(rows, ["key", "value", "label"], args.format, whole=settings))
    return EXIT_OK


def cmd_office_set(args) -> int:
    value = office.set_value(args.url, args.key, args.value)
    _out(f"{args.key} = {value}")
    return EXIT_OK


def cmd_catalog_import(args) -> int:
    summary = catalog.import_file(args.url, Path(args.file))
    _out(f"Thêm mới: {len(summary.added)}; phiên bản mới: {len(summary.new_versions)}; "
         f"không đổi: {len(summary.unchanged)}")
    return EXIT_OK


CATALOG_COLUMNS = ["code", "name", "field", "level", "time_limit", "cutoff", "supplement_rule",
                   "fee", "effective_from"]


def cmd_catalog_list(args) -> int:
    procedures = catalog.list_procedures(args.url, args.search or "")
    rows = []
    for p in procedures:
        row = asdict(p)
        row["documents"] = [asdict(d) for d in p.documents]
        del row["version_id"]
        rows.append(row)
    columns = CATALOG_COLUMNS if args.format != "table" else ["code", "name", "field",
                                                               "time_limit"]
    _out(render(rows, columns, args.format))
    return EXIT_OK


def cmd_calendar_show(args) -> int:
    entries = calendar_service.show(args.url, args.year)
    rows = [
        {"date": e.day, "weekday": e.day.strftime("%a"), "kind": e.kind, "reason": e.reason,
         "source": e.source, "office_override": e.office_override}
        for e in entries
    ]
    _out(render(rows, ["date", "weekday", "kind", "reason", "source"], args.format))
    return EXIT_OK


def _report_change(change: calendar_service.CalendarChange, verb: str) -> int:
    if change.moved:
        _out(f"Hồ sơ đang mở có ngày hẹn thay đổi: {len(change.moved)}")
        rows = [{"code": m.code, "applicant_name": m.applicant_name, "old_due_at": m.old_due_at,
                 "new_due_at": m.new_due_at} for m in change.moved]
        _out(render(rows, ["code", "applicant_name", "old_due_at", "new_due_at"], "table"))
    if change.applied:
        _out(f"Đã {verb} {change.day:%d/%m/%Y}"
             + (f"; đã dời hẹn {len(change.moved)} hồ sơ" if change.moved else ""))
        return EXIT_OK
    _out("Chưa lưu gì: chạy lại với --apply để lưu và dời ngày hẹn các hồ sơ trên.")
    return EXIT_OK


def cmd_calendar_add(args) -> int:
    change = calendar_service.add(args.url, args.date, args.kind, args.reason, args.source,
                                  args.apply)
    return _report_change(change, "lưu điều chỉnh lịch ngày")


def cmd_calendar_remove(args) -> int:
    change = calendar_service.remove(args.url, args.date, args.apply)
    return _report_change(change, "bỏ điều chỉnh lịch ngày")


def cmd_due_date(args) -> int:
    answer = due_date(args.url, args.procedure, args.received)
    if args.format == "table":
        _out(f"Hẹn trả: {answer.due_at:%H:%M %d/%m/%Y}")
        _out(answer.explanation)
        return EXIT_OK
    row = {"procedure": answer.procedure, "received_at": answer.received_at,
           "due_at": answer.due_at, "time_limit": answer.time_limit,
           "explanation": answer.explanation}
    _out(render([row], list(row), args.format, whole=row))
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="desk-admin", description="Quản trị chương trình Một cửa (desk_app)")
    parser.add_argument("--db", help="SQLAlchemy URL (mặc định: DESK_APP_DATABASE_URL hoặc "
                        "tệp SQLite trong thư mục dữ liệu người dùng)")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def command(sub, name: str, handler, help_text: str, reads: bool = False):
        p = sub.add_parser(name, help=help_text)
        p.set_defaults(handler=handler)
        if reads:
            p.add_argument("--format", choices=FORMATS, default="table")
        return p

    command(commands, "init", cmd_init, "tạo hoặc nâng cấp cơ sở dữ liệu")

    office_cmd = commands.add_parser("office", help="thông tin cơ quan")
    office_sub = office_cmd.add_subparsers(dest="office_command", required=True,
                                           parser_class=_Parser)
    command(office_sub, "show", cmd_office_show, "xem", reads=True)
    p = command(office_sub, "set", cmd_office_set, "đặt một giá trị")
    p.add_argument("key")
    p.add_argument("value")

    catalog_cmd = commands.add_parser("catalog", help="danh mục thủ tục")
    catalog_sub = catalog_cmd.add_subparsers(dest="catalog_command", required=True,
                                             parser_class=_Parser)
    p = command(catalog_sub, "import", cmd_catalog_import, "nhập tệp CSV/XLSX")
    p.add_argument("file")
    p = command(catalog_sub, "list", cmd_catalog_list, "liệt kê", reads=True)
    p.add_argument("--search")

    calendar_cmd = commands.add_parser("calendar", help="lịch làm việc")
    calendar_sub = calendar_cmd.add_subparsers(dest="calendar_command", required=True,
                                               parser_class=_Parser)
    p = command(calendar_sub, "show", cmd_calendar_show, "ngày nghỉ và ngày làm bù", reads=True)
    p.add_argument("year", type=int)
    p = command(calendar_sub, "add", cmd_calendar_add, "thêm ngày nghỉ hoặc ngày làm việc")
    p.add_argument("date", type=_date_arg("Ngày"))
    p.add_argument("--kind", required=True, choices=calendar_service.KINDS)
    p.add_argument("--reason", required=True)
    p.add_argument("--source", default="")
    p.add_argument("--apply", action="store_true", help="lưu và dời ngày hẹn hồ sơ bị ảnh hưởng")
    p = command(calendar_sub, "remove", cmd_calendar_remove, "bỏ điều chỉnh lịch")
    p.add_argument("date", type=_date_arg("Ngày"))
    p.add_argument("--apply", action="store_true")

    p = command(commands, "due-date", cmd_due_date, "tính ngày hẹn trả", reads=True)
    p.add_argument("--procedure", required=True)
    p.add_argument("--received", required=True, type=_datetime_arg("Thời điểm nhận"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        args.url = config.database_url(args.db)
        return args.handler(args)
    except (UserError, ValidationError, config.ClockSettingError) as exc:
        sys.stderr.write(f"Lỗi: {exc}\n")
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - the last line of defence names the failure
        sys.stderr.write(f"Lỗi: {type(exc).__name__}: {exc}\n")
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
