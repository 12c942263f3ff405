"""One scan, one Enter at the return desk (issue 16): a code or a receipt's QR payload and
one Enter open the hand-over, which offers the same applicant's other results waiting."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers
from desk_app.services.processing import lifecycle
from desk_app.services.processing.return_companions import same_applicant_waiting
from desk_app.services.reception import receipts
from tests.conftest import as_admin
from tests.dossier_steps import ready_at_desk
from tests.ui.keyboard_scanner import typed
from tests.ui.test_return_page import HOUSEHOLD, clerk, office_db, open_page  # noqa: F401

BIRTH = "1.001193"


@pytest.fixture
def family(office_db):  # noqa: F811
    """Tuyết's two results waiting, a namesake's (another ID number), and Tuyết's third
    already handed over; label -> code."""
    def ready(name, id_number, procedure, day):
        return ready_at_desk(office_db, IntakeRequest(procedure, name, id_number=id_number),
                             datetime(2025, 6, day, 9, 0), datetime(2025, 6, day + 1, 9, 0))

    return {
        "first": ready("Nguyễn Thị Ánh Tuyết", "001190012345", HOUSEHOLD, 2),
        "second": ready("NGUYEN THI ANH TUYET", "001190012345", BIRTH, 3),
        "namesake": ready("Nguyễn Thị Ánh Tuyết", "079190000111", BIRTH, 4),
    }


def test_the_same_applicant_is_name_and_id_number_or_phone(office_db, family):  # noqa: F811
    others = same_applicant_waiting(as_admin(office_db), family["first"])
    assert [o.code for o in others] == [family["second"]]
    assert others[0].procedure_code == BIRTH
    assert same_applicant_waiting(as_admin(office_db), family["namesake"]) == []


def _scan(qtbot, page, text):
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, typed(text))
    qtbot.keyClick(page.filter, Qt.Key_Return)
    dialog = page.return_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_one_enter_after_a_scanned_qr_hands_over_both_results(qtbot, office_db, clerk,  # noqa: F811
                                                              family):
    page = open_page(qtbot, office_db, clerk)
    payload = receipts.receipt_document(as_admin(office_db), family["first"]).qr_payload
    dialog = _scan(qtbot, page, payload)
    assert dialog.windowTitle().endswith(family["first"])
    # The second result is offered, unticked; the namesake's is not.
    assert list(dialog.others) == [family["second"]]
    box = dialog.others[family["second"]]
    assert not box.isChecked() and family["second"] in box.text()
    qtbot.mouseClick(box, Qt.LeftButton, pos=box.rect().topLeft() + box.rect().center() / 4)
    assert box.isChecked() and box.hasFocus()
    # Enter on the box just ticked confirms, as from any field.
    qtbot.keyClick(box, Qt.Key_Return)
    assert not dialog.isVisible(), dialog.error.text()
    for label in ("first", "second"):
        event = dossiers.show(as_admin(office_db), family[label]).events[-1]
        assert event.kind == "returned"
        assert event.data["collector_id"] == "001190012345"
    assert dialog.also_returned == [family["second"]]
    assert dossiers.show(as_admin(office_db), family["namesake"]).row.status == "result_ready"
    qtbot.waitUntil(lambda: [page.model.row_at(r).code for r in range(page.model.rowCount())]
                    == [family["namesake"]])
    page.rating_view.close()


def test_one_enter_after_a_typed_code_hands_over_only_that_one_unticked(  # noqa: F811
        qtbot, office_db, clerk, family):  # noqa: F811
    page = open_page(qtbot, office_db, clerk)
    dialog = _scan(qtbot, page, family["second"].lower())
    assert dialog.windowTitle().endswith(family["second"])
    assert list(dialog.others) == [family["first"]]
    qtbot.keyClick(dialog.collector_id, Qt.Key_Return)
    assert not dialog.isVisible(), dialog.error.text()
    assert dossiers.show(as_admin(office_db), family["second"]).row.status == "returned"
    assert dossiers.show(as_admin(office_db), family["first"]).row.status == "result_ready"
    page.rating_view.close()


def test_a_second_result_handed_over_elsewhere_meanwhile_is_said(qtbot, office_db, clerk,  # noqa: F811
                                                                 family):
    page = open_page(qtbot, office_db, clerk)
    dialog = _scan(qtbot, page, family["first"])
    box = dialog.others[family["second"]]
    qtbot.mouseClick(box, Qt.LeftButton, pos=box.rect().topLeft() + box.rect().center() / 4)
    lifecycle.return_result(as_admin(office_db), family["second"], by_post=True,
                            tracking_number="EB1")
    qtbot.keyClick(box, Qt.Key_Return)
    assert not dialog.isVisible(), dialog.error.text()
    assert dossiers.show(as_admin(office_db), family["first"]).row.status == "returned"
    assert page.message.isVisible() and family["second"] in page.message.text()
    assert "Not handed over" in page.message.text()
    page.rating_view.close()
