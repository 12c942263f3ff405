"""Where the database is and what time it is: the two facts every command needs."""

import os
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "desk_app"
APP_AUTHOR = "desk_app"
DATABASE_URL_VARIABLE = "DESK_APP_DATABASE_URL"
NOW_VARIABLE = "DESK_APP_NOW"


def data_dir() -> Path:
    """The per-user folder for the default database and backups (created on demand)."""
    folder = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def database_url(explicit: str | None = None) -> str:
    """`--db`, else DESK_APP_DATABASE_URL, else an SQLite file in the user data folder."""
    if explicit:
        return explicit
    from_env = os.environ.get(DATABASE_URL_VARIABLE, "").strip()
    if from_env:
        return from_env
    return f"sqlite:///{(data_dir() / 'desk_app.sqlite3').as_posix()}"


class ClockSettingError(ValueError):
    pass


def now() -> datetime:
    """The current local time to the minute, or DESK_APP_NOW when scripts fix the clock."""
    fixed = os.environ.get(NOW_VARIABLE, "").strip()
    if fixed:
        try:
            return datetime.strptime(fixed, "%Y-%m-%d %H:%M")
        except ValueError as exc:
            raise ClockSettingError(
                f"{NOW_VARIABLE}: '{fixed}' không hợp lệ (dùng YYYY-MM-DD HH:MM)"
            ) from exc
    return datetime.now().replace(second=0, microsecond=0)
