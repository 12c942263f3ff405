"""Notices to citizens against real local servers: an SMTP server (aiosmtpd) and an HTTP server
(pytest-httpserver) standing in for the SMS gateway and Zalo ZNS. Nothing lost, nothing sent
twice."""

from __future__ import annotations

import asyncio
import email
import io
import json
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from pypdf import PdfReader
from werkzeug import Response

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from desk_app.services.notices import delivery, outbox
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.store.db import session_scope
from desk_app.store.models import Dossier
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh Quảng Nam",
    "place_name": "Quảng Nam",
}
RECEIVED = datetime(2025, 6, 5, 9, 0)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    """What the SMTP server received; `hold` makes it wait before answering one message."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.hold_after: int | None = None
        self.holding = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        if self.hold_after is not None and len(self.messages) == self.hold_after:
            self.holding.set()
            # Asleep without holding up the server: other senders' mails go on arriving.
            for _ in range(200):
                if self.release.is_set():
                    break
                await asyncio.sleep(0.05)
        return "250 OK"

    def ids(self) -> list[str]:
        return [mail["Message-ID"] for mail in self.messages]


@pytest.fixture
def smtp():
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    box.port = controller.port
    yield box
    box.release.set()
    controller.stop()


@pytest.fixture
def office_db(db_url, smtp, httpserver):
    desk = as_admin(db_url)
    settings = {**OFFICE,
                "notify_smtp_url": f"smtp://127.0.0.1:{smtp.port}",
                "notify_mail_from": "motcua@quangnam.gov.vn",
                "notify_sms_url": httpserver.url_for("/sms"),
                "notify_sms_body": '{"to": "{phone}", "message": "{text}", "ref": "{id}"}',
                "notify_zalo_url": httpserver.url_for("/zns"),
                "notify_zalo_templates": "received=227001,result_ready=227002"}
    for key, value in settings.items():
        office.set_value(desk, key, value)
    return db_url


def receive(url, notify=("email", "sms"), name="Nguyễn Thị Ánh Tuyết") -> str:
    request = IntakeRequest("1.001612", name, phone="0912345678", email="tuyet@example.vn",
                            notify=notify)
    return intake.receive(as_admin(url), request, received_at=RECEIVED).code


def sender(url: str, moment: datetime) -> Desk:
    return Desk(url, as_admin(url).actor, lambda: moment)


def test_an_intake_with_consent_mails_the_receipt_and_texts_the_appointment(office_db, smtp,
                                                                          httpserver):
    httpserver.expect_oneshot_request("/sms", method="POST").respond_with_json({"status": 0})
    code = receive(office_db)
    pending = outbox.list_notices(as_admin(office_db), "pending")
    assert [(n.channel, n.to) for n in pending] == [("sms", "84912345678"),
                                                   ("email", "tuyet@example.vn")]

    summary = delivery.send_pending(sender(office_db, RECEIVED + timedelta(minutes=1)))
    assert (summary.sent, summary.retried, summary.failed) == (2, 0, 0)
    [mail] = smtp.messages
    assert mail["To"] == "tuyet@example.vn" and mail["From"] == "motcua@quangnam.gov.vn"
    assert mail["Subject"] == f"Hồ sơ {code}: tiếp nhận hồ sơ"
    assert mail["Message-ID"].startswith("<desk-000.00.00.H49-")
    body = mail.get_body(("plain",)).get_content()
    assert "Trung tâm Phục vụ hành chính công tỉnh Quảng Nam đã tiếp nhận hồ sơ" in body
    assert "Nguyễn Thị Ánh Tuyết" in body and "Hẹn trả kết quả: 09:00 ngày 10/06/2025" in body
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_filename() == f"bien-nhan-{code}.pdf"
    receipt = PdfReader(io.BytesIO(attachment.get_content()))
    assert code in receipt.pages[0].extract_text()

    [(request, _)] = httpserver.log
    sms = json.loads(request.get_data())
    assert sms["to"] == "84912345678" and sms["ref"].startswith("desk-000.00.00.H49-")
    # The short wording, without diacritics, in one segment.
    assert sms["message"] == (f"Ho so {code} da duoc tiep nhan. Hen tra ket qua: 09:00 ngay "
                              "10/06/2025.")
    assert len(sms["message"]) <= 160 and sms["message"].isascii()
    assert request.headers["Idempotency-Key"] == sms["ref"]

    # Sent is sent: another round sends nothing again.
    assert delivery.send_pending(sender(office_db, RECEIVED + timedelta(hours=1))).sent == 0
    assert len(smtp.messages) == 1 and len(httpserver.log) == 1
    assert {n.status for n in outbox.list_notices(as_admin(office_db))} == {"sent"}


def test_no_notice_without_consent_and_none_for_a_channel_without_contact(office_db):
    receive(office_db, notify=())
    assert outbox.list_notices(as_admin(office_db)) == []
    with pytest.raises(Exception, match="Nhận thông báo qua.*số điện thoại"):
        intake.receive(as_admin(office_db), IntakeRequest("1.001612", "Lê Văn Nam",
                                                          notify=("sms",)))


def test_zalo_gets_its_template_and_the_tracking_id(office_db, httpserver):
    httpserver.expect_request("/zns", method="POST").respond_with_json({"error": 0})
    code = receive(office_db, notify=("zalo",))
    delivery.send_pending(sender(office_db, RECEIVED))
    [(request, _)] = httpserver.log
    body = json.loads(request.get_data())
    assert body["phone"] == "84912345678" and body["template_id"] == "227001"
    assert body["template_data"]["ma_ho_so"] == code
    assert body["tracking_id"].startswith("desk-000.00.00.H49-")


def test_the_smtp_server_down_at_first_keeps_the_notice_and_delivers_it_once_back(
        db_url, smtp, httpserver):
    desk = as_admin(db_url)
    for key, value in {**OFFICE, "notify_smtp_url": f"smtp://127.0.0.1:{free_port()}",
                       "notify_mail_from": "motcua@quangnam.gov.vn"}.items():
        office.set_value(desk, key, value)
    receive(db_url, notify=("email",))
    first = delivery.send_pending(sender(db_url, RECEIVED))
    assert (first.sent, first.retried) == (0, 1)
    [notice] = outbox.list_notices(desk)
    assert notice.status == "pending" and notice.attempts == 1
    assert "SMTP 127.0.0.1" in notice.last_error
    # Within its backoff nothing is tried again.
    assert delivery.send_pending(sender(db_url, RECEIVED + timedelta(seconds=30))).retried == 0

    office.set_value(desk, "notify_smtp_url", f"smtp://127.0.0.1:{smtp.port}")
    again = delivery.send_pending(sender(db_url, RECEIVED + timedelta(minutes=2)))
    assert again.sent == 1 and len(smtp.messages) == 1
    [notice] = outbox.list_notices(desk)
    assert notice.status == "sent" and notice.attempts == 1 and notice.sent_at is not None


def test_a_gateway_answering_500_then_200_gets_the_text_once(office_db, httpserver):
    httpserver.expect_ordered_request("/sms").respond_with_response(
        Response("gateway busy", status=500))
    httpserver.expect_ordered_request("/sms").respond_with_json({"status": 0})
    receive(office_db, notify=("sms",))
    assert delivery.send_pending(sender(office_db, RECEIVED)).retried == 1
    [notice] = outbox.list_notices(as_admin(office_db))
    assert notice.last_error == "HTTP 500: gateway busy" and notice.attempts == 1
    assert delivery.send_pending(sender(office_db, RECEIVED + timedelta(minutes=1))).sent == 1
    assert len(httpserver.log) == 2
    first, second = (json.loads(request.get_data()) for request, _ in httpserver.log)
    assert first == second


def test_attempts_run_out_into_failed_with_the_last_error(office_db, httpserver):
    office.set_value(as_admin(office_db), "notify_max_attempts", "3")
    httpserver.expect_request("/sms").respond_with_response(Response("no credit", status=402))
    receive(office_db, notify=("sms",))
    moment = RECEIVED
    for _ in range(3):
        delivery.send_pending(sender(office_db, moment))
        moment += timedelta(hours=3)
    [notice] = outbox.list_notices(as_admin(office_db), "failed")
    assert notice.attempts == 3 and notice.last_error == "HTTP 402: no credit"
    assert outbox.counts(as_admin(office_db))["failed"] == 1


def test_every_step_that_concerns_the_applicant_writes_its_notice(office_db):
    desk = as_admin(office_db)
    code = receive(office_db, notify=("email",))
    lifecycle.request_supplement(desk, code, [("Giấy chứng sinh", "bản sao")], "Thiếu giấy tờ",
                                 at=RECEIVED + timedelta(hours=1))
    lifecycle.receive_supplement(desk, code, at=RECEIVED + timedelta(hours=2))
    lifecycle.result_ready(desk, code, at=RECEIVED + timedelta(hours=3))
    lifecycle.return_result(desk, code, collector_name="Nguyễn Thị Ánh Tuyết",
                            collector_id="001190012345", at=RECEIVED + timedelta(hours=4))
    events = [n.event for n in reversed(outbox.list_notices(desk))]
    assert events == ["received", "supplement_requested", "result_ready", "returned"]
    with session_scope(office_db) as session:
        dossier_id = session.query(Dossier.id).filter_by(code=code).scalar()
    assert dossier_id is not None


def test_consent_can_change_later_and_is_checked_against_the_contacts(office_db):
    desk = as_admin(office_db)
    code = receive(office_db, notify=("email",))
    assert outbox.change_consent(desk, code, ("sms", "email")) == ("email", "sms")
    lifecycle.result_ready(desk, code, at=RECEIVED + timedelta(hours=1))
    assert sorted(n.channel for n in outbox.list_notices(desk) if n.event == "result_ready") \
        == ["email", "sms"]
    with pytest.raises(UserError, match="Nhận thông báo qua"):
        outbox.change_consent(desk, code, ("fax",))


SENDER = """
import sys
from datetime import datetime
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.notices import delivery
moment = datetime.fromisoformat(sys.argv[2])
delivery.send_pending(Desk(sys.argv[1], Actor(None, "desk-test", "admin"), lambda: moment))
"""


def test_a_sender_killed_mid_send_loses_nothing_and_repeats_at_most_that_one(office_db, smtp):
    for index in range(5):
        receive(office_db, notify=("email",), name=f"Người nộp {index}")
    smtp.hold_after = 3
    # A sender killed (SIGKILL) while the server has its third mail and has not yet answered:
    # that mail is delivered but never recorded as sent.
    process = subprocess.Popen([sys.executable, "-c", SENDER, office_db, RECEIVED.isoformat()],
                               cwd=Path(__file__).parents[2])
    try:
        assert smtp.holding.wait(30)
    finally:
        process.kill()
        process.wait(10)
    smtp.hold_after = None
    smtp.release.set()
    # Its claim runs out; the next sender sends what the dead one had not finished.
    later = RECEIVED + delivery.CLAIM_TIMEOUT + timedelta(minutes=1)
    assert delivery.send_pending(sender(office_db, later)).sent == 3
    ids = smtp.ids()
    assert len(ids) == 6 and len(set(ids)) == 5
    assert ids.count(ids[2]) == 2  # the interrupted one, again with its own Message-ID
    assert {n.status for n in outbox.list_notices(as_admin(office_db))} == {"sent"}
    assert delivery.send_pending(sender(office_db, later + timedelta(hours=1))).sent == 0


def test_a_thousand_notices_go_out_in_under_30_s(office_db, smtp, httpserver):
    httpserver.expect_request("/sms").respond_with_json({"status": 0})
    code = receive(office_db, notify=())
    with session_scope(office_db) as session:
        dossier = session.query(Dossier).filter_by(code=code).one()
        outbox.save_consent(session, dossier, ("email", "sms"), as_admin(office_db).actor,
                            RECEIVED)
        for _ in range(500):
            outbox.enqueue(session, dossier, "result_ready", RECEIVED)
    started = time.monotonic()
    summary = delivery.send_pending(sender(office_db, RECEIVED))
    elapsed = time.monotonic() - started
    assert summary.sent == 1000 and len(smtp.messages) == 500 and len(httpserver.log) == 500
    assert elapsed < 30, elapsed


def test_two_senders_at_once_send_each_notice_once(office_db, smtp):
    """Two counters' senders on one database (PostgreSQL: FOR UPDATE SKIP LOCKED)."""
    code = receive(office_db, notify=())
    with session_scope(office_db) as session:
        dossier = session.query(Dossier).filter_by(code=code).one()
        outbox.save_consent(session, dossier, ("email",), as_admin(office_db).actor, RECEIVED)
        for _ in range(200):
            outbox.enqueue(session, dossier, "result_ready", RECEIVED)
    summaries = []
    threads = [threading.Thread(target=lambda: summaries.append(
        delivery.send_pending(sender(office_db, RECEIVED), batch=20))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    ids = smtp.ids()
    assert len(ids) == 200 and len(set(ids)) == 200
    assert sum(summary.sent for summary in summaries) == 200
    assert all(summary.sent > 0 for summary in summaries)


def test_an_imported_register_records_the_consent_and_notifies_only_what_comes_next(
        office_db, tmp_path):
    from desk_app.services.reception import dossier_import

    file = tmp_path / "ho-so.csv"
    file.write_text("procedure_code,applicant_name,phone,email,received_at,notify\n"
                    "1.001612,Trần Thị Lan,0912345678,lan@example.vn,2025-06-05 09:00,sms;email\n",
                    encoding="utf-8")
    [code] = dossier_import.import_file(as_admin(office_db), file)
    assert outbox.list_notices(as_admin(office_db)) == []
    lifecycle.result_ready(as_admin(office_db), code, at=RECEIVED + timedelta(hours=2))
    assert sorted(n.channel for n in outbox.list_notices(as_admin(office_db))) == ["email", "sms"]

    bad = tmp_path / "thieu-email.csv"
    bad.write_text("procedure_code,applicant_name,received_at,notify\n"
                   "1.001612,Lê Văn Nam,2025-06-05 09:00,email\n", encoding="utf-8")
    with pytest.raises(UserError, match="Dòng 2, cột notify: thư điện tử cần địa chỉ"):
        dossier_import.import_file(as_admin(office_db), bad)


def test_the_office_words_each_channel_its_own_way(office_db, smtp, httpserver):
    httpserver.expect_request("/sms").respond_with_json({"status": 0})
    desk = as_admin(office_db)
    office.set_value(desk, "notify_text_received_sms", "{code}: hẹn {appointment}")
    office.set_value(desk, "notify_text_received", "Kính gửi ông/bà {name}: đã nhận hồ sơ {code}.")
    code = receive(office_db)
    delivery.send_pending(sender(office_db, RECEIVED))
    [(request, _)] = httpserver.log
    assert json.loads(request.get_data())["message"] == f"{code}: hen 09:00 ngay 10/06/2025"
    body = smtp.messages[0].get_body(("plain",)).get_content()
    assert body.strip() == f"Kính gửi ông/bà Nguyễn Thị Ánh Tuyết: đã nhận hồ sơ {code}."
    with pytest.raises(UserError, match="không có trường ngay_sinh"):
        office.set_value(desk, "notify_text_result_ready_zalo", "{ngay_sinh}")
