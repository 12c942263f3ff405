"""Entry point of the bundled program (PyInstaller runs a script, not an entry point)."""

import sys

from desk_app.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
