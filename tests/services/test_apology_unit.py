"""The apology comes from the unit that caused the delay: by default the unit whose step
overran most, printed in the letter's heading and body; the leader may name another; with no
step overrun (or the desk's), the office itself."""

from datetime import datetime

from pypdf import PdfReader
from sqlalchemy import select

from desk_app.domain.intake import IntakeRequest
from desk_app.services.processing import letters
from desk_app.services.reception import intake
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry
from tests.conftest import as_admin
from tests.late_steps import KT, late_in_step_two
from tests.services.conftest import OFFICE

SIGNER = ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Minh Tuấn")
NEW_DUE = datetime(2025, 6, 13, 9, 0)


def _text(path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def test_the_unit_whose_step_overran_most_apologises_by_default(office_db, tmp_path):
    desk = as_admin(office_db)
    code = late_in_step_two(office_db)
    assert letters.apology_unit(desk, code) == KT
    issued = letters.issue_apology(desk, code, "Thẩm định kéo dài", NEW_DUE, *SIGNER)
    path = tmp_path / "04.pdf"
    letters.write_apology_pdf(desk, issued.letter_id, path)
    text = _text(path)
    assert "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM PHÒNG KINH TẾ" in text
    assert f"Ngày 02/06/2025, {OFFICE['agency_name']} tiếp nhận" in text
    assert f"Tuy nhiên, đến nay {KT} chưa thể trả kết quả" in text
    assert f"{KT} trân trọng xin lỗi Ông/Bà." in text
    with session_scope(office_db) as session:
        entry = session.execute(select(AuditEntry).where(
            AuditEntry.action == "dossier.apology_issued")).scalar_one()
        assert entry.after["issuing_unit"] == KT


def test_the_leader_may_name_another_unit(office_db, tmp_path):
    desk = as_admin(office_db)
    code = late_in_step_two(office_db)
    issued = letters.issue_apology(desk, code, "Chậm", NEW_DUE, *SIGNER,
                                   issuing_unit="  Văn phòng   UBND ")
    path = tmp_path / "04.pdf"
    letters.write_apology_pdf(desk, issued.letter_id, path)
    assert "Văn phòng UBND trân trọng xin lỗi" in _text(path)


def test_without_an_overrun_step_the_office_apologises(office_db, tmp_path):
    desk = as_admin(office_db)
    code = intake.receive(desk, IntakeRequest("1.001612", "Trần Văn Nam"),
                          received_at=datetime(2025, 6, 9, 9, 0)).code
    assert letters.apology_unit(desk, code) == OFFICE["agency_name"]
    issued = letters.issue_apology(desk, code, "", None, *SIGNER, errors=["Làm mất giấy tờ"])
    path = tmp_path / "04.pdf"
    letters.write_apology_pdf(desk, issued.letter_id, path)
    text = _text(path)
    assert f"{OFFICE['agency_name']} đã để xảy ra sai sót" in text
    assert "PHÒNG" not in text
