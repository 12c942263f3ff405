from datetime import datetime

from PySide6.QtCore import Qt

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.processing import lifecycle, ratings
from desk_app.services.reception import intake
from desk_app.ui.dossiers.rating_view import FORM, IDLE, THANKS, open_rating_view
from tests.conftest import as_admin
from tests.dossier_steps import ready_at_desk

CLERK = Actor(user_id=None, username="tiepnhan", role="clerk", full_name="Nguyễn Thị Hà")


def returned_dossier(url: str) -> str:
    office.set_value(as_admin(url), "agency_code", "000.00.00.H49")
    office.set_value(as_admin(url), "agency_name", "Trung tâm Phục vụ hành chính công")
    code = ready_at_desk(url, IntakeRequest("1.001193", "Nguyễn Văn An"),
                         datetime(2025, 6, 9, 8, 0), datetime(2025, 6, 9, 10, 0))
    lifecycle.record_event(as_admin(url), code, "returned", at=datetime(2025, 6, 10, 8, 30))
    return code


def open_view(qtbot, url: str, code: str):
    view = open_rating_view(None, Desk(url, CLERK), code)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.activateWindow()
    return view


def test_the_citizen_rates_with_the_number_keys_and_enter(qtbot, db_url):
    code = returned_dossier(db_url)
    view = open_view(qtbot, db_url, code)
    assert view.pages.currentIndex() == FORM
    assert [" ".join(b.text().split("\n")[1:]) for b in view.level_buttons] == [
        "Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"]
    # The window fits a laptop's 1280 × 720 screen (its taskbar aside).
    assert view.minimumSizeHint().width() <= 1280 and view.minimumSizeHint().height() <= 680
    assert not view.send_button.isEnabled()
    qtbot.keyClick(view.windowHandle(), Qt.Key_4)
    assert view.level_buttons[3].isChecked()
    qtbot.keyClick(view.windowHandle(), Qt.Key_Return)
    rating = ratings.rating_of(as_admin(db_url), code)
    assert (rating.score, rating.scale, rating.criteria, rating.comment) == (4, 5, {}, "")
    assert view.pages.currentIndex() == THANKS
    # The thank-you gives way to the welcome screen for the next citizen.
    view.thanks_timer.setInterval(50)
    view.thanks_timer.start()
    qtbot.waitUntil(lambda: view.pages.currentIndex() == IDLE, timeout=2000)
    # Keys do nothing without a dossier to rate.
    qtbot.keyClick(view.windowHandle(), Qt.Key_2)
    assert view.score is None


def test_criteria_and_comment_are_optional_extras(qtbot, db_url):
    code = returned_dossier(db_url)
    view = open_view(qtbot, db_url, code)
    qtbot.mouseClick(view.level_buttons[4], Qt.LeftButton)
    qtbot.mouseClick(view.details_button, Qt.LeftButton)
    assert view.details.isVisible()
    qtbot.mouseClick(view.criteria_groups["officer"].button(5), Qt.LeftButton)
    qtbot.mouseClick(view.criteria_groups["access"].button(3), Qt.LeftButton)
    view.comment.setPlainText("Cán bộ hướng dẫn tận tình")
    qtbot.mouseClick(view.send_button, Qt.LeftButton)
    rating = ratings.rating_of(as_admin(db_url), code)
    assert rating.score == 5
    assert rating.criteria == {"officer": 5, "access": 3}
    assert rating.comment == "Cán bộ hướng dẫn tận tình"


def test_three_levels_by_setting(qtbot, db_url):
    code = returned_dossier(db_url)
    office.set_value(as_admin(db_url), "rating_scale", "3")
    view = open_view(qtbot, db_url, code)
    assert [" ".join(b.text().split("\n")[1:]) for b in view.level_buttons] == [
        "Không hài lòng", "Bình thường", "Hài lòng"]
    qtbot.keyClick(view.windowHandle(), Qt.Key_5)
    assert view.score is None
    qtbot.keyClick(view.windowHandle(), Qt.Key_3)
    qtbot.keyClick(view.windowHandle(), Qt.Key_Enter)
    assert ratings.rating_of(as_admin(db_url), code).score == 3


def test_a_dossier_not_yet_returned_cannot_be_rated(qtbot, db_url):
    code = returned_dossier(db_url)
    other = intake.receive(as_admin(db_url), IntakeRequest("1.001193", "Trần Thị Bình"),
                           received_at=datetime(2025, 6, 10, 8, 0)).code
    view = open_view(qtbot, db_url, other)
    qtbot.keyClick(view.windowHandle(), Qt.Key_5)
    qtbot.keyClick(view.windowHandle(), Qt.Key_Return)
    assert view.pages.currentIndex() == FORM
    assert view.error.isVisible() and "chưa trả kết quả" in view.error.text()
    assert ratings.rating_of(as_admin(db_url), other) is None
    # The same window takes the next dossier.
    assert open_rating_view(None, Desk(db_url, CLERK), code) is view
    assert view.code == code and not view.error.isVisible()
