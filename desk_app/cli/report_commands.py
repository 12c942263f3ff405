"""desk-admin overdue | report | rate: what a supervisor reads, and a citizen's rating."""

from __future__ import annotations

from pathlib import Path

from desk_app.cli.common import EXIT_OK, date_arg, datetime_arg, out, runs
from desk_app.cli.output import render
from desk_app.domain.periods import trend_start
from desk_app.domain.report import COUNTERS, DIGITISATION, RATES
from desk_app.services import exports
from desk_app.services.errors import UserError
from desk_app.services.processing import ratings
from desk_app.services.supervision import overdue, report

OVERDUE_KEYS = ["code", "procedure_code", "applicant_name", "received_at", "due_at",
                "overdue_working_days", "unit", "apology_issued"]


def _write_pdf(args, result: report.Report, path: str) -> None:
    """The PDF carries the screen's charts: the trend over the months up to the period's end."""
    trend = report.monthly_trend(args.desk, trend_start(args.date_from, args.date_to),
                                 args.date_to)
    report.write_report_pdf(result, path, trend)


EXPORTS = {".xlsx": lambda _args, result, path: report.write_report_xlsx(result, path),
           ".pdf": _write_pdf}
GROUP_KEYS = ["group", "total", "overdue", "due_soon", "without_apology"]
# A terminal table keeps the counters a supervisor reads first; CSV and JSON carry them all.
REPORT_TABLE_KEYS = ["procedure_code", "procedure_name", "received_total", "carried_over",
                     "received_online", "received_direct_postal", "resolved_total",
                     "resolved_early", "resolved_on_time", "resolved_late", "in_progress_total",
                     "in_progress_overdue", "withdrawn"]


def cmd_overdue(args) -> int:
    rows = overdue.overdue(args.desk, as_of=args.as_of, include_due_soon=args.due_soon,
                           unit=args.unit or "", procedure_code=args.procedure or "")
    if args.group:
        # Counts only: no applicant's name leaves the program.
        groups = [overdue.group_json(g) for g in overdue.group_overdue(rows, args.group)]
        out(render(groups, GROUP_KEYS, args.format, raw=args.raw))
        return EXIT_OK
    columns = OVERDUE_KEYS if args.format == "table" else OVERDUE_KEYS + [
        "procedure_name", "officer", "urgency", "step_name", "step_unit"]
    if args.format != "table":
        # Applicants' names in a file: an export, recorded like the dossier list's.
        exports.record_export(args.desk, f"overdue list ({args.format})", len(rows))
    out(render([overdue.overdue_json(r) for r in rows], columns, args.format, raw=args.raw))
    return EXIT_OK


def _export(path: str):
    writer = EXPORTS.get(Path(path).suffix.lower())
    if writer is None:
        raise UserError(f"Tệp xuất (-o): '{path}' phải có đuôi .xlsx hoặc .pdf")
    return writer


def cmd_report(args) -> int:
    writer = _export(args.output) if args.output else None
    result = report.build_report(args.desk, args.date_from, args.date_to)
    if writer is not None:
        writer(args, result, args.output)
        out(f"Đã ghi {args.output}")
        return EXIT_OK
    whole = report.report_json(result)
    rows = [*whole["rows"], {"field": "", "procedure_code": "", "procedure_name": "Tổng cộng",
                             **whole["totals"]}]
    columns = REPORT_TABLE_KEYS if args.format == "table" else [
        "field", "procedure_code", "procedure_name", *COUNTERS, *RATES, *DIGITISATION]
    out(render(rows, columns, args.format, whole=whole, raw=args.raw))
    return EXIT_OK


def _criterion(text: str) -> tuple[str, int]:
    key, _, value = text.partition("=")
    if not value.strip().isdigit():
        raise UserError(f"Tiêu chí đánh giá: '{text}' phải có dạng tên=mức, ví dụ officer=5")
    return key.strip(), int(value)


def cmd_rate(args) -> int:
    criteria = dict(_criterion(c) for c in args.criterion or [])
    ratings.record_rating(args.desk, args.code, args.score, criteria, args.comment or "")
    out(f"Đã ghi đánh giá hồ sơ {args.code}")
    return EXIT_OK


def add_overdue(parser) -> None:
    runs(parser, cmd_overdue, reads=True)
    parser.add_argument("--as-of", dest="as_of", type=datetime_arg("Thời điểm (--as-of)"),
                        help='"YYYY-MM-DD HH:MM", mặc định: bây giờ')
    parser.add_argument("--due-soon", dest="due_soon", action="store_true",
                        help="kèm hồ sơ đến hạn hôm nay hoặc trước hết ngày làm việc kế tiếp")
    parser.add_argument("--unit", help="chỉ một đơn vị xử lý")
    parser.add_argument("--procedure", help="chỉ một mã thủ tục")
    parser.add_argument("--group", choices=overdue.GROUPINGS,
                        help="chỉ số hồ sơ theo nhóm: đơn vị (unit), thủ tục (procedure) hoặc "
                             "bước đang thực hiện và đơn vị giữ hồ sơ (step)")


def add_report(parser) -> None:
    runs(parser, cmd_report, reads=True, answer_file=False)
    parser.add_argument("--from", dest="date_from", required=True,
                        type=date_arg("Từ ngày (--from)"))
    parser.add_argument("--to", dest="date_to", required=True, type=date_arg("Đến ngày (--to)"))
    parser.add_argument("-o", "--output", help="ghi ra tệp .xlsx hoặc .pdf")


def add_rate(parser) -> None:
    runs(parser, cmd_rate)
    parser.add_argument("code")
    parser.add_argument("--score", type=int, required=True, help="mức hài lòng chung")
    parser.add_argument("--criterion", action="append",
                        help="tiêu chí SIPAS tên=mức (access, procedure, officer, result, "
                             "feedback)")
    parser.add_argument("--comment")
