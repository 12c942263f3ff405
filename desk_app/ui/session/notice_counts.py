"""The supervisor's figures of the notices to citizens in the status bar: how many wait to go
and how many failed for good (with their last errors on hover), hidden while both are zero."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desk_app.services.desk import Desk
from desk_app.services.notices import outbox
from desk_app.ui.widgets.error_label import ERROR_STYLE

# Failed notices named in the tooltip: enough to see what goes wrong, `notify list` has all.
SHOWN_FAILURES = 5


class NoticeCounts(QLabel):
    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self.hide()

    @property
    def applies(self) -> bool:
        return self._desk.actor is not None and self._desk.actor.may("notify.read")

    def refresh(self) -> None:
        if not self.applies:
            return
        found = outbox.counts(self._desk)
        pending, failed = found["pending"], found["failed"]
        self.setVisible(bool(pending or failed))
        self.setText(self.tr("Notices: {pending} waiting · {failed} failed").format(
            pending=pending, failed=failed))
        self.setStyleSheet(ERROR_STYLE if failed else "")
        lines = [self.tr("Notices to citizens that wait to be sent, and those that could "
                         "not be sent after every attempt (desk-admin notify list)")]
        for notice in outbox.list_notices(self._desk, "failed", limit=SHOWN_FAILURES):
            lines.append(f"{notice.code} · {notice.channel} · {notice.to}: {notice.last_error}")
        self.setToolTip("\n".join(lines))
