"""The control sheet of a dossier (form 06 of 2025, 05 of 2018), built from its events.

Rows, in the order the events happened:
- `received`: the applicant gives the dossier to the desk; the receiver is the clerk who
  recorded it. The applicant has no deadline, so the row has no result.
- `transferred`: from `data["from_unit"]` (else whoever held the dossier: the desk at first)
  to `data["to_unit"]` (else the event's unit); the giver is `data["giver"]` or the event's
  actor, the receiver `data["receiver"]`.
- `result_ready` / `refused`: the processing unit (`from_unit`, else the event's unit, else
  the holder) gives the result back to the desk (`to_unit`, else the desk); a result made at
  the desk itself is no hand-over and only a remark.
- `returned`: the desk gives the result to the applicant (`receiver`, else the collector's
  name, else the applicant).
Other events (supplement, stop, resumption, withdrawal, apology, a moved appointment) and every
event's note become remarks in the "Ghi chú" column of the latest row.

A hand-over row (`transferred`) is judged against the due moment of the internal process step
it ends (services/dossier_steps.py), which its remark names; the result's row (result_ready,
refused) compares its moment with the dossier's due moment in force at that moment:
the due date recomputed (services/clock.derive) from the events up to and including that one,
so a supplement or a stop that moved the appointment counts, and an apology's new appointment
does not (lateness counts against the appointment, as in the statistics). Late when after the
due moment, early when on an earlier day, else on time (`classify_resolved`). The return row
repeats the result of the resolution (the result_ready row): when the applicant comes to
collect is theirs to choose, and the office is not late for it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from desk_app.documents.control_sheet import (
    ControlSheetDocument,
    ControlStep,
    Remark,
    render_control_sheet,
)
from desk_app.domain.deadlines import classify_resolved
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.domain.process_steps import StepBudget
from desk_app.files import save
from desk_app.services import dossier_steps
from desk_app.services.actors import require
from desk_app.services.clock import derive, load_calendar
from desk_app.services.desk import Desk
from desk_app.services.document_qr import dossier_qr
from desk_app.services.dossiers import _load
from desk_app.services.errors import UserError
from desk_app.services.lateness import lateness_rule
from desk_app.services.office import read_settings
from desk_app.services.processing.lifecycle import DESK_NAME
from desk_app.services.reception.receipts import office_header
from desk_app.store.db import read_scope
from desk_app.store.models import Unit, User

# Kinds that are remarks of the current row rather than rows of their own.
REMARK_KINDS = {
    "supplement_requested": "supplement_requested",
    "supplement_received": "supplement_received",
    "stopped": "stopped",
    "resumed": "resumed",
    "withdrawn": "withdrawn",
    "apology_issued": "apology",
    "appointment_moved": "appointment_moved",
}


def steps_to_come(status: str) -> int:
    """Blank rows a printed sheet leaves for the hand-overs still to come: the result back to
    the desk and its return to the applicant while the dossier is open, the return alone once
    the result is ready."""
    if status in OPEN_STATUSES:
        return 2
    return 1 if status == "result_ready" else 0


def _step_remark(step) -> str:
    due = f"hạn {step.due_at:%H:%M %d/%m/%Y}" if step.due_at else "đang tạm dừng"
    budget = f" ({StepBudget.parse(step.budget).describe_vi()})" if step.budget else ""
    return f"Bước {step.position}: {step.name}{budget}, {due}"


def _moment(value: object) -> datetime | None:
    """A moment kept in event data (ISO text, as JSON holds it), or None when absent."""
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


class _Steps:
    """Collects the rows while the events are replayed."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, **row) -> None:
        self.rows.append({**row, "remarks": []})

    def remark(self, remark: Remark) -> None:
        if self.rows:
            self.rows[-1]["remarks"].append(remark)

    def frozen(self) -> tuple[ControlStep, ...]:
        return tuple(ControlStep(**{**row, "remarks": tuple(row["remarks"])})
                     for row in self.rows)


def control_sheet_document(desk: Desk, code: str,
                           now: datetime | None = None) -> ControlSheetDocument:
    """The control sheet of dossier `code` as of its recorded events, dated `now`."""
    require(desk.user, "dossier.read")
    now = now or desk.now()
    with read_scope(desk.url) as session:
        settings = read_settings(session)
        header = office_header(settings)
        dossier = _load(session, code)
        calendar = load_calendar(session)
        lateness = lateness_rule(session)
        users = dict(session.execute(select(User.id, User.full_name)).all())
        units = dict(session.execute(select(Unit.id, Unit.name)).all())
        ordered = sorted(dossier.events, key=lambda e: e.id)
        # The name hand-overs record for the desk (services/lifecycle), so that the rows agree.
        desk = DESK_NAME
        applicant = dossier.applicant_name
        holder = desk
        resolution = ""
        steps = _Steps()
        process = dossier_steps.replay(dossier.version, calendar, ordered, units)
        handed_over = 0
        reached: list[str] = []  # units the dossier went to, first arrival first
        for index, event in enumerate(ordered):
            data = event.data or {}
            unit = units.get(event.unit_id, "")
            actor_name = data.get("giver") or users.get(event.actor_id, "")
            if event.kind == "received":
                steps.add(from_party=applicant, to_party=desk, at=event.at, giver=applicant,
                          receiver=users.get(event.actor_id, ""), result="")
            elif event.kind in ("transferred", "result_ready", "refused"):
                due = derive(dossier.version, calendar, ordered[: index + 1]).due_at
                ended = None
                if event.kind == "transferred" and handed_over < len(process):
                    ended = process[handed_over]
                    handed_over += 1
                    due = ended.due_at
                result = (classify_resolved(due, event.at, lateness=lateness)
                          if due is not None else "")
                if event.kind == "transferred":
                    source = data.get("from_unit") or holder
                    destination = data.get("to_unit") or unit or holder
                    if destination != desk and destination not in reached:
                        reached.append(destination)
                else:
                    source = data.get("from_unit") or unit or holder
                    destination = data.get("to_unit") or desk
                    resolution = result
                if source != destination:
                    steps.add(from_party=source, to_party=destination, at=event.at,
                              giver=actor_name, receiver=data.get("receiver", ""),
                              result=result)
                if ended is not None and ended.budget:
                    # A published step's name and due moment; an implicit one is the dossier's.
                    steps.remark(Remark("note", detail=_step_remark(ended)))
                elif event.kind == "result_ready":
                    # Resolved where it was (at the desk): no hand-over, only a remark.
                    steps.remark(Remark("result_ready", event.at))
                if event.kind == "refused":
                    steps.remark(Remark("refused"))
                holder = destination
            elif event.kind == "returned":
                receiver = data.get("receiver") or data.get("collector_name") or applicant
                steps.add(from_party=holder, to_party=applicant, at=event.at,
                          giver=actor_name, receiver=receiver, result=resolution)
                if data.get("tracking_number"):
                    steps.remark(Remark("post", detail=str(data["tracking_number"])))
            elif event.kind in REMARK_KINDS:
                steps.remark(Remark(REMARK_KINDS[event.kind], event.at,
                                    until=_moment(data.get("new_due_at"))))
            if event.note:
                steps.remark(Remark("note", detail=event.note))
        state = derive(dossier.version, calendar, ordered)
        # The lead unit is the first one the desk sent the dossier to; the others coordinate.
        processing = reached[0] if reached else units.get(dossier.unit_id, "")
        return ControlSheetDocument(
            header=header, issued_on=now.date(), code=dossier.code,
            applicant_name=applicant, procedure_code=dossier.version.procedure.code,
            procedure_name=dossier.version.procedure.name, received_at=dossier.received_at,
            due_at=state.due_at, processing_unit=processing,
            coordinating_units=tuple(reached[1:]),
            steps=steps.frozen(),
            blank_steps=steps_to_come(state.status),
            qr_payload=dossier_qr(session, settings, dossier, "control_sheet",
                                  now.replace(second=0, microsecond=0)),
        )


def write_control_sheet(desk: Desk, code: str, target: Path | BinaryIO, copies: int = 1) -> None:
    """Render the control sheet of `code` to `target` (a path or a binary file object)."""
    if copies not in (1, 2):
        raise UserError("Số bản: 1 hoặc 2")
    document = control_sheet_document(desk, code)
    save(target, lambda out: render_control_sheet(document, out, copies))
