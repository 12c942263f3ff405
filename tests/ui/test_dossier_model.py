"""The lazy dossier model on a register bigger than what it keeps in memory."""

from datetime import datetime

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers
from desk_app.services.demo import bulk_demo
from desk_app.services.desk import Desk
from desk_app.services.reception import intake
from desk_app.ui.dossiers import dossier_model
from desk_app.ui.dossiers.dossier_model import PAGE_SIZE, DossierModel
from tests.conftest import as_admin

N = 2500


def _newest_first(url: str) -> list[str]:
    return [row.code for row in dossiers.search(Desk(url), dossiers.DossierQuery(), limit=N + 10)]


def test_scrolling_to_the_bottom_lists_every_dossier_once_and_keeps_few_pages(
        qtbot, db_url, monkeypatch):
    monkeypatch.setattr(dossier_model, "KEPT_PAGES", 4)
    bulk_demo.generate(as_admin(db_url), N, years=1, seed=5)
    model = DossierModel(Desk(db_url))
    model.set_query(dossiers.DossierQuery())
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == N
    # Pages let go are read again, from where they start: the same rows in the same order.
    codes = [model.row_at(row).code for row in range(N)]
    assert codes == _newest_first(db_url)
    assert [model.row_at(row).code for row in range(0, N, 97)] == codes[::97]
    # What holds memory flat on a million rows: a few pages, not every row scrolled past.
    assert len(model._pages) <= 4


def test_a_dossier_received_while_scrolling_does_not_shift_the_pages_below(qtbot, db_url):
    bulk_demo.generate(as_admin(db_url), 3 * PAGE_SIZE, years=1, seed=5)
    model = DossierModel(Desk(db_url))
    model.set_query(dossiers.DossierQuery())
    before = [model.row_at(row).code for row in range(PAGE_SIZE)]
    intake.receive(as_admin(db_url), IntakeRequest("1.001193", "Nguyễn Văn Mới"),
                   received_at=datetime(2025, 6, 10, 9, 0))
    model.fetchMore()
    model.fetchMore()
    codes = [model.row_at(row).code for row in range(model.rowCount())]
    assert codes[:PAGE_SIZE] == before
    assert codes == _newest_first(db_url)[1:]
