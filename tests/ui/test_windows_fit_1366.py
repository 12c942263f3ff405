"""Every window fits the usual counter PC's screen: windows_at_1366.py run in a Qt whose one
screen is 1366 × 728 (1366 × 768 less a taskbar), as Qt cannot change screens once started."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desk_app.paths import PROJECT_ROOT

CASES = Path(__file__).with_name("windows_at_1366.py")
SCREEN = {"screens": [{"name": "COUNTER", "x": 0, "y": 0, "width": 1366, "height": 728,
                       "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}


def test_every_window_and_dialog_fits_a_1366_by_768_screen(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config.as_posix()}",
                   "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / ".config")}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(CASES)],
        cwd=PROJECT_ROOT, env=environment, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "failed" not in run.stdout
