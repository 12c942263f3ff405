"""The audit trail for supervisors: read-only, newest first, fetched a page at a time as the
view scrolls, filtered by dossier, user and period; and a check of the hash chain."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app import config
from desk_app.domain.lifecycle import EVENT_NAMES_VI, STATUS_NAMES_VI
from desk_app.services import audit
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.ui.session.roles import role_label
from desk_app.ui.widgets.error_label import ERROR_STYLE, error_label
from desk_app.ui.widgets.filters import Filters, ticked_date
from desk_app.ui.widgets.look import format_moment
from desk_app.ui.widgets.table_model import Column, RowsModel, read_only_table, size_columns
from desk_app.ui.widgets.workers import Task, start

PAGE_SIZE = 200
DEBOUNCE_MS = 300
INTACT_STYLE = "color: #1b5e20;"

ISO_MOMENT = re.compile(r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d:\d\d)(:\d\d)?")


def _value(value: Any) -> str:
    """As the rest of the program shows it: moments dd/mm/yyyy hh:mm, nothing as a dash."""
    if value is None or value == "":
        return "–"
    text = str(value)
    moment = ISO_MOMENT.fullmatch(text)
    if moment:
        year, month, day, clock = moment.group(1, 2, 3, 4)
        return f"{day}/{month}/{year} {clock}"
    return text


def change_text(before: dict[str, Any] | None, after: dict[str, Any] | None,
                words: ChangeWords | None = None) -> str:
    """One line for the cell: `field: before → after` for what changed, `field: value` for
    what was only recorded after; empty values recorded on one side only are left out.
    `words` names the fields and values as the interface says them (raw keys without)."""
    words = words or ChangeWords()
    before, after = before or {}, after or {}
    parts = []
    for key in [*before, *(k for k in after if k not in before)]:
        name = words.fields.get(key, key)
        if key in before and key in after:
            if before[key] != after[key]:
                parts.append(f"{name}: {words.value(key, before[key])} → "
                             f"{words.value(key, after[key])}")
        elif key in after:
            if after[key] not in (None, ""):
                parts.append(f"{name}: {words.value(key, after[key])}")
        elif before[key] not in (None, ""):
            parts.append(f"{name}: {words.value(key, before[key])} → –")
    return "; ".join(parts)


@dataclass(frozen=True)
class ChangeWords:
    """The fields' names and the words for yes and no; statuses and roles by their names."""

    fields: dict[str, str] = field(default_factory=dict)
    yes: str = "True"
    no: str = "False"
    roles: Callable[[str], str] = str

    def value(self, key: str, value: Any) -> str:
        if isinstance(value, bool):
            return self.yes if value else self.no
        if isinstance(value, list):
            return ", ".join(self.value(key, item) for item in value) or "–"
        if key == "status" and value in STATUS_NAMES_VI:
            return STATUS_NAMES_VI[value]
        if key == "role" and isinstance(value, str):
            return self.roles(value)
        return _value(value)


def _full(values: dict[str, Any] | None) -> str:
    return "–" if values is None else json.dumps(values, ensure_ascii=False, indent=1)


class AuditModel(RowsModel):
    """Holds only the entries fetched so far; `set_filter` starts again from the first page
    and raises the service's `UserError` (a period backwards) without changing the rows."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent=parent)
        self._desk = desk
        self._filter: dict[str, Any] = {}
        self._exhausted = True
        self._actions = {
            "dossier.receive": self.tr("Dossier received"),
            "dossier.import": self.tr("Dossier imported"),
            "intake.supplement_request": self.tr("Request to complete issued"),
            "intake.refusal": self.tr("Refusal to receive issued"),
            "office.set": self.tr("Office setting changed"),
            "user.add": self.tr("User added"),
            "user.passwd": self.tr("Password changed"),
            "user.disable": self.tr("User disabled"),
            "user.enable": self.tr("User enabled"),
            "user.update": self.tr("User changed"),
            "catalog.add": self.tr("Procedure added"),
            "catalog.rename": self.tr("Procedure renamed"),
            "catalog.version": self.tr("Procedure rules changed"),
            "calendar.add": self.tr("Calendar day set"),
            "calendar.remove": self.tr("Calendar day removed"),
            "export": self.tr("Personal data exported"),
            "survey.record": self.tr("Rating recorded"),
            "demo.generate": self.tr("Demo data generated"),
        }
        self._entities = {
            "dossier": self.tr("Dossier"), "user": self.tr("User"),
            "office_setting": self.tr("Office setting"), "procedure": self.tr("Procedure"),
            "letter": self.tr("Letter"), "export": self.tr("Export"),
        }
        self.words = ChangeWords(
            fields={
                "status": self.tr("Status"), "due_at": self.tr("Due"),
                "note": self.tr("Note"), "reason": self.tr("Reason"),
                "reasons": self.tr("Reasons"), "missing": self.tr("Missing papers"),
                "letter_number": self.tr("Letter number"),
                "new_due_at": self.tr("New appointment"),
                "giver": self.tr("Handed over by"), "receiver": self.tr("Received by"),
                "from_unit": self.tr("From"), "to_unit": self.tr("To"),
                "active": self.tr("Active"), "role": self.tr("Role"),
                "full_name": self.tr("Full name"), "locked_until": self.tr("Locked until"),
                "value": self.tr("Value"), "procedure": self.tr("Procedure"),
                "received_at": self.tr("Received"), "count": self.tr("Count"),
                "errors": self.tr("Errors"), "kind": self.tr("Kind"),
                "issuing_unit": self.tr("Apologising unit"),
                "procedure_code": self.tr("Procedure"), "applicant_name": self.tr("Applicant"),
                "applicant_kind": self.tr("Applicant kind"), "id_number": self.tr("ID number"),
                "phone": self.tr("Phone"), "email": self.tr("E-mail"),
                "address": self.tr("Address"), "channel": self.tr("Submitted"),
                "delivery": self.tr("Result delivery"), "sets": self.tr("Sets"),
                "fee": self.tr("Fee"), "documents": self.tr("Papers"), "unit": self.tr("Unit"),
                "letter_id": self.tr("Letter"), "number": self.tr("Number"),
                "year": self.tr("Year"), "by_post": self.tr("By post"),
                "collector_name": self.tr("Collected by"),
                "collector_id": self.tr("Collector's ID"),
                "tracking_number": self.tr("Tracking number"), "notify": self.tr("Notices by"),
                "valid_until": self.tr("Valid until"),
            },
            yes=self.tr("Yes"), no=self.tr("No"), roles=role_label)
        self._columns = [
            Column(self.tr("Time"), lambda r: format_moment(r.at), width=115),
            Column(self.tr("User"), lambda r: f"{r.username} ({r.full_name})" if r.full_name
                   else r.username, width=220),
            Column(self.tr("Action"), lambda r: self.action_label(r.action), lambda r: r.action,
                   width=150),
            Column(self.tr("Object"),
                   lambda r: f"{self._entities.get(r.entity, r.entity)} {r.key}".strip(),
                   width=250),
            Column(self.tr("Change (before → after)"),
                   lambda r: change_text(r.before, r.after, self.words),
                   self._change_tooltip),
        ]

    def set_filter(self, dossier: str = "", user: str = "", date_from: date | None = None,
                   date_to: date | None = None) -> None:
        wanted = {"dossier": dossier, "user": user, "date_from": date_from, "date_to": date_to}
        first = audit.list_entries(self._desk, **wanted, offset=0, limit=PAGE_SIZE)
        self.beginResetModel()
        self._filter = wanted
        self._rows = first
        self._exhausted = len(first) < PAGE_SIZE
        self.endResetModel()

    def count(self) -> int:
        return audit.count_entries(self._desk, **self._filter)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._exhausted:
            return
        page = audit.list_entries(self._desk, **self._filter, offset=len(self._rows),
                                  limit=PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def action_label(self, action: str) -> str:
        if action in self._actions:
            return self._actions[action]
        kind = action.removeprefix("dossier.")
        return EVENT_NAMES_VI.get(kind, action) if kind != action else action

    def _change_tooltip(self, row: audit.AuditRow) -> str:
        # lupdate cannot see tr() in an f-string: translate the labels first.
        before, after = self.tr("Before:"), self.tr("After:")
        return f"{before}\n{_full(row.before)}\n\n{after}\n{_full(row.after)}"


class AuditPage(QWidget):
    """Only for actors with "audit.read": the service refuses anyone else."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._loaded = False
        self.filters = Filters(self, DEBOUNCE_MS)
        self.dossier = self.filters.text(self.tr("Dossier code"))
        self.user = self.filters.text(self.tr("Username"))
        today = QDate(config.now().date())
        self.from_enabled, self.from_date, self.to_enabled, self.to_date = self.filters.period(
            self.tr("From"), self.tr("to"), today.addDays(-30), today)
        self.verify_button = QPushButton(self.tr("Verify the chain"))
        self.verify_button.setToolTip(self.tr(
            "Checks that no entry was edited, deleted or inserted outside the program"))
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        self.error = error_label()

        self.model = AuditModel(desk, self)
        self.table = read_only_table(self.model)
        self.count_label = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.dossier, 2)
        filters.addWidget(self.user, 1)
        filters.addSpacing(12)
        for widget in (self.from_enabled, self.from_date, self.to_enabled, self.to_date):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_result, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.filters.changed.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)

    def showEvent(self, event) -> None:
        # The trail is read when first looked at, not when the main window opens.
        if not self._loaded:
            self._loaded = True
            self.refresh()
            size_columns(self.table, self.model)
        super().showEvent(event)

    def refresh(self) -> None:
        self.filters.settle()
        try:
            self.model.set_filter(self.dossier.text(), self.user.text(),
                                  ticked_date(self.from_enabled, self.from_date),
                                  ticked_date(self.to_enabled, self.to_date))
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.count_label.setText(self.tr("%n entries", "", self.model.count()))

    def verify(self) -> None:
        """Walks the whole chain in a worker: about 2.7 s for 50,000 entries."""
        self.verify_button.setEnabled(False)
        self.verify_result.setStyleSheet("")
        self.verify_result.setText(self.tr("Verifying the chain…"))
        task = Task(audit.verify_chain, self._desk)
        task.signals.finished.connect(self._verified)
        task.signals.failed.connect(self._verify_failed)
        start(task)

    def _verify_failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self.verify_result.setStyleSheet(ERROR_STYLE)
        self.verify_result.setText(message)

    def _verified(self, report: audit.ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.intact:
            self.verify_result.setStyleSheet(INTACT_STYLE)
            self.verify_result.setText(
                self.tr("The audit trail is intact: %n entries", "", report.entries))
        else:
            self.verify_result.setStyleSheet(ERROR_STYLE)
            self.verify_result.setText(
                self.tr("The audit trail was tampered with: entry {id} {problem}").format(
                    id=report.first_broken_id, problem=report.problem))
