"""Speed at scale, measured (a benchmark, never a test or a CI gate).

    python -m desk_app.bench [--dossiers 1000000] [--db URL] [--reuse FILE|URL] [--repeat 20]

Without --db or --reuse, a register of N dossiers is generated with the bulk demo
(`desk-admin demo`) into a temporary SQLite file. `--reuse FILE` measures an SQLite file
generated before (kept with --keep), `--reuse URL` a database filled before (a PostgreSQL
URL may name a schema: `?options=-csearch_path%3Dname`). `--db postgresql://...` generates
into a schema of its own in that database and drops it afterwards.

Measured in one run, each with median and spread (p10/p90) and, beside it, a floor measured in
the same run and the ratio:
  (a) one intake saved plus its receipt PDF; floor: a minimal reportlab page;
  (b) search by a name fragment without diacritics, and by code; floor: the same rows fetched
      with one hand-written SQL statement through the raw driver (sqlite3 / psycopg);
  (c) the overdue screen's first rows; floor: the same rows with one raw statement;
  (d) the one-year report; floor: its main aggregate statement, raw;
  (e) program start to the first window shown (the login window; then the main window after
      signing in), in a new process offscreen; floor: a bare PySide6 window;
  (f) peak memory (RSS) after scrolling the dossiers view from top to bottom in a new process;
      floor: a bare PySide6 process showing an empty table.
Targets (SQLite): (a) 60 ms; (b), (c) 50 ms and 3x the floor; (d) 1.5 s; (e) 2 s; (f) 300 MB.
The "cpu" column is the CPU time of the same runs: on a shared machine it tells what an idle
one would show. The run adds its intakes and a supervisor "bench" to the database it measures.
Memory is read from /proc (Linux).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

import desk_app.ui  # noqa: F401 - guards the child against PySide6's reference-count bug
from desk_app import config
from desk_app.domain.intake import IntakeRequest
from desk_app.domain.lifecycle import OPEN_STATUSES
from desk_app.domain.text import fold
from desk_app.services import dossiers, users
from desk_app.services.demo import bulk_demo
from desk_app.services.reception import intake, receipts
from desk_app.services.setup import init_database
from desk_app.store.db import dispose, get_engine, session_scope
from desk_app.store.models import Dossier

BENCH_USER = ("bench", "Người đo tốc độ", "supervisor", "Bench-Speed-2025")
NAME_FRAGMENT = "nguyen thi anh"
PAGE = 100
OPEN = tuple(sorted(OPEN_STATUSES))


@dataclass
class Measure:
    key: str
    label: str
    samples: Samples
    floor: Samples | None = None
    target: float | None = None  # ms, or MB for memory
    ratio_target: float | None = None
    unit: str = "ms"

    @property
    def median(self) -> float:
        return statistics.median(self.samples.wall)

    @property
    def ratio(self) -> float | None:
        return self.median / statistics.median(self.floor.wall) if self.floor else None

    def within(self) -> bool | None:
        if self.target is None and self.ratio_target is None:
            return None
        ok = self.target is None or self.median <= self.target
        if self.ratio_target is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.ratio_target
        return ok


def _spread(samples: list[float]) -> tuple[float, float]:
    if len(samples) < 2:
        return samples[0], samples[0]
    deciles = statistics.quantiles(samples, n=10, method="inclusive")
    return deciles[0], deciles[-1]


@dataclass
class Samples:
    """Milliseconds per run, and the CPU milliseconds of the same runs: on a shared machine
    the CPU time tells what an idle one would show."""

    wall: list[float]
    cpu: list[float] = field(default_factory=list)


def timed(action: Callable[[], object], repeat: int, warm: int = 1) -> Samples:
    """Each call timed, after `warm` calls that are not counted."""
    for _ in range(warm):
        action()
    result = Samples([], [])
    for _ in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        action()
        result.wall.append((time.perf_counter() - started) * 1000)
        result.cpu.append((time.process_time() - used) * 1000)
    return result


# -- raw floors -----------------------------------------------------------------------------


class Raw:
    """A raw driver connection (sqlite3 or psycopg) for the floors: no SQLAlchemy at all."""

    def __init__(self, url: str):
        parsed = make_url(url)
        self.sqlite = parsed.get_backend_name() == "sqlite"
        if self.sqlite:
            import sqlite3

            self.connection = sqlite3.connect(parsed.database)
        else:
            import psycopg

            query = dict(parsed.query)
            self.connection = psycopg.connect(
                host=parsed.host, port=parsed.port, user=parsed.username,
                password=parsed.password, dbname=parsed.database, autocommit=True,
                options=query.get("options", ""))

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        if not self.sqlite:
            sql = sql.replace("?", "%s")
        cursor = self.connection.cursor()
        cursor.execute(sql, params)
        return cursor.fetchall()

    def close(self) -> None:
        self.connection.close()


def _stamp(raw: Raw, moment: datetime):
    """A moment as the driver compares it with stored ones (SQLite stores text)."""
    return moment.isoformat(" ") + ".000000" if raw.sqlite else moment


LIST_COLUMNS = """d.code, p.code, p.name, d.applicant_name, d.channel, d.received_at, d.due_at,
    d.status, u.name, d.completed_at, d.id_number,
    EXISTS (SELECT 1 FROM letter l WHERE l.dossier_id = d.id AND l.kind = 'apology')"""
LIST_JOINS = """FROM dossier d JOIN procedure_version v ON v.id = d.procedure_version_id
    JOIN procedure p ON p.id = v.procedure_id LEFT JOIN unit u ON u.id = d.unit_id"""


def floor_name_search(raw: Raw, words: list[str]) -> list[tuple]:
    """The page of a name search as one would write it by hand on the text index."""
    if raw.sqlite:
        match = " AND ".join(f'"{w}"' for w in words)
        # The sort key an expression, so that SQLite sorts the matches rather than walking
        # the received_at index.
        inner = ("SELECT id FROM dossier WHERE id IN (SELECT rowid FROM dossier_fts "
                 "WHERE dossier_fts MATCH ?) ORDER BY coalesce(received_at, received_at) DESC, "
                 "id DESC LIMIT 100")
        params: tuple = (match,)
    else:
        likes = " AND ".join("search_key LIKE ?" for _ in words)
        inner = f"SELECT id FROM dossier WHERE {likes} ORDER BY received_at DESC, id DESC LIMIT 100"
        params = tuple(f"%{w}%" for w in words)
    return raw.rows(f"SELECT {LIST_COLUMNS} {LIST_JOINS} WHERE d.id IN ({inner}) "
                    "ORDER BY d.received_at DESC, d.id DESC", params)


def floor_code(raw: Raw, code: str) -> list[tuple]:
    return raw.rows(f"SELECT {LIST_COLUMNS} {LIST_JOINS} WHERE d.code = ?", (code,))


def floor_overdue(raw: Raw, now: datetime, horizon: datetime) -> list[tuple]:
    """The overdue screen's first rows: open at now, due by the horizon, earliest due first,
    with what each shows: names, the officer (the one assigned, else the receiver of the
    latest hand-over) and whether an apology (letter or event) was issued."""
    marks = ", ".join("?" * len(OPEN))
    receiver = ("json_extract(e.data, '$.receiver')" if raw.sqlite
                else "(e.data ->> 'receiver')")
    stamp = _stamp(raw, now)
    return raw.rows(
        f"SELECT d.code, p.code, p.name, d.applicant_name, d.received_at, d.due_at, u.name, "
        f"coalesce(o.full_name, (SELECT {receiver} FROM dossier_event e WHERE e.dossier_id = "
        f"d.id AND e.kind = 'transferred' AND e.at <= ? ORDER BY e.id DESC LIMIT 1), ''), "
        f"EXISTS (SELECT 1 FROM letter l WHERE l.dossier_id = d.id AND l.kind = 'apology' "
        f"AND l.issued_at <= ?) OR EXISTS (SELECT 1 FROM dossier_event a WHERE "
        f"a.dossier_id = d.id AND a.kind = 'apology_issued' AND a.at <= ?) "
        f"{LIST_JOINS} LEFT JOIN app_user o ON o.id = d.officer_id "
        f"WHERE d.id IN (SELECT id FROM dossier WHERE status IN ({marks}) AND due_at <= ? "
        f"AND received_at <= ? ORDER BY due_at, received_at, id LIMIT 100) "
        f"ORDER BY d.due_at, d.received_at, d.id",
        (stamp, stamp, stamp, *OPEN, _stamp(raw, horizon), stamp))


def floor_report(raw: Raw, start: datetime, end: datetime) -> list[tuple]:
    """The report's counters per procedure version and unit in one aggregate statement."""
    s, e = _stamp(raw, start), _stamp(raw, end)
    day = ("date({})" if raw.sqlite else "CAST({} AS date)")
    return raw.rows(
        "SELECT procedure_version_id, unit_id, "
        "SUM(CASE WHEN received_at < ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN received_at >= ? AND channel = 'online' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN received_at >= ? AND channel <> 'online' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN completed_at < ? THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN completed_at < ? AND {day.format('completed_at')} < "
        f"{day.format('due_at')} THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN completed_at < ? AND completed_at > due_at THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN (completed_at IS NULL OR completed_at >= ?) AND withdrawn_at < ? "
        "THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN (completed_at IS NULL OR completed_at >= ?) AND (withdrawn_at IS NULL "
        "OR withdrawn_at >= ?) THEN 1 ELSE 0 END) "
        "FROM dossier WHERE received_at < ? AND (completed_at IS NULL OR completed_at >= ?) "
        "AND (withdrawn_at IS NULL OR withdrawn_at >= ?) GROUP BY procedure_version_id, unit_id",
        (s, s, s, e, e, e, e, e, e, e, e, s, s))


def floor_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    target = io.BytesIO()
    page = canvas.Canvas(target, pagesize=A4)
    page.setFont("Helvetica", 13)
    page.drawString(100, 700, "Giay tiep nhan ho so va hen tra ket qua")
    page.showPage()
    page.save()
    return target.getvalue()


# -- the run -------------------------------------------------------------------------------


def _sample_code(url: str, open_: bool = False) -> str:
    """A scanned receipt brought back: of a dossier received about a year ago or, with
    `open_`, of the oldest dossier still open (its row needs the calendar)."""
    moment = config.now() - timedelta(days=365)
    with session_scope(url) as session:
        if open_:
            return session.execute(
                select(Dossier.code).where(Dossier.status.in_(OPEN), Dossier.due_at.is_not(None))
                .order_by(Dossier.received_at).limit(1)).scalar_one()
        return session.execute(
            select(Dossier.code).where(Dossier.received_at <= moment)
            .order_by(Dossier.received_at.desc()).limit(1)).scalar_one()


def measure_counter(url: str, repeat: int) -> list[Measure]:
    clerk = users.authenticate(url, BENCH_USER[0], BENCH_USER[3])
    made: list[str] = []

    def save_and_print() -> None:
        received = intake.receive(url, IntakeRequest(
            "1.001193", "Nguyễn Thị Ánh Tuyết", phone="0912345678", address="12 Trần Phú"),
            clerk)
        receipts.write_receipt(url, received.code, io.BytesIO())
        made.append(received.code)

    intake_samples = timed(save_and_print, repeat)
    pdf_floor = timed(floor_pdf, repeat)
    raw = Raw(url)
    try:
        words = fold(NAME_FRAGMENT).split()
        query = dossiers.DossierQuery(text=NAME_FRAGMENT)
        service_rows = [r.code for r in dossiers.search(url, query, limit=PAGE)]
        floor_rows = [r[0] for r in floor_name_search(raw, words)]
        if service_rows != floor_rows:
            raise RuntimeError("name search: the service and the floor disagree")
        name = timed(lambda: dossiers.search(url, query, limit=PAGE), repeat)
        name_floor = timed(lambda: floor_name_search(raw, words), repeat)
        count = timed(lambda: dossiers.count(url, query), max(3, repeat // 4))
        code = _sample_code(url)
        by_code = dossiers.DossierQuery(text=code)
        if [r.code for r in dossiers.search(url, by_code)] != [r[0] for r in floor_code(raw, code)]:
            raise RuntimeError("search by code: the service and the floor disagree")
        code_samples = timed(lambda: dossiers.search(url, by_code, limit=PAGE), repeat)
        code_floor = timed(lambda: floor_code(raw, code), repeat)
        open_code = _sample_code(url, open_=True)
        by_open_code = dossiers.DossierQuery(text=open_code)
        open_samples = timed(lambda: dossiers.search(url, by_open_code, limit=PAGE), repeat)
        open_floor = timed(lambda: floor_code(raw, open_code), repeat)
    finally:
        raw.close()
    return [
        Measure("a", "intake saved + receipt PDF", intake_samples, pdf_floor, 60),
        Measure("b", f"search '{NAME_FRAGMENT}' (first page)", name, name_floor, 50, 3),
        Measure("b", "search by code", code_samples, code_floor, 50, 3),
        Measure("b", "search by code, open dossier (information)", open_samples, open_floor),
        Measure("b", f"count for '{NAME_FRAGMENT}' (information)", count),
    ]


def measure_supervisor(url: str, repeat: int) -> list[Measure]:
    from desk_app.services.clock import load_calendar
    from desk_app.services.supervision import overdue, report

    now = config.now().replace(second=0, microsecond=0)
    with session_scope(url) as session:
        calendar = load_calendar(session)
    horizon = calendar.closing(calendar.next_working_day(now.date()))
    raw = Raw(url)
    try:
        first = [r.code for r in overdue.overdue(url, as_of=now, include_due_soon=True,
                                                 limit=PAGE)]
        if first != [r[0] for r in floor_overdue(raw, now, horizon)]:
            raise RuntimeError("overdue: the service and the floor disagree")
        rows = timed(lambda: overdue.overdue(url, as_of=now, include_due_soon=True,
                                             limit=PAGE), repeat)
        rows_floor = timed(lambda: floor_overdue(raw, now, horizon), repeat)
        whole = timed(lambda: overdue.overdue(url, as_of=now, include_due_soon=True),
                      max(3, repeat // 4))
        to_day = now.date()
        from_day = to_day - timedelta(days=364)
        start = datetime.combine(from_day, datetime.min.time())
        end = datetime.combine(to_day + timedelta(days=1), datetime.min.time())
        year = timed(lambda: report.build_report(url, from_day, to_day), max(3, repeat // 4))
        year_floor = timed(lambda: floor_report(raw, start, end), max(3, repeat // 4))
    finally:
        raw.close()
    return [
        Measure("c", "overdue screen, first 100 rows", rows, rows_floor, 50, 3),
        Measure("c", "overdue list, whole (information)", whole),
        Measure("d", f"report {from_day:%d/%m/%Y}–{to_day:%d/%m/%Y}", year, year_floor, 1500),
    ]


# -- the GUI, in new processes -----------------------------------------------------------------


def _probe(kind: str, url: str, repeat: int) -> list[dict]:
    """Run `python -m desk_app.bench --probe KIND URL` `repeat` times; each prints JSON with
    moments (compared with its spawn, which the parent notes) and its peak RSS; the parent
    adds the CPU milliseconds the child used."""
    import resource  # Unix only, as /proc in _rss_mb: the benchmark runs on Linux

    results = []
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": home}
        for _ in range(repeat):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            spawned = time.time()
            done = subprocess.run(
                [sys.executable, "-m", "desk_app.bench", "--probe", kind, url],
                env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise RuntimeError(f"probe {kind} failed: {done.stderr[-2000:]}")
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            answer = json.loads(done.stdout.strip().splitlines()[-1])
            answer["spawned"] = spawned
            answer["cpu_ms"] = ((after.ru_utime - before.ru_utime)
                                + (after.ru_stime - before.ru_stime)) * 1000
            results.append(answer)
    return results


def measure_gui(url: str, repeat: int) -> list[Measure]:
    def since(results: list[dict], key: str) -> Samples:
        return Samples([(r[key] - r["spawned"]) * 1000 for r in results],
                       [r["cpu_ms"] for r in results])

    def one(value: float) -> Samples:
        return Samples([value])

    login = _probe("login", url, repeat)
    start = _probe("start", url, repeat)
    bare = _probe("bare", url, repeat)
    scroll = _probe("scroll", url, 1)[0]
    empty = _probe("bare-table", url, 1)[0]
    return [
        Measure("e", "start to the login window", since(login, "login"), since(bare, "shown"),
                2000),
        Measure("e", "start to the main window, signed in (information)",
                since(start, "main"), since(bare, "shown")),
        Measure("f", f"peak RSS after scrolling {scroll['rows']:,} rows",
                one(scroll["rss_mb"]), one(empty["rss_mb"]), 300, unit="MB"),
        Measure("f", "a page fetched while scrolling (information)", one(scroll["page_ms"])),
        Measure("f", "scrolling top to bottom, whole (information)",
                one(scroll["seconds"] * 1000)),
    ]


def _rss_mb() -> float:
    """This process's peak resident memory. VmHWM rather than getrusage: the latter counts
    the memory of the parent the process was forked from."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status (Linux only)")


def _wait_painted(app, window) -> float:
    """Show `window` and return the moment it was first painted."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if (event.type() == QEvent.Type.Paint and not painted
                    and hasattr(watched, "window") and watched.window() is window):
                painted.append(time.time())
                QTimer.singleShot(0, loop.quit)
            return False

    spy = FirstPaint()
    app.installEventFilter(spy)
    window.show()
    if not painted:
        loop.exec()
    app.removeEventFilter(spy)
    return painted[0]


def probe(kind: str, url: str) -> dict:
    """The child side of `_probe` (offscreen)."""
    if kind in ("bare", "bare-table"):
        from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        if kind == "bare-table":
            window.setCentralWidget(QTableView())
        window.resize(1200, 760)
        return {"shown": _wait_painted(app, window), "rss_mb": _rss_mb()}
    # What desk-app does before the login window, then signing in, as ui/app.py does it (the
    # daily backup aside: it runs once a day, not at every start).
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desk_app.services.safety import backup
    from desk_app.ui.app import DEFAULT_LANGUAGE, install_translation
    from desk_app.ui.session.login import LoginDialog

    app = QApplication(sys.argv[:1])
    app.setApplicationName("desk_app")
    app.setOrganizationName("desk_app")
    settings = QSettings()
    install_translation(app, DEFAULT_LANGUAGE)
    if kind == "scroll":
        return _scroll(app, url)
    path = backup.sqlite_path(url)
    if path is not None:
        backup.can_open(path)
    init_database(url)
    users.has_users(url)
    login = LoginDialog(url)
    login_shown = _wait_painted(app, login)
    if kind == "login":
        return {"login": login_shown, "rss_mb": _rss_mb()}
    actor = users.authenticate(url, BENCH_USER[0], BENCH_USER[3])
    login.hide()
    from desk_app.ui.main_window import MainWindow  # as desk-app, once signed in

    window = MainWindow(url, settings, actor)
    main_shown = _wait_painted(app, window)
    return {"login": login_shown, "main": main_shown, "rss_mb": _rss_mb()}


def _scroll(app, url: str) -> dict:
    from desk_app.ui.dossiers.dossiers_page import DossiersPage

    page = DossiersPage(url)
    page.resize(1200, 760)
    _wait_painted(app, page)
    bar = page.table.verticalScrollBar()
    model = page.model
    started = time.perf_counter()
    fetches = []
    while model.canFetchMore():
        before = model.rowCount()
        moment = time.perf_counter()
        bar.setValue(bar.maximum())
        app.processEvents()
        if model.rowCount() == before:
            # The scroll range grows once the view has laid the new rows out.
            app.processEvents()
            continue
        fetches.append((time.perf_counter() - moment) * 1000)
    seconds = time.perf_counter() - started
    return {"rows": model.rowCount(), "seconds": seconds, "rss_mb": _rss_mb(),
            "page_ms": statistics.median(fetches) if fetches else 0.0}


# -- databases ---------------------------------------------------------------------------------


def _ensure_bench_user(url: str) -> None:
    username, full_name, role, password = BENCH_USER
    if username not in {u.username for u in users.list_users(url)}:
        users.add_user(url, username, full_name, role, password)


def _postgres_schema(url: str) -> tuple[str, Callable[[], None]]:
    base = make_url(url).set(drivername="postgresql+psycopg")
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    own = base.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)

    def drop() -> None:
        dispose(own)
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return own, drop


def prepare(args) -> tuple[str, Callable[[], None], str]:
    """(url, clean-up, what was done to get the register)."""
    if args.reuse:
        url = args.reuse if "://" in args.reuse else (
            f"sqlite:///{Path(args.reuse).resolve().as_posix()}")
        return url, lambda: None, f"reused {args.reuse}"
    cleanup: Callable[[], None] = lambda: None  # noqa: E731 - nothing to clean by default
    if args.db and make_url(args.db).get_backend_name() == "postgresql":
        url, cleanup = _postgres_schema(args.db)
    elif args.db:
        url = args.db
    else:
        folder = Path(tempfile.mkdtemp(prefix="desk_app_bench_"))
        url = f"sqlite:///{(folder / 'bench.sqlite3').as_posix()}"
        if not args.keep:
            def cleanup() -> None:
                dispose(url)
                for path in folder.iterdir():
                    path.unlink()
                folder.rmdir()
    init_database(url)
    with session_scope(url) as session:
        present = session.execute(text("SELECT count(*) FROM dossier")).scalar_one()
    if present:
        return url, cleanup, f"{present:,} dossiers already there"
    summary = bulk_demo.generate(url, args.dossiers, years=args.years)
    return url, cleanup, (f"generated {summary.dossiers:,} dossiers in {summary.seconds:.0f} s "
                          f"({summary.events:,} events, {summary.documents:,} documents)")


def _figure(value: float) -> str:
    """Nine characters: three decimals below 10 (a lookup takes microseconds), else one."""
    return f"{value:9.3f}" if value < 10 else f"{value:9.1f}"


def _format(measures: list[Measure]) -> str:
    head = (f"{'':3}{'measure':<48}{'median':>9}{'p10':>9}{'p90':>9}{'cpu':>9}{'floor':>9}"
            f"{'ratio':>7}{'target':>12}  ok")
    lines = [head, "-" * len(head)]
    for m in measures:
        p10, p90 = _spread(m.samples.wall)
        cpu = _figure(statistics.median(m.samples.cpu)) if m.samples.cpu else " " * 9
        floor = _figure(statistics.median(m.floor.wall)) if m.floor else " " * 9
        ratio = f"{m.ratio:7.2f}" if m.ratio is not None else " " * 7
        target = f"{m.target:g} {m.unit}" if m.target is not None else ""
        if m.ratio_target is not None:
            target += f", {m.ratio_target:g}x"
        verdict = {True: "yes", False: "NO", None: ""}[m.within()]
        lines.append(f"({m.key}){m.label:<48}{_figure(m.median)}{_figure(p10)}{_figure(p90)}"
                     f"{cpu}{floor}"
                     f"{ratio}{target:>12}  {verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desk_app.bench")
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--db", help="SQLAlchemy URL (PostgreSQL: a schema of its own)")
    parser.add_argument("--reuse", help="an SQLite file, or a database URL, filled before")
    parser.add_argument("--keep", action="store_true", help="keep the generated SQLite file")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--probe", nargs=2, metavar=("KIND", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe:
        print(json.dumps(probe(*args.probe)))
        return 0
    started = time.perf_counter()
    url, cleanup, how = prepare(args)
    try:
        _ensure_bench_user(url)
        backend = get_engine(url).dialect.name
        print(f"database: {backend} ({how})")
        measures = measure_counter(url, args.repeat)
        measures += measure_supervisor(url, args.repeat)
        measures += measure_gui(url, max(3, args.repeat // 4))
        print(_format(measures))
        print(f"machine: {os.cpu_count()} cores; run took {time.perf_counter() - started:.0f} s")
        with session_scope(url) as session:
            total = session.execute(text("SELECT count(*) FROM dossier")).scalar_one()
        print(f"dossiers now: {total:,} (the intakes above added to them); "
              f"date {date.today():%d/%m/%Y}")
    finally:
        cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
