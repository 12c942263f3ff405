"""`desk-admin`: administration and scripting on the same services the program uses.

Exit status: 0 success, 2 bad input (message on stderr naming the field), 1 other failures.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

from desk_app import config
from desk_app.cli_output import FORMATS, render
from desk_app.domain.validation import ValidationError, parse_date, parse_datetime
from desk_app.services import calendar as calendar_service
from desk_app.services import catalog, dossier_import, dossiers, office, receipts, setup, users
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


DOSSIER_KEYS = ["code", "procedure_code", "applicant_name", "channel", "received_at", "due_at",
                "status"]


def _dossier_json(row: dossiers.DossierRow) -> dict:
    return {key: getattr(row, key) for key in DOSSIER_KEYS} | {
        "unit": row.unit, "deadline_class": row.deadline_class}


def cmd_dossier_import(args) -> int:
    for code in dossier_import.import_file(args.url, Path(args.file)):
        _out(code)
    return EXIT_OK


def cmd_dossier_list(args) -> int:
    query = dossiers.DossierQuery(text=args.search or "", status=args.status or "")
    rows = dossiers.search(args.url, query, limit=args.limit)
    columns = DOSSIER_KEYS if args.format != "table" else [
        "code", "procedure_code", "applicant_name", "received_at", "due_at", "status"]
    _out(render([_dossier_json(r) for r in rows], columns, args.format))
    return EXIT_OK


def cmd_dossier_show(args) -> int:
    detail = dossiers.show(args.url, args.code)
    whole = _dossier_json(detail.row) | {
        "phone": detail.phone, "email": detail.email, "address": detail.address,
        "id_number": detail.id_number, "explanation": detail.explanation,
        "documents": [asdict(d) for d in detail.documents],
        "events": [asdict(e) for e in detail.events],
    }
    if args.format == "json":
        _out(render([], [], "json", whole=whole))
        return EXIT_OK
    fields = [{"field": k, "value": v} for k, v in whole.items()
              if k not in ("documents", "events")]
    _out(render(fields, ["field", "value"], args.format))
    if args.format == "table":
        _out("")
        _out(render([asdict(d) for d in detail.documents], ["name", "form", "count"], "table"))
        _out("")
        _out(render([asdict(e) for e in detail.events], ["at", "kind", "actor", "unit", "note"],
                    "table"))
    return EXIT_OK


def cmd_print(args) -> int:
    receipts.write_receipt(args.url, args.code, Path(args.output), copies=args.copies)
    _out(f"Đã ghi {args.output}")
    return EXIT_OK


def cmd_user_add(args) -> int:
    password = args.password or _ask_password()
    info = users.add_user(args.url, args.username, args.full_name, args.role, password)
    _out(f"Đã thêm {info.username} ({info.role})")
    return EXIT_OK


def cmd_user_passwd(args) -> int:
    users.set_password(args.url, args.username, args.password or _ask_password())
    _out(f"Đã đổi mật khẩu của {args.username}")
    return EXIT_OK


def cmd_user_list(args) -> int:
    rows = [asdict(u) for u in users.list_users(args.url)]
    _out(render(rows, ["username", "full_name", "role", "active"], args.format))
    return EXIT_OK


def _ask_password() -> str:
    first = getpass.getpass("Mật khẩu: ")
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        raise UserError("Mật khẩu: hai lần nhập không khớp")
    return first


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

    dossier_cmd = commands.add_parser("dossier", help="hồ sơ")
    dossier_sub = dossier_cmd.add_subparsers(dest="dossier_command", required=True,
                                             parser_class=_Parser)
    p = command(dossier_sub, "import", cmd_dossier_import, "nhập hồ sơ từ CSV/XLSX")
    p.add_argument("file")
    p = command(dossier_sub, "list", cmd_dossier_list, "liệt kê, tìm kiếm", reads=True)
    p.add_argument("--search")
    p.add_argument("--status")
    p.add_argument("--limit", type=int, default=1000)
    p = command(dossier_sub, "show", cmd_dossier_show, "xem một hồ sơ", reads=True)
    p.add_argument("code")

    print_cmd = commands.add_parser("print", help="in biểu mẫu ra PDF")
    print_sub = print_cmd.add_subparsers(dest="print_command", required=True,
                                         parser_class=_Parser)
    p = command(print_sub, "receipt", cmd_print, "giấy tiếp nhận và hẹn trả kết quả")
    p.add_argument("code")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--copies", type=int, default=1, choices=(1, 2))

    user_cmd = commands.add_parser("user", help="người dùng")
    user_sub = user_cmd.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
    p = command(user_sub, "add", cmd_user_add, "thêm người dùng")
    p.add_argument("username")
    p.add_argument("--full-name", required=True)
    p.add_argument("--role", required=True, choices=("clerk", "officer", "supervisor", "admin"))
    p.add_argument("--password", help="bỏ trống để nhập từ bàn phím")
    p = command(user_sub, "passwd", cmd_user_passwd, "đổi mật khẩu")
    p.add_argument("username")
    p.add_argument("--password")
    command(user_sub, "list", cmd_user_list, "liệt kê", reads=True)

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
