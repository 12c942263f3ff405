"""Where the program's bundled files live.

The project keeps `resources/`, `migrations/` and `docs/` beside the package (editable install,
source checkout); a PyInstaller bundle puts them next to the executable under `sys._MEIPASS`.
"""

import sys
from pathlib import Path

_BUNDLE_ROOT = getattr(sys, "_MEIPASS", None)
PROJECT_ROOT = Path(_BUNDLE_ROOT) if _BUNDLE_ROOT else Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
MIGRATIONS = PROJECT_ROOT / "migrations"
CATALOG_DIR = RESOURCES / "catalog"
FONTS_DIR = RESOURCES / "fonts"
FORMS_DIR = RESOURCES / "forms"
TRANSLATIONS_DIR = RESOURCES / "translations"
DOCS_DIR = PROJECT_ROOT / "docs"
GUIDE_DIR = DOCS_DIR / "guide"
GUIDE_FILE = GUIDE_DIR / "huong-dan-su-dung.md"
