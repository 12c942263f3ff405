"""The overdue page's grouping by step and unit: chosen beside the unit groups, a click
filters the list to the dossiers waiting at that step."""

from PySide6.QtCore import Qt

from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.ui.supervision.overdue_page import OverduePage
from desk_app.ui.supervision.overdue_rows import CODE
from tests.stepped_dossiers import EXAMINE, RECEIPT, REVIEW, make_stepped_dossiers

SUPERVISOR = Actor(user_id=None, username="lanhdao", role="supervisor", full_name="Lãnh đạo")


def make_page(qtbot, url: str) -> OverduePage:
    page = OverduePage(Desk(url, SUPERVISOR))
    qtbot.addWidget(page)
    page.resize(1300, 600)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
    return page


def codes_shown(page: OverduePage) -> set[str]:
    return {page.model.index(r, CODE).data() for r in range(page.model.rowCount())}


def click_row(qtbot, table, label: str) -> None:
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == label)
    qtbot.mouseClick(table.viewport(), Qt.LeftButton,
                     pos=table.visualItemRect(table.item(row, 0)).center())


def test_choosing_the_step_grouping_and_a_step_filters_the_list(qtbot, db_url):
    codes = make_stepped_dossiers(db_url)
    page = make_page(qtbot, db_url)
    assert page.procedure_groups.isVisible() and not page.step_groups.isVisible()
    page.grouping.setFocus()
    qtbot.keyClick(page.grouping, Qt.Key_Down)
    assert page.step_groups.isVisible() and not page.procedure_groups.isVisible()
    table = page.step_groups
    counts = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 5)]
              for r in range(table.rowCount())}
    assert counts == {"All steps": ["4", "4", "0", "4"], EXAMINE: ["2", "2", "0", "2"],
                      REVIEW: ["1", "1", "0", "1"], RECEIPT: ["1", "1", "0", "1"]}
    click_row(qtbot, table, EXAMINE)
    assert codes_shown(page) == {codes["examined"], codes["examined_too"]}
    assert "2 of 4" in page.count_label.text()
    # A refresh keeps the step chosen.
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    assert codes_shown(page) == {codes["examined"], codes["examined_too"]}
    click_row(qtbot, table, REVIEW)
    assert codes_shown(page) == {codes["reviewed"]}
    # Back to the procedures: the step's filter, out of sight, goes with it.
    qtbot.keyClick(page.grouping, Qt.Key_Up)
    assert page.procedure_groups.isVisible()
    assert codes_shown(page) == set(codes.values())


def test_the_grouping_chooser_answers_its_mnemonic(qtbot, db_url):
    make_stepped_dossiers(db_url)
    page = make_page(qtbot, db_url)
    qtbot.keyClick(page, Qt.Key_G, Qt.AltModifier)
    assert page.grouping.hasFocus()
