"""Entry point of the bundled desk-admin (PyInstaller runs a script, not an entry point)."""

import sys

from desk_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
