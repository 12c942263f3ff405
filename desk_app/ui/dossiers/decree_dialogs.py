"""The dossier window's Decree 118/2025 actions: record the unit's written notice that the
dossier will be late (reason, proposed date), and close a dossier whose additions did not come
within the time allowed; and the line that shows the dossier's clocks."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QLineEdit

from desk_app.services.desk import Desk
from desk_app.services.dossiers import DossierDetail
from desk_app.services.processing import decree_clocks
from desk_app.ui.dossiers.apology_dialog import DATE_FORMAT
from desk_app.ui.dossiers.lifecycle_dialogs import ActionDialog
from desk_app.ui.widgets.look import format_moment


class LatenessNoticeDialog(ActionDialog):
    """`answer` is the recorded decree_clocks.LatenessNotice."""

    def __init__(self, desk: Desk, detail: DossierDetail, parent=None):
        super().__init__(desk, detail, self.tr("Notice of expected lateness"),
                         self.tr("Record"), parent)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("The reason the unit gives"))
        self.proposed = QDateTimeEdit()
        self.proposed.setDisplayFormat(DATE_FORMAT)
        self.proposed.setCalendarPopup(True)
        due = detail.row.due_at or desk.now()
        self.proposed.setDateTime(QDateTime(due.replace(second=0, microsecond=0)))
        self.form.addRow(self.tr("Due:"), QLabel(format_moment(detail.row.due_at) or "–"))
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.form.addRow(self.tr("Proposed new date:"), self.proposed)

    def run(self) -> decree_clocks.LatenessNotice:
        proposed: datetime = self.proposed.dateTime().toPython()
        return decree_clocks.record_lateness_notice(self._desk, self._code, self.reason.text(),
                                                    proposed)


class CloseDossierDialog(ActionDialog):
    """Closes the dossier (Decree 118 Art. 19(5)); its closing notice opens in the preview."""

    def __init__(self, desk: Desk, detail: DossierDetail, parent=None):
        super().__init__(desk, detail, self.tr("Close the dossier"), self.tr("Close dossier"),
                         parent)
        clocks = decree_clocks.dossier_clocks(desk, detail.row.code)
        text = QLabel(self.tr("The requested supplements were due by %1. Closing issues the "
                              "numbered closing notice.")
                      .replace("%1", format_moment(clocks.supplement_due_at) or "–"))
        text.setWordWrap(True)
        self.form.addRow(text)

    def run(self):
        return decree_clocks.close_unsupplemented(self._desk, self._code)


DECREE_DIALOGS: dict[str, type[ActionDialog]] = {
    "lateness_notice": LatenessNoticeDialog,
    "closed": CloseDossierDialog,
}


def clocks_text(clocks: decree_clocks.DossierClocks) -> str:
    """One line for the dossier window: the clocks that run, empty when none does."""
    translate = QCoreApplication.translate
    parts = []
    if clocks.acceptance_class:
        states = {"within": translate("DossierClocks", "within"),
                  "due_soon": translate("DossierClocks", "due soon"),
                  "overdue": translate("DossierClocks", "overdue")}
        parts.append(translate("DossierClocks", "Online dossier: accept or return by %1 (%2)")
                     .replace("%1", format_moment(clocks.acceptance_due_at))
                     .replace("%2", states[clocks.acceptance_class]))
    if clocks.supplement_due_at is not None:
        parts.append((translate("DossierClocks",
                                "Supplement period ran out on %1: the dossier may be closed")
                      if clocks.supplement_expired else
                      translate("DossierClocks", "Supplements due by %1"))
                     .replace("%1", format_moment(clocks.supplement_due_at)))
    if clocks.lateness_notice is not None:
        parts.append(translate("DossierClocks", "The unit expects lateness: %1; proposed %2")
                     .replace("%1", clocks.lateness_notice.reason)
                     .replace("%2", format_moment(clocks.lateness_notice.proposed_due_at)))
    elif clocks.lateness_unannounced:
        parts.append(translate("DossierClocks",
                               "Due from the next working day and no notice of lateness"))
    return " · ".join(parts)
