"""desk-admin notify list | send | test against a real local SMTP server."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from desk_app.cli import main
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.reception import intake
from tests.conftest import as_admin
from tests.local_smtp import running_inbox
from tests.step_inboxes import TP, add_people, handed_over

NOTICE_KEYS = {"id", "code", "event", "channel", "to", "status", "attempts", "last_error",
               "sent_at"}


@pytest.fixture
def inbox(db_url):
    with running_inbox() as box:
        desk = as_admin(db_url)
        for key, value in {"agency_code": "000.00.00.H49", "agency_name": "Trung tâm",
                           "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
                           "place_name": "Quảng Nam",
                           "notify_smtp_url": f"smtp://127.0.0.1:{box.port}",
                           "notify_mail_from": "motcua@quangnam.gov.vn"}.items():
            office.set_value(desk, key, value)
        yield box


def test_list_send_list(capsys, db_url, inbox):
    code = intake.receive(as_admin(db_url), IntakeRequest(
        "1.001612", "Trần Thị Lan", email="lan@example.vn", notify=("email",)),
        received_at=datetime(2025, 6, 5, 9, 0)).code
    assert main(["--db", db_url, "notify", "list", "--format", "json"]) == 0
    [notice] = json.loads(capsys.readouterr().out)
    assert set(notice) == NOTICE_KEYS
    assert (notice["code"], notice["event"], notice["channel"], notice["to"], notice["status"]) \
        == (code, "received", "email", "lan@example.vn", "pending")

    assert main(["--db", db_url, "notify", "send"]) == 0
    assert "Đã gửi 1" in capsys.readouterr().out
    assert len(inbox.envelopes) == 1 and inbox.envelopes[0].rcpt_tos == ["lan@example.vn"]
    assert main(["--db", db_url, "notify", "list", "--status", "sent", "--format", "json"]) == 0
    [sent] = json.loads(capsys.readouterr().out)
    assert sent["status"] == "sent" and sent["attempts"] == 0 and sent["sent_at"]


def test_a_test_mail_says_whether_the_account_works(capsys, db_url, inbox):
    assert main(["--db", db_url, "notify", "test", "--channel", "email",
                 "--to", "quantri@example.vn"]) == 0
    assert inbox.envelopes[0].rcpt_tos == ["quantri@example.vn"]
    office.set_value(as_admin(db_url), "notify_smtp_url", "smtp://127.0.0.1:9")
    capsys.readouterr()
    assert main(["--db", db_url, "notify", "test", "--channel", "email",
                 "--to", "quantri@example.vn"]) == 1
    assert "Không gửi được: SMTP 127.0.0.1:9" in capsys.readouterr().out


def test_a_bad_setting_is_refused_naming_it(capsys, db_url):
    assert main(["--db", db_url, "office", "set", "notify_smtp_url",
                 "smtp://u:secret@host:25"]) == 2
    assert "Máy chủ thư (SMTP) gửi thông báo: không ghi mật khẩu" in capsys.readouterr().err


def test_send_mails_a_step_past_due_to_the_head_once(capsys, db_url, inbox):
    add_people(db_url)
    code = handed_over(db_url, "Võ Văn Tám", "04/06 09:00", TP, "Nguyễn Thị Lan", "04/06 10:00")
    # Due Monday 09/06 09:00; the clock is Tuesday 10/06 09:00 (tests/conftest.py).
    for _ in range(2):
        assert main(["--db", db_url, "notify", "send"]) == 0
    assert sorted(e.rcpt_tos[0] for e in inbox.envelopes) == ["hung@tuphap.gov.vn",
                                                              "mai@motcua.gov.vn"]
    capsys.readouterr()
    assert main(["--db", db_url, "notify", "list", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {(r["code"], r["event"], r["status"]) for r in rows} == {
        (code, "step_overdue", "sent")}
    assert len(rows) == 2
