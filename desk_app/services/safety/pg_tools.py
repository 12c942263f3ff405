"""The PostgreSQL client tools (pg_dump, pg_restore): where they are, and how they are told
which database and schema to work on."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sqlalchemy.engine import make_url


def find_pg_tool(name: str) -> Path | None:
    """A PostgreSQL client tool (pg_dump, pg_restore) on the PATH, else in the standard
    Windows install folders (newest version)."""
    found = shutil.which(name)
    if found:
        return Path(found)
    program_files = os.environ.get("PROGRAMFILES")
    if program_files:
        candidates = sorted(Path(program_files).glob(f"PostgreSQL/*/bin/{name}.exe"),
                            key=lambda p: _version_key(p.parent.parent.name))
        if candidates:
            return candidates[-1]
    return None


def find_pg_dump() -> Path | None:
    return find_pg_tool("pg_dump")


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def missing_tool(name: str) -> str:
    return (f"Không tìm thấy {name}: hãy cài công cụ dòng lệnh PostgreSQL (cùng phiên bản với "
            "máy chủ, gói postgresql-client hoặc bộ cài PostgreSQL trên Windows) và thêm thư mục "
            "bin của nó vào PATH.")


def libpq(url: str) -> tuple[dict[str, str], str, str]:
    """(environment, libpq URL, schema or "") for a PostgreSQL client tool."""
    parsed = make_url(url)
    environment = dict(os.environ)
    if parsed.password:
        # The password goes through the environment, never the command line others can list.
        environment["PGPASSWORD"] = str(parsed.password)
    libpq_url = parsed.set(drivername="postgresql", password=None).render_as_string(
        hide_password=False)
    return environment, libpq_url, _search_path_schema(parsed.query.get("options", ""))


def _search_path_schema(options: str | tuple) -> str:
    """The schema of `options=-csearch_path=NAME` (one database, several offices' schemas)."""
    if isinstance(options, tuple):
        options = " ".join(options)
    for option in options.split():
        if option.startswith("-csearch_path="):
            return option.split("=", 1)[1].split(",")[0]
    return ""
