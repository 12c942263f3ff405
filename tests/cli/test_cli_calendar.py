"""desk-admin calendar show's status and source, and calendar import of a decision."""

import json

import pytest

from desk_app.cli import main


@pytest.fixture
def run(capsys):
    def invoke(*argv):
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def test_calendar_show_json_gives_status_and_source(run, db_url):
    code, out, _ = run("--db", db_url, "calendar", "show", "2026", "--format", "json")
    days = {d["date"]: d for d in json.loads(out)}
    assert code == 0
    assert days["2026-01-02"]["status"] == "official" and days["2026-01-10"]["kind"] == "workday"
    assert days["2026-11-24"]["status"] == "pending"
    assert days["2026-01-01"]["source"] == "Bộ luật Lao động 2019, Điều 112 khoản 1"
    _, out, _ = run("--db", db_url, "calendar", "show", "2027")
    assert "Lịch 2027: 6 ngày ước tính" in out and "Lịch 2027: 1 ngày chờ văn bản" in out


def test_calendar_import_loads_the_decision_as_official_days(run, db_url, tmp_path):
    decision = tmp_path / "tet-2027.csv"
    decision.write_text("date,kind,name,source\n"
                        "2027-02-11,day-off,Mùng sáu Tết Nguyên Đán,Thông báo 1/TB-BNV\n",
                        encoding="utf-8")
    code, out, _ = run("--db", db_url, "calendar", "import", str(decision))
    assert code == 0 and "Đã nạp 1 ngày chính thức" in out
    _, out, _ = run("--db", db_url, "calendar", "show", "2027", "--format", "json")
    day = {d["date"]: d for d in json.loads(out)}["2027-02-11"]
    assert (day["status"], day["source"], day["kind"]) == (
        "official", "Thông báo 1/TB-BNV", "day-off")
    decision.write_text("date,kind,name\n2027-02-12,day-off,Mùng bảy\n", encoding="utf-8")
    code, _, err = run("--db", db_url, "calendar", "import", str(decision))
    assert code == 2 and "source" in err
