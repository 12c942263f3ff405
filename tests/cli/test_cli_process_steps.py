"""desk-admin catalog import with `steps`, dossier transfer, dossier steps and workload: the
JSON shapes scripts read, the warning on budgets that do not add up, bad input refused."""

import json
from datetime import datetime

import pytest

from desk_app.cli import main
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.reception import intake
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
DESK, TP = "Bộ phận Một cửa", "Phòng Tư pháp"


@pytest.fixture
def run(capsys, db_url, monkeypatch, tmp_path):
    monkeypatch.setenv("DESK_APP_NOW", "2026-09-04 15:00")
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)

    def invoke(*argv):
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def _catalogue(tmp_path, limit: str) -> str:
    path = tmp_path / f"steps-{limit}.csv"
    path.write_text(
        "code,name,field,time_limit,steps\n"
        f'1.999002,Thủ tục thử,Hộ tịch,{limit},"Tiếp nhận|{DESK}|0.5d; Thẩm định|{TP}|3.5d; '
        f'Trả kết quả|{DESK}|1d"\n', encoding="utf-8")
    return str(path)


def test_steps_and_workload_as_json(run, db_url, tmp_path):
    code, _, err = run("catalog", "import", _catalogue(tmp_path, "5d"))
    assert code == 0 and err == ""
    code, _, err = run("user", "add", "binh", "--full-name", "Trần Văn Bình", "--role",
                       "officer", "--password", "Matkhau2026", "--unit", TP)
    assert code == 0, err
    dossier = intake.receive(as_admin(db_url), IntakeRequest("1.999002", "Lê Văn Cường"),
                             received_at=datetime(2026, 8, 27, 9, 0)).code
    code, _, err = run("dossier", "transfer", dossier, "--unit", TP, "--receiver", "binh",
                       "--at", "2026-08-27 14:00")
    assert code == 0, err
    code, out, _ = run("dossier", "steps", dossier)
    assert code == 0
    assert json.loads(out) == [
        {"step": 1, "name": "Tiếp nhận", "unit": DESK, "started_at": "2026-08-27T09:00",
         "due_at": "2026-08-27T14:45", "done_at": "2026-08-27T14:00", "result": "on_time",
         "holder": DESK, "officer": "", "budget": "0.5d", "overrun_minutes": 0},
        # 3.5d from Thu 27/08 14:00: Fri 28/08, Thu 03/09, Fri 04/09 14:00, then 225 minutes.
        {"step": 2, "name": "Thẩm định", "unit": TP, "started_at": "2026-08-27T14:00",
         "due_at": "2026-09-07T08:15", "done_at": None, "result": "open", "holder": TP,
         "officer": "Trần Văn Bình", "budget": "3.5d", "overrun_minutes": 0},
        {"step": 3, "name": "Trả kết quả", "unit": DESK, "started_at": None,
         "due_at": "2026-09-08T08:15", "done_at": None, "result": "open", "holder": "",
         "officer": "", "budget": "1d", "overrun_minutes": 0},
    ]
    code, out, _ = run("workload", "--unit", TP)
    assert code == 0 and json.loads(out) == [
        {"unit": TP, "officer": None, "handled": 0, "early": 0, "on_time": 0, "late": 0,
         "holding": 1, "holding_overdue": 0, "median_minutes": None},
        {"unit": TP, "officer": "Trần Văn Bình", "handled": 0, "early": 0, "on_time": 0,
         "late": 0, "holding": 1, "holding_overdue": 0, "median_minutes": None}]
    code, out, _ = run("workload", "--from", "2026-08-27", "--to", "2026-08-27")
    # The desk's step 1 is handled that day (received by no account: the unit's row only).
    assert [(r["unit"], r["officer"], r["handled"], r["on_time"], r["holding"])
            for r in json.loads(out)] == [(DESK, None, 1, 1, 0), (TP, None, 0, 0, 1),
                                          (TP, "Trần Văn Bình", 0, 0, 1)]


def test_budgets_off_the_limit_are_a_warning_and_bad_input_exits_2(run, tmp_path):
    code, out, err = run("catalog", "import", _catalogue(tmp_path, "6d"))
    assert code == 0 and "Thêm mới: 1" in out
    assert err == ("Cảnh báo: Dòng 2, cột steps: thủ tục 1.999002: tổng thời gian các bước "
                   "(5 ngày làm việc) khác thời hạn giải quyết (6 ngày làm việc)\n")
    code, _, err = run("workload", "--unit", "Phòng Không Có")
    assert code == 2 and "Đơn vị: không có đơn vị 'Phòng Không Có'" in err
    code, _, err = run("workload", "--from", "2026-09-05", "--to", "2026-09-01")
    assert code == 2 and "Đến ngày: trước Từ ngày" in err
    code, _, err = run("dossier", "steps", "000.00.00.H49-260904-9999")
    assert code == 2 and "không có hồ sơ" in err
