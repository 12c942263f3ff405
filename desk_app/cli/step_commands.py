"""desk-admin dossier steps CODE, workload: the internal process steps and who holds what.

`workload -o FILE` writes a workbook when FILE ends in .xlsx, else the answer (table, CSV or
JSON by --format) as every reading command's -o does."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from desk_app.cli.common import EXIT_OK, command, date_arg, out, runs
from desk_app.cli.output import render, write_answer
from desk_app.files import write_atomically
from desk_app.services import dossier_steps
from desk_app.services.errors import UserError
from desk_app.services.supervision import workload

STEP_KEYS = ["step", "name", "unit", "started_at", "due_at", "done_at", "result"]
WORKLOAD_KEYS = ["unit", "officer", "handled", "early", "on_time", "late", "holding",
                 "holding_overdue"]


def cmd_dossier_steps(args) -> int:
    rows = [asdict(s) for s in dossier_steps.steps_of(args.desk, args.code)]
    out(render(rows, STEP_KEYS, args.format, raw=args.raw))
    return EXIT_OK


def cmd_workload(args) -> int:
    path = Path(args.output) if args.output else None
    if path is not None and not path.parent.is_dir():
        raise UserError(f"Tệp ghi ra (-o): không có thư mục {path.parent}")
    now = args.desk.now()
    rows = workload.workload(args.desk, args.unit, args.date_from, args.date_to, now)
    if path is not None and path.suffix.lower() == ".xlsx":
        write_atomically(path, lambda temporary: workload.write_workload_xlsx(
            rows, temporary, args.date_from, args.date_to, now, args.unit))
        out(f"Đã ghi {path}")
        return EXIT_OK
    columns = WORKLOAD_KEYS if args.format == "table" else [*WORKLOAD_KEYS, "median_minutes"]
    answer = render([r.as_json() for r in rows], columns, args.format, raw=args.raw)
    if path is None:
        out(answer)
        return EXIT_OK
    try:
        write_answer(path, answer.rstrip("\n"), args.format)
    except OSError as exc:
        raise UserError(f"Tệp ghi ra (-o): không ghi được {path} "
                        f"({exc.strerror or exc})") from exc
    out(f"Đã ghi {path}")
    return EXIT_OK


def register_step_commands(dossier_sub) -> None:
    p = command(dossier_sub, "steps", cmd_dossier_steps,
                "các bước của quy trình nội bộ: hạn từng bước, kết quả", reads=True)
    p.add_argument("code")
    # What a script reads first: JSON, as `workload` (--format table for a terminal).
    p.set_defaults(format="json")


def add_workload(parser) -> None:
    runs(parser, cmd_workload, reads=True, answer_file=False)
    parser.set_defaults(format="json")
    parser.add_argument("-o", "--output", metavar="TỆP",
                        help="ghi ra tệp: .xlsx là bảng tính có tiêu đề tiếng Việt, đuôi khác "
                             "là câu trả lời theo --format")
    parser.add_argument("--unit", help="chỉ một đơn vị")
    parser.add_argument("--from", dest="date_from", type=date_arg("Từ ngày (--from)"),
                        help="YYYY-MM-DD: bước hoàn thành từ ngày này")
    parser.add_argument("--to", dest="date_to", type=date_arg("Đến ngày (--to)"),
                        help="YYYY-MM-DD: bước hoàn thành đến hết ngày này")
