"""desk-admin demo --dossiers N [--years 3] [--seed S]: a big demo register in bulk."""

from __future__ import annotations

import sys

from desk_app.cli.common import EXIT_OK, out, runs
from desk_app.domain.lifecycle import STATUS_NAMES_VI
from desk_app.services.demo import bulk_demo

CLASS_NAMES_VI = {
    "early": "giải quyết trước hạn",
    "on_time": "giải quyết đúng hạn",
    "late": "giải quyết quá hạn",
    "within": "đang giải quyết, trong hạn",
    "due_soon": "đang giải quyết, sắp đến hạn",
    "overdue": "đang giải quyết, quá hạn",
    "paused": "tạm dừng tính thời hạn",
}


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"\rĐã tạo {_number(done)}/{_number(total)} hồ sơ")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def cmd_demo(args) -> int:
    summary = bulk_demo.generate(args.desk, args.dossiers, years=args.years, seed=args.seed,
                                 progress=None if args.quiet else _progress)
    first = summary.first_received.strftime("%d/%m/%Y") if summary.first_received else ""
    last = summary.last_received.strftime("%d/%m/%Y") if summary.last_received else ""
    out(f"Đã tạo {_number(summary.dossiers)} hồ sơ mẫu tiếp nhận từ {first} đến {last} "
        f"trong {summary.seconds:.1f} giây: {_number(summary.events)} sự kiện, "
        f"{_number(summary.documents)} giấy tờ, {_number(summary.letters)} văn bản và phiếu, "
        f"{_number(summary.surveys)} phiếu đánh giá.")
    for status, number in sorted(summary.statuses.items(), key=lambda item: -item[1]):
        out(f"  {STATUS_NAMES_VI.get(status, status)}: {_number(number)}")
    for name, number in sorted(summary.classes.items(), key=lambda item: -item[1]):
        out(f"  {CLASS_NAMES_VI.get(name, name)}: {_number(number)}")
    return EXIT_OK


def add_demo(parser) -> None:
    runs(parser, cmd_demo)
    parser.add_argument("--dossiers", type=int, required=True, help="số hồ sơ cần tạo")
    parser.add_argument("--years", type=int, default=3, help="số năm trải dữ liệu (mặc định 3)")
    parser.add_argument("--seed", type=int, default=7, help="hạt giống ngẫu nhiên (tái lập được)")
    parser.add_argument("--quiet", action="store_true", help="không in tiến độ")
