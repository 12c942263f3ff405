"""Decree 118/2025's clocks under a fixed clock, in June 2025 (no holiday), office hours
Mon–Fri 07:30–11:30, 13:30–17:00: the 8 working hours to accept an online dossier (Art.
17(2)), the 15 days to complete one (Art. 19(5)) and the unit's notice of lateness (Art.
19(6)), which the apology takes its reason and date from."""

from datetime import datetime

import pytest
from pypdf import PdfReader

from desk_app.domain.intake import IntakeRequest
from desk_app.services import dossiers, office
from desk_app.services.errors import UserError
from desk_app.services.processing import decree_clocks, letters, lifecycle
from desk_app.services.reception import intake
from tests.conftest import as_admin

THREE_DAYS = "1.004873"
SIGNER = ("KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC", "Lê Minh Tuấn")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 6, day, hour, minute)


def _receive(url, received_at, channel="direct"):
    return intake.receive(as_admin(url), IntakeRequest(THREE_DAYS, "Lê Văn Tám", channel=channel),
                          received_at=received_at).code


def _warned(url, now):
    return {(w.code, w.kind, w.due_at) for w in decree_clocks.warnings(as_admin(url), now)}


@pytest.mark.parametrize("arrived,due", [
    # Tuesday 09:00: 6 hours that day, 2 on Wednesday.
    (at(10, 9), at(11, 9, 30)),
    # Friday 16:00: 1 hour, then 7 on Monday.
    (at(13, 16), at(16, 16, 30)),
    # Saturday: the clock starts when the office opens on Monday.
    (at(14, 10), at(17, 8)),
])
def test_an_online_dossier_must_be_accepted_within_8_working_hours(office_db, arrived, due):
    code = _receive(office_db, arrived, "online")
    assert decree_clocks.dossier_clocks(as_admin(office_db), code, arrived).acceptance_due_at \
        == due


def test_the_acceptance_clock_warns_until_the_dossier_is_accepted(office_db, monkeypatch):
    online = _receive(office_db, at(10, 9), "online")
    direct = _receive(office_db, at(10, 9))
    assert decree_clocks.dossier_clocks(as_admin(office_db), direct, at(10, 9)) \
        .acceptance_due_at is None
    clocks = decree_clocks.dossier_clocks(as_admin(office_db), online, at(11, 9, 30))
    assert clocks.acceptance_class == "due_soon"
    assert _warned(office_db, at(11, 9, 30)) == {(online, "acceptance", at(11, 9, 30))}
    late = decree_clocks.dossier_clocks(as_admin(office_db), online, at(11, 9, 31))
    assert late.acceptance_class == "overdue"
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-11 10:00")
    lifecycle.transfer(as_admin(office_db), online, "Phòng Tư pháp", "Hà Văn Nam",
                       at=at(11, 10))
    accepted = decree_clocks.dossier_clocks(as_admin(office_db), online, at(11, 10))
    assert (accepted.acceptance_class, accepted.accepted_at) == ("", at(11, 10))
    assert not [w for w in decree_clocks.warnings(as_admin(office_db), at(11, 10))
                if w.kind == "acceptance"]


def test_the_15_day_supplement_clock_offers_closing_with_its_notice(office_db, monkeypatch,
                                                                    tmp_path):
    code = _receive(office_db, at(10, 9))
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-11 09:00")
    lifecycle.request_supplement(as_admin(office_db), code, [("Bản sao CCCD", "Thiếu")],
                                 "Chưa đủ", at=at(11, 9))
    # 15 calendar days from Thursday 12/06: Thursday 26/06, to its closing.
    clocks = decree_clocks.dossier_clocks(as_admin(office_db), code, at(26, 17))
    assert (clocks.supplement_due_at, clocks.supplement_expired) == (at(26, 17), False)
    assert not _warned(office_db, at(26, 17))
    assert _warned(office_db, at(26, 17, 1)) == {(code, "supplement_expired", at(26, 17))}
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-26 17:00")
    with pytest.raises(UserError, match="thời hạn bổ sung còn đến 17:00 26/06/2025"):
        decree_clocks.close_unsupplemented(as_admin(office_db), code)
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-26 17:01")
    closed = decree_clocks.close_unsupplemented(as_admin(office_db), code)
    assert (closed.status, closed.letter_number) == ("closed", 1)
    assert dossiers.show(as_admin(office_db), code).row.status == "closed"
    assert not _warned(office_db, at(27, 9))
    path = tmp_path / "closing.pdf"
    decree_clocks.write_closing_notice(as_admin(office_db), code, path)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    for part in ("THÔNG BÁO ĐÓNG HỒ SƠ", "Số: 01/TB-", f"mã hồ sơ: {code}",
                 "Đến ngày 26/06/2025, hết thời hạn 15 ngày",
                 "Căn cứ khoản 5 Điều 19 Nghị định số 118/2025/NĐ-CP"):
        assert part in text


def test_the_supplement_days_are_a_setting_and_the_last_one_moves_off_a_weekend(office_db,
                                                                               monkeypatch):
    office.set_value(as_admin(office_db), "supplement_days", "10")
    code = _receive(office_db, at(10, 9))
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-11 09:00")
    lifecycle.request_supplement(as_admin(office_db), code, [("Tờ khai", "Ký")], "Thiếu",
                                 at=at(11, 9))
    # 21/06 is a Saturday: Monday 23/06.
    assert decree_clocks.dossier_clocks(as_admin(office_db), code, at(11, 9)) \
        .supplement_due_at == at(23, 17)


def test_a_dossier_due_tomorrow_without_a_notice_of_lateness_is_warned(office_db,
                                                                      monkeypatch):
    code = _receive(office_db, at(10, 9))  # due Friday 13/06 09:00
    assert not _warned(office_db, at(12, 7, 29))
    assert _warned(office_db, at(12, 7, 30)) == {(code, "lateness_unannounced", at(13, 9))}
    assert _warned(office_db, at(13, 9)) == {(code, "lateness_unannounced", at(13, 9))}
    # Past the due moment it is overdue: the overdue list's, not this warning's.
    assert not _warned(office_db, at(13, 9, 1))
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-12 08:00")
    notice = decree_clocks.record_lateness_notice(
        as_admin(office_db), code, "Chờ ý kiến của Sở Tư pháp", at(18, 9))
    assert (notice.reason, notice.proposed_due_at) == ("Chờ ý kiến của Sở Tư pháp", at(18, 9))
    assert not _warned(office_db, at(12, 8))
    with pytest.raises(UserError, match="Ngày hẹn đề nghị: phải sau ngày hẹn"):
        decree_clocks.record_lateness_notice(as_admin(office_db), code, "Chậm", at(13, 9))
    with pytest.raises(UserError, match="Lý do dự kiến trễ hạn"):
        decree_clocks.record_lateness_notice(as_admin(office_db), code, "  ", at(18, 9))


def test_the_lateness_notice_feeds_the_apology(office_db, monkeypatch, tmp_path):
    code = _receive(office_db, at(10, 9))
    monkeypatch.setenv("DESK_APP_NOW", "2025-06-12 08:00")
    decree_clocks.record_lateness_notice(as_admin(office_db), code,
                                         "Chờ ý kiến của Sở Tư pháp", at(18, 9))
    assert decree_clocks.apology_defaults(as_admin(office_db), code).proposed_due_at \
        == at(18, 9)
    issued = letters.issue_apology(as_admin(office_db), code, "", None, *SIGNER)
    assert issued.new_due_at == at(18, 9)
    path = tmp_path / "04.pdf"
    letters.write_apology_pdf(as_admin(office_db), issued.letter_id, path)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Lý do: Chờ ý kiến của Sở Tư pháp." in text and "09 giờ 00 phút, ngày 18/06/2025" in text
    events = [e.kind for e in dossiers.show(as_admin(office_db), code).events]
    assert events == ["received", "lateness_notice", "apology_issued"]
