"""Decision 766's digitisation figures in the report (issue 18), on the hand-built register of
conftest.py: which dossiers count as received digitised (every checklist document, new in the
period) and as results digitised (resolved in the period), the new dossiers that reused an
earlier digitised copy, and the three rates."""

from __future__ import annotations

import json
from datetime import date

import openpyxl

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


def test_the_reuse_rate_counts_new_dossiers_that_reused_a_digitised_copy(register, tmp_path):
    url, codes = register
    # X1 (resolved before the week) was digitised; its first document's copy is reused.
    _digitise(url, codes["X1"], [1, 2], tmp_path)
    earlier = {f.document: f.id for f in attachments.files(as_admin(url), codes["X1"])}
    for label, documents in (("N1", [1, 2]),     # A, new: counts once for two documents
                             ("N3", [1]),        # A, new: counts
                             ("C2", [1]),        # A, carried over: not new
                             ("N14", [1])):      # C, new: counts
        for number in documents:
            attachments.reuse(as_admin(url), codes[label], number, earlier[number])
    _digitise(url, codes["N2"], [1], tmp_path)  # scanned, not reused: does not count
    result = report.build_report(as_admin(url), *WEEK)
    by_code = {row.procedure_code: row for row in result.rows}
    a, c = by_code["1.004873"], by_code["1.001612"]
    # A: nine new dossiers (N1-N9); C: six (N14-N19).
    assert (a.received_reused, a.reuse_rate) == (2, 2 / 9)
    assert (c.received_reused, c.reuse_rate) == (1, 1 / 6)
    assert (by_code["1.001193"].received_reused, by_code["1.001193"].reuse_rate) == (0, 0.0)
    # Nineteen new dossiers in the week.
    assert (result.totals.received_reused, result.totals.reuse_rate) == (3, 3 / 19)
    whole = json.loads(json.dumps(report.report_json(result)))
    assert (whole["totals"]["received_reused"], whole["totals"]["reuse_rate"]) == (3, 3 / 19)
    indicator = {i["key"]: i for i in whole["indicators"]}["reuse_rate"]
    assert indicator["name"] == "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa"
    # The default 100:10: full points at 100 %, in proportion below it.
    assert (indicator["threshold"], indicator["points_max"]) == (1.0, 10)
    assert indicator["points"] == 10 * 3 / 19


def test_the_annex_shows_the_reuse_rate(register, tmp_path):
    url, codes = register
    _digitise(url, codes["X1"], [1], tmp_path)
    [earlier] = attachments.files(as_admin(url), codes["X1"])
    attachments.reuse(as_admin(url), codes["N1"], 1, earlier.id)
    path = tmp_path / "bao-cao.xlsx"
    report.write_report_xlsx(report.build_report(as_admin(url), *WEEK), path)
    rows = list(openpyxl.load_workbook(path)["Phụ lục"].iter_rows(values_only=True))
    header = next(row for row in rows if row[0] == "STT")
    column = header.index("Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa (%)")
    procedure = next(row for row in rows if row[2] == "1.004873")
    assert procedure[column] == 1 / 9
    index = {row[1]: row for row in rows
             if row[1] == "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa"}
    formula = index["Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa"][2]
    assert formula.startswith("số hồ sơ mới tiếp nhận có sử dụng lại ít nhất một thành phần")
    assert index["Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa"][3] == 1 / 19
