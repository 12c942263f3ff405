"""desk-admin calendar show|add|remove|import, due-date."""

from __future__ import annotations

from desk_app.cli.common import EXIT_OK, command, date_arg, datetime_arg, group, out, runs
from desk_app.cli.output import render
from desk_app.domain.calendar_notices import YearNotice, days_text
from desk_app.services.reception.due_dates import due_date
from desk_app.services.rules import calendar as calendar_service


def notice_lines(notice: YearNotice) -> list[str]:
    """The administrator's notice about one year's calendar, in Vietnamese."""
    lines = []
    if notice.estimated:
        lines.append(
            f"Lịch {notice.year}: {len(notice.estimated)} ngày ước tính, chưa có quyết định "
            f"chính thức: {days_text(notice.estimated)}. Khi có văn bản, nạp bằng "
            "desk-admin calendar import.")
    if notice.pending:
        lines.append(
            f"Lịch {notice.year}: {len(notice.pending)} ngày chờ văn bản, đang tính là ngày "
            f"làm việc: {days_text(notice.pending)}. Cơ quan quyết định bằng "
            "desk-admin calendar add hoặc calendar import.")
    return lines


def cmd_calendar_show(args) -> int:
    entries = calendar_service.show(args.desk, args.year)
    rows = [
        {"date": e.day, "weekday": e.day.strftime("%a"), "kind": e.kind, "reason": e.reason,
         "status": e.status, "source": e.source, "office_override": e.office_override}
        for e in entries
    ]
    out(render(rows, ["date", "weekday", "kind", "status", "reason", "source"], args.format,
               raw=args.raw))
    if args.format == "table":
        for line in notice_lines(calendar_service.year_notices(args.desk, args.year)):
            out(line)
    return EXIT_OK


def _report_change(change: calendar_service.CalendarChange, verb: str) -> int:
    if change.moved:
        out(f"Hồ sơ đang mở có ngày hẹn thay đổi: {len(change.moved)}")
        rows = [{"code": m.code, "applicant_name": m.applicant_name, "old_due_at": m.old_due_at,
                 "new_due_at": m.new_due_at} for m in change.moved]
        out(render(rows, ["code", "applicant_name", "old_due_at", "new_due_at"], "table"))
    if change.applied:
        out(f"Đã {verb} {change.day:%d/%m/%Y}"
             + (f"; đã dời hẹn {len(change.moved)} hồ sơ" if change.moved else ""))
        return EXIT_OK
    out("Chưa lưu gì: chạy lại với --apply để lưu và dời ngày hẹn các hồ sơ trên.")
    return EXIT_OK


def cmd_calendar_add(args) -> int:
    change = calendar_service.add(args.desk, args.date, args.kind, args.reason, args.source,
                                  args.apply)
    return _report_change(change, "lưu điều chỉnh lịch ngày")


def cmd_calendar_remove(args) -> int:
    change = calendar_service.remove(args.desk, args.date, args.apply)
    return _report_change(change, "bỏ điều chỉnh lịch ngày")


def cmd_calendar_import(args) -> int:
    result = calendar_service.import_decision(args.desk, args.file, args.apply)
    out(f"Văn bản có {len(result.days)} ngày:")
    out(render([{"date": d.day, "kind": d.kind, "name": d.reason, "source": d.source}
                for d in result.days], ["date", "kind", "name", "source"], "table"))
    if result.moved:
        out(f"Hồ sơ đang mở có ngày hẹn thay đổi: {len(result.moved)}")
        rows = [{"code": m.code, "applicant_name": m.applicant_name, "old_due_at": m.old_due_at,
                 "new_due_at": m.new_due_at} for m in result.moved]
        out(render(rows, ["code", "applicant_name", "old_due_at", "new_due_at"], "table"))
    if result.applied:
        out(f"Đã nạp {len(result.days)} ngày chính thức"
            + (f"; đã dời hẹn {len(result.moved)} hồ sơ" if result.moved else ""))
        return EXIT_OK
    out("Chưa lưu gì: chạy lại với --apply để lưu và dời ngày hẹn các hồ sơ trên.")
    return EXIT_OK


def cmd_due_date(args) -> int:
    answer = due_date(args.desk, args.procedure, args.received)
    if args.format == "table":
        out(f"Hẹn trả: {answer.due_at:%H:%M %d/%m/%Y}")
        out(answer.explanation)
        return EXIT_OK
    row = {"procedure": answer.procedure, "received_at": answer.received_at,
           "due_at": answer.due_at, "time_limit": answer.time_limit,
           "explanation": answer.explanation}
    out(render([row], list(row), args.format, whole=row, raw=args.raw))
    return EXIT_OK


def add_calendar(parser) -> None:
    calendar_sub = group(parser, "calendar")
    p = command(calendar_sub, "show", cmd_calendar_show, "ngày nghỉ và ngày làm bù", reads=True)
    p.add_argument("year", type=int)
    p = command(calendar_sub, "add", cmd_calendar_add, "thêm ngày nghỉ hoặc ngày làm việc")
    p.add_argument("date", type=date_arg("Ngày"))
    p.add_argument("--kind", required=True, choices=calendar_service.KINDS)
    p.add_argument("--reason", required=True)
    p.add_argument("--source", default="")
    p.add_argument("--apply", action="store_true", help="lưu và dời ngày hẹn hồ sơ bị ảnh hưởng")
    p = command(calendar_sub, "remove", cmd_calendar_remove, "bỏ điều chỉnh lịch")
    p.add_argument("date", type=date_arg("Ngày"))
    p.add_argument("--apply", action="store_true")
    p = command(calendar_sub, "import", cmd_calendar_import,
                "nạp văn bản chính thức về ngày nghỉ, ngày làm bù (CSV: date,kind,name,source)")
    p.add_argument("file")
    p.add_argument("--apply", action="store_true", help="lưu và dời ngày hẹn hồ sơ bị ảnh hưởng")


def add_due_date(parser) -> None:
    runs(parser, cmd_due_date, reads=True)
    parser.add_argument("--procedure", required=True)
    parser.add_argument("--received", required=True, type=datetime_arg("Thời điểm nhận"))
