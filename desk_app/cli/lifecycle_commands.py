"""desk-admin dossier <action> CODE ... (the steps of a dossier's life after intake) and
desk-admin print apology|stop-notice|supplement-request|refusal CODE -o FILE.

Each action is one service call: it either records everything (event, letter, audit) or
nothing. `print apology` with a reason, errors or a new date issues a new letter and writes
it; without them it writes the dossier's latest apology again.
"""

from __future__ import annotations

import argparse
import io
from datetime import date, datetime
from pathlib import Path

from desk_app.cli.common import EXIT_OK, command, date_arg, datetime_arg, out
from desk_app.domain.lifecycle import STATUS_NAMES_VI
from desk_app.domain.validation import ValidationError, parse_date, parse_datetime
from desk_app.services import dossiers
from desk_app.services.errors import UserError
from desk_app.services.processing import letters, lifecycle


def _missing(text: str) -> tuple[str, str]:
    """"name: what to do" -> (name, what to do)."""
    name, _, detail = text.partition(":")
    return name.strip(), detail.strip()


def _report(result: lifecycle.ActionResult) -> int:
    due = f", hẹn {result.due_at:%d/%m/%Y %H:%M}" if result.due_at else ", tạm dừng tính hạn"
    letter = f", phiếu số {result.letter_number}" if result.letter_number else ""
    out(f"{result.code}: {STATUS_NAMES_VI.get(result.status, result.status)}{due}{letter}")
    return EXIT_OK


def cmd_transfer(args) -> int:
    return _report(lifecycle.transfer(args.desk, args.code, args.unit, args.receiver,
                                      args.note or "", at=args.at))


def cmd_request_supplement(args) -> int:
    return _report(lifecycle.request_supplement(
        args.desk, args.code, [_missing(m) for m in args.missing], args.reason,
        at=args.at))


def cmd_receive_supplement(args) -> int:
    return _report(lifecycle.receive_supplement(args.desk, args.code, args.note or "",
                                                at=args.at))


def cmd_stop(args) -> int:
    signer = args.signer.split("|") if args.signer else ()
    return _report(lifecycle.stop(args.desk, args.code, args.reason, at=args.at,
                                  legal_basis=args.legal_basis or "", signer=signer))


def cmd_resume(args) -> int:
    return _report(lifecycle.resume(args.desk, args.code, args.note or "", at=args.at))


def cmd_result_ready(args) -> int:
    return _report(lifecycle.result_ready(args.desk, args.code, args.note or "",
                                          at=args.at, valid_until=args.valid_until))


def cmd_refuse(args) -> int:
    return _report(lifecycle.refuse(args.desk, args.code, args.reason, at=args.at,
                                    legal_basis=args.legal_basis or ""))


def cmd_return(args) -> int:
    if args.post and (args.collector or args.collector_id):
        raise UserError("--post: không dùng cùng --collector/--collector-id")
    return _report(lifecycle.return_result(
        args.desk, args.code, collector_name=args.collector or "",
        collector_id=args.collector_id or "", by_post=args.post,
        tracking_number=args.tracking or "", at=args.at, note=args.note or ""))


def cmd_withdraw(args) -> int:
    return _report(lifecycle.withdraw(args.desk, args.code, args.reason, at=args.at))


def register_actions(dossier_sub) -> None:
    """The lifecycle actions under `desk-admin dossier`."""

    def action(name, handler, help_text):
        parser = command(dossier_sub, name, handler, help_text)
        parser.add_argument("code")
        parser.add_argument("--at", type=datetime_arg("Thời điểm"),
                            help='"YYYY-MM-DD HH:MM" (mặc định: bây giờ)')
        return parser

    p = action("transfer", cmd_transfer, "chuyển hồ sơ cho đơn vị xử lý (hoặc đơn vị khác)")
    p.add_argument("--unit", required=True, help="đơn vị nhận")
    p.add_argument("--receiver", required=True, help="người nhận")
    p.add_argument("--note")
    p = action("request-supplement", cmd_request_supplement,
               "yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)")
    p.add_argument("--missing", action="append", required=True,
                   help='"tên giấy tờ: nội dung cần bổ sung" (lặp lại được)')
    p.add_argument("--reason", required=True)
    p = action("receive-supplement", cmd_receive_supplement, "nhận hồ sơ bổ sung")
    p.add_argument("--note")
    p = action("stop", cmd_stop, "dừng giải quyết hồ sơ (mẫu 05)")
    p.add_argument("--reason", required=True)
    p.add_argument("--legal-basis", help='ví dụ "khoản 2 Điều 17 Nghị định 118/2025/NĐ-CP"')
    p.add_argument("--signer", help='"KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC|Họ tên" (thẩm quyền|chức vụ|'
                                    'họ tên)')
    p = action("resume", cmd_resume, "tiếp tục giải quyết sau khi dừng")
    p.add_argument("--note")
    p = action("result-ready", cmd_result_ready, "đã có kết quả")
    p.add_argument("--note")
    p.add_argument("--valid-until", type=date_arg("Hiệu lực đến ngày"),
                   help="YYYY-MM-DD: ngày cuối cùng kết quả còn hiệu lực (mặc định: không "
                        "thời hạn)")
    p = action("refuse", cmd_refuse, "từ chối giải quyết, nêu lý do (mẫu 03)")
    p.add_argument("--reason", action="append", required=True, help="lặp lại được")
    p.add_argument("--legal-basis")
    p = action("return", cmd_return, "trả kết quả cho người nộp hoặc gửi bưu chính")
    p.add_argument("--collector", help="họ tên người nhận kết quả")
    p.add_argument("--collector-id", help="số giấy tờ tùy thân người nhận xuất trình")
    p.add_argument("--post", action="store_true", help="gửi qua bưu chính")
    p.add_argument("--tracking", help="số vận đơn bưu chính")
    p.add_argument("--note")
    p = action("withdraw", cmd_withdraw, "rút hồ sơ theo đề nghị của người nộp")
    p.add_argument("--reason", required=True)


# -- printing ---------------------------------------------------------------------------------


def _output(path_text: str, allowed: tuple[str, ...]) -> Path:
    """The output file, checked before anything is recorded: a letter is never numbered for
    a file that cannot be written."""
    path = Path(path_text)
    if path.suffix.lower() not in allowed:
        raise UserError(f"Tệp ra: '{path.name}' phải có đuôi {' hoặc '.join(allowed)}")
    if not path.parent.is_dir():
        raise UserError(f"Tệp ra: thư mục '{path.parent}' không tồn tại")
    return path


def _write(path: Path, render) -> None:
    """Render in memory first, so that a failure leaves no half-written file."""
    buffer = io.BytesIO()
    render(buffer)
    path.write_bytes(buffer.getvalue())


def _new_date(text: str) -> date | datetime:
    """`YYYY-MM-DD HH:MM`, or `YYYY-MM-DD` alone: the time is then the missed appointment's."""
    field = "Ngày hẹn mới"
    try:
        return parse_datetime(text, field) if " " in text.strip() or "T" in text else (
            parse_date(text, field))
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(
            f"{exc} (dùng YYYY-MM-DD hoặc YYYY-MM-DD HH:MM)") from exc


def _new_due_at(args) -> datetime | None:
    """The new appointment; a date alone keeps the time of day of the appointment it
    replaces."""
    new = args.new_date
    if new is None or isinstance(new, datetime):
        return new
    missed = dossiers.show(args.desk, args.code).row.due_at
    if missed is None:
        raise UserError(f"--new-date: hồ sơ {args.code} không có ngày hẹn đang chạy để lấy giờ; "
                        "ghi cả giờ (YYYY-MM-DD HH:MM)")
    return datetime.combine(new, missed.time())


def cmd_print_apology(args) -> int:
    path = _output(args.output, (".pdf", ".docx"))
    issuing = args.reason or args.error or args.new_date or args.from_notice
    if issuing:
        if not args.signer:
            raise UserError('--signer: cần người ký, ví dụ "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC|'
                            'Nguyễn Văn An"')
        *titles, name = args.signer.split("|")
        issued = letters.issue_apology(
            args.desk, args.code, args.reason or "", _new_due_at(args), "\n".join(titles), name,
            errors=args.error or (), confirmation_reason=args.confirm_reason or "",
            issuing_unit=args.unit)
        letter_id = issued.letter_id
    elif args.confirm_reason or args.signer or args.unit:
        raise UserError("--signer/--confirm-reason/--unit: chỉ dùng khi ra văn bản mới (cần "
                        "--reason, --error hoặc --new-date)")
    else:
        letter_id = letters.latest_letter_id(args.desk, args.code, "apology")
    if path.suffix.lower() == ".docx":
        _write(path, lambda target: letters.write_apology_docx(args.desk, letter_id, target))
    else:
        _write(path, lambda target: letters.write_apology_pdf(args.desk, letter_id, target,
                                                              args.copies))
    out(f"Đã ghi {args.output}")
    return EXIT_OK


def _printer(writer):
    def handler(args) -> int:
        path = _output(args.output, (".pdf",))
        _write(path, lambda target: writer(args.desk, args.code, target, args.copies))
        out(f"Đã ghi {args.output}")
        return EXIT_OK

    return handler


def register_prints(print_sub) -> None:
    """The dossier's letters under `desk-admin print`."""

    def printable(name, handler, help_text):
        parser = command(print_sub, name, handler, help_text)
        parser.add_argument("code")
        parser.add_argument("-o", "--output", required=True)
        parser.add_argument("--copies", type=int, default=1, choices=(1, 2))
        return parser

    p = printable("apology", cmd_print_apology,
                  "văn bản xin lỗi và hẹn lại ngày trả kết quả (mẫu 04), .pdf hoặc .docx")
    p.add_argument("--reason", help="lý do chậm trễ")
    p.add_argument("--new-date", type=_new_date,
                   help='ngày hẹn mới "YYYY-MM-DD HH:MM", hoặc YYYY-MM-DD (giữ giờ của hẹn cũ)')
    p.add_argument("--signer", help='"KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC|Họ tên" hoặc '
                                    '"GIÁM ĐỐC|Họ tên"')
    p.add_argument("--error", action="append", help="sai sót (lặp lại được)")
    p.add_argument("--from-notice", action="store_true",
                   help="ra văn bản mới lấy lý do và ngày hẹn đề nghị từ thông báo dự kiến trễ "
                        "hạn của đơn vị (dossier lateness-notice)")
    p.add_argument("--confirm-reason", help="lý do lãnh đạo đồng ý gia hạn lần thứ hai (lãnh "
                                            "đạo chạy lệnh: desk-admin --user TÊN_LÃNH_ĐẠO)")
    p.add_argument("--unit", help="đơn vị đứng tên xin lỗi (mặc định: đơn vị có bước quá hạn "
                                  "nhiều nhất, không có thì cơ quan)")
    printable("stop-notice", _printer(letters.write_stop_notice),
              "thông báo dừng giải quyết hồ sơ (mẫu 05, bộ 2025)")
    printable("supplement-request", _printer(letters.write_supplement_request),
              "phiếu yêu cầu bổ sung, hoàn thiện hồ sơ gần nhất (mẫu 02)")
    printable("refusal", _printer(letters.write_refusal),
              "phiếu từ chối giải quyết hồ sơ (mẫu 03)")
