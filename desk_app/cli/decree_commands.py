"""Decree 118/2025's clocks on the command line: `desk-admin warnings`, `dossier
lateness-notice`, `dossier close`, `print closing-notice`."""

from __future__ import annotations

from desk_app.cli.common import EXIT_OK, command, datetime_arg, out, runs
from desk_app.cli.lifecycle_commands import _output, _report, _write
from desk_app.cli.output import render
from desk_app.services.processing import decree_clocks

WARNING_COLUMNS = ["code", "applicant_name", "kind", "due_at", "status"]


def clocks_json(clocks: decree_clocks.DossierClocks) -> dict:
    """The keys `dossier show` adds for the clocks (docs/json-output.md)."""
    notice = clocks.lateness_notice
    return {
        "acceptance_due_at": clocks.acceptance_due_at,
        "acceptance_class": clocks.acceptance_class,
        "supplement_due_at": clocks.supplement_due_at,
        "supplement_expired": clocks.supplement_expired,
        "lateness_notice": None if notice is None else {
            "at": notice.at, "reason": notice.reason,
            "proposed_due_at": notice.proposed_due_at, "unit": notice.unit},
        "lateness_unannounced": clocks.lateness_unannounced,
    }


def cmd_warnings(args) -> int:
    rows = decree_clocks.warnings(args.desk, args.as_of)
    out(render([{key: getattr(row, key) for key in WARNING_COLUMNS} for row in rows],
               WARNING_COLUMNS, args.format, raw=args.raw))
    return EXIT_OK


def add_warnings(parser) -> None:
    runs(parser, cmd_warnings, reads=True)
    parser.add_argument("--as-of", type=datetime_arg("Thời điểm"),
                        help='"YYYY-MM-DD HH:MM" (mặc định: bây giờ)')


def cmd_lateness_notice(args) -> int:
    notice = decree_clocks.record_lateness_notice(args.desk, args.code, args.reason,
                                                  args.proposed_date, at=args.at)
    out(f"{args.code}: đã ghi thông báo dự kiến trễ hạn, đề nghị hẹn "
        f"{notice.proposed_due_at:%d/%m/%Y %H:%M}")
    return EXIT_OK


def cmd_close(args) -> int:
    return _report(decree_clocks.close_unsupplemented(args.desk, args.code, at=args.at))


def register_decree_actions(dossier_sub) -> None:
    p = command(dossier_sub, "lateness-notice", cmd_lateness_notice,
                "ghi văn bản của đơn vị thông báo hồ sơ dự kiến trễ hạn (lý do, ngày hẹn đề nghị)")
    p.add_argument("code")
    p.add_argument("--reason", required=True)
    p.add_argument("--proposed-date", required=True, type=datetime_arg("Ngày hẹn đề nghị"),
                   help='"YYYY-MM-DD HH:MM"')
    p.add_argument("--at", type=datetime_arg("Thời điểm"),
                   help='"YYYY-MM-DD HH:MM" (mặc định: bây giờ)')
    p = command(dossier_sub, "close", cmd_close,
                "đóng hồ sơ hết thời hạn bổ sung (kèm thông báo đóng hồ sơ)")
    p.add_argument("code")
    p.add_argument("--at", type=datetime_arg("Thời điểm"),
                   help='"YYYY-MM-DD HH:MM" (mặc định: bây giờ)')


def cmd_print_closing_notice(args) -> int:
    path = _output(args.output, (".pdf",))
    _write(path, lambda target: decree_clocks.write_closing_notice(args.desk, args.code,
                                                                   target, args.copies))
    out(f"Đã ghi {args.output}")
    return EXIT_OK


def register_decree_prints(print_sub) -> None:
    p = command(print_sub, "closing-notice", cmd_print_closing_notice,
                "thông báo đóng hồ sơ do không bổ sung đúng hạn")
    p.add_argument("code")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--copies", type=int, default=1, choices=(1, 2))
