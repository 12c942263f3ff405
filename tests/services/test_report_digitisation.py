"""Decision 766's digitisation figures in the report (issue 18), on the hand-built register of
conftest.py: which dossiers count as received digitised (every checklist document, new in the
period) and as results digitised (resolved in the period), and the two rates."""

from __future__ import annotations

import json
from datetime import date

from desk_app.services.digitisation import attachments
from desk_app.services.supervision import report
from tests import scans
from tests.conftest import as_admin

WEEK = (date(2025, 6, 2), date(2025, 6, 6))


def _digitise(url: str, code: str, documents, tmp_path) -> None:
    paper = scans.pdf(tmp_path / f"{code}.pdf", 1)
    for number in documents:
        attachments.attach(as_admin(url), code, number, [paper])


def _count(url: str, code: str) -> int:
    from desk_app.services import dossiers

    return len(dossiers.show(as_admin(url), code).documents)


def test_received_and_results_digitised_and_their_rates(register, tmp_path):
    url, codes = register
    everything = {label: range(1, _count(url, codes[label]) + 1)
                  for label in ("N1", "N3", "N2", "C2", "N14")}
    _digitise(url, codes["N1"], everything["N1"], tmp_path)       # A, new: counts
    _digitise(url, codes["N3"], everything["N3"], tmp_path)       # A, new: counts
    _digitise(url, codes["N2"], [1], tmp_path)                     # A, one document short
    _digitise(url, codes["C2"], everything["C2"], tmp_path)       # A, carried over: not new
    _digitise(url, codes["N14"], everything["N14"], tmp_path)     # C, new: counts
    for label in ("N3", "C1", "X1"):                               # X1: resolved before
        attachments.attach(as_admin(url), codes[label], None,
                           [scans.pdf(tmp_path / f"kq-{label}.pdf", 1)])
    assert len(everything["N2"]) > 1
    result = report.build_report(as_admin(url), *WEEK)
    by_code = {row.procedure_code: row for row in result.rows}
    a, c = by_code["1.004873"], by_code["1.001612"]
    assert (a.received_digitised, a.results_digitised) == (2, 2)
    assert (c.received_digitised, c.results_digitised) == (1, 0)
    # A: nine new dossiers (N1-N9) and eleven resolved in the week.
    assert a.received_online + a.received_direct_postal == 9
    assert a.received_digitised_rate == 2 / 9
    assert a.results_digitised_rate == 2 / a.resolved_total
    totals = result.totals
    assert (totals.received_digitised, totals.results_digitised) == (3, 2)
    assert totals.received_digitised_rate == 3 / (totals.received_online
                                                  + totals.received_direct_postal)
    whole = json.loads(json.dumps(report.report_json(result)))
    assert whole["totals"]["received_digitised"] == 3
    assert whole["totals"]["results_digitised"] == 2
    assert {"received_digitised", "results_digitised"} <= set(whole["rows"][0])
