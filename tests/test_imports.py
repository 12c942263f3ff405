"""desk-admin starts light: its help and a deadline computation load no GUI, document or
migration library (each of them costs a noticeable part of a second on an office PC)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = frozenset({"PySide6", "reportlab", "openpyxl", "docx", "qrcode", "alembic"})
DESK_ADMIN = "import sys; from desk_app.cli import main; sys.exit(main(sys.argv[1:]))"


def imported_packages(*argv: str) -> tuple[set[str], str]:
    """The top-level packages `desk-admin ARGV` imports, and what it printed."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", DESK_ADMIN, *argv],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    # -X importtime writes "import time: self | cumulative | dotted.name" on stderr.
    timings = [line for line in done.stderr.splitlines() if line.startswith("import time:")]
    errors = [line for line in done.stderr.splitlines() if not line.startswith("import time:")]
    assert done.returncode == 0, "\n".join(errors)
    return {line.rsplit("|", 1)[1].strip().split(".")[0] for line in timings}, done.stdout


def test_help_loads_no_heavy_library():
    names, out = imported_packages("--help")
    assert "due-date" in out
    assert not names & HEAVY, f"desk-admin --help imports {sorted(names & HEAVY)}"


def test_due_date_loads_no_heavy_library(db_url):
    names, out = imported_packages("--db", db_url, "due-date", "--procedure", "1.001193",
                                   "--received", "2025-06-10 09:00")
    assert out.startswith("Hẹn trả:")
    assert not names & HEAVY, f"desk-admin due-date imports {sorted(names & HEAVY)}"
