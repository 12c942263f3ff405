"""Receiving a dossier at the counter: one transaction from the form to the numbered row."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.catalog import DocumentLine, required_documents, stored_documents
from desk_app.domain.dossier_codes import code_agency, code_agency_rule
from desk_app.domain.intake import IntakeRequest, dossier_code, validate_intake
from desk_app.domain.text import fold
from desk_app.domain.validation import check_moment
from desk_app.services import audit
from desk_app.services import dossier_steps as steps
from desk_app.services.actors import require
from desk_app.services.clock import apply_derived, derive, load_calendar
from desk_app.services.desk import Desk
from desk_app.services.notices import outbox
from desk_app.services.office import read_settings, require_settings
from desk_app.services.reception.completeness import Override, check_override, require_complete
from desk_app.services.rules.catalog import procedure_at
from desk_app.services.units import unit_id
from desk_app.store.db import retrying, session_scope
from desk_app.store.models import Dossier, DossierDocument, DossierEvent
from desk_app.store.sequences import next_number


@dataclass(frozen=True)
class ReceivedDossier:
    code: str
    procedure_code: str
    procedure_name: str
    received_at: datetime
    due_at: datetime | None
    explanation: str
    register_book: str
    register_number: int


def search_key(code: str, applicant_name: str, phone: str, id_number: str) -> str:
    return fold(f"{code} {applicant_name} {phone} {id_number}")


def allocate_code(session: Session, settings: dict[str, str], received_at: datetime,
                  settling_agency_code: str = "") -> str:
    """A new code for a dossier received at `received_at`, started by the identifier the
    office's rule chooses (domain.dossier_codes); its daily sequence is that agency's."""
    rule = code_agency_rule(settings.get("code_agency", ""), settings["form_set"])
    agency = code_agency(rule, settling_agency_code, settings["agency_code"])
    while True:
        sequence = next_number(session, agency, received_at.date())
        code = dossier_code(settings["code_pattern"], agency, received_at, sequence)
        # Codes kept from an imported old register may already hold this number.
        taken = session.execute(select(Dossier.id).where(Dossier.code == code)).first()
        if taken is None:
            return code


def register_entry(session: Session, settings: dict[str, str], received_at: datetime):
    """Quyển số (the year) and Số thứ tự in the register (Sổ theo dõi hồ sơ)."""
    book = str(received_at.year)
    number = next_number(session, f"register:{settings['agency_code']}",
                         date(received_at.year, 1, 1))
    return book, number


def handed_in(lines: list[DocumentLine]) -> list[DossierDocument]:
    """The dossier's rows of the papers handed in, in checklist order."""
    return [DossierDocument(position=i, name=d.name, form=d.form, count=d.count)
            for i, d in enumerate(lines, start=1)]


@retrying
def receive(desk: Desk, request: IntakeRequest, received_at: datetime | None = None,
            override: Override | None = None) -> ReceivedDossier:
    """Receive a complete dossier: one lacking a paper the catalogue requires is refused
    (`IncompleteDossier`) unless `override` carries a supervisor's consent and its reason,
    which the received event and the audit entry keep."""
    require(desk.user, "dossier.receive")
    request = validate_intake(request)
    received_at = check_moment((received_at or desk.now()).replace(second=0, microsecond=0),
                               "Thời điểm tiếp nhận")
    consent = check_override(desk, override)
    with session_scope(desk.url) as session:
        settings = read_settings(session)
        require_settings(settings, "agency_code")
        procedure, version = procedure_at(session, request.procedure_code, received_at)
        listed = stored_documents(version.documents)
        lines = (required_documents(listed) if request.documents is None
                 else list(request.documents))
        incomplete = require_complete(listed, lines, consent)
        code = allocate_code(session, settings, received_at, procedure.agency_code)
        book, number = register_entry(session, settings, received_at)
        dossier = Dossier(
            code=code, version=version, applicant_kind=request.applicant_kind,
            applicant_name=request.applicant_name, id_number=request.id_number,
            phone=request.phone, email=request.email, address=request.address,
            channel=request.channel, delivery=request.delivery, sets=request.sets,
            fee=request.fee or version.fee, note=request.note, received_at=received_at,
            unit_id=unit_id(session, request.unit), received_by_id=desk.user.user_id,
            register_book=book, register_number=number,
            search_key=search_key(code, request.applicant_name, request.phone,
                                  request.id_number),
        )
        dossier.documents = handed_in(lines)
        event = DossierEvent(kind="received", at=received_at, actor_id=desk.user.user_id,
                             data={"incomplete": incomplete} if incomplete else {},
                             note=consent.note(incomplete) if incomplete else "")
        dossier.events.append(event)
        session.add(dossier)
        session.flush()
        calendar = load_calendar(session)
        state = derive(version, calendar, [event])
        apply_derived(dossier, state)
        steps.refresh(session, dossier, calendar)
        if request.notify:
            outbox.save_consent(session, dossier, request.notify, desk.user, received_at)
            outbox.enqueue(session, dossier, "received", received_at, attachment="receipt",
                           settings=settings)
        audit.record(session, desk.user, desk.now(), "dossier.receive", "dossier", code, None,
                     {**asdict(request), "due_at": state.due_at,
                      **({"incomplete": incomplete} if incomplete else {})})
        return ReceivedDossier(code, procedure.code, procedure.name, received_at,
                               state.due_at, state.explanation, book, number)
