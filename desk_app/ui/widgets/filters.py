"""The filters of the list pages (dossiers, audit, overdue, reports): the fields they are made
of, and one `changed` signal the page refreshes on. The page lays the fields out itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QWidget,
)


def search_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    return field


def date_edit(initial: QDate | None = None, enabled: bool = True) -> QDateEdit:
    edit = QDateEdit() if initial is None else QDateEdit(initial)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setEnabled(enabled)
    return edit


def ticked_date(check: QCheckBox, edit: QDateEdit) -> date | None:
    """The edit's day when its box is ticked; None (no bound) otherwise."""
    return edit.date().toPython() if check.isChecked() else None


def add_captioned(layout: QBoxLayout, caption: str, widget: QWidget, stretch: int = 0) -> None:
    """The caption (its mnemonic moves to the widget), then the widget."""
    label = QLabel(caption)
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget, stretch)


def fill_choices(combo: QComboBox, all_label: str, keys: Sequence[str],
                 labels: dict[str, str]) -> None:
    """New choices after `all_label` (None), the current one kept (even when no row has it any
    more), without telling anybody."""
    current = combo.currentData() if combo.count() else None
    current_label = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_label, None)
    for key in keys:
        combo.addItem(labels.get(key, key), key)
        combo.setItemData(combo.count() - 1, labels.get(key, key), Qt.ToolTipRole)
    if current is not None and current not in keys:
        combo.addItem(current_label, current)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    combo.blockSignals(False)


def choose(combo: QComboBox, key: str | None) -> None:
    """The choice of `key`, or the first ("all") when it is None or not there."""
    combo.setCurrentIndex(0 if key is None else max(0, combo.findData(key)))


def refresh_key(page: QWidget, refresh: Callable[[], object]) -> QShortcut:
    """F5 anywhere on the page refreshes it."""
    key = QShortcut(QKeySequence(Qt.Key_F5), page)
    key.setContext(Qt.WidgetWithChildrenShortcut)
    key.activated.connect(refresh)
    return key


class Filters(QObject):
    """`changed` is emitted at once when a choice, a tick or a date changes, and `delay_ms`
    after the last key typed in a text field (a search per key would query the database for
    every letter); `settle` forgets a pending one (the page refreshes now anyway)."""

    changed = Signal()

    def __init__(self, parent: QObject, delay_ms: int = 0):
        super().__init__(parent)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(delay_ms)
        self._pause.timeout.connect(self.changed)

    def text(self, placeholder: str) -> QLineEdit:
        field = search_field(placeholder)
        self.later(field.textChanged)
        return field

    def choice(self, combo: QComboBox) -> QComboBox:
        self.at_once(combo.currentIndexChanged)
        return combo

    def period(self, from_caption: str, to_caption: str, first: QDate, last: QDate
               ) -> tuple[QCheckBox, QDateEdit, QCheckBox, QDateEdit]:
        """Two days, each a bound only while its box is ticked (see `ticked_date`)."""
        widgets = []
        for caption, day in ((from_caption, first), (to_caption, last)):
            check, edit = QCheckBox(caption), date_edit(day, enabled=False)
            check.toggled.connect(edit.setEnabled)
            self.at_once(check.toggled)
            self.at_once(edit.dateChanged)
            widgets += [check, edit]
        return tuple(widgets)

    def at_once(self, signal: SignalInstance) -> None:
        signal.connect(self.changed)

    def later(self, signal: SignalInstance) -> None:
        signal.connect(self._pause.start)

    @property
    def pending(self) -> bool:
        return self._pause.isActive()

    def settle(self) -> None:
        self._pause.stop()
