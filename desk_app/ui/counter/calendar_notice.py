"""The intake page's one-line notice when a deadline runs through days the calendar only
estimates (no official decision seen yet): the appointment may move when the decision comes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel

from desk_app.services.desk import Desk
from desk_app.services.rules import calendar as calendar_service


class EstimatedDaysNotice(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet("color: #8a4b00;")
        self.hide()

    def show_for(self, desk: Desk, received_at: datetime, due_at: datetime) -> None:
        days = calendar_service.estimated_through(desk, received_at, due_at)
        if not days:
            self.clear()
            return
        first, last = days[0].day, days[-1].day
        span = (f"{first:%d/%m/%Y}" if first == last
                else f"{first:%d/%m/%Y}–{last:%d/%m/%Y}")
        self.setText(self.tr(
            "The deadline runs through days off not yet officially decided ({days}): the "
            "appointment may move when the decision comes.").format(days=span))
        self.show()

    def clear(self) -> None:
        super().clear()
        self.hide()
