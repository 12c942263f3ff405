"""The statistics report (FORMATS.md "report"): counters worked out by hand on the register of
conftest.py, the identity over random histories, rows adding up, exports."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from desk_app.domain.intake import IntakeRequest
from desk_app.domain.report import COUNTERS
from desk_app.services import office
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.errors import PermissionDenied, UserError
from desk_app.services.processing import lifecycle, ratings
from desk_app.services.reception import intake
from desk_app.services.supervision import report
from desk_app.store.db import session_scope
from desk_app.store.models import Dossier, Procedure, ProcedureVersion
from tests.conftest import as_admin

WEEK = (date(2025, 6, 2), date(2025, 6, 6))


def counters(row) -> dict[str, int]:
    return {name: getattr(row, name) for name in COUNTERS}


def expected(carried, online, direct, early, on_time, late, within, overdue, withdrawn):
    return {
        "carried_over": carried, "received_online": online, "received_direct_postal": direct,
        "received_total": carried + online + direct,
        "resolved_total": early + on_time + late, "resolved_early": early,
        "resolved_on_time": on_time, "resolved_late": late,
        "in_progress_total": within + overdue, "in_progress_within": within,
        "in_progress_overdue": overdue, "withdrawn": withdrawn, "closed": 0,
        "official_received_total": early + on_time + late + within + overdue,
    }


# Worked out by hand from the register in conftest.py (labels in the comments).
HAND = {
    # carried C1-C8, C12; online N2 N3 N7; direct/postal N1 N4 N5 N6 N8 N9;
    # early C4 N1 N9; on time C1 C2 N2 N3; late C3 C8 C12 N4;
    # within N6 N7; overdue C5 C6 N5; withdrawn C7 N8.
    "1.004873": expected(9, 3, 6, 3, 4, 4, 2, 3, 2),
    # online N11; direct N10 N12 N13; early N11, on time N10, late N12; overdue N13.
    "1.001193": expected(0, 1, 3, 1, 1, 1, 0, 1, 0),
    # carried C9 C10 C11; online N15 N19; direct/postal N14 N16 N17 N18; early N15;
    # on time N14; within C10 (paused) N16 N17 (paused) N18; overdue C9 C11; withdrawn N19.
    "1.001612": expected(3, 2, 4, 1, 1, 0, 4, 2, 1),
}


def test_counters_match_the_hand_count(register):
    url, _ = register
    result = report.build_report(as_admin(url), *WEEK)
    assert [r.procedure_code for r in result.rows] == ["1.001193", "1.004873", "1.001612"]
    assert {r.procedure_code: counters(r) for r in result.rows} == HAND
    assert counters(result.totals) == expected(12, 6, 13, 5, 6, 5, 6, 6, 3)
    hotich, business = result.field_totals
    assert (hotich.field, business.field) == (
        "Hộ tịch", "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)")
    assert counters(hotich) == expected(9, 4, 9, 4, 5, 5, 2, 4, 2)
    units = {u.unit: counters(u) for u in result.by_unit}
    assert [u.unit for u in result.by_unit] == ["Phòng Kinh tế", "Phòng Tư pháp", ""]
    assert units["Phòng Tư pháp"] == counters(hotich)
    assert units["Phòng Kinh tế"] == expected(3, 1, 3, 1, 1, 0, 3, 2, 0)
    assert units[""] == expected(0, 1, 1, 0, 0, 0, 1, 0, 1)


def test_rates(register):
    url, _ = register
    rows = {r.procedure_code: r for r in report.build_report(as_admin(url), *WEEK).rows}
    a, b, c = rows["1.004873"], rows["1.001193"], rows["1.001612"]
    assert (a.on_time_rate, b.on_time_rate, c.on_time_rate) == (7 / 11, 2 / 3, 1.0)
    assert (a.online_share, b.online_share, c.online_share) == (3 / 9, 1 / 4, 2 / 6)
    # Working days after the receipt day up to the result's day, e.g. C8 received on Sunday
    # 01/06, resolved Friday 06/06: 5; same-day results count 0.
    assert a.average_working_days == 32 / 11
    assert b.average_working_days == 1 / 3
    assert c.average_working_days == 2.0
    totals = report.build_report(as_admin(url), *WEEK).totals
    assert totals.on_time_rate == 11 / 16
    assert totals.average_working_days == 37 / 16
    assert totals.online_share == 6 / 19
    assert totals.satisfaction_rate is None


def test_satisfaction_counts_ratings_given_in_the_period(register, monkeypatch):
    url, codes = register
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-05 11:00")
    ratings.record_rating(as_admin(url), codes["C4"], 5, {"officer": 5, "result": 4})
    ratings.record_rating(as_admin(url), codes["N3"], 3)  # on a 5-level scale: not satisfied
    office.set_value(as_admin(url), "rating_scale", "3")
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-06 23:59")
    ratings.record_rating(as_admin(url), codes["N14"], 3)  # 3 of 3: satisfied
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-07 00:00")
    ratings.record_rating(as_admin(url), codes["X1"], 1)  # after the period
    result = report.build_report(as_admin(url), *WEEK)
    rows = {r.procedure_code: r for r in result.rows}
    assert rows["1.004873"].satisfaction_rate == 1 / 2
    assert rows["1.001612"].satisfaction_rate == 1.0
    assert rows["1.001193"].satisfaction_rate is None
    assert result.totals.satisfaction_rate == 2 / 3
    # Ratings never change the counters.
    assert {r.procedure_code: counters(r) for r in result.rows} == HAND


def test_edges_of_a_single_day(register):
    url, _ = register
    # Monday 02/06 alone: C1 resolved at 00:00 and N1 received at 00:00 count; C8 received
    # Sunday 23:59 is carried over.
    monday = report.build_report(as_admin(url), date(2025, 6, 2), date(2025, 6, 2))
    a = {r.procedure_code: r for r in monday.rows}["1.004873"]
    # carried C1-C8 C12 (C5 C6 C8 C12 open at Monday's end; C7 withdrawn 03/06);
    # resolved C1 C2 C3 (C4: 15:00) -> on time C1 C2, late C3, early C4.
    assert (a.carried_over, a.received_online, a.received_direct_postal) == (9, 2, 1)
    assert (a.resolved_early, a.resolved_on_time, a.resolved_late) == (1, 2, 1)
    # In progress at Monday 24:00: C5 C6 C7 C8 C12 N1 N2 N3; overdue only C6 (due 29/05).
    assert (a.in_progress_within, a.in_progress_overdue, a.withdrawn) == (7, 1, 0)
    # Saturday 07/06 alone: X4 received at 00:00, C9 resolved and C11 withdrawn at 00:00.
    saturday = report.build_report(as_admin(url), date(2025, 6, 7), date(2025, 6, 7))
    c = {r.procedure_code: r for r in saturday.rows}["1.001612"]
    assert (c.carried_over, c.received_direct_postal, c.resolved_late, c.withdrawn) == (
        6, 1, 1, 1)


def test_rows_add_up_to_totals_and_json_has_the_formats_keys(register):
    url, _ = register
    result = report.build_report(as_admin(url), date(2025, 5, 1), date(2025, 6, 30))
    for name in COUNTERS:
        assert sum(getattr(r, name) for r in result.rows) == getattr(result.totals, name)
        assert sum(getattr(r, name) for r in result.field_totals) == getattr(result.totals, name)
        assert sum(getattr(u, name) for u in result.by_unit) == getattr(result.totals, name)
    whole = json.loads(json.dumps(report.report_json(result)))
    assert {"from", "to", "rows", "totals"} <= set(whole)
    assert (whole["from"], whole["to"]) == ("2025-05-01", "2025-06-30")
    for row in whole["rows"]:
        assert {"field", "procedure_code", *COUNTERS} <= set(row)
    assert set(COUNTERS) <= set(whole["totals"])
    # The whole register was received in May and June, none resolved before.
    assert whole["totals"]["received_total"] == 37


def test_bad_period_and_permission(register):
    url, _ = register
    with pytest.raises(UserError, match="Đến ngày"):
        report.build_report(as_admin(url), date(2025, 6, 6), date(2025, 6, 2))
    clerk = Actor(1, "tiepnhan", "clerk")
    with pytest.raises(PermissionDenied):
        report.build_report(Desk(url, clerk), *WEEK)


def test_monthly_trend(register):
    url, _ = register
    points = report.monthly_trend(as_admin(url), date(2025, 5, 15), date(2025, 7, 31))
    assert [p.month for p in points] == [date(2025, 5, 1), date(2025, 6, 1), date(2025, 7, 1)]
    may, june, july = points
    # May from the 15th: X1 X2 X3 X6 C1-C7 C9-C12 received; X1 resolved (28/05).
    assert (may.received, may.resolved, may.on_time_rate) == (15, 1, 1.0)
    # June: C8 (01/06), N1-N19, X4, X5; resolved: X3 (01/06), the week's 16, C9 (07/06);
    # late: the week's 5 and C9.
    assert (june.received, june.resolved, june.on_time_rate) == (22, 18, 12 / 18)
    assert (july.received, july.resolved, july.on_time_rate) == (0, 0, None)


def test_exports(register, tmp_path):
    url, _ = register
    result = report.build_report(as_admin(url), *WEEK)
    xlsx = tmp_path / "r.xlsx"
    report.write_report_xlsx(result, xlsx)
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Biểu 06", "Phụ lục"]
    sheet = book["Biểu 06"]
    texts = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" in texts
    assert "Kỳ báo cáo: từ ngày 02/06/2025 đến ngày 06/06/2025" in texts
    rows = {row[1]: row for row in sheet.iter_rows(min_row=10, values_only=True) if row[1]}
    # The form's columns without the withdrawn (C7, N8): total, carried over, online,
    # direct/postal, resolved (total, early, on time, late), in progress (total, within,
    # overdue).
    assert rows["Hộ tịch"][2:13] == (20, 8, 4, 8, 14, 4, 5, 5, 6, 2, 4)
    assert rows["Tổng cộng"][2:13] == (28, 11, 5, 12, 16, 5, 6, 5, 12, 6, 6)
    annex = book["Phụ lục"]
    units = [row[1] for row in annex.iter_rows(values_only=True)
             if str(row[0]).isdigit() and len(row) > 1 and row[1] in (
                 "Phòng Kinh tế", "Phòng Tư pháp", "Chưa chuyển đơn vị xử lý")]
    assert units == ["Phòng Kinh tế", "Phòng Tư pháp", "Chưa chuyển đơn vị xử lý"]
    pdf = tmp_path / "r.pdf"
    report.write_report_pdf(result, pdf)
    reader = PdfReader(pdf)
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    text = " ".join(p.extract_text() for p in reader.pages)
    for phrase in ("Biểu số 06/VPCP/KSTT", "Kỳ báo cáo: từ ngày 02/06/2025",
                   "Tổng cộng", "THỦ TRƯỞNG ĐƠN VỊ", "Quảng Nam, ngày 10 tháng 6 năm 2025",
                   "Phòng Kinh tế", "68,8"):  # on-time rate 11/16
        assert phrase in text


def test_failed_export_leaves_nothing(register, tmp_path):
    url, _ = register
    result = report.build_report(as_admin(url), *WEEK)
    target = tmp_path / "missing-folder" / "r.xlsx"
    with pytest.raises(FileNotFoundError):
        report.write_report_xlsx(result, target)
    assert not target.exists()
    broken = report.Report(result.date_from, result.date_to, result.rows, result.totals,
                           [None])  # a unit row the writer cannot read
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(AttributeError):
        report.write_report_pdf(broken, out / "r.pdf")
    assert list(out.iterdir()) == []


# -- the identity over random histories -------------------------------------------------------

START = datetime(2025, 6, 2, 7, 0)
STEPS = {
    "received": ["transferred", "supplement_requested", "stopped", "result_ready", "refused",
                 "withdrawn", "apology_issued"],
    "in_progress": ["supplement_requested", "stopped", "result_ready", "refused", "withdrawn",
                    "apology_issued"],
    "supplement_requested": ["supplement_received", "refused", "withdrawn"],
    "stopped": ["resumed", "refused", "withdrawn"],
    "result_ready": ["returned"],
}
history = st.tuples(
    st.sampled_from(["1.004873", "1.001193", "1.001612"]),
    st.sampled_from(["direct", "online", "postal"]),
    st.integers(0, 20 * 24 * 60),  # received: minutes after START
    st.lists(st.tuples(st.integers(0, 3), st.integers(1, 5 * 24 * 60)), max_size=4),
)


def _oracle(dossier: dict, start: datetime, end: datetime) -> dict[str, int] | None:
    """FORMATS.md's definitions applied to one dossier, independently of the SQL."""
    received, completed, withdrawn, due = (dossier[k] for k in (
        "received_at", "completed_at", "withdrawn_at", "due_at"))
    if received >= end or (completed and completed < start) or (withdrawn and withdrawn < start):
        return None
    row = dict.fromkeys(COUNTERS, 0)
    if received < start:
        row["carried_over"] = 1
    elif dossier["channel"] == "online":
        row["received_online"] = 1
    else:
        row["received_direct_postal"] = 1
    if completed and completed < end:
        if due and completed > due:
            row["resolved_late"] = 1
        elif due and completed.date() < due.date():
            row["resolved_early"] = 1
        else:
            row["resolved_on_time"] = 1
    elif withdrawn and withdrawn < end:
        row["withdrawn"] = 1
    elif due and due < end:
        row["in_progress_overdue"] = 1
    else:
        row["in_progress_within"] = 1
    row["received_total"] = 1
    row["resolved_total"] = row["resolved_early"] + row["resolved_on_time"] + row["resolved_late"]
    row["in_progress_total"] = row["in_progress_within"] + row["in_progress_overdue"]
    row["official_received_total"] = row["resolved_total"] + row["in_progress_total"]
    return row


@pytest.fixture
def random_db(office_db):
    """One database that the random histories pile up in: the identity must hold whatever
    else is there."""
    return office_db


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dossiers=st.lists(history, min_size=1, max_size=4),
       period=st.tuples(st.integers(0, 25), st.integers(0, 10)))
def test_identity_and_oracle_over_random_histories(random_db, dossiers, period):
    url = random_db
    for procedure, channel, offset, steps in dossiers:
        received = START + timedelta(minutes=offset)
        code = intake.receive(as_admin(url),
                              IntakeRequest(procedure, "Ngẫu Nhiên", channel=channel),
                              received_at=received).code
        status, at = "received", received
        for choice, gap in steps:
            options = STEPS.get(status)
            if not options:
                break
            kind = options[choice % len(options)]
            at += timedelta(minutes=gap)
            status = lifecycle.record_event(as_admin(url), code, kind, at=at)
    date_from = START.date() + timedelta(days=period[0])
    date_to = date_from + timedelta(days=period[1])
    result = report.build_report(as_admin(url), date_from, date_to)
    for row in [*result.rows, result.totals, *result.by_unit, *result.field_totals]:
        assert row.received_total == row.carried_over + row.received_online + \
            row.received_direct_postal
        assert row.received_total == row.resolved_total + row.in_progress_total + row.withdrawn
    for name in COUNTERS:
        assert sum(getattr(r, name) for r in result.rows) == getattr(result.totals, name)
    start = datetime.combine(date_from, datetime.min.time())
    end = datetime.combine(date_to + timedelta(days=1), datetime.min.time())
    by_code: dict[str, dict[str, int]] = {}
    for dossier in _milestones(url):
        counted = _oracle(dossier, start, end)
        if counted:
            sums = by_code.setdefault(dossier["procedure_code"], dict.fromkeys(COUNTERS, 0))
            for name, value in counted.items():
                sums[name] += value
    assert {r.procedure_code: counters(r) for r in result.rows} == by_code


def _milestones(url: str) -> list[dict]:
    with session_scope(url) as session:
        rows = session.execute(
            select(Procedure.code, Dossier.channel, Dossier.received_at, Dossier.due_at,
                   Dossier.completed_at, Dossier.withdrawn_at)
            .join(ProcedureVersion, Dossier.procedure_version_id == ProcedureVersion.id)
            .join(Procedure, ProcedureVersion.procedure_id == Procedure.id)
        ).all()
    keys = ("procedure_code", "channel", "received_at", "due_at", "completed_at",
            "withdrawn_at")
    return [dict(zip(keys, row, strict=True)) for row in rows]
