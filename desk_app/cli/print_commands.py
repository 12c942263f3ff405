"""desk-admin print FORM ... -o FILE: the official documents as PDF (the register also as XLSX)."""

from __future__ import annotations

from pathlib import Path

from desk_app.cli.common import EXIT_OK, command, date_arg, group, out
from desk_app.cli.decree_commands import register_decree_prints
from desk_app.cli.lifecycle_commands import register_prints
from desk_app.services.processing import control_sheet, result_handover
from desk_app.services.reception import receipts
from desk_app.services.supervision import register as register_service


def cmd_print_receipt(args) -> int:
    receipts.write_receipt(args.desk, args.code, Path(args.output), copies=args.copies)
    out(f"Đã ghi {args.output}")
    return EXIT_OK


def cmd_print_control_sheet(args) -> int:
    control_sheet.write_control_sheet(args.desk, args.code, Path(args.output))
    out(f"Đã ghi {args.output}")
    return EXIT_OK


def cmd_print_result(args) -> int:
    result_handover.write_result_handover(args.desk, args.code, Path(args.output),
                                          copies=args.copies)
    out(f"Đã ghi {args.output}")
    return EXIT_OK


def cmd_print_register(args) -> int:
    register_service.check_period(args.start, args.end)
    register_service.write_register(args.desk, args.start, args.end, Path(args.output))
    out(f"Đã ghi {args.output}")
    return EXIT_OK


def add_print(parser) -> None:
    print_sub = group(parser, "print")
    p = command(print_sub, "receipt", cmd_print_receipt, "giấy tiếp nhận và hẹn trả kết quả")
    p.add_argument("code")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--copies", type=int, default=1, choices=(1, 2))
    p = command(print_sub, "control-sheet", cmd_print_control_sheet,
                "phiếu kiểm soát quá trình giải quyết hồ sơ")
    p.add_argument("code")
    p.add_argument("-o", "--output", required=True)
    p = command(print_sub, "result", cmd_print_result,
                "phiếu bàn giao kết quả giải quyết thủ tục hành chính (có mã QR)")
    p.add_argument("code")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--copies", type=int, default=1, choices=(1, 2))
    p = command(print_sub, "register", cmd_print_register,
                "sổ theo dõi hồ sơ của một khoảng thời gian (.pdf hoặc .xlsx)")
    p.add_argument("--from", dest="start", required=True, type=date_arg("Từ ngày"))
    p.add_argument("--to", dest="end", required=True, type=date_arg("Đến ngày"))
    p.add_argument("-o", "--output", required=True, help="tệp .pdf hoặc .xlsx")
    register_prints(print_sub)
    register_decree_prints(print_sub)
