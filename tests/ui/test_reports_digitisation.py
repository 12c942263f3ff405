"""The Reports page's digitisation tab (issue 18): the June set of test_reports_page with one
new dossier digitised whole, one result digitised and one copy reused by another new dossier."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.services.digitisation import attachments
from desk_app.services.dossiers import DossierQuery, search, show
from tests import scans
from tests.conftest import as_admin
from tests.ui.test_reports_page import june_dossiers, make_page


def test_the_supervisor_sees_the_digitisation_rates(qtbot, db_url, tmp_path):
    june_dossiers(db_url)
    desk = as_admin(db_url)
    by_name = {row.applicant_name: row.code for row in search(desk, DossierQuery())}
    early = by_name["Trần Thị Bình"]
    paper = scans.pdf(tmp_path / "scan.pdf", 1)
    for number in range(1, len(show(desk, early).documents) + 1):
        attachments.attach(desk, early, number, [paper])
    attachments.attach(desk, early, None, [paper])
    # Cường's dossier reuses Bình's digitised first document.
    first = next(f for f in attachments.files(desk, early) if f.document == 1)
    attachments.reuse(desk, by_name["Lê Văn Cường"], 1, first.id)
    page = make_page(qtbot, db_url)
    page.tabs.setCurrentIndex(3)
    model = page.digitisation_model
    last = model.rowCount() - 1
    cells = [model.index(last, column).data() for column in range(9)]
    # New: Bình, Cường (online), Dung (withdrawn); resolved: Bình and the carried-over An.
    # Every document digitised: Bình, and Cường, whose one document is the reused copy.
    assert cells[0] == "Grand total"
    assert cells[1:3] == ["3", "2"] and cells[3].startswith("66")
    assert cells[4:6] == ["2", "1"] and cells[6].startswith("50")
    # Reused a digitised copy: Cường, one of the three new.
    assert cells[7] == "1" and cells[8].startswith("33")
    assert model.headerData(7, Qt.Horizontal) == "Reused a digitised copy"
    indicators = {page.index_model.index(r, 0).data(): page.index_model.index(r, 1).data()
                  for r in range(page.index_model.rowCount())}
    assert indicators["Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa"].startswith("33")
