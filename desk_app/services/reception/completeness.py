"""Complete or refused: a dossier lacking a paper the catalogue requires is not received,
unless a supervisor consents with a reason (the other way out is form 02, `intake_slips`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desk_app.domain.catalog import DocumentLine, missing_required
from desk_app.domain.validation import require_text
from desk_app.services.actors import ROLE_NAMES_VI, Actor
from desk_app.services.desk import Desk
from desk_app.services.errors import PermissionDenied, UserError
from desk_app.services.users import authenticate

PERMISSION = "dossier.accept_incomplete"


class IncompleteDossier(UserError):
    """Required papers are missing; `missing` names them in catalogue order."""

    def __init__(self, missing: Sequence[str]):
        super().__init__("Giấy tờ: hồ sơ thiếu giấy tờ bắt buộc: " + "; ".join(missing)
                         + ". Hãy ra Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02) hoặc "
                         "xin lãnh đạo duyệt tiếp nhận")
        self.missing = list(missing)


@dataclass(frozen=True)
class Override:
    """A supervisor's consent to receive a dossier that lacks required papers. `supervisor`
    and `password`: who consents, checked as at login; both empty: the user logged in, who
    must then be a supervisor."""

    reason: str
    supervisor: str = ""
    password: str = ""


@dataclass(frozen=True)
class Consent:
    """An override as checked: what it lets through, why and who said so."""

    reason: str
    approver: Actor

    def record(self, missing: Sequence[DocumentLine]) -> dict[str, object]:
        """What the dossier's received event and the audit entry keep of it."""
        return {"missing": [d.name for d in missing], "reason": self.reason,
                "approved_by": self.approver.username,
                "approver_name": self.approver.full_name}

    def note(self, record: dict[str, object]) -> str:
        """The received event's note: the dossier itself says it was let through, and why."""
        who = self.approver.full_name or self.approver.username
        return (f"Tiếp nhận khi thiếu giấy tờ bắt buộc ({'; '.join(record['missing'])}), "
                f"lãnh đạo {who} duyệt. Lý do: {self.reason}")


def check_override(desk: Desk, override: Override | None) -> Consent | None:
    """The consent of a supervisor, authenticated; before any transaction, as a login is
    (the password check counts towards the supervisor's lockout)."""
    if override is None:
        return None
    reason = require_text(override.reason, "Lý do duyệt thiếu giấy tờ", max_length=500)
    approver = (authenticate(desk, override.supervisor, override.password)
                if override.supervisor else desk.user)
    if not approver.may(PERMISSION):
        role = ROLE_NAMES_VI.get(approver.role, approver.role)
        raise PermissionDenied(f"Người duyệt {approver.username}: vai trò {role} không được "
                               "duyệt tiếp nhận hồ sơ thiếu giấy tờ")
    return Consent(reason, approver)


def require_complete(listed: Sequence[DocumentLine], handed_in: Sequence[DocumentLine],
                     consent: Consent | None) -> dict[str, object] | None:
    """Nothing when the dossier is complete; the consent's record when it lets missing papers
    through; IncompleteDossier otherwise."""
    missing = missing_required(listed, handed_in)
    if not missing:
        return None
    if consent is None:
        raise IncompleteDossier([d.name for d in missing])
    return consent.record(missing)
