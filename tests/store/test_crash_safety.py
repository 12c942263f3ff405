"""The counter's process killed without warning in the middle of a stream of intakes: every
intake it acknowledged is there whole, nothing is half-written, and the checks pass."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from desk_app.services import audit, office
from desk_app.services.safety import integrity
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry, Dossier, DossierDocument, DossierEvent
from tests.conftest import as_admin

WORKER = Path(__file__).with_name("intake_worker.py")
KILLS = 3


def kill_hard(process: subprocess.Popen) -> None:
    """SIGKILL: no handler, no atexit, no flush. Windows has no signals: TerminateProcess."""
    if sys.platform == "win32":
        process.kill()
    else:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def run_and_kill(url: str, rng: random.Random) -> list[str]:
    """One counter receiving without end, killed after a random number of intakes at a random
    moment; returns the codes it acknowledged (complete lines only)."""
    worker = subprocess.Popen([sys.executable, str(WORKER), url, "0", "Quầy"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, encoding="utf-8")
    assert worker.stdout.readline() == "ready\n", worker.stderr.read()
    worker.stdin.write("go\n")
    worker.stdin.flush()
    codes = [worker.stdout.readline() for _ in range(rng.randint(15, 40))]
    time.sleep(rng.uniform(0, 0.03))  # land anywhere inside the next transaction
    kill_hard(worker)
    codes += worker.stdout.read().splitlines(keepends=True)
    assert worker.returncode != 0
    return [line.strip() for line in codes if line.endswith("\n")]


def test_every_acknowledged_intake_survives_a_kill(db_url):
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    rng = random.Random(20250610)
    acknowledged: list[str] = []
    for _ in range(KILLS):
        acknowledged += run_and_kill(db_url, rng)

    with session_scope(db_url) as session:
        stored = dict(session.execute(select(Dossier.code, Dossier.id)).all())
        documents = dict(session.execute(
            select(DossierDocument.dossier_id, func.count()).group_by(DossierDocument.dossier_id)
        ).all())
        first_events = dict(session.execute(
            select(DossierEvent.dossier_id, DossierEvent.kind)
            .where(DossierEvent.id.in_(select(func.min(DossierEvent.id))
                                       .group_by(DossierEvent.dossier_id)))).all())
        audited = set(session.execute(select(AuditEntry.entity_key).where(
            AuditEntry.action == "dossier.receive")).scalars())

    assert acknowledged and len(set(acknowledged)) == len(acknowledged)
    assert set(acknowledged) <= set(stored)
    # At most one intake per kill committed after its code was last printed.
    assert len(stored) - len(acknowledged) <= KILLS
    for code, dossier_id in stored.items():
        assert documents.get(dossier_id, 0) >= 1, code
        assert first_events.get(dossier_id) == "received", code
        assert code in audited, code
    numbers = sorted(int(code.rsplit("-", 1)[1]) for code in stored)
    assert numbers == list(range(1, len(stored) + 1))  # a killed intake leaves no gap
    assert integrity.check(as_admin(db_url)).ok
    assert audit.verify_chain(as_admin(db_url)).intact
