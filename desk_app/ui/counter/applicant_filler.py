"""Enter in the intake's ID field: the chip card's QR (scanned with the counter's scanner)
fills the applicant, and a returning applicant's phone and e-mail come from their latest
dossier; an ID number typed by hand recalls the returning applicant the same way."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desk_app.domain.citizen_card import looks_like_card, parse_card
from desk_app.domain.validation import ValidationError
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.reception.returning_applicant import ReturningApplicant, recall


class ApplicantFiller(QObject):
    def __init__(self, page, desk: Desk):
        super().__init__(page)
        self._page = page
        self._desk = desk
        page.id_number.returnPressed.connect(self.fill)
        page.id_number.textEdited.connect(lambda _text: page.id_number.setToolTip(""))

    def fill(self) -> None:
        page = self._page
        text = page.id_number.text()
        try:
            if looks_like_card(text):
                card = parse_card(text)
                page.applicant_kind.setCurrentIndex(page.applicant_kind.findData("person"))
                page.applicant_name.setText(card.full_name)
                page.id_number.setText(card.id_number)
                page.address.setText(card.address)
                found = recall(self._desk, card.id_number)
            elif text.strip():
                found = recall(self._desk, text)
            else:
                return
        except (ValidationError, UserError) as exc:
            page.error.setText(str(exc))
            page.error.show()
            # Selected: the next scan replaces what was read wrong.
            page.id_number.selectAll()
            return
        page.error.hide()
        if found is not None:
            self._recall(found)
        page.phone.setFocus()

    def _recall(self, found: ReturningApplicant) -> None:
        """Fill what is still empty: what the card says or the clerk typed stays."""
        page = self._page
        for edit, value in ((page.applicant_name, found.name), (page.address, found.address),
                            (page.phone, found.phone), (page.email, found.email)):
            if not edit.text().strip():
                edit.setText(value)
        page.id_number.setToolTip(self.tr("Returning applicant: latest dossier %1 of %2")
                                  .replace("%1", found.latest_code)
                                  .replace("%2", f"{found.latest_received_at:%d/%m/%Y}"))
