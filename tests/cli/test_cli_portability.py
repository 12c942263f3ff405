"""What a Windows office meets: folders named in Vietnamese, files for Excel, a console whose
code page has no Vietnamese letters."""

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime

import pytest
from pypdf import PdfReader

from desk_app.cli import main
from desk_app.domain.intake import IntakeRequest
from desk_app.services import audit, office
from desk_app.services.reception import intake
from desk_app.store.db import dispose
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}


@pytest.fixture
def run(capsys):
    """desk-admin in-process: (exit code, stdout, stderr)."""

    def invoke(*argv):
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def _exports(url):
    return [r.key for r in audit.list_entries(as_admin(url)) if r.action == "export"]


def test_an_office_kept_in_a_vietnamese_folder_works_end_to_end(run, tmp_path):
    folder = tmp_path / "Hồ sơ Một cửa" / "Dữ liệu"
    folder.mkdir(parents=True)
    database = folder / "một cửa.sqlite3"
    url = f"sqlite:///{database.as_posix()}"
    try:
        assert run("--db", url, "init")[0] == 0
        for key, value in OFFICE.items():
            assert run("--db", url, "office", "set", key, value)[0] == 0
        received = intake.receive(as_admin(url), IntakeRequest("1.001193", "Nguyễn Thị Ánh Tuyết"),
                                  received_at=datetime(2025, 6, 10, 8, 0))

        receipt = folder / "giấy tiếp nhận.pdf"
        code, _, err = run("--db", url, "print", "receipt", received.code, "-o", receipt)
        assert code == 0, err
        text = PdfReader(receipt).pages[0].extract_text()
        assert received.code in text and "Ánh Tuyết" in text

        copy = folder / "Sao lưu" / "bản sao ngày 10.sqlite3"
        code, _, err = run("--db", url, "backup", copy)
        assert code == 0 and copy.is_file(), err
        code, out, err = run("--db", url, "check", "--format", "json")
        assert code == 0 and json.loads(out)["ok"], err
        code, _, err = run("--db", url, "restore", copy)
        assert code == 0, err
        kept = [p.name for p in folder.iterdir() if ".before-restore-" in p.name]
        assert kept and kept[0].startswith("một cửa.sqlite3")

        exported = folder / "danh sách hồ sơ.csv"
        code, out, err = run("--db", url, "dossier", "list", "--format", "csv", "-o", exported)
        assert code == 0 and str(exported) in out, err
        rows = list(csv.DictReader(io.StringIO(exported.read_text(encoding="utf-8-sig"))))
        assert [(r["code"], r["applicant_name"]) for r in rows] == [
            (received.code, "Nguyễn Thị Ánh Tuyết")]
    finally:
        dispose(url)


def test_a_csv_file_for_excel_has_the_bom_and_crlf_but_the_screen_gets_plain_utf8(
        run, db_url, tmp_path):
    target = tmp_path / "thủ tục hộ tịch.csv"
    code, out, _ = run("--db", db_url, "catalog", "list", "--search", "khai sinh",
                       "--format", "csv", "-o", target)
    assert code == 0 and out.startswith("Đã ghi ")
    data = target.read_bytes()
    # Excel reads a CSV without the BOM in the PC's code page: "Há»™ tá»‹ch".
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert "Hộ tịch" in data.decode("utf-8-sig")
    _, shown, _ = run("--db", db_url, "catalog", "list", "--search", "khai sinh",
                      "--format", "csv")
    assert not shown.startswith("\ufeff") and shown.splitlines()[0].startswith("code,")


def test_json_and_table_files_are_plain_utf8(run, db_url, tmp_path):
    target = tmp_path / "văn phòng.json"
    assert run("--db", db_url, "office", "show", "--format", "json", "-o", target)[0] == 0
    assert not target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "agency_code" in json.loads(target.read_text(encoding="utf-8"))


def test_an_answer_file_in_a_missing_folder_is_bad_input_and_nothing_is_recorded(
        run, db_url, tmp_path):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    intake.receive(as_admin(db_url), IntakeRequest("1.001193", "Trần Văn An"),
                   received_at=datetime(2025, 6, 10, 8, 0))
    target = tmp_path / "không có" / "hồ sơ.csv"
    code, _, err = run("--db", db_url, "dossier", "list", "--format", "csv", "-o", target)
    assert code == 2 and "không có thư mục" in err
    assert not target.parent.exists()
    # The dossier list as CSV is an export of personal data: not recorded when not written.
    assert _exports(db_url) == []


def test_answers_reach_a_console_whose_code_page_has_no_vietnamese_letters(db_url):
    # Windows gives redirected output the PC's code page (cp1252 here): "ộ" cannot be encoded.
    environment = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from desk_app.cli import main; sys.exit(main())",
         "--db", db_url, "catalog", "list", "--search", "khai sinh"],
        capture_output=True, env=environment, timeout=60)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "Hộ tịch" in done.stdout.decode("utf-8")
