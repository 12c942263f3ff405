"""desk-admin print FORM CODE -o FILE: the official documents as PDF."""

from __future__ import annotations

from pathlib import Path

from desk_app.cli.common import EXIT_OK, command, group, out
from desk_app.services import receipts


def cmd_print_receipt(args) -> int:
    receipts.write_receipt(args.url, args.code, Path(args.output), copies=args.copies)
    out(f"Đã ghi {args.output}")
    return EXIT_OK


def register(commands) -> None:
    print_sub = group(commands, "print", "in biểu mẫu ra PDF")
    p = command(print_sub, "receipt", cmd_print_receipt, "giấy tiếp nhận và hẹn trả kết quả")
    p.add_argument("code")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--copies", type=int, default=1, choices=(1, 2))
