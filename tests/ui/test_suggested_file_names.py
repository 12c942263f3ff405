"""Save dialogs suggest names Windows accepts: a slip's number "12/2025" is no folder."""

from PySide6.QtWidgets import QFileDialog

from desk_app.ui.widgets.print_preview import PdfPreviewDialog


def test_a_slip_number_is_suggested_as_a_plain_file_name(qtbot, monkeypatch, tmp_path):
    asked = {}

    def fake_dialog(parent, caption, suggested, filters):
        asked["name"] = suggested
        return str(tmp_path / suggested), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    dialog = PdfPreviewDialog("12/2025", lambda target, copies: target.write(b"%PDF-1.4\n"))
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert asked["name"] == "12-2025.pdf"
    assert (tmp_path / "12-2025.pdf").read_bytes().startswith(b"%PDF")
