"""The dossier's notices to the applicant on its screen: channel, when, status, error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk_app.services.notices.outbox import NoticeRow
from desk_app.ui.widgets.look import format_moment
from desk_app.ui.widgets.table_model import Column, RowsModel


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

