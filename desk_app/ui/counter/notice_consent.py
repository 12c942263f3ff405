"""The channels the applicant agrees to hear from, ticked at intake with them: a channel can
be ticked only once its contact is typed (e-mail needs the address, SMS and Zalo the phone)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget


class NoticeConsent(QWidget):
    def __init__(self, phone: QLineEdit, email: QLineEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes = {"email": QCheckBox(self.tr("E-mail")), "sms": QCheckBox(self.tr("SMS")),
                      "zalo": QCheckBox(self.tr("Zalo"))}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addStretch(1)
        self.setToolTip(self.tr("Only with the applicant's consent: the desk sends the "
                                "receipt, requests, the result and any delay by these "
                                "channels"))
        self._phone, self._email = phone, email
        phone.textChanged.connect(self._follow_contacts)
        email.textChanged.connect(self._follow_contacts)
        self._follow_contacts()

    def _follow_contacts(self) -> None:
        has = {"email": bool(self._email.text().strip()),
               "sms": bool(self._phone.text().strip()),
               "zalo": bool(self._phone.text().strip())}
        for channel, box in self.boxes.items():
            box.setEnabled(has[channel])
            if not has[channel]:
                box.setChecked(False)

    def channels(self) -> tuple[str, ...]:
        return tuple(channel for channel, box in self.boxes.items() if box.isChecked())

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)
