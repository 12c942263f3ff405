"""The dossier's life as a state machine: which event may happen in which state.

The status of a dossier is a replay of its events; an event that is not allowed in the current
state raises `IllegalTransition` before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

STATUSES = (
    "received", "in_progress", "supplement_requested", "stopped",
    "result_ready", "returned", "refused", "withdrawn", "closed",
)
OPEN_STATUSES = frozenset({"received", "in_progress", "supplement_requested", "stopped"})
RESOLVED_STATUSES = frozenset({"result_ready", "returned", "refused"})

STATUS_NAMES_VI = {
    "received": "Đã tiếp nhận",
    "in_progress": "Đang xử lý",
    "supplement_requested": "Chờ bổ sung",
    "stopped": "Tạm dừng",
    "result_ready": "Có kết quả",
    "returned": "Đã trả kết quả",
    "refused": "Từ chối giải quyết",
    "withdrawn": "Đã rút hồ sơ",
    "closed": "Đã đóng (không bổ sung)",
}

EVENT_NAMES_VI = {
    "received": "Tiếp nhận",
    "transferred": "Chuyển xử lý",
    "supplement_requested": "Yêu cầu bổ sung",
    "supplement_received": "Nhận bổ sung",
    "stopped": "Dừng giải quyết",
    "resumed": "Tiếp tục giải quyết",
    "result_ready": "Có kết quả",
    "refused": "Từ chối giải quyết",
    "returned": "Trả kết quả",
    "withdrawn": "Rút hồ sơ",
    "apology_issued": "Văn bản xin lỗi",
    "appointment_moved": "Dời ngày hẹn do thay đổi lịch",
    "lateness_notice": "Thông báo dự kiến trễ hạn",
    "closed": "Đóng hồ sơ (không bổ sung)",
}

# event kind -> (states it may happen in, state after it)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "transferred": (frozenset({"received", "in_progress"}), "in_progress"),
    "supplement_requested": (frozenset({"received", "in_progress"}), "supplement_requested"),
    "supplement_received": (frozenset({"supplement_requested"}), "in_progress"),
    "stopped": (frozenset({"received", "in_progress"}), "stopped"),
    "resumed": (frozenset({"stopped"}), "in_progress"),
    "result_ready": (frozenset({"received", "in_progress"}), "result_ready"),
    "refused": (
        frozenset({"received", "in_progress", "supplement_requested", "stopped"}), "refused"
    ),
    "returned": (frozenset({"result_ready"}), "returned"),
    "withdrawn": (
        frozenset({"received", "in_progress", "supplement_requested", "stopped"}), "withdrawn"
    ),
    # Decree 118 Art. 19(5): the requested additions did not come within the time allowed.
    "closed": (frozenset({"supplement_requested"}), "closed"),
}
# Events that record something without changing the state.
NOTES = frozenset({"apology_issued", "appointment_moved"})
# Notes only an open dossier takes: a unit's notice that it will be late (Decree 118 Art. 19(6)).
OPEN_NOTES = frozenset({"lateness_notice"})


class IllegalTransition(ValueError):
    def __init__(self, status: str, kind: str):
        self.status = status
        self.kind = kind
        super().__init__(
            f"Không thể '{EVENT_NAMES_VI.get(kind, kind)}' khi hồ sơ đang ở trạng thái "
            f"'{STATUS_NAMES_VI.get(status, status)}'"
        )


def allowed_events(status: str) -> frozenset[str]:
    """The events that may happen next in `status` (what the dossier's page offers)."""
    notes = NOTES if status not in ("withdrawn", "closed") else frozenset()
    if status in OPEN_STATUSES:
        notes |= OPEN_NOTES
    return frozenset(kind for kind, (states, _) in TRANSITIONS.items() if status in states) | notes


def next_status(status: str, kind: str) -> str:
    if kind in NOTES or kind in OPEN_NOTES:
        if status in ("withdrawn", "closed") or (kind in OPEN_NOTES
                                                 and status not in OPEN_STATUSES):
            raise IllegalTransition(status, kind)
        return status
    allowed = TRANSITIONS.get(kind)
    if allowed is None or status not in allowed[0]:
        raise IllegalTransition(status, kind)
    return allowed[1]


@dataclass(frozen=True)
class Milestones:
    status: str
    completed_at: datetime | None
    returned_at: datetime | None
    withdrawn_at: datetime | None


def replay(events: Iterable[tuple[str, datetime]]) -> Milestones:
    """Status and milestone times from (kind, at) events; the first must be `received`."""
    status = None
    completed_at = returned_at = withdrawn_at = None
    for kind, at in events:
        if status is None:
            if kind != "received":
                raise ValueError("Sự kiện đầu tiên của hồ sơ phải là tiếp nhận")
            status = "received"
            continue
        status = next_status(status, kind)
        if kind in ("result_ready", "refused"):
            completed_at = at
        elif kind == "returned":
            returned_at = at
        elif kind == "withdrawn":
            withdrawn_at = at
    if status is None:
        raise ValueError("Hồ sơ không có sự kiện tiếp nhận")
    return Milestones(status, completed_at, returned_at, withdrawn_at)
