"""desk-admin dossier import|list|show, print receipt, user: the FORMATS.md contracts."""

import json

import openpyxl
import pytest
from pypdf import PdfReader

from desk_app.cli import main
from desk_app.services import office
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
FILE = (
    "code,procedure_code,applicant_name,phone,channel,received_at,due_at,completed_at,"
    "returned_at,withdrawn_at,status,unit\n"
    ",1.001193,Nguyễn Văn Đức,0912345678,online,2025-06-09 10:00,,2025-06-09 16:00,,,,"
    "Phòng Tư pháp\n"
    "OLD-0001,1.004873,Trần Thị Bích,,direct,2025-05-05 10:00,2025-05-08 10:00,,,,,\n"
    ",1.004873,Lý Văn Cường,,postal,2025-06-02 08:00,,,,2025-06-03 09:00,withdrawn,\n"
)


@pytest.fixture
def run(capsys, db_url):
    """desk-admin in-process on an office ready to receive; returns (code, out, err)."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)

    def invoke(*argv):
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def test_import_list_and_show(run, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(FILE, encoding="utf-8")
    code, out, _ = run("dossier", "import", str(path))
    codes = out.split()
    assert code == 0 and len(codes) == 3
    assert codes[0] == "000.00.00.H49-250609-0001" and codes[1] == "OLD-0001"
    _, out, _ = run("dossier", "list", "--format", "json")
    listed = {d["code"]: d for d in json.loads(out)}
    assert set(listed[codes[0]]) >= {"code", "procedure_code", "applicant_name", "channel",
                                     "received_at", "due_at", "status"}
    assert listed[codes[0]]["status"] == "result_ready"
    assert listed[codes[0]]["channel"] == "online"
    assert listed["OLD-0001"]["due_at"] == "2025-05-08T10:00"
    assert listed["OLD-0001"]["status"] == "received"
    assert listed[codes[2]]["status"] == "withdrawn"
    _, out, _ = run("dossier", "list", "--search", "ly van cuong", "--format", "json")
    assert [d["code"] for d in json.loads(out)] == [codes[2]]
    _, out, _ = run("dossier", "list", "--status", "withdrawn", "--format", "csv")
    assert out.splitlines()[0].startswith("code,procedure_code,applicant_name")
    assert len(out.splitlines()) == 2
    code, out, _ = run("dossier", "show", codes[0], "--format", "json")
    shown = json.loads(out)
    assert code == 0 and shown["code"] == codes[0]
    assert [e["kind"] for e in shown["events"]] == ["received", "transferred", "result_ready"]
    assert shown["documents"][0]["form"] == "bản chính"


def test_import_from_xlsx(run, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    for line in FILE.splitlines():
        sheet.append(line.split(","))
    book.save(tmp_path / "d.xlsx")
    code, out, _ = run("dossier", "import", str(tmp_path / "d.xlsx"))
    assert code == 0 and len(out.split()) == 3


@pytest.mark.parametrize("bad_line,fragment", [
    (",9.999999,A,,,2025-06-09 10:00,,,,,,", "Dòng 3, cột procedure_code"),
    (",1.001193,,,,2025-06-09 10:00,,,,,,", "Dòng 3, cột applicant_name"),
    (",1.001193,A,123,,2025-06-09 10:00,,,,,,", "Dòng 3, cột phone"),
    (",1.001193,A,,,2025-06-09 10:00,,2025-06-08 10:00,,,,", "Dòng 3, cột completed_at"),
    (",1.001193,A,,,2025-06-09 10:00,,,,,returned,", "Dòng 3, cột status"),
    ("OLD-0001,1.001193,A,,,2025-06-09 10:00,,,,,,", "Dòng 3, cột code"),
])
def test_a_bad_row_refuses_the_whole_file(run, tmp_path, bad_line, fragment):
    path = tmp_path / "bad.csv"
    header, first = FILE.splitlines()[0], "OLD-0001,1.004873,B,,,2025-05-05 10:00,,,,,,"
    path.write_text(f"{header}\n{first}\n{bad_line}\n", encoding="utf-8")
    code, out, err = run("dossier", "import", str(path))
    assert code == 2 and fragment in err and out == ""
    _, out, _ = run("dossier", "list", "--format", "json")
    assert json.loads(out) == []


def test_print_receipt(run, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(FILE, encoding="utf-8")
    first = run("dossier", "import", str(path))[1].split()[0]
    code, _, _ = run("print", "receipt", first, "-o", str(tmp_path / "r.pdf"))
    assert code == 0
    text = PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    assert first in text and "Nguyễn Văn Đức" in text
    code, _, err = run("print", "receipt", "NOPE", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "NOPE" in err and not (tmp_path / "x.pdf").exists()


def test_users(run):
    code, _, _ = run("user", "add", "tiepnhan", "--full-name", "Nguyễn Thị Hà", "--role",
                     "clerk", "--password", "Matkhau2025")
    assert code == 0
    code, _, err = run("user", "add", "ngan", "--full-name", "X", "--role", "clerk",
                       "--password", "short")
    assert code == 2 and "Mật khẩu" in err
    _, out, _ = run("user", "list", "--format", "json")
    assert [u["username"] for u in json.loads(out)] == ["quantri", "tiepnhan"]


def test_dossier_scan_answers_what_the_scan_field_answers(run, db_url):
    from desk_app.domain.intake import IntakeRequest
    from desk_app.services.reception import intake, receipts

    received = intake.receive(as_admin(db_url), IntakeRequest(
        "1.001193", "Nguyễn Văn Đức", id_number="001088012345"))
    payload = receipts.receipt_document(as_admin(db_url), received.code).qr_payload
    _, shown, _ = run("dossier", "show", received.code, "--format", "json")
    for typed, genuine in ((payload, True), ("".join(c for c in payload if c.isascii()), True),
                           (payload.replace("001088012345", "001088012346"), False),
                           (received.code, None)):
        code, out, _ = run("dossier", "scan", typed, "--format", "json")
        assert code == 0
        assert json.loads(out) == json.loads(shown) | {"genuine": genuine}
        assert list(json.loads(out))[:10] == [*list(json.loads(shown))[:9], "genuine"]
    code, _, err = run("dossier", "scan", "not a code!")
    assert code == 2 and "không phải mã hồ sơ" in err
