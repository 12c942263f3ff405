"""A dossier made late by its second step, for the tests of who caused the delay: procedure
1.001612 (3 working days) given three steps from 01/06/2025, received Monday 02/06 09:00 (due
Thursday 05/06 09:00), handed to Phòng Kinh tế within its half day, kept there two working
days past its step's due moment, then at Văn phòng UBND, still open at the tests' fixed now
(Tuesday 10/06 09:00)."""

from __future__ import annotations

from datetime import date, datetime

from desk_app.domain.intake import IntakeRequest
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
