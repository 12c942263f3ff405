"""Regenerate the README's screenshots into docs/: the intake form, a receipt, the dossiers.

    python scripts/screenshots.py

Runs on a fresh demo database at a fixed clock, so the pictures change only when the
program does.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

# The counter PC's 1366 x 768 screen, the main window maximised on it as at its first start.
_SCREEN_FILE = Path(tempfile.mkdtemp(prefix="desk_app_readme_qpa_")) / "screen.json"
_SCREEN_FILE.write_text(json.dumps({"screens": [
    {"name": "DISPLAY1", "x": 0, "y": 0, "width": 1366, "height": 768,
     "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}), encoding="utf-8")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN_FILE.as_posix()}"
os.environ.setdefault("DESK_APP_NOW", "2026-11-27 09:30")

import pypdfium2  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desk_app.services import users  # noqa: E402
from desk_app.services.actors import DEMO_GENERATOR  # noqa: E402
from desk_app.services.demo.launch import new_demo_url  # noqa: E402
from desk_app.services.demo.sample import DEMO_USERS, build_demo_database  # noqa: E402
from desk_app.services.desk import Desk  # noqa: E402
from desk_app.services.reception.receipts import write_receipt  # noqa: E402
from desk_app.ui.app import install_translation  # noqa: E402
from desk_app.ui.main_window import MainWindow  # noqa: E402

DOCS = Path(__file__).resolve().parent.parent / "docs"


def main() -> int:
    app = QApplication(sys.argv[:1])
    install_translation(app, "vi")
    DOCS.mkdir(exist_ok=True)
    url = build_demo_database(new_demo_url())
    role, username, password, _ = DEMO_USERS[0]
    actor = users.authenticate(Desk(url), username, password)
    settings = QSettings(str(DOCS / ".screenshots.ini"), QSettings.IniFormat)
    window = MainWindow(Desk(url, actor), settings)
    window.show()
    app.processEvents()
    # The offscreen screen's maximised window keeps a frame's margin: the picture is the screen.
    window.setGeometry(0, 0, 1366, 768)
    app.processEvents()
    page = window.intake_page
    window.navigation.setCurrentRow(0)
    page.procedure.setText("dang ky khai sinh")
    page._choose_typed()
    page.applicant_name.setText("Nguyễn Thị Ánh Tuyết")
    app.processEvents()
    window.grab().save(str(DOCS / "intake.png"))

    window.navigation.setCurrentRow(1)
    window.dossiers_page.refresh()
    app.processEvents()
    window.grab().save(str(DOCS / "dossiers.png"))

    code = window.dossiers_page.model.row_at(0).code
    pdf = DOCS / "receipt.pdf"
    write_receipt(Desk(url, DEMO_GENERATOR), code, pdf)
    page_image = pypdfium2.PdfDocument(str(pdf))[0].render(scale=1.2).to_pil()
    page_image.save(DOCS / "receipt.png")
    pdf.unlink()
    window.close()
    settings.sync()
    (DOCS / ".screenshots.ini").unlink(missing_ok=True)
    shutil.rmtree(_SCREEN_FILE.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
