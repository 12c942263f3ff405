"""Text search over the folded dossier search key, through the database's own text index.

Migration 0003 builds the index as raw SQL, which SQLAlchemy's models cannot describe:
- SQLite: `dossier_fts`, an external-content FTS5 table over `dossier.search_key` kept in step
  by three triggers, with the trigram tokenizer (SQLite 3.34 and later: any fragment of three
  characters or more is found, as with LIKE '%...%'), else unicode61 (words found by their
  beginning only).
- PostgreSQL: a GIN index with pg_trgm's trigram operator class, which LIKE '%...%' uses.

`include_name` keeps Alembic's model comparison from reporting these objects as strays, and
`text_match` is how a dossier search uses them, with the answers LIKE '%word%' on every word
would give. Words too short for a trigram (one or two characters) fall back to LIKE on the
rows the index already narrowed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, false, func, select, text
from sqlalchemy.orm import Session

from desk_app.domain.text import search_words
from desk_app.store.models import Dossier

FTS_TABLE = "dossier_fts"
# The trigger that adds each new dossier's key (a bulk load may write the keys itself).
FTS_INSERT_TRIGGER = f"{FTS_TABLE}_ai"
TRIGRAM_INDEX = "ix_dossier_search_key_trgm"
TRIGRAM = 3
# Up to this many matches are listed by id and sorted; more, and a page walks the newest.
PROBE = 5000


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


def _listed(ids: list[int]) -> ColumnElement[bool]:
    """dossier.id among the ids, written out: thousands of integers read from the database
    itself, for which bound parameters would cost more to prepare than the query to run."""
    if not ids:
        return false()
    return text(f"dossier.id IN ({','.join(str(int(i)) for i in ids)})")


def _like(word: str) -> ColumnElement[bool]:
    return Dossier.search_key.contains(word, autoescape=True)


def _exact_fts(tokenizer: str, words: list[str]) -> tuple[str, list[str]]:
    """(MATCH expression, words left to LIKE) finding exactly the dossiers that contain the
    words: trigram phrases for the words of three characters or more."""
    if tokenizer == "trigram":
        indexed = [w for w in words if len(w) >= TRIGRAM]
        return (" AND ".join(_quoted(w) for w in indexed),
                [w for w in words if len(w) < TRIGRAM])
    # unicode61 finds words by their beginning only, so LIKE decides after it.
    return " AND ".join(_quoted(w) + "*" for w in words), words


def _probe_fts(tokenizer: str, words: list[str]) -> str:
    """A MATCH expression for candidates (a superset, LIKE decides): a letters-only word by
    its first trigram, a phrase of trigrams costing about one list per trigram; a word with
    digits or signs (codes, phone numbers), whose first trigram is everywhere, as a phrase."""
    if tokenizer != "trigram":
        return _exact_fts(tokenizer, words)[0]
    terms = []
    for word in words:
        if len(word) < TRIGRAM:
            continue
        plain = word.isascii() and word.isalpha()
        terms.append(_quoted(word[:TRIGRAM] if plain else word))
    return " AND ".join(terms)


@dataclass(frozen=True)
class TextMatch:
    """How a search finds the dossiers whose search key contains every word.

    `few`: the matches were few enough to be listed by id (`condition` names them), so a page
    is best made by sorting them; otherwise `condition` tests the words (LIKE) and a page is
    best made by walking the newest dossiers until enough match. `count_condition` counts
    them in a query with other filters; `total`, when given, counts them alone, from the text
    index only.
    """

    condition: ColumnElement[bool]
    count_condition: ColumnElement[bool]
    few: bool
    total: Select | None = None


def text_match(session: Session, text_: str) -> TextMatch | None:
    """The text part of a dossier search, None for blank text.

    A complete dossier code is looked up in the code's unique index. Otherwise the text
    index is asked for up to PROBE + 1 candidates first: a rare fragment is answered from its
    few candidates, a common one ("nguyen") by the walk, which meets a page of matches
    quickly exactly because they are common.
    """
    words, _ = search_words(text_)
    if not words:
        return None
    typed = text_.strip()
    if len(words) == 1:
        codes = {typed, typed.upper()}
        found = list(session.execute(select(Dossier.id).where(Dossier.code.in_(codes))).scalars())
        if found:
            by_code = Dossier.id.in_(found)
            return TextMatch(by_code, by_code, True)
    likes = and_(*[_like(w) for w in words])
    dialect = session.get_bind().dialect.name
    tokenizer = sqlite_tokenizer(session) if dialect == "sqlite" else None
    probe = _probe_fts(tokenizer, words) if tokenizer else ""
    if not probe:
        # PostgreSQL's trigram index serves these LIKEs itself; without an index they scan.
        candidates = session.execute(
            select(Dossier.id).where(likes).limit(PROBE + 1)).scalars().all()
        if len(candidates) <= PROBE:
            listed = and_(_listed(candidates), likes)
            return TextMatch(listed, listed, True)
        return TextMatch(likes, likes, False)
    candidates = session.execute(
        text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match LIMIT :n"),
        {"match": probe, "n": PROBE + 1},
    ).scalars().all()
    if len(candidates) <= PROBE:
        listed = and_(_listed(candidates), likes)
        return TextMatch(listed, listed, True)
    exact, rest = _exact_fts(tokenizer, words)
    matching = (select(text("rowid")).select_from(text(FTS_TABLE))
                .where(text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=exact)))
    if rest:
        return TextMatch(likes, and_(Dossier.id.in_(matching), *[_like(w) for w in rest]),
                         False)
    total = (select(func.count()).select_from(text(FTS_TABLE))
             .where(text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=exact)))
    return TextMatch(likes, Dossier.id.in_(matching), False, total)
