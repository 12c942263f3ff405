"""The return desk's hand-over: the return dialog of one dossier, offering the same applicant's
further results that wait, each handed over too when ticked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from desk_app.services.desk import Desk
from desk_app.services.dossiers import DossierDetail
from desk_app.services.processing.return_companions import WaitingResult
from desk_app.ui.dossiers.lifecycle_dialogs import ReturnDialog

# How much of a procedure's name a line shows (the whole name is its tooltip): the dialog
# stays narrow enough for a 1366-pixel screen.
NAME_SHOWN = 70


class HandOverDialog(ReturnDialog):
    """`also_returned`: the further codes handed over with the first; `not_returned`: the
    ticked ones a service refused after the first went through (code, message)."""

    def __init__(self, desk: Desk, detail: DossierDetail, others: list[WaitingResult],
                 parent=None):
        super().__init__(desk, detail, parent)
        self.also_returned: list[str] = []
        self.not_returned: list[tuple[str, str]] = []
        self.others: dict[str, QCheckBox] = {}
        if others:
            self.form.addRow(QLabel(self.tr("Also waiting for this applicant (tick to hand "
                                            "over too):")))
        for other in others:
            name = other.procedure_name
            shown = name if len(name) <= NAME_SHOWN else name[:NAME_SHOWN - 1] + "…"
            box = QCheckBox(f"{other.code} – {shown}")
            box.setToolTip(other.procedure_name)
            self.others[other.code] = box
            self.form.addRow(box)

    def keyPressEvent(self, event) -> None:
        # Enter on a box just ticked confirms, as from any field: a click on a check box
        # takes the dialog's default button away (Qt restores it only for other widgets).
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and \
                isinstance(self.focusWidget(), QCheckBox):
            self.ok_button.click()
            return
        super().keyPressEvent(event)

    def ticked(self) -> list[str]:
        return [code for code, box in self.others.items() if box.isChecked()]

    def run(self):
        answer = super().run()
        for code in self.ticked():
            try:
                self.return_dossier(code)
            except self.refusals as exc:
                # The first is handed over already: the refusal is told on the page.
                self.not_returned.append((code, str(exc)))
            else:
                self.also_returned.append(code)
        return answer
