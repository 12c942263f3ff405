from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desk_app.ui.widgets.table_model import Column, RowsModel, Tint, read_only_table, size_columns

RED, GREY = QColor("#ff0000"), QColor("#eeeeee")


@dataclass(frozen=True)
class Item:
    name: str
    count: int | None
    late: bool


def make_model() -> RowsModel:
    row_tint = Tint(background=lambda r: GREY)
    model = RowsModel([
        Column("Name", lambda r: r.name, lambda r: f"all of {r.name}", width=300),
        Column("Count", lambda r: r.count, align=int(Qt.AlignRight), header_tip="How many",
               tint=Tint(foreground=lambda r: RED if r.late else None)),
    ], tint=row_tint, header_align=int(Qt.AlignCenter))
    model.set_rows([Item("a", 3, True), Item("b", None, False)])
    return model


def test_columns_answer_every_role_of_their_cells(qtbot):
    model = make_model()
    name, count = model.index(0, 0), model.index(0, 1)
    assert (name.data(), count.data(), model.index(1, 1).data()) == ("a", "3", "")
    assert name.data(Qt.ToolTipRole) == "all of a" and count.data(Qt.ToolTipRole) is None
    assert count.data(Qt.TextAlignmentRole) == int(Qt.AlignRight)
    assert name.data(Qt.TextAlignmentRole) is None
    # A column's own tint replaces the row's.
    assert name.data(Qt.BackgroundRole) == GREY and count.data(Qt.BackgroundRole) is None
    assert count.data(Qt.ForegroundRole) == RED
    assert model.index(1, 1).data(Qt.ForegroundRole) is None
    assert name.data(Qt.FontRole) is None


def test_titles_carry_their_tip_and_alignment(qtbot):
    model = make_model()
    assert model.headerData(0, Qt.Horizontal) == "Name"
    assert model.headerData(1, Qt.Horizontal, Qt.ToolTipRole) == "How many"
    assert model.headerData(0, Qt.Horizontal, Qt.ToolTipRole) is None
    assert model.headerData(0, Qt.Horizontal, Qt.TextAlignmentRole) == int(Qt.AlignCenter)
    assert model.headerData(0, Qt.Vertical) is None


def test_declared_widths_are_kept_until_shown_then_fill_the_width_in_proportion(qtbot):
    model = make_model()
    table = read_only_table(model)
    qtbot.addWidget(table)
    size_columns(table, model)
    assert table.columnWidth(0) == 300
    count = table.columnWidth(1)
    for width in (1200, 500):
        table.resize(width, 300)
        table.show()
        qtbot.waitUntil(lambda: abs(table.columnWidth(0) - 300 * table.viewport().width()
                                    // (300 + count)) <= 1)
        assert table.horizontalScrollBar().maximum() == 0


def test_a_cut_cell_shows_its_whole_text_on_hover(qtbot):
    long_name = "Công ty Trách nhiệm hữu hạn Thương mại và Dịch vụ Vận tải Hoàng Long"
    model = RowsModel([Column("Name", lambda r: r.name, width=100),
                       Column("Count", lambda r: r.count, width=400)])
    model.set_rows([Item(long_name, 1, False), Item("An", 2, False)])
    table = read_only_table(model)
    qtbot.addWidget(table)
    size_columns(table, model)
    table.resize(500, 200)
    table.show()
    qtbot.waitExposed(table)

    def hover(row: int) -> str:
        centre = table.visualRect(model.index(row, 0)).center()
        QApplication.sendEvent(table.viewport(), QHelpEvent(
            QEvent.ToolTip, centre, table.viewport().mapToGlobal(centre)))
        return QToolTip.text() if QToolTip.isVisible() else ""

    # A name that fits needs no tip.
    assert hover(1) == ""
    assert hover(0) == long_name


def test_a_narrow_table_cuts_the_long_names_first_and_never_scrolls_sideways(qtbot):
    long_name = "Công ty Trách nhiệm hữu hạn Thương mại và Dịch vụ Vận tải Hoàng Long"
    model = RowsModel([Column("Name", lambda r: r.name, width=400),
                       Column("Count", lambda r: r.count, width=80),
                       Column("Late", lambda r: "yes" if r.late else "no", width=80)])
    model.set_rows([Item(long_name, 12345, True)])
    table = read_only_table(model)
    qtbot.addWidget(table)
    size_columns(table, model)
    table.resize(360, 200)
    table.show()
    qtbot.waitExposed(table)
    qtbot.waitUntil(lambda: table.columnWidth(0) < 400)
    assert table.horizontalScrollBar().maximum() == 0
    # The figures keep room for their text; the name gave up the width.
    assert table.columnWidth(1) >= table.sizeHintForColumn(1)
    assert table.columnWidth(0) < 400 - 80
