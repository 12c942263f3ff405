"""The steps many tests take a dossier through before what they test, written once."""

from __future__ import annotations

from datetime import datetime

from desk_app.domain.intake import IntakeRequest
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from tests.conftest import as_admin


def ready_at_desk(url: str, request: IntakeRequest, received_at: datetime,
                  ready_at: datetime) -> str:
    """Received at `received_at`, its result back at the desk at `ready_at`; the code."""
    desk = as_admin(url)
    code = intake.receive(desk, request, received_at=received_at).code
    lifecycle.result_ready(desk, code, at=ready_at)
    return code
