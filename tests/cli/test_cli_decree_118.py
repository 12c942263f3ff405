"""desk-admin warnings, dossier lateness-notice, dossier close, print closing-notice and the
apology taken from the unit's notice, under a fixed clock (June 2025, no holiday)."""

import json
from datetime import datetime

import pytest
from pypdf import PdfReader

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


@pytest.fixture
def run(capsys, db_url, monkeypatch):
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)

    def invoke(now, *argv):
        monkeypatch.setenv("DESK_APP_NOW", now)
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def test_the_clocks_on_the_command_line(run, db_url, tmp_path):
    def receive(channel):
        return intake.receive(as_admin(db_url), IntakeRequest(
            "1.004873", "Lê Văn Tám", channel=channel), received_at=datetime(2025, 6, 10, 9))\
            .code

    online, late, unsupplemented = receive("online"), receive("direct"), receive("direct")
    assert run("2025-06-11 09:00", "dossier", "request-supplement", unsupplemented,
               "--missing", "Bản sao CCCD: thiếu", "--reason", "Chưa đủ")[0] == 0
    _, out, _ = run("2025-06-11 09:00", "dossier", "show", online, "--format", "json")
    shown = json.loads(out)
    assert (shown["acceptance_due_at"], shown["acceptance_class"]) == ("2025-06-11T09:30",
                                                                       "due_soon")
    _, out, _ = run("2025-06-12 08:00", "warnings", "--format", "json")
    assert {(w["code"], w["kind"], w["due_at"]) for w in json.loads(out)} == {
        (online, "acceptance", "2025-06-11T09:30"),
        (online, "lateness_unannounced", "2025-06-13T09:00"),
        (late, "lateness_unannounced", "2025-06-13T09:00")}
    code, out, _ = run("2025-06-12 08:00", "dossier", "lateness-notice", late, "--reason",
                       "Chờ ý kiến của Sở Tư pháp", "--proposed-date", "2025-06-18 09:00")
    assert code == 0 and "đề nghị hẹn 18/06/2025 09:00" in out
    _, out, _ = run("2025-06-12 08:00", "dossier", "show", late, "--format", "json")
    assert json.loads(out)["lateness_notice"] == {
        "at": "2025-06-12T08:00", "reason": "Chờ ý kiến của Sở Tư pháp",
        "proposed_due_at": "2025-06-18T09:00", "unit": "Bộ phận Một cửa"}
    apology = tmp_path / "04.pdf"
    code, _, err = run("2025-06-12 08:10", "print", "apology", late, "-o", str(apology),
                       "--from-notice", "--signer", "GIÁM ĐỐC|Lê Minh Tuấn")
    assert code == 0, err
    text = " ".join(PdfReader(apology).pages[0].extract_text().split())
    assert "Chờ ý kiến của Sở Tư pháp" in text and "ngày 18/06/2025" in text
    code, _, err = run("2025-06-26 17:00", "dossier", "close", unsupplemented)
    assert code == 2 and "thời hạn bổ sung còn đến 17:00 26/06/2025" in err
    _, out, _ = run("2025-06-26 17:01", "warnings", "--format", "json")
    assert [(w["code"], w["kind"]) for w in json.loads(out)] == [
        (online, "acceptance"), (unsupplemented, "supplement_expired")]
    code, out, _ = run("2025-06-26 17:01", "dossier", "close", unsupplemented)
    assert code == 0 and out.startswith(f"{unsupplemented}: Đã đóng (không bổ sung)")
    notice = tmp_path / "closing.pdf"
    assert run("2025-06-26 17:05", "print", "closing-notice", unsupplemented, "-o",
               str(notice))[0] == 0
    assert "THÔNG BÁO ĐÓNG HỒ SƠ" in PdfReader(notice).pages[0].extract_text()
    _, out, _ = run("2025-06-26 17:05", "dossier", "list", "--status", "closed", "--format",
                    "json")
    assert [d["code"] for d in json.loads(out)] == [unsupplemented]
