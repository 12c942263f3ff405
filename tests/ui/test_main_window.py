from PySide6.QtCore import QSettings, Qt

from desk_app.services.desk import Desk
from desk_app.ui.app import install_translation
from desk_app.ui.main_window import MainWindow


def test_catalogue_page_lists_procedures_and_searches_without_diacritics(qtbot, db_url,
                                                                          tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    window = MainWindow(Desk(db_url), settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.catalog_page
    assert page.model.rowCount() >= 40
    qtbot.keyClicks(page.search, "dang ky khai sinh")
    codes = {page.model.row_at(r).code for r in range(page.model.rowCount())}
    assert "1.001193" in codes and len(codes) < 10
    # Alt+1 goes to the first page of the navigation.
    qtbot.keyClick(window.windowHandle(), Qt.Key_1, Qt.AltModifier)
    assert window.navigation.currentRow() == 0


def test_window_geometry_is_remembered(qtbot, db_url, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    window = MainWindow(Desk(db_url), settings)
    qtbot.addWidget(window)
    window.resize(720, 520)
    window.show()
    window.close()
    again = MainWindow(Desk(db_url), settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (720, 520)


def test_vietnamese_is_the_default_language(qapp, qtbot, db_url, tmp_path):
    translator = install_translation(qapp, "vi")
    try:
        window = MainWindow(Desk(db_url), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
        qtbot.addWidget(window)
        assert window.navigation.item(0).text() == "1. Tiếp nhận"
        assert window.navigation.item(0).toolTip() == "Alt+1"
        assert window.windowTitle() == "Bộ phận Một cửa"
    finally:
        qapp.removeTranslator(translator)


def test_a_closed_window_stops_reading_the_counts(qtbot, db_url, tmp_path):
    window = MainWindow(Desk(db_url), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.day_counts_timer.isActive() and window.notifier.timer.isActive()
    window.close()
    assert not window.day_counts_timer.isActive() and not window.notifier.timer.isActive()
