"""Complete or refused (issue 16): a dossier lacking a paper the catalogue requires is not
received, unless a supervisor consents with a reason that the dossier and the audit keep."""

from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import func, select

from desk_app.domain.catalog import DocumentLine
from desk_app.domain.intake import IntakeRequest
from desk_app.domain.validation import ValidationError
from desk_app.services import dossiers, office, users
from desk_app.services.desk import Desk
from desk_app.services.errors import PermissionDenied
from desk_app.services.reception import intake
from desk_app.services.reception.completeness import IncompleteDossier, Override
from desk_app.services.rules import catalog
from desk_app.services.users import LoginFailed
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry, Dossier
from tests.conftest import as_admin

FORM = "Tờ khai đăng ký khai sinh theo mẫu"
BIRTH = "Giấy chứng sinh (hoặc văn bản người làm chứng/giấy cam đoan về việc sinh)"
PROXY = "Văn bản ủy quyền (nếu ủy quyền)"
ID_PAPER = "Giấy tờ tùy thân (hộ chiếu/thẻ căn cước/căn cước điện tử) - xuất trình"
AT = datetime(2025, 6, 10, 9, 0)


@pytest.fixture
def desk_people(db_url):
    """An office ready to receive, a clerk and a supervisor."""
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")
    users.add_user(as_admin(db_url), "lan", "Lê Thị Lan", "clerk", "tiepnhan2025")
    users.add_user(as_admin(db_url), "hung", "Phạm Văn Hùng", "supervisor", "lanhdao2025")
    clerk = users.authenticate(Desk(db_url), "lan", "tiepnhan2025")
    supervisor = users.authenticate(Desk(db_url), "hung", "lanhdao2025")
    return Desk(db_url, clerk), Desk(db_url, supervisor)


def _request(*names: str) -> IntakeRequest:
    return IntakeRequest("1.001193", "Nguyễn Thị Ánh Tuyết",
                         documents=tuple(DocumentLine(n, "bản chính", 1) for n in names))


def _count(url: str) -> int:
    with session_scope(url) as session:
        return session.execute(select(func.count()).select_from(Dossier)).scalar_one()


def test_the_bundled_catalogue_marks_conditional_papers_optional(db_url):
    (birth,) = [p for p in catalog.list_procedures(as_admin(db_url), "1.001193")
                if p.code == "1.001193"]
    assert [(d.name, d.optional) for d in birth.documents] == [
        (FORM, False), (BIRTH, False), (PROXY, True), (ID_PAPER, False)]


def test_a_missing_required_paper_refuses_the_dossier_naming_it(desk_people):
    clerk, _ = desk_people
    with pytest.raises(IncompleteDossier) as refused:
        intake.receive(clerk, _request(FORM, ID_PAPER), received_at=AT)
    assert refused.value.missing == [BIRTH]
    assert BIRTH in str(refused.value) and "mẫu 02" in str(refused.value)
    assert _count(clerk.url) == 0


def test_an_optional_paper_left_out_is_no_fault_and_not_on_the_dossier(desk_people):
    clerk, _ = desk_people
    # Names compared without case or diacritics: the clerk's own spelling counts.
    received = intake.receive(clerk, _request(FORM, BIRTH.upper(), ID_PAPER), received_at=AT)
    names = [d.name for d in dossiers.show(clerk, received.code).documents]
    assert names == [FORM, BIRTH.upper(), ID_PAPER]


def test_without_a_list_the_required_papers_are_taken_as_handed_in(desk_people):
    clerk, _ = desk_people
    received = intake.receive(clerk, IntakeRequest("1.001193", "Lê Văn Tám"), received_at=AT)
    assert [d.name for d in dossiers.show(clerk, received.code).documents] == [
        FORM, BIRTH, ID_PAPER]


def test_a_supervisors_password_lets_it_through_with_the_reason_kept(desk_people):
    clerk, _ = desk_people
    override = Override("Giấy chứng sinh nộp bổ sung trong ngày", "hung", "lanhdao2025")
    received = intake.receive(clerk, _request(FORM, ID_PAPER), received_at=AT,
                              override=override)
    detail = dossiers.show(clerk, received.code)
    (event,) = detail.events
    assert event.data["incomplete"] == {
        "missing": [BIRTH], "reason": "Giấy chứng sinh nộp bổ sung trong ngày",
        "approved_by": "hung", "approver_name": "Phạm Văn Hùng"}
    assert "Phạm Văn Hùng" in event.note and "nộp bổ sung trong ngày" in event.note
    with session_scope(clerk.url) as session:
        entry = session.execute(select(AuditEntry).where(
            AuditEntry.entity_key == received.code)).scalar_one()
        assert entry.after["incomplete"]["reason"] == "Giấy chứng sinh nộp bổ sung trong ngày"
        assert entry.user_id == clerk.user.user_id


def test_a_supervisor_logged_in_consents_without_a_password(desk_people):
    _, supervisor = desk_people
    received = intake.receive(supervisor, _request(FORM, ID_PAPER), received_at=AT,
                              override=Override("Trẻ sinh tại nhà, có người làm chứng"))
    (event,) = dossiers.show(supervisor, received.code).events
    assert event.data["incomplete"]["approved_by"] == "hung"


@pytest.mark.parametrize("override,error,said", [
    (Override("Lý do", "hung", "sai-mat-khau"), LoginFailed, "mật khẩu không đúng"),
    (Override("Lý do", "lan", "tiepnhan2025"), PermissionDenied, "Người duyệt lan"),
    (Override("Lý do"), PermissionDenied, "không được duyệt tiếp nhận hồ sơ thiếu giấy tờ"),
    (Override("  ", "hung", "lanhdao2025"), ValidationError, "Lý do duyệt thiếu giấy tờ"),
])
def test_no_consent_without_a_supervisor_and_a_reason(desk_people, override, error, said):
    clerk, _ = desk_people
    with pytest.raises(error, match=said):
        intake.receive(clerk, _request(FORM, ID_PAPER), received_at=AT, override=override)
    assert _count(clerk.url) == 0


def test_a_catalogue_may_mark_a_paper_optional_in_a_fourth_field(desk_people, tmp_path):
    clerk, _ = desk_people
    path = tmp_path / "c.csv"
    path.write_text("code,name,field,time_limit,documents\n"
                    "9.000001,Thủ tục thử,Thử,3d,Đơn|bản chính|1;Ảnh 4x6|bản chính|2|Optional\n",
                    encoding="utf-8")
    catalog.import_file(as_admin(clerk.url), path)
    request = replace(_request("Đơn"), procedure_code="9.000001")
    received = intake.receive(clerk, request, received_at=AT)
    assert [d.name for d in dossiers.show(clerk, received.code).documents] == ["Đơn"]
    with pytest.raises(IncompleteDossier, match="Đơn"):
        intake.receive(clerk, replace(request, documents=()), received_at=AT)
