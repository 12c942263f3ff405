"""A hand-built register for the supervision tests (report, overdue): 37 dossiers whose every
moment is chosen so that each class and each edge of the week 02/06–06/06/2025 is met.

Procedures: A = 1.004873 (Hộ tịch, 3 working days), B = 1.001193 (Hộ tịch, same day, 15:00
cut-off), C = 1.001612 (hộ kinh doanh, 3 working days). Units: TP = Phòng Tư pháp, KT = Phòng
Kinh tế. No holidays fall between 26/05 and 11/06/2025. The due dates in the comments are
worked out by hand from FORMATS.md's rules (day 1 = the first working day after the receipt;
the receipt's time moved into office hours).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
A, B, C = "1.004873", "1.001193", "1.001612"
TP, KT = "Phòng Tư pháp", "Phòng Kinh tế"


def t(text: str) -> datetime:
    return datetime.strptime(text, "%d/%m %H:%M").replace(year=2025)


# label: (procedure, channel, unit, received, [(event, at), ...])
REGISTER = {
    # Outside the period's count: resolved or withdrawn before it, received after it.
    "X1": (A, "direct", TP, "26/05 09:00", [("result_ready", "28/05 10:00"),
                                             ("returned", "29/05 09:00")]),
    "X2": (A, "online", TP, "27/05 09:00", [("withdrawn", "30/05 10:00")]),
    "X3": (A, "direct", TP, "29/05 09:00", [("result_ready", "01/06 23:59")]),
    "X4": (C, "direct", KT, "07/06 00:00", []),  # Saturday, the minute after the period
    "X5": (C, "online", KT, "09/06 09:00", []),
    "X6": (A, "direct", TP, "28/05 09:00", [("withdrawn", "01/06 23:59")]),
    # Carried over: received before 02/06 00:00, still open then.
    "C1": (A, "direct", TP, "28/05 09:00", [("result_ready", "02/06 00:00")]),  # due 02/06 09:00
    "C2": (A, "direct", TP, "28/05 09:00", [("result_ready", "02/06 09:00")]),  # on time
    "C3": (A, "postal", TP, "28/05 09:00", [("result_ready", "02/06 09:01")]),  # late
    "C4": (A, "online", TP, "29/05 10:00", [("result_ready", "02/06 15:00"),  # due 03/06 10:00
                                             ("returned", "03/06 08:00")]),
    "C5": (A, "direct", TP, "30/05 09:00", []),  # due 04/06 09:00, open
    "C6": (A, "direct", TP, "26/05 09:00", []),  # due 29/05 09:00, open
    "C7": (A, "direct", TP, "30/05 09:00", [("withdrawn", "03/06 10:00")]),
    "C8": (A, "direct", TP, "01/06 23:59", [("result_ready", "06/06 23:59")]),  # due 04/06 17:00
    "C9": (C, "online", KT, "30/05 09:00", [("result_ready", "07/06 00:00")]),  # due 04/06 09:00
    "C10": (C, "direct", KT, "29/05 09:00", [("supplement_requested", "30/05 09:00")]),
    "C11": (C, "direct", KT, "29/05 09:00", [("withdrawn", "07/06 00:00")]),  # due 03/06 09:00
    "C12": (A, "direct", TP, "30/05 09:00", [("apology_issued", "03/06 10:00"),  # due 04/06
                                              ("result_ready", "05/06 10:00")]),
    # Received in the period.
    "N1": (A, "direct", TP, "02/06 00:00", [("result_ready", "04/06 10:00")]),  # due 05/06 07:30
    "N2": (A, "online", TP, "02/06 09:00", [("result_ready", "05/06 08:59")]),  # due 05/06 09:00
    "N3": (A, "online", TP, "02/06 09:00", [("result_ready", "05/06 09:00"),
                                             ("returned", "05/06 10:00")]),
    "N4": (A, "postal", TP, "03/06 09:00", [("result_ready", "06/06 10:00")]),  # due 06/06 09:00
    "N5": (A, "direct", TP, "03/06 09:00", []),  # due 06/06 09:00, open
    "N6": (A, "direct", TP, "04/06 09:00", []),  # due 09/06 09:00, open
    "N7": (A, "online", TP, "06/06 23:59", []),  # due 11/06 17:00, open
    "N8": (A, "direct", TP, "04/06 09:00", [("withdrawn", "06/06 23:59")]),
    "N9": (A, "direct", TP, "04/06 09:00", [("refused", "05/06 10:00")]),  # due 09/06 09:00
    "N10": (B, "direct", TP, "02/06 10:00", [("result_ready", "02/06 16:00")]),  # due 02/06 17:00
    "N11": (B, "online", TP, "03/06 16:00", [("result_ready", "03/06 16:30")]),  # due 04/06 17:00
    "N12": (B, "direct", TP, "04/06 09:00", [("result_ready", "05/06 08:00")]),  # due 04/06 17:00
    "N13": (B, "direct", TP, "06/06 14:00", []),  # due 06/06 17:00, open
    "N14": (C, "direct", KT, "02/06 09:00", [("result_ready", "05/06 09:00"),  # due 05/06 09:00
                                              ("returned", "06/06 09:00")]),
    "N15": (C, "online", KT, "02/06 09:00", [("result_ready", "03/06 09:00")]),
    "N16": (C, "postal", KT, "05/06 09:00", []),  # due 10/06 09:00, open
    "N17": (C, "direct", KT, "05/06 09:00", [("stopped", "06/06 09:00")]),
    "N18": (C, "direct", "", "06/06 09:00", []),  # due 11/06 09:00, open, no unit
    "N19": (C, "online", "", "04/06 09:00", [("withdrawn", "05/06 09:00")]),
}


@pytest.fixture
def office_db(db_url):
    """An office whose profile is complete, so dossiers can be received and printed."""
    for key, value in OFFICE.items():
        office.set_value(as_admin(db_url), key, value)
    return db_url


@pytest.fixture
def register(office_db) -> tuple[str, dict[str, str]]:
    """The 37 dossiers above, received and moved on through the services; (url, label ->
    dossier code)."""
    codes = {}
    for label, (procedure, channel, unit, received, events) in REGISTER.items():
        request = IntakeRequest(procedure, f"Người nộp {label}", channel=channel, unit=unit)
        codes[label] = intake.receive(as_admin(office_db), request, received_at=t(received)).code
        for kind, at in events:
            lifecycle.record_event(as_admin(office_db), codes[label], kind, at=t(at))
    return office_db, codes
