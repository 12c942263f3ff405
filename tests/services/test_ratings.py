"""Citizens' ratings at return: scale by setting, SIPAS criteria, no identity, one per dossier."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from desk_app.services import office, users
from desk_app.services.actors import Actor
from desk_app.services.audit import verify
from desk_app.services.desk import Desk
from desk_app.services.errors import NotFound, PermissionDenied, UserError
from desk_app.services.processing import lifecycle, ratings
from desk_app.store.db import session_scope
from desk_app.store.models import AuditEntry, Survey
from tests.conftest import as_admin


def test_rating_is_stored_against_the_dossier_and_the_returning_officer(register):
    url, codes = register
    users.add_user(as_admin(url), "tiepnhan", "Nguyễn Thị Hà", "clerk", "Tiepnhan2025!")
    actor = users.authenticate(Desk(url), "tiepnhan", "Tiepnhan2025!")
    lifecycle.result_ready(as_admin(url), codes["N6"], at=datetime(2025, 6, 9, 8, 0))
    lifecycle.return_result(Desk(url, actor), codes["N6"], collector_name="Người nộp N6",
                            collector_id="049123456789", at=datetime(2025, 6, 10, 8, 30))
    ratings.record_rating(Desk(url, actor), codes["N6"], 4,
                          {"access": 5, "officer": 4, "feedback": 3},
                          "  Cán bộ nhiệt tình ")
    saved = ratings.rating_of(as_admin(url), codes["N6"])
    assert (saved.scale, saved.score, saved.comment) == (5, 4, "Cán bộ nhiệt tình")
    assert saved.criteria == {"access": 5, "officer": 4, "feedback": 3}
    assert saved.at == datetime(2025, 6, 10, 9, 0)
    with session_scope(url) as session:
        survey = session.execute(select(Survey)).scalar_one()
        assert actor.user_id is not None
        assert survey.officer_id == actor.user_id
        columns = {c.name for c in Survey.__table__.columns}
        assert not columns & {"applicant_name", "id_number", "phone", "email"}
        entry = session.execute(select(AuditEntry).where(
            AuditEntry.action == "survey.record")).scalar_one()
        assert entry.entity_key == codes["N6"] and entry.after["score"] == 4
        assert "comment" not in entry.after
        assert verify(session).first_broken_id is None


def test_scale_setting_and_levels(register):
    url, codes = register
    with pytest.raises(UserError, match="Mức độ hài lòng"):
        ratings.record_rating(as_admin(url), codes["C4"], 6)
    with pytest.raises(UserError, match="Mức độ hài lòng"):
        ratings.record_rating(as_admin(url), codes["C4"], 0)
    with pytest.raises(UserError, match="Mức độ hài lòng"):
        ratings.record_rating(as_admin(url), codes["C4"], True)
    with pytest.raises(UserError, match="Thang đánh giá"):
        office.set_value(as_admin(url), "rating_scale", "4")
    assert office.show(Desk(url))["rating_scale"] == "5"
    office.set_value(as_admin(url), "rating_scale", "3")
    assert office.show(Desk(url))["rating_scale"] == "3"
    with pytest.raises(UserError, match="từ 1 đến 3"):
        ratings.record_rating(as_admin(url), codes["C4"], 4)
    with pytest.raises(UserError, match="Tiêu chí Công chức giải quyết"):
        ratings.record_rating(as_admin(url), codes["C4"], 3, {"officer": 5})
    with pytest.raises(UserError, match="'speed' không có"):
        ratings.record_rating(as_admin(url), codes["C4"], 3, {"speed": 2})
    ratings.record_rating(as_admin(url), codes["C4"], 3, {"result": 3})
    assert ratings.rating_of(as_admin(url), codes["C4"]).scale == 3


def test_only_returned_dossiers_once_and_by_desk_roles(register):
    url, codes = register
    with pytest.raises(UserError, match="chưa trả kết quả"):
        ratings.record_rating(as_admin(url), codes["N2"], 5)  # result ready, not yet handed over
    with pytest.raises(NotFound):
        ratings.record_rating(as_admin(url), "KHONG-CO", 5)
    with pytest.raises(PermissionDenied):
        ratings.record_rating(Desk(url, Actor(9, "chuyenvien", "officer")), codes["N3"], 5)
    ratings.record_rating(as_admin(url), codes["N3"], 5)
    with pytest.raises(UserError, match="đã được đánh giá"):
        ratings.record_rating(as_admin(url), codes["N3"], 1)
    assert ratings.rating_of(as_admin(url), codes["N3"]).score == 5
    assert ratings.rating_of(as_admin(url), codes["N14"]) is None
    with pytest.raises(UserError, match="Góp ý"):
        ratings.record_rating(as_admin(url), codes["N14"], 5, comment="x" * 2001)
