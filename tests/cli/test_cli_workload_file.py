"""desk-admin workload -o FILE: a workbook for .xlsx, the answer in --format otherwise."""

import json

from openpyxl import load_workbook

from desk_app.cli import main
from desk_app.services import office
from tests.conftest import as_admin
from tests.late_steps import KT, workload_set
from tests.services.conftest import OFFICE


def _run(capsys, url, *argv):
    code = main(["--db", url, *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_workload_to_a_workbook_or_an_answer_file(db_url, capsys, tmp_path):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    workload_set(db_url)
    book, answer = tmp_path / "kt.xlsx", tmp_path / "kt.json"
    period = ["--from", "2025-06-02", "--to", "2025-06-06", "--unit", KT]
    code, out, _ = _run(capsys, db_url, "workload", *period, "-o", str(book))
    assert code == 0 and str(book) in out
    sheet = load_workbook(book).active
    assert sheet["A2"].value.endswith(f"; đơn vị: {KT}; hồ sơ đang giữ tính đến 09:00 ngày "
                                      "10/06/2025")
    assert [[c.value for c in row][:6] for row in sheet.iter_rows(min_row=5)] == [
        [KT, "Cả đơn vị", 2, 1, 0, 1], [KT, "Phạm Thị Dung", 1, 1, 0, 0],
        [KT, "Trần Văn Bình", 1, 0, 0, 1]]
    assert _run(capsys, db_url, "workload", *period, "-o", str(answer))[0] == 0
    rows = json.loads(answer.read_text(encoding="utf-8"))
    assert [(r["officer"], r["handled"], r["median_minutes"]) for r in rows] == [
        (None, 2, 1125), ("Phạm Thị Dung", 1, 450), ("Trần Văn Bình", 1, 1800)]
    code, _, err = _run(capsys, db_url, "workload", "-o", str(tmp_path / "no" / "x.xlsx"))
    assert code == 2 and "không có thư mục" in err
