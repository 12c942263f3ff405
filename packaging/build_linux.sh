#!/usr/bin/env bash
# Build the one-folder bundle on Linux and prove it works: the built program's --self-test,
# its desk-admin, and the user guide inside it.
# Usage: packaging/build_linux.sh   (from a checkout with .venv installed as in the README)
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pip install -q 'pyinstaller>=6.10'
.venv/bin/pyinstaller --noconfirm --clean --distpath build/dist --workpath build/work \
    packaging/desk_app.spec
QT_QPA_PLATFORM=offscreen build/dist/desk_app/desk_app --self-test
# desk-admin from the bundle: a database made and checked in a folder named in Vietnamese.
check_dir=$(mktemp -d)
trap 'rm -rf "$check_dir"' EXIT
mkdir "$check_dir/Dữ liệu"
admin_db="sqlite:///$check_dir/Dữ liệu/một cửa.sqlite3"
build/dist/desk_app/desk-admin --db "$admin_db" init
build/dist/desk_app/desk-admin --db "$admin_db" check
test -s build/dist/desk_app/_internal/docs/guide/huong-dan-su-dung.md
test -s build/dist/desk_app/_internal/docs/guide/images/intake.png
du -sh build/dist/desk_app
