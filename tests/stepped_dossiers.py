"""Late dossiers of a procedure with the demo's internal process, each at another step: what
the overdue list's grouping by step and unit is tested on (services, CLI, screen)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from desk_app.domain.deadlines import TimeLimit
from desk_app.domain.intake import IntakeRequest
from desk_app.domain.process_steps import storable_steps
from desk_app.services import office
from desk_app.services.demo.processes import typical_steps
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from desk_app.store.db import session_scope
from desk_app.store.models import Procedure, ProcedureVersion
from tests.conftest import as_admin

# 1.001612 (household business) takes 3 working days; the clock is Tuesday 10/06/2025 09:00.
HOUSEHOLD = "1.001612"
TAX = "Phòng Tài chính - Kế hoạch"
EXAMINE = f"Thẩm định, xử lý – {TAX}"
REVIEW = f"Lãnh đạo phòng xem xét – {TAX}"
RECEIPT = "Tiếp nhận hồ sơ – Bộ phận Một cửa"
# The head's review began then: before it, the second dossier was being examined.
REVIEW_STARTS = datetime(2025, 6, 4, 9, 0)


def make_stepped_dossiers(url: str) -> dict[str, str]:
    """Two dossiers examined in the unit, one at the head's review, one still at the desk;
    all four overdue on Tuesday 10/06."""
    for key, value in (("agency_code", "000.00.00.H49"), ("parent_agency_name", "UBND TỈNH"),
                       ("agency_name", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"),
                       ("place_name", "Quảng Nam")):
        office.set_value(as_admin(url), key, value)
    with session_scope(url) as session:
        for version in session.execute(
                select(ProcedureVersion).join(Procedure).where(Procedure.code == HOUSEHOLD)
        ).scalars():
            version.steps = storable_steps(
                typical_steps(TimeLimit.parse(version.time_limit), TAX))

    def receive(name: str, received: datetime) -> str:
        return intake.receive(as_admin(url), IntakeRequest(HOUSEHOLD, name),
                              received_at=received).code

    codes = {"examined": receive("Nguyễn Văn An", datetime(2025, 6, 2, 8, 0)),
             "reviewed": receive("Trần Thị Cúc", datetime(2025, 6, 2, 9, 0)),
             "examined_too": receive("Lê Văn Dũng", datetime(2025, 6, 2, 10, 0)),
             "at_desk": receive("Phạm Thị Em", datetime(2025, 6, 3, 8, 0))}
    for key in ("examined", "reviewed", "examined_too"):
        lifecycle.transfer(as_admin(url), codes[key], TAX, "Lê Thị Bình",
                           at=datetime(2025, 6, 2, 14, 0))
    lifecycle.transfer(as_admin(url), codes["reviewed"], TAX, "Trưởng phòng",
                       at=REVIEW_STARTS)
    return codes
