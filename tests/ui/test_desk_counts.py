"""The counts mean one thing each: the status bar, the dossiers filter and the overdue screen
give the same numbers for the same dossiers; a click on a count lists its dossiers; the list
reads new dossiers when it is shown again."""

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt

from desk_app.domain.intake import IntakeRequest
from desk_app.services import users
from desk_app.services.desk import Desk
from desk_app.services.reception import intake
from desk_app.services.supervision import counts
from desk_app.ui.main_window import MainWindow
from tests.conftest import as_admin
from tests.ui.test_overdue_page import make_dossiers, set_up_office

BIRTH = "1.001193"


@pytest.fixture
def supervisor(db_url):
    users.add_user(as_admin(db_url), "lanhdao", "Lê Minh Tuấn", "supervisor", "Lanhdao2025")
    return users.authenticate(Desk(db_url), "lanhdao", "Lanhdao2025")


@pytest.fixture
def window(qtbot, db_url, supervisor, tmp_path):
    main = MainWindow(Desk(db_url, supervisor),
                      QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    with qtbot.waitActive(main):
        main.show()
    yield main
    main.close()


def listed(window) -> set[str]:
    model = window.dossiers_page.model
    return {model.row_at(row).code for row in range(model.rowCount())}


def test_the_counts_agree_everywhere_and_a_same_day_intake_needs_no_apology(
        qtbot, db_url, supervisor, tmp_path):
    codes = make_dossiers(db_url)
    # Received this morning, due this afternoon (same-day procedure): soon, not overdue.
    same_day = intake.receive(as_admin(db_url), IntakeRequest(BIRTH, "Đỗ Thị Hạnh"),
                              received_at=datetime(2025, 6, 10, 8, 30)).code
    main = MainWindow(Desk(db_url, supervisor),
                      QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
    assert main.day_counts.text() == "Overdue: 2 · Due soon: 3 · Needs apology: 1"
    tip = main.day_counts.buttons["needs_apology"].toolTip()
    assert "without an apology" in tip and "Click" in tip
    assert "next working day" in main.day_counts.buttons["due_soon"].toolTip()
    # The overdue screen counts the same dossiers.
    with qtbot.waitSignal(main.overdue_page.refreshed, timeout=10_000):
        qtbot.keyClick(main.windowHandle(), Qt.Key_4, Qt.AltModifier)
    rows = main.overdue_page.shown_rows()
    assert sum(r.urgency == "overdue" for r in rows) == 2
    assert sum(r.urgency != "overdue" for r in rows) == 3
    assert [r.code for r in rows if r.urgency == "overdue" and not r.apology_issued] == [
        codes["late"]]
    assert same_day in {r.code for r in rows if r.urgency == "due_today"}
    # And the dossiers filter.
    qtbot.keyClick(main.windowHandle(), Qt.Key_2, Qt.AltModifier)
    page = main.dossiers_page
    for urgency, expected in (("overdue", {codes["late"], codes["apologised"]}),
                              ("due_soon", {codes["today"], codes["soon"], same_day}),
                              ("needs_apology", {codes["late"]})):
        page.urgency.setCurrentIndex(page.urgency.findData(urgency))
        assert listed(main) == expected, urgency
        assert page.count_label.text() == f"{len(expected)} dossier(s)"
    assert counts.day_counts(Desk(db_url, supervisor)) == counts.DayCounts(2, 3, 1, 2)


def test_clicking_a_count_opens_the_filtered_list(qtbot, db_url, window):
    codes = make_dossiers(db_url)
    window.refresh_day_counts()
    button = window.day_counts.buttons["needs_apology"]
    assert button.text() == "Needs apology: 1"
    qtbot.mouseClick(button, Qt.LeftButton)
    assert window.navigation.currentRow() == 1
    assert window.dossiers_page.isVisible()
    assert window.dossiers_page.urgency.currentData() == "needs_apology"
    assert listed(window) == {codes["late"]}
    qtbot.mouseClick(window.day_counts.buttons["overdue"], Qt.LeftButton)
    assert listed(window) == {codes["late"], codes["apologised"]}


def test_the_filter_offers_the_three_urgencies(qtbot, window):
    combo = window.dossiers_page.urgency
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Any deadline", "Overdue", "Due soon", "Needs apology"]
    assert "without an apology" in combo.itemData(3, Qt.ToolTipRole)


def test_the_dossiers_list_shows_two_new_intakes_when_shown_again(qtbot, db_url, window):
    set_up_office(db_url)
    qtbot.keyClick(window.windowHandle(), Qt.Key_2, Qt.AltModifier)
    assert window.dossiers_page.count_label.text() == "0 dossier(s)"
    qtbot.keyClick(window.windowHandle(), Qt.Key_1, Qt.AltModifier)
    page = window.intake_page
    for name in ("Nguyen Van An", "Tran Thi Binh"):
        page.procedure.setFocus()
        qtbot.keyClicks(page.procedure, BIRTH)
        qtbot.keyClick(page.procedure, Qt.Key_Return)
        page.applicant_name.setFocus()
        qtbot.keyClicks(page.applicant_name, name)
        qtbot.keyClick(page.applicant_name, Qt.Key_Return, Qt.ControlModifier)
        assert not page.error.isVisible(), page.error.text()
        page.preview.close()
        # Back to the counter's window, as the clerk's click does (offscreen no window
        # manager hands the activation back).
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.windowHandle(), Qt.Key_2, Qt.AltModifier)
    assert window.dossiers_page.count_label.text() == "2 dossier(s)"
    assert window.dossiers_page.model.rowCount() == 2
    assert window.day_counts.text() == "Overdue: 0 · Due soon: 2 · Needs apology: 0"
