"""What a clerk enters at intake, checked field by field before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from desk_app.domain.catalog import (
    DOCUMENT_FORMS,
    MAX_DOCUMENT_COUNT,
    MAX_DOCUMENTS,
    DocumentLine,
)
from desk_app.domain.citizen_notices import check_consent
from desk_app.domain.text import nfc, visible
from desk_app.domain.validation import (
    ValidationError,
    clean_text,
    require_text,
    validate_citizen_id,
    validate_email,
    validate_phone,
    validate_tax_code,
)

CHANNELS = ("direct", "online", "postal")
DELIVERIES = ("desk", "post")
APPLICANT_KINDS = ("person", "organisation")
CHANNEL_NAMES_VI = {"direct": "Trực tiếp", "online": "Trực tuyến", "postal": "Bưu chính"}
DELIVERY_NAMES_VI = {"desk": "Bộ phận Một cửa", "post": "Qua dịch vụ bưu chính"}


@dataclass(frozen=True)
class IntakeRequest:
    procedure_code: str
    applicant_name: str
    applicant_kind: str = "person"
    id_number: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    channel: str = "direct"
    delivery: str = "desk"
    sets: int = 1
    fee: str = ""
    note: str = ""
    # None: the procedure's own list, as the clerk ticks it by default.
    documents: tuple[DocumentLine, ...] | None = None
    unit: str = ""
    # The channels the applicant agreed to hear from (email, sms, zalo): none without it.
    notify: tuple[str, ...] = ()


def _choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise ValidationError(field, f"'{value}' không hợp lệ (chọn {', '.join(allowed)})")
    return value


def validate_intake(request: IntakeRequest) -> IntakeRequest:
    """The request with every text NFC-normalised and canonical; ValidationError names the
    first field at fault."""
    kind = _choice(request.applicant_kind, APPLICANT_KINDS, "Loại người nộp")
    id_number = nfc(request.id_number)
    if id_number:
        id_number = (validate_citizen_id(id_number) if kind == "person"
                     else validate_tax_code(id_number))
    phone = validate_phone(request.phone) if nfc(request.phone) else ""
    email = validate_email(request.email) if nfc(request.email) else ""
    if not 1 <= request.sets <= 99:
        raise ValidationError("Số bộ hồ sơ", "phải từ 1 đến 99")
    documents = None
    if request.documents is not None:
        if len(request.documents) > MAX_DOCUMENTS:
            raise ValidationError("Giấy tờ", f"có {len(request.documents)} giấy tờ, tối đa "
                                  f"{MAX_DOCUMENTS}")
        documents = []
        for position, line in enumerate(request.documents, start=1):
            name = require_text(line.name, f"Giấy tờ thứ {position}", max_length=500)
            form = _choice(nfc(line.form), DOCUMENT_FORMS, f"Hình thức giấy tờ thứ {position}")
            if not 1 <= line.count <= MAX_DOCUMENT_COUNT:
                raise ValidationError(f"Số lượng giấy tờ thứ {position}",
                                      f"phải từ 1 đến {MAX_DOCUMENT_COUNT}")
            documents.append(DocumentLine(name, form, line.count))
        documents = tuple(documents)
    return replace(
        request,
        procedure_code=require_text(request.procedure_code, "Thủ tục", max_length=32),
        # Invisible characters removed, not refused: pasted from a web form or a chat a name
        # often carries a zero-width space the clerk cannot see to delete.
        applicant_name=require_text(visible(request.applicant_name), "Họ tên người nộp"),
        applicant_kind=kind,
        id_number=id_number,
        phone=phone,
        email=email,
        address=clean_text(visible(request.address), "Địa chỉ", max_length=500),
        channel=_choice(request.channel, CHANNELS, "Hình thức nộp"),
        delivery=_choice(request.delivery, DELIVERIES, "Nơi nhận kết quả"),
        fee=clean_text(request.fee, "Lệ phí"),
        note=clean_text(request.note, "Ghi chú", max_length=2000, multiline=True),
        documents=documents,
        unit=clean_text(request.unit, "Đơn vị xử lý"),
        notify=check_consent(tuple(request.notify), email=email, phone=phone),
    )


def dossier_code(pattern: str, agency_code: str, received_at: datetime, sequence: int) -> str:
    return pattern.format(
        agency_code=agency_code, yymmdd=received_at.strftime("%y%m%d"),
        yyyymmdd=received_at.strftime("%Y%m%d"), seq=sequence,
    )
