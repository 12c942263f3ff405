"""The Catalogue page: the procedures the office receives, with their rules in force, and the
internal process steps of each (seen by all, edited by administrators in StepsEditor)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.deadlines import TimeLimit
from desk_app.services.desk import Desk
from desk_app.services.rules import catalog
from desk_app.ui.admin.steps_editor import StepsEditor
from desk_app.ui.widgets.table_model import Column, RowsModel

FIELD_WIDTH = 220


def _documents_tooltip(procedure: catalog.ProcedureInfo) -> str:
    return "\n".join(f"• {d.name} ({d.form}, {d.count})" for d in procedure.documents)


def _steps_tooltip(procedure: catalog.ProcedureInfo) -> str:
    return "\n".join(f"{n}. {s.name} – {s.unit} – {s.budget.describe_vi()}"
                     for n, s in enumerate(procedure.steps, start=1))


def _time_limit(procedure: catalog.ProcedureInfo) -> str:
    """As the receipt words it ("3 ngày làm việc", "trong ngày"), not the file's "3d"."""
    return TimeLimit.parse(procedure.time_limit).describe_vi()


class CatalogPage(QWidget):
    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by code or name (diacritics optional)"))
        self.search.setClearButtonEnabled(True)
        self.model = RowsModel([
            Column(self.tr("Code"), lambda p: p.code),
            Column(self.tr("Procedure"), lambda p: p.name, _documents_tooltip),
            Column(self.tr("Field"), lambda p: p.field),
            Column(self.tr("Level"), lambda p: p.level),
            Column(self.tr("Time limit"), _time_limit),
            Column(self.tr("Steps"), lambda p: len(p.steps) or "", _steps_tooltip),
            Column(self.tr("Fee"), lambda p: p.fee, lambda p: p.fee),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        self.count_label = QLabel()
        self.steps_button = QPushButton(self.tr("Internal &steps…"))
        self.steps_button.setToolTip(self.tr("The selected procedure's steps, version by "
                                             "version (administrators edit them)"))
        self.steps_editor: StepsEditor | None = None
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.steps_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.search.textChanged.connect(self.refresh)
        self.steps_button.clicked.connect(self.open_steps)
        self.table.selectionModel().selectionChanged.connect(self._update_steps_button)
        self.table.doubleClicked.connect(self.open_steps)
        self.refresh()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, 520)
        # The longest field names would push the fees out of a 1280-pixel window.
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), FIELD_WIDTH))

    def refresh(self) -> None:
        procedures = catalog.list_procedures(self._desk, self.search.text())
        self.model.set_rows(procedures)
        self.count_label.setText(self.tr("%n procedure(s)", "", len(procedures)))
        self._update_steps_button()

    def _update_steps_button(self) -> None:
        self.steps_button.setEnabled(self.selected() is not None)

    def selected(self) -> catalog.ProcedureInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.row_at(rows[0].row())
        return self.model.row_at(0) if self.model.rowCount() == 1 else None

    def open_steps(self) -> StepsEditor | None:
        """The steps of the selected procedure (or the only one the search left)."""
        procedure = self.selected()
        if procedure is None:
            return None
        self.steps_editor = StepsEditor(self._desk, procedure.code, self)
        self.steps_editor.accepted.connect(self.refresh)
        self.steps_editor.open()
        return self.steps_editor
