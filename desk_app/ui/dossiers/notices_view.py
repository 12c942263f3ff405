"""The dossier's notices to the applicant on its screen: channel, when, status, error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desk_app.services.desk import Desk
from desk_app.services.errors import DatabaseBusy, UserError
from desk_app.services.notices import outbox
from desk_app.services.notices.outbox import NoticeRow
from desk_app.ui.widgets.error_label import ERROR_STYLE
from desk_app.ui.widgets.look import format_moment
from desk_app.ui.widgets.table_model import Column, RowsModel
from desk_app.ui.widgets.workers import call


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoticesView", text)


def _status(row: NoticeRow) -> str:
    return {"pending": _tr("waiting"), "sent": _tr("sent"), "failed": _tr("failed")}[row.status]


def _event(row: NoticeRow) -> str:
    return {"received": _tr("received"), "supplement_requested": _tr("supplements requested"),
            "refused": _tr("refused"), "result_ready": _tr("result ready"),
            "late": _tr("late, apology"), "returned": _tr("returned")}[row.event]


def notices_model(parent: QWidget) -> RowsModel:
    return RowsModel([
        Column(_tr("Notice"), _event),
        Column(_tr("Channel"), lambda row: {"email": _tr("E-mail"), "sms": "SMS",
                                            "zalo": "Zalo"}[row.channel]),
        Column(_tr("To"), lambda row: row.to),
        Column(_tr("Written"), lambda row: format_moment(row.created_at)),
        Column(_tr("Status"), _status),
        Column(_tr("Sent"), lambda row: format_moment(row.sent_at) if row.sent_at else ""),
        Column(_tr("Last error"), lambda row: row.last_error, lambda row: row.last_error),
    ], parent)



class ConsentEditor(QWidget):
    """The channels the applicant agreed to, changed later at their request (at the desk, on
    the phone): saved with the clerk and the time in the audit trail."""

    saved = Signal()

    def __init__(self, desk: Desk, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk, self._code = desk, code
        self.boxes = {"email": QCheckBox(_tr("E-mail")), "sms": QCheckBox("SMS"),
                      "zalo": QCheckBox("Zalo")}
        self.save_button = QPushButton(_tr("Save consent"))
        self.message = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(_tr("Notices by:")))
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message, 1)
        self.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        view = outbox.consent_view(self._desk, self._code)
        may = self._desk.actor.may("dossier.receive")
        for channel, box in self.boxes.items():
            box.setChecked(channel in view.channels)
            box.setEnabled(may and channel in view.reachable)
        self.save_button.setEnabled(may)

    def save(self) -> None:
        channels = tuple(c for c, box in self.boxes.items() if box.isChecked())
        try:
            call(outbox.change_consent, self._desk, self._code, channels)
        except (UserError, DatabaseBusy) as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(str(exc))
            return
        self.message.setStyleSheet("")
        self.message.setText(_tr("Saved"))
        self.saved.emit()
