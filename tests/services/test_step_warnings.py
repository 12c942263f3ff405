"""Escalation of the steps in progress: who is warned of what, and when, under a fixed clock;
the heads' e-mail reaching a real local SMTP server once."""

from __future__ import annotations

import email
from email import policy

import pytest

from desk_app.services import dossier_steps, office
from desk_app.services.errors import UserError
from desk_app.services.notices import delivery, outbox
from desk_app.services.processing import lifecycle
from desk_app.services.supervision import step_warnings
from desk_app.services.supervision.inbox import Holder
from tests.conftest import as_admin
from tests.local_smtp import running_inbox
from tests.step_inboxes import TP, add_people, at, desk_of, handed_over, mail_out


@pytest.fixture
def scene(office_db):
    """Three dossiers at the Justice office: FRI due Monday 09/06 09:00 (held by Lan by
    name), TUE due Tuesday 10/06 14:30 (handed to the office, no one by name), PAUSED due as
    FRI but waiting for a supplement since Thursday."""
    add_people(office_db)
    codes = {
        "FRI": handed_over(office_db, "Võ Văn Tám", "04/06 09:00", TP, "Nguyễn Thị Lan",
                           "04/06 10:00"),
        "TUE": handed_over(office_db, "Hồ Thị Chín", "05/06 14:30", TP, "Văn thư",
                           "05/06 15:00"),
        "PAUSED": handed_over(office_db, "Lý Văn Mười", "04/06 09:00", TP, "Nguyễn Thị Lan",
                              "04/06 10:00"),
    }
    lifecycle.request_supplement(as_admin(office_db), codes["PAUSED"],
                                 [("Bản sao giấy khai sinh", "")], "Thiếu giấy tờ",
                                 at=at("05/06 09:00"))
    return office_db, codes


def soon(url, username, moment):
    desk = desk_of(url, username, moment)
    return [w.code for w in step_warnings.due_soon(desk, step_warnings.page_holder(desk))]


def test_the_steps_are_due_when_the_scene_says(scene):
    url, codes = scene
    steps = dossier_steps.steps_of(as_admin(url), codes["FRI"], at("06/06 09:00"))
    assert (steps[-1].unit, steps[-1].due_at) == (TP, at("09/06 09:00"))
    steps = dossier_steps.steps_of(as_admin(url), codes["TUE"], at("06/06 09:00"))
    assert steps[-1].due_at == at("10/06 14:30")


def test_four_working_hours_before_across_the_weekend_not_five(scene):
    url, codes = scene
    # Friday 14:30 to Monday 09:00: 2 h 30 on Friday, 1 h 30 on Monday.
    assert soon(url, "lan", at("06/06 13:30")) == []
    assert soon(url, "lan", at("06/06 14:29")) == []
    assert soon(url, "lan", at("06/06 14:30")) == [codes["FRI"]]
    [warning] = step_warnings.due_soon(desk_of(url, "lan"), Holder(unit=TP), at("06/06 14:30"))
    assert (warning.minutes, warning.due_at, warning.kind) == (240, at("09/06 09:00"),
                                                               "due_soon")
    # Saturday: no office time passes, the warning stands.
    assert soon(url, "lan", at("07/06 10:00")) == [codes["FRI"]]


def test_four_working_hours_before_across_lunch(scene):
    url, codes = scene
    # Tuesday 08:30 to 14:30 is six hours by the clock, four in office (lunch 11:30–13:30).
    assert codes["TUE"] not in soon(url, "binh", at("10/06 08:29"))
    assert soon(url, "binh", at("10/06 08:30")) == [codes["TUE"]]


def test_the_officer_named_is_warned_else_the_units_users(scene):
    url, codes = scene
    moment = at("10/06 08:30")
    # FRI is past due then: the heads' matter, no longer a due-soon warning.
    assert soon(url, "lan", moment) == [codes["TUE"]]
    assert soon(url, "binh", moment) == [codes["TUE"]]
    assert soon(url, "lan", at("06/06 14:30")) == [codes["FRI"]]
    # Bình is of the same office, but FRI went to Lan by name.
    assert soon(url, "binh", at("06/06 14:30")) == []
    assert soon(url, "khoa", at("10/06 08:30")) == []
    assert soon(url, "ha", at("06/06 14:30")) == []


def test_a_step_past_due_warns_its_units_head_and_the_supervisors_only(scene):
    url, codes = scene
    moment = at("09/06 10:15")

    def overdue(username):
        return [(w.code, w.minutes) for w in
                step_warnings.overdue(desk_of(url, username), moment)]

    assert overdue("hung") == [(codes["FRI"], 75)]
    assert overdue("mai") == [(codes["FRI"], 75)]
    assert overdue("khoa") == []
    assert overdue("lan") == []
    assert step_warnings.for_user(desk_of(url, "lan"), moment).overdue == ()


def test_nobody_is_warned_about_a_paused_step(scene):
    url, codes = scene
    for username in ("lan", "binh"):
        assert codes["PAUSED"] not in soon(url, username, at("06/06 14:30"))
    for username in ("hung", "mai"):
        assert codes["PAUSED"] not in [w.code for w in step_warnings.overdue(
            desk_of(url, username), at("12/06 10:00"))]


def test_the_heads_mail_reaches_the_server_once_even_when_enqueued_twice(scene):
    url, codes = scene
    with running_inbox() as smtp:
        mail_out(url, smtp.port)
        clerk = desk_of(url, "ha", at("09/06 10:15"))
        assert step_warnings.enqueue_overdue(clerk) == 2
        assert step_warnings.enqueue_overdue(clerk) == 0
        assert delivery.send_pending(clerk).sent == 2
        later = desk_of(url, "ha", at("09/06 16:00"))
        assert delivery.send_pending(later).sent == 0
        mails = [email.message_from_bytes(e.content, policy=policy.default)
                 for e in smtp.envelopes]
    assert sorted(m["To"] for m in mails) == ["hung@tuphap.gov.vn", "mai@motcua.gov.vn"]
    mail = mails[0]
    assert mail["Subject"] == f"Hồ sơ {codes['FRI']}: bước 2 quá hạn"
    body = mail.get_body().get_content()
    assert codes["FRI"] in body and TP in body and "Nguyễn Thị Lan" in body
    assert "Hạn của bước: 09:00 ngày 09/06/2025" in body
    assert "Đã quá: 1 giờ 15 phút làm việc" in body
    # The supervisor sees them among the outbox's notices.
    rows = outbox.list_notices(desk_of(url, "mai"), code=codes["FRI"])
    assert {(r.event, r.status) for r in rows} == {("step_overdue", "sent")}


def test_no_internal_mail_while_the_office_sends_none(scene):
    url, _codes = scene
    assert step_warnings.enqueue_overdue(desk_of(url, "ha", at("12/06 10:00"))) == 0


def test_the_warning_hours_are_an_office_setting(scene):
    url, codes = scene
    office.set_value(as_admin(url), "step_warning_hours", "5")
    assert soon(url, "lan", at("06/06 13:30")) == [codes["FRI"]]
    for wrong in ("0", "81", "bốn"):
        with pytest.raises(UserError, match="Báo trước khi bước xử lý đến hạn"):
            office.set_value(as_admin(url), "step_warning_hours", wrong)
    assert office.show(as_admin(url))["step_warning_hours"] == "5"
