"""The catalogue screen's steps editor: rows added, typed, moved and removed, the budgets' sum
said while typing, a bad budget refused naming the step, and the steps saved as a new version
from the day chosen."""

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit

from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.rules import catalog
from desk_app.ui.admin.catalog_page import CatalogPage
from desk_app.ui.admin.steps_editor import StepsEditor
from tests.conftest import as_admin

CODE = "1.001612"  # 3 working days


def _type(qtbot, editor, row: int, column: int, text: str) -> None:
    """Type into a cell as a user does: open its editor (F2), type (ASCII), Enter."""
    table = editor.table
    item = table.item(row, column)
    table.setCurrentItem(item)
    table.editItem(item)
    cell = table.visualItemRect(item)
    line = next(e for e in table.viewport().findChildren(QLineEdit)
                if e.isVisible() and e.geometry().contains(cell.center()))
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key_Return)
    # The delegate commits the edit from the event loop.
    qtbot.waitUntil(lambda: item.text() == text)


def _set(editor, row: int, values: tuple[str, str]) -> None:
    # Vietnamese names: set as typed (QTest cannot type letters beyond Latin-1).
    for column, value in enumerate(values):
        editor.table.item(row, column).setText(value)


def _open(qtbot, url):
    page = CatalogPage(as_admin(url))
    qtbot.addWidget(page)
    page.show()
    assert not page.steps_button.isEnabled()  # which procedure?
    qtbot.keyClicks(page.search, CODE)
    assert page.model.rowCount() == 1
    qtbot.mouseClick(page.steps_button, Qt.LeftButton)
    editor = page.steps_editor
    assert editor is not None and editor.isVisible()
    editor.activateWindow()
    qtbot.waitActive(editor)
    return page, editor


def test_steps_typed_checked_moved_and_saved_as_a_new_version(qtbot, db_url):
    page, editor = _open(qtbot, db_url)
    assert editor.version.count() == 1 and editor.table.rowCount() == 0
    assert editor.check.text() == "No steps: the whole time limit is one step."
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    _set(editor, 0, ("Tiếp nhận", "Bộ phận Một cửa"))
    _type(qtbot, editor, 0, 2, "0.5d")
    assert editor.check.text() == (
        "Warning: tổng thời gian các bước (0,5 ngày làm việc) khác thời hạn giải quyết "
        "(3 ngày làm việc) (it can still be saved)")
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    _set(editor, 1, ("Thẩm định", "Phòng Kinh tế"))
    _type(qtbot, editor, 1, 2, "2x")
    assert editor.check.text().startswith("Bước 2, thời gian '2x' không hợp lệ")
    editor.effective_from.setDate(QDate(2025, 7, 15))
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    assert editor.message.text().startswith("Bước 2, thời gian '2x' không hợp lệ")
    assert len(catalog.procedure_versions(as_admin(db_url), CODE)) == 1
    _type(qtbot, editor, 1, 2, "2d")
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    _set(editor, 2, ("Ký duyệt", "Văn phòng UBND"))
    _type(qtbot, editor, 2, 2, "0.5d")
    assert editor.check.text() == "The budgets add up to the time limit."
    editor.table.setCurrentCell(2, 0)
    qtbot.mouseClick(editor.up_button, Qt.LeftButton)
    assert [r[0] for r in editor.rows()] == ["Tiếp nhận", "Ký duyệt", "Thẩm định"]
    qtbot.mouseClick(editor.down_button, Qt.LeftButton)
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    qtbot.mouseClick(editor.remove_button, Qt.LeftButton)
    assert [r[0] for r in editor.rows()] == ["Tiếp nhận", "Thẩm định", "Ký duyệt"]
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    assert editor.message.text() == ("Saved: the steps apply to dossiers received from "
                                     "15/07/2025; those received before keep theirs.")
    assert editor.version.count() == 2 and "3 step(s)" in editor.version.currentText()
    later = catalog.get_procedure(as_admin(db_url), CODE, at=datetime(2025, 7, 15, 8, 0))
    assert [(s.name, s.unit, str(s.budget)) for s in later.steps] == [
        ("Tiếp nhận", "Bộ phận Một cửa", "0.5d"), ("Thẩm định", "Phòng Kinh tế", "2d"),
        ("Ký duyệt", "Văn phòng UBND", "0.5d")]
    # The first version, still in force for dossiers received before, shows no steps.
    editor.version.setCurrentIndex(0)
    editor.version.activated.emit(0)
    assert editor.table.rowCount() == 0
    assert later.effective_from == date(2025, 7, 15)
    qtbot.mouseClick(editor.close_button, Qt.LeftButton)
    assert page.model.row_at(0).code == CODE


def test_a_supervisor_reads_the_steps_but_cannot_change_them(qtbot, db_url):
    catalog.set_steps(as_admin(db_url), CODE, [("Thẩm định", "Phòng Kinh tế", "3d")],
                      date(2025, 6, 1))
    leader = Actor(user_id=None, username="lanhdao", role="supervisor", full_name="Lãnh đạo")
    editor = StepsEditor(Desk(db_url, leader), CODE)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.rows() == [("Thẩm định", "Phòng Kinh tế", "3d")]
    assert editor.check.text() == "The budgets add up to the time limit."
    assert not any(b.isEnabled() for b in (editor.add_button, editor.remove_button,
                                           editor.save_button, editor.effective_from))
    assert editor.table.editTriggers() == editor.table.EditTrigger.NoEditTriggers
