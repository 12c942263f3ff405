"""The migrations run wherever the program is installed, whatever the folder is called."""

import shutil

from desk_app.paths import MIGRATIONS
from desk_app.store import migrate
from desk_app.store.db import dispose


def test_migrations_run_from_a_folder_with_vietnamese_letters_and_a_percent_sign(
        tmp_path, monkeypatch):
    installed = tmp_path / "Chương trình Một cửa 100%" / "migrations"
    shutil.copytree(MIGRATIONS, installed, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate, "MIGRATIONS", installed)
    url = f"sqlite:///{(tmp_path / 'Dữ liệu.sqlite3').as_posix()}"
    try:
        migrate.upgrade(url)
        assert migrate.current_revision(url) == migrate.head_revision() is not None
    finally:
        dispose(url)
