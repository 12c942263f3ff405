"""A dossier made late by its second step, for the tests of who caused the delay: procedure
1.001612 (3 working days) given three steps from 01/06/2025, received Monday 02/06 09:00 (due
Thursday 05/06 09:00), handed to Phòng Kinh tế within its half day, kept there two working
days past its step's due moment, then at Văn phòng UBND, still open at the tests' fixed now
(Tuesday 10/06 09:00)."""

from __future__ import annotations

from datetime import date, datetime

from desk_app.domain.intake import IntakeRequest
from desk_app.services import users
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.services.rules import catalog
from tests.conftest import as_admin

PROCEDURE = "1.001612"
KT, VP = "Phòng Kinh tế", "Văn phòng UBND"
STEPS = [("Tiếp nhận, chuyển hồ sơ", "Bộ phận Một cửa", "0.5d"), ("Thẩm định", KT, "2d"),
         ("Ký duyệt", VP, "0.5d")]
RECEIVED = datetime(2025, 6, 2, 9, 0)
TO_KT = datetime(2025, 6, 2, 10, 0)
TO_VP = datetime(2025, 6, 6, 10, 0)  # step 2 was due 04/06 10:00


def late_in_step_two(url: str) -> str:
    """The dossier's code (the office profile must be complete)."""
    desk = as_admin(url)
    catalog.set_steps(desk, PROCEDURE, STEPS, date(2025, 6, 1))
    code = intake.receive(desk, IntakeRequest(PROCEDURE, "Nguyễn Thị Ánh Tuyết"),
                          received_at=RECEIVED).code
    lifecycle.transfer(desk, code, KT, "Trần Văn Bình", at=TO_KT)
    lifecycle.transfer(desk, code, VP, "Lê Văn Cường", at=TO_VP)
    return code


PERIOD = (date(2025, 6, 2), date(2025, 6, 6))
OFFICERS = [("binh", "Trần Văn Bình", KT), ("dung", "Phạm Thị Dung", KT),
            ("cuong", "Lê Văn Cường", VP)]


def workload_set(url: str) -> dict[str, str]:
    """Four dossiers under the three steps above, their hand-overs to the officers of
    OFFICERS (label -> code). Step by step (office minutes; 450 a day):
    D1 (late_in_step_two): desk 60 on time; Bình 1800 late; Cường holds it, overdue.
    D2, received Tuesday 03/06 09:00: desk 30 on time; Dung 450 early (due 05/06 09:30, done
    04/06 09:30); Cường 90 on time (ready 04/06 11:00, due 15:15).
    D3, received Monday 09/06 09:00: desk 60 on time, after the period; Bình holds it, due
    11/06 10:00.
    D4, received Friday 06/06 09:00: at the desk, due 14:45 that day, overdue."""
    desk = as_admin(url)
    for username, name, unit in OFFICERS:
        users.add_user(desk, username, name, "officer", "Matkhau2025", unit=unit)
    codes = {"D1": late_in_step_two(url)}

    def receive(label: str, at: datetime) -> str:
        codes[label] = intake.receive(desk, IntakeRequest(PROCEDURE, f"Người nộp {label}"),
                                      received_at=at).code
        return codes[label]

    code = receive("D2", datetime(2025, 6, 3, 9, 0))
    lifecycle.transfer(desk, code, KT, "Phạm Thị Dung", at=datetime(2025, 6, 3, 9, 30))
    lifecycle.transfer(desk, code, VP, "Lê Văn Cường", at=datetime(2025, 6, 4, 9, 30))
    lifecycle.result_ready(desk, code, at=datetime(2025, 6, 4, 11, 0))
    code = receive("D3", datetime(2025, 6, 9, 9, 0))
    lifecycle.transfer(desk, code, KT, "Trần Văn Bình", at=datetime(2025, 6, 9, 10, 0))
    receive("D4", datetime(2025, 6, 6, 9, 0))
    return codes
