"""Citizens' satisfaction at the return of a result (SIPAS), counted in the report.

A rating is stored against the dossier and the officer who handed the result over, never
against the citizen: no name, ID or phone is asked or kept. The scale (3 or 5 levels) is the
office setting `rating_scale` at the moment of rating and is stored with each rating, so a
change of scale never reinterprets old ratings. One rating per dossier: a second one would let
one visit count twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desk_app.domain.text import nfc
from desk_app.services import audit
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.dossiers import _load
from desk_app.services.errors import UserError
from desk_app.services.office import read_settings
from desk_app.store.db import read_scope, retrying, session_scope
from desk_app.store.models import Dossier, DossierEvent, Survey

# SIPAS's five factors: access to the service, the procedure, the officer, the result, and
# the handling of feedback.
RATING_CRITERIA = ("access", "procedure", "officer", "result", "feedback")
CRITERIA_NAMES_VI = {
    "access": "Tiếp cận dịch vụ",
    "procedure": "Thủ tục hành chính",
    "officer": "Công chức giải quyết",
    "result": "Kết quả giải quyết",
    "feedback": "Tiếp nhận, xử lý góp ý, phản ánh",
}
COMMENT_MAX = 2000


@dataclass(frozen=True)
class Rating:
    code: str
    at: datetime
    scale: int
    score: int
    criteria: dict[str, int]
    comment: str


def _check_level(value: object, scale: int, field: str) -> int:
    # bool is an int in Python; a True must not pass as a score of 1.
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= scale:
        raise UserError(f"{field}: phải là số nguyên từ 1 đến {scale} (thang {scale} mức)")
    return value


@retrying
def record_rating(desk: Desk, code: str, score: int, criteria: dict[str, int] | None = None,
                  comment: str = "") -> None:
    """Store the citizen's rating of a returned dossier: an overall score, optional scores
    per SIPAS factor (keys of RATING_CRITERIA), an optional comment."""
    require(desk.user, "dossier.return")
    comment = nfc(comment or "")
    if len(comment) > COMMENT_MAX:
        raise UserError(f"Góp ý: tối đa {COMMENT_MAX} ký tự")
    with session_scope(desk.url) as session:
        scale = int(read_settings(session)["rating_scale"])
        score = _check_level(score, scale, "Mức độ hài lòng")
        checked: dict[str, int] = {}
        for key, value in (criteria or {}).items():
            if key not in RATING_CRITERIA:
                raise UserError(f"Tiêu chí đánh giá: '{key}' không có; các tiêu chí: "
                                f"{', '.join(RATING_CRITERIA)}")
            checked[key] = _check_level(value, scale, f"Tiêu chí {CRITERIA_NAMES_VI[key]}")
        dossier = _load(session, code)
        if dossier.status != "returned":
            raise UserError(f"Mã hồ sơ: hồ sơ {code} chưa trả kết quả, chưa thể đánh giá")
        # Two counters rating the same dossier at once: the row lock makes the second wait
        # and then see the first rating (SQLite's BEGIN IMMEDIATE already serialises them).
        session.execute(select(Dossier.id).where(Dossier.id == dossier.id).with_for_update())
        if session.execute(select(Survey.id).where(Survey.dossier_id == dossier.id)).first():
            raise UserError(f"Mã hồ sơ: hồ sơ {code} đã được đánh giá")
        returned_by = session.execute(
            select(DossierEvent.actor_id)
            .where(DossierEvent.dossier_id == dossier.id, DossierEvent.kind == "returned")
            .order_by(DossierEvent.id.desc()).limit(1)
        ).scalar_one_or_none()
        now = desk.now()
        session.add(Survey(dossier_id=dossier.id, officer_id=returned_by, at=now, scale=scale,
                           score=score, criteria=checked, comment=comment))
        audit.record(session, desk.user, now, "survey.record", "dossier", code, None,
                     {"scale": scale, "score": score, "criteria": checked})


def rating_of(desk: Desk, code: str) -> Rating | None:
    """The rating a dossier received, if any."""
    with read_scope(desk.url) as session:
        dossier = _load(session, code)
        survey = session.execute(
            select(Survey).where(Survey.dossier_id == dossier.id)).scalar_one_or_none()
        if survey is None:
            return None
        return Rating(code, survey.at, survey.scale, survey.score, dict(survey.criteria or {}),
                      survey.comment)
