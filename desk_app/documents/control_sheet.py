"""The control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ): form 06 of the 2025 set,
05 of the 2018 set.

It travels with the dossier and lists every hand-over: who gave it (unit and person), who
received it, when, and whether that step was early, on time or late. As on the official form,
the time column carries the moment and, under it, the giver and the receiver side by side with
room for their signatures. Blank numbered rows can be added for the hand-overs still to come,
so a sheet printed for an open dossier can be filled in by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Literal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desk_app.documents.form_page import render_form
from desk_app.documents.forms import FormText, form_text
from desk_app.documents.layout import (
    CONTENT_WIDTH,
    OfficeHeader,
    Styles,
    Target,
    phrase,
    plain,
    ruled_table,
    time_of_day,
    unbreakable,
)
from desk_app.documents.qr import corner_qr

__all__ = [
    "ControlSheetDocument",
    "ControlStep",
    "Remark",
    "render_control_sheet",
]

StepResult = Literal["early", "on_time", "late", ""]
RemarkKind = Literal[
    "supplement_requested",
    "supplement_received",
    "stopped",
    "resumed",
    "result_ready",
    "refused",
    "withdrawn",
    "apology",
    "appointment_moved",
    "post",
    "note",
]

# Agency, time (with giver and receiver), result, note: the official form's four columns.
AGENCY_WIDTH = 42 * mm
TIME_WIDTH = 64 * mm
RESULT_WIDTH = 26 * mm
NOTE_WIDTH = CONTENT_WIDTH - AGENCY_WIDTH - TIME_WIDTH - RESULT_WIDTH
CELL_PADDING = 4
# Room for a handwritten signature between a caption and the printed name.
STEP_SIGNATURE_SPACE = 8 * mm
# Names under the signatures: two side by side in the time column need the smaller size.
PERSON_SIZE = 10


@dataclass(frozen=True)
class Remark:
    """Something that happened during a step, worded by the form: a supplement request, a
    stop, an apology (with its new appointment in `until`), a postal tracking number or a
    free note (in `detail`)."""

    kind: RemarkKind
    at: datetime | None = None
    detail: str = ""
    until: datetime | None = None


@dataclass(frozen=True)
class ControlStep:
    """One hand-over: from which agency (unit) to which, when, by whom to whom, and the
    step's result against the appointment then in force ("" when no deadline applies)."""

    from_party: str
    to_party: str
    at: datetime
    giver: str
    receiver: str
    result: StepResult = ""
    remarks: tuple[Remark, ...] = ()


@dataclass(frozen=True)
class ControlSheetDocument:
    """Everything the control sheet prints, already decided by the caller."""

    header: OfficeHeader
    issued_on: date
    code: str
    applicant_name: str
    procedure_code: str
    procedure_name: str
    received_at: datetime
    due_at: datetime | None  # None while the clock is paused
    processing_unit: str
    coordinating_units: tuple[str, ...]
    steps: tuple[ControlStep, ...]
    blank_steps: int = 0
    # The Circular 01/2023 QR code printed in the upper-left corner (none when empty).
    qr_payload: str = ""

    def __post_init__(self) -> None:
        if self.blank_steps < 0:
            raise ValueError("blank_steps must not be negative")
        if any(step.result not in ("early", "on_time", "late", "") for step in self.steps):
            raise ValueError("a step result must be early, on_time, late or empty")


def render_control_sheet(doc: ControlSheetDocument, target: Target, copies: int = 1) -> None:
    """Write the control sheet to `target` (a path or a binary file object), `copies` times.

    The copies are identical: unlike the receipt, no copy goes to the applicant.
    """
    form = form_text(doc.header.form_set, "control_sheet")
    render_form(target, form, doc.header, doc.issued_on, partial(_body, doc=doc, form=form),
                copies=copies, subject=doc.procedure_name, code=doc.code, marked=False,
                qr=corner_qr(doc.qr_payload))


def _short_time(form: FormText, moment: datetime) -> str:
    return form.text("short_time", hour=moment.hour, minute=moment.minute, day=moment.day,
                     month=moment.month, year=moment.year)


def remark_text(form: FormText, remark: Remark) -> str:
    """A remark as the plain text the note column prints."""
    if remark.kind == "note":
        return remark.detail
    if remark.kind == "post":
        return form.text("remark_post", tracking=remark.detail)
    if remark.kind == "refused":
        return form.text("remark_refused")
    when = _short_time(form, remark.at) if remark.at else ""
    if remark.kind == "apology" and remark.until is not None:
        return form.text("remark_apology_new_due", time=when,
                         new_due=_short_time(form, remark.until))
    return form.text(f"remark_{remark.kind}", time=when)


def _body(st: Styles, doc: ControlSheetDocument, form: FormText) -> list[Flowable]:
    centred = ParagraphStyle("control_centred", parent=st.body, alignment=1)
    story: list[Flowable] = [
        Paragraph(f"<i>{phrase(form, 'attached_to', name=doc.applicant_name)}</i>", centred),
        Spacer(1, 4),
    ]
    procedure = phrase(form, "procedure", bold=["procedure_name"],
                       procedure_name=doc.procedure_name)
    if doc.procedure_code:
        procedure += phrase(form, "procedure_code_suffix", procedure_code=doc.procedure_code)
    due = (time_of_day(form, doc.due_at) if doc.due_at is not None
           else form.text("due_paused"))
    lines = [
        phrase(form, "dossier_code", bold=["code"], code=doc.code),
        procedure,
        phrase(form, "received_time", time=time_of_day(form, doc.received_at)),
        phrase(form, "due_time", bold=["time"], time=due),
        phrase(form, "processing_unit", unit=doc.processing_unit),
    ]
    if doc.coordinating_units:
        lines.append(phrase(form, "coordinating_units",
                            units=", ".join(doc.coordinating_units)))
    story += [Paragraph(line, st.body) for line in lines]
    story.append(Spacer(1, 4))
    story.append(_steps_table(st, doc, form))
    # The notes stay together: a heading alone at the foot of a page reads as a blank note.
    story.append(unbreakable([
        Spacer(1, 4),
        Paragraph(f"<b><i>{plain(form.text('footnote_heading'))}</i></b>", st.note),
        Paragraph(plain(form.text("footnote_result")), st.note),
        Paragraph(plain(form.text("footnote_post")), st.note),
    ]))
    return story


def _steps_table(st: Styles, doc: ControlSheetDocument, form: FormText) -> Table:
    header = [
        Paragraph(plain(form.text(name)), st.table_header)
        for name in ("column_agency", "column_time", "column_result", "column_note")
    ]
    rows = [header]
    for number, step in enumerate(doc.steps, start=1):
        rows.append([
            _parties(st, form, number, step.from_party, step.to_party),
            _time_cell(st, form, time_of_day(form, step.at), step.giver, step.receiver),
            Paragraph(plain(form.text(f"result_{step.result}")) if step.result else "",
                      st.table_cell_centre),
            [Paragraph(plain(remark_text(form, r)), st.note) for r in step.remarks],
        ])
    blank = form.text("blank_party")
    for number in range(len(doc.steps) + 1, len(doc.steps) + doc.blank_steps + 1):
        rows.append([
            _parties(st, form, number, blank, blank),
            _time_cell(st, form, blank, "", ""),
            "",
            "",
        ])
    table = ruled_table(rows, [AGENCY_WIDTH, TIME_WIDTH, RESULT_WIDTH, NOTE_WIDTH])
    table.setStyle(TableStyle([("VALIGN", (0, 1), (-1, -1), "TOP"),
                               ("VALIGN", (2, 1), (2, -1), "MIDDLE")]))
    return table


def _parties(st: Styles, form: FormText, number: int, giver: str, receiver: str) -> list:
    return [
        Paragraph(phrase(form, "handover_from", bold=["giver"], step=number, giver=giver),
                  st.table_cell),
        Paragraph(phrase(form, "handover_to", bold=["receiver"], receiver=receiver),
                  st.table_cell),
    ]


def _time_cell(st: Styles, form: FormText, moment: str, giver: str, receiver: str) -> list:
    """The moment, then the giver and the receiver side by side with room to sign."""
    size = PERSON_SIZE * st.scale
    caption = ParagraphStyle("control_caption", parent=st.table_header,
                             fontName=st.fonts.bold_italic, fontSize=size, leading=size * 1.2)
    name = ParagraphStyle("control_name", parent=st.table_cell_centre, fontSize=size,
                          leading=size * 1.2)
    half = (TIME_WIDTH - 2 * CELL_PADDING) / 2
    people = Table(
        [
            [Paragraph(plain(form.text("giver_signature")), caption),
             Paragraph(plain(form.text("receiver_signature")), caption)],
            [Spacer(1, STEP_SIGNATURE_SPACE * st.scale), ""],
            [Paragraph(plain(giver), name), Paragraph(plain(receiver), name)],
        ],
        colWidths=[half, half],
        style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]),
    )
    return [Paragraph(plain(moment), st.table_cell_centre), Spacer(1, 2), people]
