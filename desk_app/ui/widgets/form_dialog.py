"""The shape of the OK/Cancel dialogs (a form, the red error line, the buttons), after
MusicBrainz Picard's option pages: the fields, a check that refuses with a message, the message
shown where the user looks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.errors import DatabaseBusy, UserError
from desk_app.ui.widgets.error_label import error_label
from desk_app.ui.widgets.field_checks import FieldChecks, Rule, grow_to_fit, message_of


class FormDialog(QDialog):
    """`run` does the work when the user confirms (Enter, or the button of AcceptRole): when it
    raises one of `refusals`, its message stands right under the field it names (the Vietnamese
    name before its colon, a key of `field_widgets`) or else in the error line, `refused` may
    put the cursor on the field at fault, and the dialog stays open; otherwise `answer` holds
    what `run` returned and the dialog is accepted. Fields given a rule (`check_field`) are
    checked as the cursor leaves them, and all at once before `run`; the dialog grows to keep
    its buttons in view when messages appear.

    The texts are given translated by the subclasses: a tr() here would look them up under
    each subclass's own context, where the .ts file does not have them."""

    # A database held busy by another program is refused like bad input: said in the error
    # line, the form kept as typed for another try.
    refusals: tuple[type[Exception], ...] = (UserError, DatabaseBusy)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.answer: Any = None
        self.form = QFormLayout()
        self.error = error_label()
        self.checks = FieldChecks(self)
        self.field_widgets: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox()
        self.buttons.accepted.connect(self.perform)
        self.buttons.rejected.connect(self.reject)

    def add_buttons(self, confirm: str, cancel: str = "") -> QPushButton:
        """The confirming button, pressed by Enter from any field, and the cancelling one
        unless `cancel` is empty."""
        ok_button = self.buttons.addButton(confirm, QDialogButtonBox.AcceptRole)
        ok_button.setDefault(True)
        if cancel:
            self.buttons.addButton(cancel, QDialogButtonBox.RejectRole)
        return ok_button

    def lay_out(self, above: Sequence[QWidget] = (), below: Sequence[QWidget] = (),
                width: int = 0) -> None:
        """From the top: `above`, the form, `below`, the error line, the buttons. Tab follows
        the order in which widgets join the dialog: fields laid out here come before the
        buttons, form rows added afterwards come after them."""
        layout = QVBoxLayout(self)
        for widget in above:
            layout.addWidget(widget)
        layout.addLayout(self.form)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(width)

    def check_field(self, field: QLineEdit, rule: Rule) -> None:
        self.checks.watch(field, rule)

    def field_named(self, name: str) -> QWidget | None:
        """The field a refusal names ("Lý do từ chối: …" names "Lý do từ chối")."""
        return self.field_widgets.get(name)

    def run(self) -> Any:
        raise NotImplementedError

    def refused(self, message: str) -> None:
        """After a refusal is shown: where the cursor goes (it stays where it was)."""

    def perform(self) -> None:
        failing = self.checks.check_all()
        if failing:
            failing[0].setFocus()
            return
        self.error.hide()
        try:
            self.answer = self.run()
        except self.refusals as exc:
            field = self.field_named(str(exc).split(":", 1)[0])
            if field is not None and self.form.indexOf(field) >= 0:
                self.checks.show(field, message_of(exc))
                field.setFocus()
            else:
                self.error.setText(str(exc))
                self.error.show()
                grow_to_fit(self)
            self.refused(str(exc))
            return
        self.accept()
