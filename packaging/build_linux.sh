#!/usr/bin/env bash
# Build the one-folder bundle on Linux and prove it works: the built program's --self-test.
# Usage: packaging/build_linux.sh   (from a checkout with .venv installed as in the README)
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pip install -q 'pyinstaller>=6.10'
.venv/bin/pyinstaller --noconfirm --clean --distpath build/dist --workpath build/work \
    packaging/desk_app.spec
QT_QPA_PLATFORM=offscreen build/dist/desk_app/desk_app --self-test
du -sh build/dist/desk_app
