"""Text search over the folded dossier search key, through the database's own text index.

Migration 0003 builds the index as raw SQL, which SQLAlchemy's models cannot describe:
- SQLite: `dossier_fts`, an external-content FTS5 table over `dossier.search_key` kept in step
  by three triggers, with the trigram tokenizer (SQLite 3.34 and later: any fragment of three
  characters or more is found, as with LIKE '%...%'), else unicode61 (words found by their
  beginning only).
- PostgreSQL: a GIN index with pg_trgm's trigram operator class, which LIKE '%...%' uses.

`include_name` keeps Alembic's model comparison from reporting these objects as strays, and
`words_condition` is how a search uses them. Words too short for a trigram (one or two
characters) fall back to LIKE on the rows the index already narrowed.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, select, text
from sqlalchemy.orm import Session

from desk_app.store.models import Dossier

FTS_TABLE = "dossier_fts"
# The trigger that adds each new dossier's key (a bulk load may write the keys itself).
FTS_INSERT_TRIGGER = f"{FTS_TABLE}_ai"
TRIGRAM_INDEX = "ix_dossier_search_key_trgm"
TRIGRAM = 3


def include_name(name: str | None, type_: str, parent_names) -> bool:
    """Alembic hook: leave the raw full-text objects (and FTS5's shadow tables) out of the
    comparison between the models and the database."""
    if type_ == "table" and name is not None:
        return name != FTS_TABLE and not name.startswith(f"{FTS_TABLE}_")
    if type_ == "index":
        return name != TRIGRAM_INDEX
    return True


def sqlite_tokenizer(session: Session) -> str | None:
    """"trigram" or "unicode61" as the FTS table was made, None without one (an SQLite built
    without FTS5). Read from the schema on each search: a microsecond, and never stale."""
    sql = session.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": FTS_TABLE},
    ).scalar_one_or_none()
    if sql is None:
        return None
    return "trigram" if "trigram" in sql else "unicode61"


def _quoted(word: str) -> str:
    """An FTS5 string: inside double quotes nothing is an operator."""
    return '"' + word.replace('"', '""') + '"'


def _like(word: str) -> ColumnElement[bool]:
    return Dossier.search_key.contains(word, autoescape=True)


def words_condition(session: Session, words: list[str]) -> ColumnElement[bool]:
    """Dossiers whose search key contains every (already folded) word, as LIKE '%word%' on
    each would answer, found through the text index where there is one."""
    dialect = session.get_bind().dialect.name
    tokenizer = sqlite_tokenizer(session) if dialect == "sqlite" else None
    if tokenizer == "trigram":
        indexed = [w for w in words if len(w) >= TRIGRAM]
        # A trigram phrase matches exactly where the fragment occurs: no LIKE needed after it.
        rest = [_like(w) for w in words if len(w) < TRIGRAM]
    elif tokenizer == "unicode61":
        indexed = words
        # Prefix queries only narrow: the fragment may start inside a word, LIKE decides.
        rest = [_like(w) for w in words]
    else:
        # PostgreSQL's trigram index serves LIKE itself; without any index LIKE scans.
        return and_(*[_like(w) for w in words])
    if not indexed:
        return and_(*rest)
    suffix = "" if tokenizer == "trigram" else "*"
    match = " AND ".join(_quoted(w) + suffix for w in indexed)
    matching = select(text("rowid")).select_from(text(FTS_TABLE)).where(
        text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=match))
    return and_(Dossier.id.in_(matching), *rest)
