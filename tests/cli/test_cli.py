"""desk-admin as a script would call it: output formats and exit codes."""

import csv
import json

import pytest

from desk_app.cli import main
from desk_app.store import migrate


@pytest.fixture
def run(capsys):
    """Runs desk-admin in-process and returns (exit code, stdout, stderr)."""

    def invoke(*argv):
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def test_init_then_catalog_list_json_lists_the_bundled_procedures(run, empty_db_url):
    assert run("--db", empty_db_url, "init")[0] == 0
    code, out, _ = run("--db", empty_db_url, "init")
    head = migrate.head_revision()
    assert code == 0 and f"{head} -> {head}" in out
    code, out, _ = run("--db", empty_db_url, "catalog", "list", "--format", "json")
    procedures = json.loads(out)
    assert code == 0 and len(procedures) >= 40
    birth = next(p for p in procedures if p["code"] == "1.001193")
    assert birth["time_limit"] == "same-day" and birth["cutoff"] == "15:00"
    assert birth["documents"][0]["form"] == "bản chính"


def test_catalog_list_csv_and_table(run, db_url):
    _, out, _ = run("--db", db_url, "catalog", "list", "--format", "csv", "--search",
                    "dang ky khai sinh")
    rows = list(csv.DictReader(out.splitlines()))
    assert "1.001193" in [r["code"] for r in rows]
    _, out, _ = run("--db", db_url, "catalog", "list")
    assert out.splitlines()[0].split() == ["code", "name", "field", "time_limit"]


def test_catalog_import_refuses_a_bad_file_with_exit_2(run, db_url, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("code,name,field,time_limit\n9.000009,Thử,Thử,abc\n", encoding="utf-8")
    code, _, err = run("--db", db_url, "catalog", "import", str(path))
    assert code == 2 and "Dòng 2" in err and "time_limit" in err


def test_office_show_and_set(run, db_url):
    assert run("--db", db_url, "office", "set", "place_name", "Huế")[0] == 0
    code, out, _ = run("--db", db_url, "office", "show", "--format", "json")
    assert json.loads(out)["place_name"] == "Huế"
    code, _, err = run("--db", db_url, "office", "set", "form_set", "1999")
    assert code == 2 and "Bộ biểu mẫu" in err


def test_due_date_json_matches_the_contract(run, db_url):
    code, out, _ = run("--db", db_url, "due-date", "--procedure", "1.001193",
                       "--received", "2025-06-13 16:20", "--format", "json")
    answer = json.loads(out)
    assert code == 0
    assert answer["procedure"] == "1.001193"
    assert answer["received_at"] == "2025-06-13T16:20"
    assert answer["due_at"] == "2025-06-16T17:00"
    assert "15:00" in answer["explanation"]


@pytest.mark.parametrize("argv,fragment", [
    (["due-date", "--procedure", "0.000000", "--received", "2025-06-10 09:00"], "0.000000"),
    (["due-date", "--procedure", "1.001193", "--received", "2025-02-30 09:00"], "Thời điểm"),
    (["due-date", "--procedure", "1.001193", "--received", "2025-06-10 25:00"], "Thời điểm"),
    (["calendar", "add", "2025-13-01", "--kind", "day-off", "--reason", "x"], "Ngày"),
    (["calendar", "remove", "2025-10-27"], "27/10/2025"),
])
def test_bad_input_exits_2_naming_the_value(run, db_url, argv, fragment):
    code, out, err = run("--db", db_url, *argv)
    assert code == 2 and fragment in err and out == ""


def test_calendar_show_and_add(run, db_url):
    code, out, _ = run("--db", db_url, "calendar", "add", "2026-12-31", "--kind", "day-off",
                       "--reason", "Nghỉ bù theo quyết định tỉnh", "--source", "QĐ 1/UBND")
    assert code == 0
    _, out, _ = run("--db", db_url, "calendar", "show", "2026", "--format", "json")
    days = {d["date"]: d for d in json.loads(out)}
    assert days["2026-12-31"]["reason"] == "Nghỉ bù theo quyết định tỉnh"
    assert days["2026-11-24"]["kind"] == "day-off"
    assert days["2026-08-22"]["kind"] == "workday"
