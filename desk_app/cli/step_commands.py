"""desk-admin dossier steps CODE, workload: the internal process steps and who holds what."""

from __future__ import annotations

from desk_app.cli.common import EXIT_OK, command, date_arg, out, runs
from desk_app.cli.output import render
from desk_app.services import dossier_steps
from desk_app.services.supervision import workload

STEP_KEYS = ["step", "name", "unit", "started_at", "due_at", "done_at", "result"]
WORKLOAD_KEYS = ["unit", "officer", "handled", "early", "on_time", "late", "holding",
                 "holding_overdue"]


def cmd_dossier_steps(args) -> int:
    rows = [{"step": s.step, "name": s.name, "unit": s.unit, "started_at": s.started_at,
             "due_at": s.due_at, "done_at": s.done_at, "result": s.result,
             "holder": s.holder, "officer": s.officer, "budget": s.budget,
             "overrun_minutes": s.overrun_minutes}
            for s in dossier_steps.steps_of(args.desk, args.code)]
    out(render(rows, STEP_KEYS, args.format, raw=args.raw))
    return EXIT_OK


def cmd_workload(args) -> int:
    rows = workload.workload(args.desk, args.unit, args.date_from, args.date_to)
    columns = WORKLOAD_KEYS if args.format == "table" else [*WORKLOAD_KEYS, "median_minutes"]
    out(render([r.as_json() for r in rows], columns, args.format, raw=args.raw))
    return EXIT_OK


def register_step_commands(dossier_sub) -> None:
    p = command(dossier_sub, "steps", cmd_dossier_steps,
                "các bước của quy trình nội bộ: hạn từng bước, kết quả", reads=True)
    p.add_argument("code")
    # What a script reads first: JSON, as `workload` (--format table for a terminal).
    p.set_defaults(format="json")


def add_workload(parser) -> None:
    runs(parser, cmd_workload, reads=True)
    parser.set_defaults(format="json")
    parser.add_argument("--unit", help="chỉ một đơn vị")
    parser.add_argument("--from", dest="date_from", type=date_arg("Từ ngày (--from)"),
                        help="YYYY-MM-DD: bước hoàn thành từ ngày này")
    parser.add_argument("--to", dest="date_to", type=date_arg("Đến ngày (--to)"),
                        help="YYYY-MM-DD: bước hoàn thành đến hết ngày này")
