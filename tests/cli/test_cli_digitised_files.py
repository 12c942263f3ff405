"""desk-admin dossier attach|files|file and check --sweep as a script runs them, and an attach
killed between writing the file and committing the row that names it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime

from desk_app.cli import main
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.reception import intake
from desk_app.services.setup import init_database
from tests import scans
from tests.conftest import as_admin


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _office(url: str) -> str:
    office.set_value(as_admin(url), "agency_code", "000.00.00.H49")
    return intake.receive(as_admin(url), IntakeRequest("1.001193", "Nguyễn Văn An"),
                          received_at=datetime(2025, 6, 10, 8, 0)).code


def _stored(store):
    return [p for p in store.rglob("*") if p.is_file() and ".part" not in p.name]


def test_attach_list_and_write_out_a_document(db_url, tmp_path, capsys):
    code = _office(db_url)
    paper = scans.pdf(tmp_path / "giay.pdf", 2)
    picture = scans.png(tmp_path / "to-khai.png")
    assert run(capsys, "--db", db_url, "dossier", "attach", code, "--document", "1",
               str(picture))[0] == 0
    status, said, _ = run(capsys, "--db", db_url, "dossier", "attach", code, "--document", "2",
                          str(paper))
    assert status == 0 and "2 trang" in said
    status, said, _ = run(capsys, "--db", db_url, "dossier", "files", code, "--format", "json")
    listed = json.loads(said)
    assert [(f["document"], f["name"], f["pages"], f["signed"], f["valid"]) for f in listed] == [
        (1, "to-khai.png", 1, False, None), (2, "giay.pdf", 2, False, None)]
    assert set(listed[0]) >= {"document", "name", "sha256", "pages", "bytes", "signed",
                              "signer", "signed_at", "valid"}
    out = tmp_path / "out.pdf"
    assert run(capsys, "--db", db_url, "dossier", "file", code, "--document", "2", "-o",
               str(out))[0] == 0
    assert out.read_bytes() == paper.read_bytes()
    status, _, error = run(capsys, "--db", db_url, "dossier", "attach", code, "--document", "1",
                           "--result", str(paper))
    assert status == 2 and "--document N hoặc --result" in error
    status, _, error = run(capsys, "--db", db_url, "dossier", "file", code, "--result", "-o",
                           str(tmp_path / "none.pdf"))
    assert status == 2 and "kết quả chưa được số hoá" in error
    assert not (tmp_path / "none.pdf").exists()


def test_a_killed_attach_leaves_the_database_whole_and_the_sweep_finds_the_orphan(
        tmp_path, capsys, monkeypatch):
    database = tmp_path / "desk.sqlite3"
    url = f"sqlite:///{database.as_posix()}"
    init_database(Desk(url))
    code = _office(url)
    monkeypatch.delenv("DESK_APP_USER", raising=False)
    pages = [scans.jpeg(tmp_path / f"scan-{n}.jpg", f"Trang {n}", dpi=300) for n in range(4)]
    store = tmp_path / "desk.files"
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    attach = subprocess.Popen(
        [sys.executable, "-c", "import sys; from desk_app.cli import main; sys.exit(main())",
         "--db", url, "dossier", "attach", code, "--document", "1", *map(str, pages)],
        env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    holder = sqlite3.connect(database, isolation_level=None, timeout=0)
    try:
        # The moment the file's write begins, the attach is frozen and another counter takes
        # the write lock: the attach then finishes its file and waits for the lock to commit
        # its rows, and is killed there. (Already inside its transaction, it is killed at
        # once: that too is between the file and the commit.)
        deadline = time.monotonic() + 60
        while not any(store.rglob("*.part")) and not _stored(store):
            assert attach.poll() is None, attach.stderr.read().decode()
            assert time.monotonic() < deadline
            time.sleep(0.001)
        attach.send_signal(signal.SIGSTOP)
        try:
            holder.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            pass
        else:
            attach.send_signal(signal.SIGCONT)
            while not _stored(store):
                assert time.monotonic() < deadline
                time.sleep(0.005)
            time.sleep(0.2)
        attach.send_signal(signal.SIGKILL)
        attach.wait()
    finally:
        if holder.in_transaction:
            holder.execute("ROLLBACK")
        holder.close()
    assert attach.returncode == -signal.SIGKILL
    orphan, = _stored(store)
    status, said, _ = run(capsys, "--db", url, "check", "--format", "json")
    report = json.loads(said)
    assert status == 1
    assert [(f["kind"], f["field"], f["stored"]) for f in report["findings"]] == [
        ("file", "unreferenced", orphan.name)]
    status, said, _ = run(capsys, "--db", url, "dossier", "files", code, "--format", "json")
    assert json.loads(said) == []
    # Old enough that no attach can still be running.
    old = time.time() - 3600
    os.utime(orphan, (old, old))
    status, said, error = run(capsys, "--db", url, "check", "--sweep")
    assert status == 0, said
    assert orphan.name in error
    assert not orphan.exists()
