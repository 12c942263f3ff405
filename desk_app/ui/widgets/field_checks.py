"""Checks as the clerk types: each watched field is checked by its domain rule when the cursor
leaves it, its message stands in a red line right under it, every field's at once, and goes
as soon as the field is corrected. A dialog whose lines appear grows to keep its buttons in
view (within the screen)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desk_app.domain.validation import ValidationError
from desk_app.services.errors import UserError
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.screen_fit import fitted

# A field's rule: returns (anything) when the text is right, raises with the message otherwise.
Rule = Callable[[str], Any]


def message_of(error: Exception) -> str:
    """What stands beside the field: the message without the field's name ("Số CCCD: …"),
    which its label already says."""
    if isinstance(error, ValidationError):
        return error.message
    field, colon, rest = str(error).partition(":")
    return rest.strip() if colon and rest.strip() else field


def grow_to_fit(window: QWidget) -> None:
    """Taller, when what it shows needs it (never shorter), once the layout has settled."""

    def grow() -> None:
        layout = window.layout()
        if not window.isWindow() or layout is None:
            return
        needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if needed > window.height():
            window.resize(fitted(window, window.width(), needed))

    QTimer.singleShot(0, grow)


class FieldChecks(QObject):
    """The watched fields of one form (or page); a window grows when a message appears."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._rules: dict[QLineEdit, Rule] = {}
        self._labels: dict[QWidget, QLabel] = {}
        # The refusal of each field in error, for a summary that names the field.
        self.errors: dict[QLineEdit, Exception] = {}

    def watch(self, field: QLineEdit, rule: Rule) -> None:
        """Check `field` by `rule` when it loses the focus; an empty field is left to the check
        on saving (the clerk may fill it later)."""
        self._rules[field] = rule
        field.installEventFilter(self)
        field.textEdited.connect(lambda _text, f=field: self._edited(f))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.FocusOut and watched in self._rules:
            self.check(watched)
        return False

    def _edited(self, field: QLineEdit) -> None:
        # A field in error is checked again at each key: its line goes once it is right.
        if self.is_shown(field):
            self.check(field)

    def check(self, field: QLineEdit) -> bool:
        """Check one field now; True when it is right (or empty)."""
        if not field.text().strip():
            self.clear(field)
            return True
        try:
            self._rules[field](field.text())
        except (ValidationError, UserError) as error:
            self.show(field, message_of(error))
            self.errors[field] = error
            return False
        self.clear(field)
        return True

    def check_all(self) -> list[QLineEdit]:
        """Every watched field checked at once; those in error, in the form's order."""
        return [field for field in self._rules if field.isVisible() and not self.check(field)]

    def show(self, field: QWidget, message: str) -> None:
        """`message` under `field` (which must sit in a QFormLayout)."""
        label = self._label(field)
        label.setText(message)
        self._set_row_visible(label, True)
        grow_to_fit(self._window)

    def clear(self, field: QWidget) -> None:
        self.errors.pop(field, None)
        label = self._labels.get(field)
        if label is not None:
            label.clear()
            self._set_row_visible(label, False)

    def clear_all(self) -> None:
        for field in self._labels:
            self.clear(field)

    def is_shown(self, field: QWidget) -> bool:
        label = self._labels.get(field)
        return label is not None and bool(label.text())

    def message(self, field: QWidget) -> str:
        """The message under `field` ("" when there is none)."""
        label = self._labels.get(field)
        return label.text() if label is not None else ""

    def _label(self, field: QWidget) -> QLabel:
        if field not in self._labels:
            # A field shown a service's refusal, not watched: its line goes at the first key.
            if isinstance(field, QLineEdit) and field not in self._rules:
                field.textEdited.connect(lambda _text, f=field: self.clear(f))
            elif isinstance(field, QPlainTextEdit):
                field.textChanged.connect(lambda f=field: self.clear(f))
            elif isinstance(field, QComboBox):
                field.currentIndexChanged.connect(lambda _index, f=field: self.clear(f))
            form = _form_of(field.parentWidget().layout(), field)
            assert form is not None, "a checked field sits in a form"
            row, _role = form.getWidgetPosition(field)
            label = error_label()
            form.insertRow(row + 1, "", label)
            self._labels[field] = label
        return self._labels[field]

    def _set_row_visible(self, label: QLabel, visible: bool) -> None:
        _form_of(label.parentWidget().layout(), label).setRowVisible(label, visible)


def _form_of(layout: QLayout | None, widget: QWidget) -> QFormLayout | None:
    """The form layout, `layout` or one nested in it, that holds `widget`."""
    if layout is None:
        return None
    if isinstance(layout, QFormLayout) and layout.indexOf(widget) >= 0:
        return layout
    for number in range(layout.count()):
        found = _form_of(layout.itemAt(number).layout(), widget)
        if found is not None:
            return found
    return None
