"""Tells an administrator at start which days of the calendar are still estimated or pending:
this year's from today on and, from 1 November, the next year's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desk_app.domain.calendar_notices import days_text
from desk_app.domain.notifications import Notice
from desk_app.services.desk import Desk
from desk_app.services.rules import calendar as calendar_service

ADMIN_ROLE = "admin"


def calendar_notice(desk: Desk) -> Notice | None:
    """The administrator's notice, or None when every coming day is decided."""
    if desk.actor is None or desk.actor.role != ADMIN_ROLE:
        return None
    translate = QCoreApplication.translate
    lines = []
    for year in calendar_service.notices(desk):
        if year.estimated:
            lines.append(translate(
                "CalendarAnnouncement",
                "{year}: {count} day(s) estimated, no official decision yet: {days}.").format(
                year=year.year, count=len(year.estimated), days=days_text(year.estimated)))
        if year.pending:
            lines.append(translate(
                "CalendarAnnouncement",
                "{year}: {count} day(s) pending an instrument, counted as working days until "
                "the office decides: {days}.").format(
                year=year.year, count=len(year.pending), days=days_text(year.pending)))
    if not lines:
        return None
    lines.append(translate("CalendarAnnouncement",
                           "Load the decision with desk-admin calendar import when it comes."))
    return Notice(translate("CalendarAnnouncement", "Working calendar"), "\n".join(lines))


def announce_calendar(desk: Desk, show: Callable[[Notice], None]) -> None:
    notice = calendar_notice(desk)
    if notice is not None:
        show(notice)
