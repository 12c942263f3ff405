"""desk-admin dossier <action> and print apology|stop-notice|supplement-request|refusal: exit
codes, messages on stderr, and nothing written when a command fails."""

import re
from datetime import datetime

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desk_app.cli import main
from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers, office, users
from desk_app.services.reception import intake
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry, DossierEvent, Letter
from tests.conftest import as_admin
from tests.late_steps import late_in_step_two

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
SIGNER = "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC|Lê Minh Tuấn"


@pytest.fixture
def run(capsys, db_url):
    """desk-admin in-process on an office ready to receive; returns (exit code, out, err)."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)

    def invoke(*argv):
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def out_dir(tmp_path):
    """Where commands write their files, apart from the test's SQLite database."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def code(db_url, run) -> str:
    """A dossier received Thursday 05/06/2025 09:00, due Tuesday 10/06 09:00 (now)."""
    return intake.receive(as_admin(db_url), IntakeRequest("1.001612", "Nguyễn Văn An"),
                          received_at=datetime(2025, 6, 5, 9, 0)).code


def written(url):
    with session_scope(url) as s:
        return tuple(s.execute(select(func.count()).select_from(m)).scalar_one()
                     for m in (Letter, DossierEvent, AuditEntry))


def test_a_dossier_from_hand_over_to_return(run, code, db_url, tmp_path):
    assert run("dossier", "transfer", code, "--unit", "Phòng Kinh tế", "--receiver",
               "Trần Văn Bình", "--at", "2025-06-05 10:00")[0] == 0
    result, out, _ = run("dossier", "request-supplement", code, "--missing",
                         "Giấy đề nghị: thiếu chữ ký", "--missing", "Bản sao CCCD",
                         "--reason", "Hồ sơ chưa đủ", "--at", "2025-06-06 09:00")
    assert result == 0 and "Chờ bổ sung" in out and "phiếu số 1" in out
    path = tmp_path / "02.pdf"
    assert run("print", "supplement-request", code, "-o", str(path))[0] == 0
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "1 Giấy đề nghị thiếu chữ ký" in text and "2 Bản sao CCCD" in text
    result, out, _ = run("dossier", "receive-supplement", code, "--at", "2025-06-09 08:00")
    assert result == 0 and "hẹn 12/06/2025 08:00" in out
    assert run("dossier", "stop", code, "--reason", "Chờ ý kiến", "--signer", SIGNER,
               "--at", "2025-06-09 10:00")[0] == 0
    stop_path = tmp_path / "05.pdf"
    assert run("print", "stop-notice", code, "-o", str(stop_path), "--copies", "2")[0] == 0
    assert len(PdfReader(stop_path).pages) == 2
    assert run("dossier", "resume", code, "--at", "2025-06-10 08:00")[0] == 0
    assert run("dossier", "result-ready", code, "--note", "GCN số 5")[0] == 0
    result, out, _ = run("dossier", "return", code, "--collector", "Nguyễn Văn An",
                         "--collector-id", "001190012345")
    assert result == 0 and "Đã trả kết quả" in out
    assert [e.kind for e in dossiers.show(as_admin(db_url), code).events] == [
        "received", "transferred", "supplement_requested", "supplement_received", "stopped",
        "resumed", "result_ready", "returned"]


def test_refuse_and_withdraw(run, code, db_url, tmp_path):
    assert run("dossier", "refuse", code, "--reason", "Không đủ điều kiện", "--reason",
               "Ngành nghề cấm")[0] == 0
    path = tmp_path / "03.pdf"
    assert run("print", "refusal", code, "-o", str(path))[0] == 0
    assert "- Ngành nghề cấm" in PdfReader(path).pages[0].extract_text()
    other = intake.receive(as_admin(db_url), IntakeRequest("1.001612", "Lê Thị Hoa")).code
    assert run("dossier", "withdraw", other, "--reason", "Xin rút")[0] == 0
    assert dossiers.show(as_admin(db_url), other).row.status == "withdrawn"


@pytest.mark.parametrize("argv", [
    ("dossier", "resume", "{code}"),
    ("dossier", "return", "{code}", "--post", "--tracking", "EB1"),
    ("dossier", "return", "{code}", "--post", "--collector", "A"),
    ("dossier", "withdraw", "{code}", "--reason", " "),
    ("dossier", "transfer", "{code}", "--unit", "Phòng Kinh tế"),
    ("dossier", "transfer", "NO-SUCH-CODE", "--unit", "P", "--receiver", "R"),
    ("dossier", "result-ready", "{code}", "--at", "2025-06-31 08:00"),
    ("dossier", "result-ready", "{code}", "--at", "2025-06-01 08:00"),
    ("print", "stop-notice", "{code}", "-o", "{tmp}/05.pdf"),
    ("print", "supplement-request", "{code}", "-o", "{tmp}/02.pdf"),
])
def test_bad_input_exits_2_with_a_message_and_writes_nothing(run, code, db_url, out_dir, argv):
    before = written(db_url)
    result, _, err = run(*[a.format(code=code, tmp=out_dir) for a in argv])
    assert result == 2 and err.startswith("Lỗi: ")
    assert written(db_url) == before
    assert list(out_dir.iterdir()) == []


def test_print_apology_pdf_then_docx_of_the_same_letter(run, code, db_url, tmp_path):
    path = tmp_path / "04.pdf"
    result, out, _ = run("print", "apology", code, "-o", str(path), "--reason",
                         "Cần xác minh", "--new-date", "2025-06-13 09:00", "--signer", SIGNER,
                         "--error", "Làm mất giấy tờ trong hồ sơ")
    assert result == 0 and str(path) in out
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Số: 01/XL-TTPVHCCT" in text and "09 giờ 00 phút, ngày 13/06/2025" in text
    again = tmp_path / "04.docx"
    assert run("print", "apology", code, "-o", str(again))[0] == 0
    words = " ".join(p.text for p in docx.Document(again).paragraphs)
    assert "Lý do: Cần xác minh." in words and "- Làm mất giấy tờ trong hồ sơ." in words
    with session_scope(db_url) as s:
        assert s.execute(select(func.count()).select_from(Letter)).scalar_one() == 1


def test_print_apology_comes_from_the_late_unit_unless_unit_names_another(run, db_url,
                                                                          tmp_path):
    late = late_in_step_two(db_url)
    default, chosen = tmp_path / "default.pdf", tmp_path / "chosen.docx"
    assert run("print", "apology", late, "-o", str(default), "--reason", "Thẩm định kéo dài",
               "--new-date", "2025-06-13 09:00", "--signer", SIGNER)[0] == 0
    assert "Phòng Kinh tế trân trọng xin lỗi" in " ".join(
        PdfReader(default).pages[0].extract_text().split())
    assert run("print", "apology", late, "-o", str(chosen), "--error", "Làm mất giấy tờ",
               "--signer", SIGNER, "--unit", "Văn phòng UBND")[0] == 0
    words = " ".join(p.text for p in docx.Document(chosen).paragraphs)
    assert "Văn phòng UBND đã để xảy ra sai sót" in words
    result, _, err = run("print", "apology", late, "-o", str(tmp_path / "x.pdf"), "--unit", "X")
    assert result == 2 and "--unit" in err


def test_print_apology_new_date_alone_keeps_the_missed_appointments_time(run, code, db_url,
                                                                         tmp_path):
    # Due Tuesday 10/06/2025 09:00 (missed); a new date alone keeps 09:00.
    path = tmp_path / "04.pdf"
    result, _, err = run("print", "apology", code, "-o", str(path), "--reason", "Cần xác minh",
                         "--new-date", "2025-06-13", "--signer", SIGNER)
    assert result == 0, err
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "09 giờ 00 phút, ngày 13/06/2025" in text


@pytest.mark.parametrize(("extra", "message"), [
    (("--new-date", "2025-06-14 09:00"), "Ngày hẹn mới: ngày 14/06/2025 không phải ngày làm"),
    (("--new-date", "2025-06-14"), "Ngày hẹn mới: ngày 14/06/2025 không phải ngày làm"),
    (("--new-date", "2025-06-31"), "Ngày hẹn mới: '2025-06-31'"),
    (("--new-date", "2025-06-09 09:00"), "Ngày hẹn mới: .* đã qua"),
    (("--new-date", "14/06/2025"), "Ngày hẹn mới"),
    (("--new-date", "2025-06-13 09:00", "--signer", "Lê Minh Tuấn"), "Người ký"),
    (("--new-date", "2025-06-13 09:00", "-o", "{tmp}/none/04.pdf"), "thư mục"),
    (("--new-date", "2025-06-13 09:00", "-o", "{tmp}/04.txt"), "đuôi"),
])
def test_print_apology_refuses_bad_input_and_writes_nothing(run, code, db_url, out_dir, extra,
                                                            message):
    argv = ["print", "apology", code, "-o", str(out_dir / "04.pdf"), "--reason", "Chậm",
            "--signer", SIGNER]
    argv += [a.format(tmp=out_dir) for a in extra]
    before = written(db_url)
    result, _, err = run(*argv)
    assert result == 2
    assert re.search(message, err), err
    assert written(db_url) == before
    assert list(out_dir.iterdir()) == []


def test_a_second_extension_is_confirmed_by_the_supervisor_logged_in(run, code, db_url, tmp_path,
                                                                     monkeypatch):
    users.add_user(as_admin(db_url), "lanhdao", "Lê Minh Tuấn", "supervisor", "Lanhdao2025")
    users.add_user(as_admin(db_url), "tiepnhan", "Nguyễn Thị Hà", "clerk", "Tiepnhan2025")
    first = ["print", "apology", code, "--reason", "Chậm", "--signer", SIGNER]
    assert run(*first, "-o", str(tmp_path / "1.pdf"), "--new-date", "2025-06-13 09:00")[0] == 0
    before = written(db_url)
    second = [*first, "-o", str(tmp_path / "2.pdf"), "--new-date", "2025-06-18 09:00"]
    monkeypatch.setenv("DESK_APP_USER", "lanhdao")
    monkeypatch.setenv("DESK_APP_PASSWORD", "Lanhdao2025")
    result, _, err = run(*second)
    assert result == 2 and "Lý do xác nhận" in err
    # A clerk cannot borrow the supervisor's name: acting as someone takes their password.
    monkeypatch.setenv("DESK_APP_USER", "tiepnhan")
    monkeypatch.setenv("DESK_APP_PASSWORD", "Tiepnhan2025")
    result, _, err = run(*second, "--as-supervisor", "lanhdao", "--confirm-reason", "Đồng ý")
    assert result == 2
    assert written(db_url) == before and not (tmp_path / "2.pdf").exists()
    monkeypatch.setenv("DESK_APP_USER", "lanhdao")
    monkeypatch.setenv("DESK_APP_PASSWORD", "Lanhdao2025")
    result, _, _ = run(*second, "--confirm-reason", "Đã làm việc với Sở, đồng ý")
    assert result == 0
    assert "Số: 02/XL-TTPVHCCT" in PdfReader(tmp_path / "2.pdf").pages[0].extract_text()


def test_the_results_validity_and_its_hand_over_slip(run, code, db_url, tmp_path, out_dir):
    result, _, err = run("dossier", "result-ready", code, "--valid-until", "2025-06-09")
    assert result == 2 and "Hiệu lực đến ngày: 09/06/2025 trước ngày có kết quả" in err
    result, _, err = run("dossier", "result-ready", code, "--valid-until", "30/06/2030")
    assert result == 2 and "Hiệu lực đến ngày" in err
    assert run("dossier", "result-ready", code, "--valid-until", "2030-06-30")[0] == 0
    assert dossiers.show(as_admin(db_url), code).events[-1].data["valid_until"] == "2030-06-30"
    assert run("dossier", "return", code, "--collector", "Nguyễn Văn An", "--collector-id",
               "001190012345", "--at", "2025-06-10 09:00")[0] == 0
    path = tmp_path / "ban-giao.pdf"
    result, out, _ = run("print", "result", code, "-o", str(path), "--copies", "2")
    assert result == 0 and str(path) in out
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    text = " ".join(reader.pages[0].extract_text().split())
    assert "PHIẾU BÀN GIAO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" in text
    assert "đến hết ngày 30/06/2030" in text and "Người nhận kết quả: Nguyễn Văn An" in text
    other = intake.receive(as_admin(db_url), IntakeRequest("1.001612", "Lê Văn Tám"),
                           received_at=datetime(2025, 6, 5, 9, 0)).code
    result, _, err = run("print", "result", other, "-o", str(out_dir / "x.pdf"))
    assert result == 2 and "chưa có kết quả để bàn giao" in err
    assert list(out_dir.iterdir()) == []
