"""A big demo register in minutes: `desk-admin demo --dossiers N`, for trying the program at
the scale of a provincial centre and for measuring it (desk_app/bench.py).

The dossiers are generated in the order a centre would have received them over several years
and written through the driver's bulk path (SQLite: `executemany` in one transaction per
chunk, with bulk-load pragmas on a connection of its own; PostgreSQL: COPY), not one service
call per dossier. Every derived copy comes from the functions the services use: the due date
from `compute_due` over the office calendar and the dossier's clock events, status and
milestones from `replay`, search keys from `intake.search_key`, codes from the office's code
pattern with a daily sequence. So `services.clock.derive` on the stored events gives the
stored values back, and the numbering continues where the demo stopped.

Decided here, where the brief is silent:
- Only a database without dossiers is filled: demo rows mixed into a real register could not
  be told apart from it. A failure removes the rows already written.
- Volumes follow a centre's week (Mondays busiest, a few Saturday mornings) and grow 8% a
  year; procedures are weighted by field, certification and civil status first.
- Fates: most dossiers are resolved early or on time, about 8% late; some are refused or
  withdrawn; supplement requests and stops pause the clock; a backlog keeps about 5% open,
  most of it recent. Two thirds of late dossiers get an apology letter (numbered per year like
  the intake slips) with a new appointment three working days on (`domain.apology`).
- A quarter of returned results are rated on the office's scale, criteria from SIPAS's
  factors; the rating stores no identity.
- Transfers name a receiving officer in the event data, as a hand-over is recorded; users
  that exist are used as the clerks and officers who act, else none is named.
- One audit entry records the generation (who, how many, the seed), not one per row.
"""

from __future__ import annotations

import json
import random
import time as wall_clock
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desk_app import config
from desk_app.domain.apology import abbreviation, suggest_new_due
from desk_app.domain.deadlines import (
    ClockEvent,
    ClockRule,
    TimeLimit,
    advance,
    classify_open,
    classify_resolved,
    compute_due,
)
from desk_app.domain.intake import IntakeRequest, dossier_code
from desk_app.domain.lifecycle import replay
from desk_app.domain.text import fold
from desk_app.domain.validation import tax_code_check_digit
from desk_app.domain.work_calendar import WorkCalendar
from desk_app.services import audit, office
from desk_app.services.actors import SYSTEM, Actor, require
from desk_app.services.clock import load_calendar
from desk_app.services.demo.sample import DEMO_OFFICE, FAMILY, GIVEN, MIDDLE, STREETS, UNITS, WARDS
from desk_app.services.errors import UserError
from desk_app.services.reception.intake import search_key, unit_id
from desk_app.services.setup import init_database
from desk_app.store.db import get_engine, session_scope
from desk_app.store.fulltext import FTS_INSERT_TRIGGER, FTS_TABLE
from desk_app.store.models import (
    DailySequence,
    Dossier,
    Procedure,
    ProcedureVersion,
    User,
)

CHUNK = 25_000  # dossiers per transaction
MAX_DOSSIERS = 10_000_000
MAX_YEARS = 20

# Share of a centre's intake by field (lĩnh vực), in percent; fields not named get 0.5.
FIELD_SHARES = {
    "Chứng thực": 27,
    "Hộ tịch": 22,
    "Đăng ký, quản lý cư trú": 11,
    "Cấp, quản lý căn cước": 9,
    "Đất đai": 9,
    "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)": 4,
    "Bảo trợ xã hội": 3,
    "Lý lịch tư pháp": 3,
    "Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN": 2,
    "Cấp sổ BHXH, thẻ BHYT": 2,
    "Hoạt động xây dựng": 2,
    "Sát hạch, cấp giấy phép lái xe": 2,
    "Định danh và xác thực điện tử": 1.5,
    "Người có công": 1,
    "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân": 1,
    "Thành lập và hoạt động của doanh nghiệp": 1,
    "Giảm nghèo": 0.5,
}
# Within a field, the procedures most asked for (relative weights; others count 1).
PROCEDURE_WEIGHTS = {
    "2.000815": 25,  # chứng thực bản sao từ bản chính
    "2.000884": 5,  # chứng thực chữ ký
    "1.001193": 12,  # khai sinh
    "2.000635": 10,  # bản sao trích lục hộ tịch
    "1.004873": 6,  # xác nhận tình trạng hôn nhân
    "1.000894": 5,  # kết hôn
    "1.000656": 3,  # khai tử
    "1.004194": 4,  # tạm trú
    "1.004222": 3,  # thường trú
    "1.014061": 5,  # căn cước từ 14 tuổi
    "1.014063": 3,  # cấp đổi căn cước
    "1.013831": 5,  # biến động đất đai
    "1.012783": 2,  # cấp đổi giấy chứng nhận
}
FAMILY_WEIGHTS = (31, 11, 9.5, 7, 5, 4, 4.5, 3.9, 3.9, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5)
WEEKDAY_WEIGHTS = (1.25, 1.1, 1.0, 1.0, 0.9, 0.08, 0.0)  # Monday .. Sunday
YEARLY_GROWTH = 1.08
# Saturday-morning desks (a receiving day, not a counting day).
SATURDAY_HOURS = ((time(7, 30), time(11, 30)),)
OFFICERS = ("Trần Thị Lan", "Lê Văn Hùng", "Phạm Thị Thu", "Võ Minh Quân", "Đặng Ngọc Ánh",
            "Hồ Văn Phúc", "Bùi Thị Hạnh", "Ngô Quốc Bảo", "Huỳnh Thị Mai", "Dương Văn Sơn")
COMPANIES = ("Xây dựng Hòa Phát", "Thương mại Minh Anh", "Đầu tư Phú Quý", "Dịch vụ An Khang",
             "Vận tải Trường Sơn", "Nông sản Quảng Đà", "Du lịch Hội An Xanh")
COMMENTS = ("Cán bộ hướng dẫn nhiệt tình", "Thủ tục nhanh gọn", "Phải chờ lâu",
            "Cần thêm chỗ ngồi chờ", "Trả kết quả đúng hẹn", "")
SIPAS_FACTORS = ("access", "procedure", "officer", "result", "feedback")
APOLOGY_REASON = "Hồ sơ cần xác minh thêm, chưa giải quyết xong trong thời hạn"
SLIP_REASON = "Hồ sơ chưa đầy đủ thành phần theo quy định"
REFUSAL_REASON = "Yêu cầu không thuộc thẩm quyền giải quyết của cơ quan"
PROVINCE_CODES = ("049", "049", "049", "049", "048", "001", "079", "051")

DOSSIER_COLUMNS = (
    "id", "code", "procedure_version_id", "applicant_kind", "applicant_name", "id_number",
    "phone", "email", "address", "channel", "delivery", "sets", "fee", "note", "received_at",
    "due_at", "status", "completed_at", "returned_at", "withdrawn_at", "unit_id", "officer_id",
    "received_by_id", "register_book", "register_number", "search_key",
)
DOCUMENT_COLUMNS = ("id", "dossier_id", "position", "name", "form", "count")
EVENT_COLUMNS = ("id", "dossier_id", "kind", "at", "actor_id", "unit_id", "note", "data")
LETTER_COLUMNS = ("id", "dossier_id", "kind", "agency", "year", "number", "issued_at", "reason",
                  "new_due_at", "signer_title", "signer_name", "data")
SURVEY_COLUMNS = ("id", "dossier_id", "officer_id", "at", "scale", "score", "criteria",
                  "comment")
TABLES = (("dossier", DOSSIER_COLUMNS), ("dossier_document", DOCUMENT_COLUMNS),
          ("dossier_event", EVENT_COLUMNS), ("letter", LETTER_COLUMNS),
          ("survey", SURVEY_COLUMNS))


@dataclass(frozen=True)
class DemoSummary:
    dossiers: int
    events: int
    documents: int
    letters: int
    surveys: int
    first_received: datetime | None
    last_received: datetime | None
    seconds: float
    statuses: dict[str, int] = field(default_factory=dict)
    classes: dict[str, int] = field(default_factory=dict)


@dataclass
class _Version:
    id: int
    effective_from: date
    rule: ClockRule
    quick: bool  # same day or hours: often settled at the desk itself
    documents: tuple[tuple[str, str, int], ...]
    fee: str


@dataclass
class _Procedure:
    code: str
    name: str
    field: str
    versions: list[_Version]

    def version_on(self, day: date) -> _Version:
        """As catalog.in_force: the last version in force that day, else the first."""
        chosen = self.versions[0]
        for version in self.versions:
            if version.effective_from <= day:
                chosen = version
        return chosen


@dataclass
class _Rows:
    dossier: list[tuple] = field(default_factory=list)
    dossier_document: list[tuple] = field(default_factory=list)
    dossier_event: list[tuple] = field(default_factory=list)
    letter: list[tuple] = field(default_factory=list)
    survey: list[tuple] = field(default_factory=list)


@dataclass
class _Counters:
    """Numbers handed out: the daily sequences, the register's and the letters' per year."""

    daily: dict[date, int] = field(default_factory=dict)
    register: dict[int, int] = field(default_factory=dict)
    letters: dict[tuple[str, int], int] = field(default_factory=dict)

    def next_letter(self, kind: str, year: int) -> int:
        number = self.letters.get((kind, year), 0) + 1
        self.letters[(kind, year)] = number
        return number


def _sqlite_stamp(moment: datetime | None) -> str | None:
    """How SQLAlchemy's DateTime stores a moment in SQLite (compared as text there)."""
    return None if moment is None else moment.isoformat(" ") + ".000000"


def _same(moment):
    return moment


class _Generator:
    def __init__(self, rng: random.Random, calendar: WorkCalendar, now: datetime,
                 settings: dict[str, str], procedures: list[_Procedure],
                 units: dict[str, int], clerks: list[int | None], officers: list[int | None],
                 stamp: Callable[[datetime | None], object], scale: int):
        self.rng = rng
        self.calendar = calendar
        self.now = now
        self.agency = settings["agency_code"]
        self.pattern = settings["code_pattern"]
        self.place = settings["place_name"]
        self.abbreviation = (settings.get("agency_abbreviation")
                             or abbreviation(settings["agency_name"]))
        self.procedures = procedures
        self.cumulative = list(accumulate(_weights(procedures)))
        self.units = units
        self.clerks = clerks
        self.officers = officers
        self.stamp = stamp
        self.scale = scale
        self.random = rng.random
        self.family_cumulative = list(accumulate(FAMILY_WEIGHTS))
        self.folds: dict[str, str] = {}
        # Codes made of ASCII without spaces fold to their lower case: no need to fold each.
        sample = dossier_code(self.pattern, self.agency, now, 1)
        self.plain_codes = fold(sample) == sample.lower() and sample.isascii()
        self.transfer_data = {name: json.dumps({"receiver": name}, ensure_ascii=False)
                              for name in OFFICERS}
        self.statuses: Counter[str] = Counter()
        self.classes: Counter[str] = Counter()

    # -- people ------------------------------------------------------------------------------

    def _person(self, field_name: str) -> tuple[str, str, str, str, str, str]:
        """(kind, name, id number, phone, email, address)."""
        r = self.random
        address = (f"{1 + int(r() * 320)} {STREETS[int(r() * len(STREETS))]}, "
                   f"{WARDS[int(r() * len(WARDS))]}, {self.place}")
        phone = f"0{'3789'[int(r() * 4)]}{int(r() * 100_000_000):08d}"
        if field_name in ("Hoạt động xây dựng", "Đất đai") and r() < 0.06:
            name = f"Công ty TNHH {COMPANIES[int(r() * len(COMPANIES))]}"
            while True:
                first_nine = f"{int(r() * 1_000_000_000):09d}"
                check = tax_code_check_digit(first_nine)
                if check is not None:
                    break
            return ("organisation", name, f"{first_nine}{check}", phone, "", address)
        family = FAMILY[bisect_right(self.family_cumulative, r() * self.family_cumulative[-1])]
        name = f"{family} {MIDDLE[int(r() * len(MIDDLE))]} {GIVEN[int(r() * len(GIVEN))]}"
        born = 1945 + int(r() * 68)
        century = (0 if born < 2000 else 2) + (r() < 0.5)
        id_number = (f"{PROVINCE_CODES[int(r() * len(PROVINCE_CODES))]}{century}{born % 100:02d}"
                     f"{int(r() * 1_000_000):06d}")
        email = ""
        if r() < 0.12:
            email = f"{self._folded(name).replace(' ', '')}{1 + int(r() * 999)}@gmail.com"
        return ("person", name, id_number, phone, email, address)

    def _folded(self, text: str) -> str:
        folded = self.folds.get(text)
        if folded is None:
            folded = self.folds[text] = fold(text)
        return folded

    def _search_key(self, code: str, name: str, phone: str, id_number: str) -> str:
        """intake.search_key, with the folded names remembered (a few thousand distinct)."""
        if not self.plain_codes:
            return search_key(code, name, phone, id_number)
        return " ".join(part for part in (code.lower(), self._folded(name), phone, id_number)
                        if part)

    # -- one day -----------------------------------------------------------------------------

    def day(self, day: date, count: int, first_id: int, ids: dict[str, int],
            counters: _Counters, rows: _Rows) -> int:
        """Receive `count` dossiers on `day` (and their whole life up to now); returns the
        next free dossier id."""
        rng = self.rng
        intervals = _receiving_hours(self.calendar, day, self.now)
        minutes = sorted(_office_minutes(rng, intervals, count))
        chosen = rng.choices(self.procedures, cum_weights=self.cumulative, k=count)
        midnight = datetime.combine(day, time())
        sequence = counters.daily.get(day, 0)
        dossier_id = first_id
        for minute, procedure in zip(minutes, chosen, strict=True):
            received_at = midnight + timedelta(minutes=minute)
            sequence += 1
            register = counters.register.get(day.year, 0) + 1
            counters.register[day.year] = register
            self._dossier(dossier_id, received_at, sequence, register, procedure, ids,
                          counters, rows)
            dossier_id += 1
        counters.daily[day] = sequence
        self._intake_slips(day, count, ids, counters, rows)
        return dossier_id

    def _intake_slips(self, day: date, count: int, ids: dict[str, int], counters: _Counters,
                      rows: _Rows) -> None:
        """Forms 02 and 03 handed out instead of a receipt: 3% and 0.5% of the day's callers."""
        rng = self.rng
        for kind, share in (("supplement_request", 0.03), ("refusal", 0.005)):
            for _ in range(_binomial(rng, count, share)):
                procedure = rng.choices(self.procedures, cum_weights=self.cumulative)[0]
                _, name, id_number, phone, email, address = self._person(procedure.field)
                issued_at = datetime.combine(day, time(rng.randint(8, 10), rng.randint(0, 59)))
                if issued_at > self.now:
                    continue
                request = asdict(IntakeRequest(procedure.code, name, id_number=id_number,
                                               phone=phone, email=email, address=address))
                version = procedure.version_on(day)
                if kind == "supplement_request" and version.documents:
                    lines = [[version.documents[-1][0], "Bổ sung bản chính"]]
                    reason = SLIP_REASON
                else:
                    lines = [[REFUSAL_REASON, ""]]
                    reason = "Theo quy định về thẩm quyền giải quyết thủ tục"
                number = counters.next_letter(kind, day.year)
                ids["letter"] += 1
                rows.letter.append((
                    ids["letter"], None, kind, self.agency, day.year, number,
                    self.stamp(issued_at), reason, None, "", rng.choice(OFFICERS),
                    json.dumps({"request": request, "procedure_name": procedure.name,
                                "lines": lines}, ensure_ascii=False),
                ))

    # -- one dossier -------------------------------------------------------------------------

    def _dossier(self, dossier_id: int, received_at: datetime, sequence: int, register: int,
                 procedure: _Procedure, ids: dict[str, int], counters: _Counters,
                 rows: _Rows) -> None:
        r = self.random
        stamp = self.stamp
        version = procedure.version_on(received_at.date())
        kind, name, id_number, phone, email, address = self._person(procedure.field)
        draw = r()
        channel = "direct" if draw < 0.6 else "online" if draw < 0.92 else "postal"
        delivery = "post" if channel == "postal" or r() < 0.04 else "desk"
        code = dossier_code(self.pattern, self.agency, received_at, sequence)
        unit = self.units[_unit_for(procedure.field)]
        events, due_at = self._life(dossier_id, received_at, version, unit, counters, ids,
                                    rows)
        milestones = replay((event[0], event[1]) for event in events)
        status = milestones.status
        self.statuses[status] += 1
        if milestones.completed_at is not None and due_at is not None:
            self.classes[classify_resolved(due_at, milestones.completed_at)] += 1
        elif status != "withdrawn":
            self.classes["paused" if due_at is None
                         else classify_open(due_at, self.now, self.calendar)] += 1
        transferred = len(events) > 1 and events[1][0] == "transferred"
        rows.dossier.append((
            dossier_id, code, version.id, kind, name, id_number, phone, email, address,
            channel, delivery, 1 if r() < 0.95 else 2, version.fee, "",
            stamp(received_at), stamp(due_at), status, stamp(milestones.completed_at),
            stamp(milestones.returned_at), stamp(milestones.withdrawn_at),
            unit if transferred else None, None, events[0][2], str(received_at.year),
            register, self._search_key(code, name, phone, id_number),
        ))
        document_id = ids["dossier_document"]
        documents = rows.dossier_document
        for position, (document, form, number) in enumerate(version.documents, start=1):
            document_id += 1
            documents.append((document_id, dossier_id, position, document, form, number))
        ids["dossier_document"] = document_id
        event_id = ids["dossier_event"]
        stored = rows.dossier_event
        for event_kind, at, actor, event_unit, data, *note in events:
            event_id += 1
            stored.append((event_id, dossier_id, event_kind, stamp(at), actor, event_unit,
                           note[0] if note else "", data))
        ids["dossier_event"] = event_id
        if milestones.returned_at is not None and r() < 0.25:
            self._survey(dossier_id, milestones.returned_at, ids, rows)

    def _survey(self, dossier_id: int, at: datetime, ids: dict[str, int], rows: _Rows) -> None:
        rng = self.rng
        if self.scale == 3:
            score = rng.choices((1, 2, 3), (4, 14, 82))[0]
        else:
            score = rng.choices((1, 2, 3, 4, 5), (2, 3, 10, 35, 50))[0]
        criteria = {}
        if rng.random() < 0.4:
            criteria = {factor: max(1, min(self.scale, score + rng.choice((-1, 0, 0, 0, 1))))
                        for factor in SIPAS_FACTORS}
        comment = rng.choice(COMMENTS) if rng.random() < 0.1 else ""
        ids["survey"] += 1
        rows.survey.append((ids["survey"], dossier_id, rng.choice(self.officers),
                            self.stamp(at), self.scale, score, json.dumps(criteria),
                            comment))

    def _life(self, dossier_id: int, received_at: datetime, version: _Version,
              unit: int, counters: _Counters, ids: dict[str, int],
              rows: _Rows) -> tuple[list[tuple], datetime | None]:
        """The dossier's events up to now: (kind, at, actor id, unit id, data json[, note]),
        and its due moment after them (None while the clock is paused)."""
        r = self.random
        calendar = self.calendar
        now = self.now
        clamp = calendar.clamp_into_office
        rule = version.rule
        clerks, officers = self.clerks, self.officers
        clerk = clerks[int(r() * len(clerks))]
        officer = officers[int(r() * len(officers))]
        events: list[tuple] = [("received", received_at, clerk, None, "{}")]
        clock = compute_due(rule, calendar, received_at)
        at = received_at

        # Hand-over to the processing unit, except at-the-desk work of the same day.
        if not (version.quick and r() < 0.6):
            at = clamp(at + timedelta(minutes=10 + int(r() * 140)))
            if at > now:
                return events, clock.due_at
            events.append(("transferred", at, clerk, unit,
                           self.transfer_data[OFFICERS[int(r() * len(OFFICERS))]]))

        # A supplement request pauses the clock until the papers come.
        if not version.quick and r() < 0.06:
            asked = clamp(_between(at, clock.due_at, 0.1 + 0.4 * r()))
            if asked > now:
                return events, clock.due_at
            events.append(("supplement_requested", asked, officer, None, "{}"))
            clock = advance(rule, calendar, clock, ClockEvent("supplement_requested", asked))
            at = asked
            if r() < 0.15:  # the papers never came
                gone = clamp(asked + timedelta(days=20 + int(r() * 70)))
                if gone <= now and r() < 0.5:
                    events.append(("withdrawn", gone, clerk, None, "{}"))
                return events, clock.due_at
            came = clamp(asked + timedelta(days=(1, 2, 3, 5, 7, 10, 20)[int(r() * 7)]))
            if came > now:
                return events, clock.due_at
            events.append(("supplement_received", came, clerk, None, "{}"))
            clock = advance(rule, calendar, clock, ClockEvent("supplement_received", came))
            at = came

        # A stop notice (form 05) pauses it until processing resumes.
        if not version.quick and r() < 0.01:
            stopped = clamp(_between(at, clock.due_at, 0.2 + 0.5 * r()))
            if stopped > now:
                return events, clock.due_at
            events.append(("stopped", stopped, officer, None, "{}"))
            clock = advance(rule, calendar, clock, ClockEvent("stopped", stopped))
            at = stopped
            fate = r()
            later = clamp(stopped + timedelta(days=3 + int(r() * 28)))
            if fate < 0.1 or later > now:
                return events, clock.due_at
            if fate < 0.25:
                events.append(("refused", later, officer, None, "{}"))
                return events, clock.due_at
            events.append(("resumed", later, officer, None, "{}"))
            clock = advance(rule, calendar, clock, ClockEvent("resumed", later))
            at = later

        due = clock.due_at
        if r() < 0.015:  # the applicant withdraws before the result
            gone = clamp(_between(at, due, 0.1 + 0.8 * r()) if due > at
                         else at + timedelta(minutes=30))
            if gone <= now:
                events.append(("withdrawn", gone, clerk, None, "{}"))
            return events, due

        done = self._completion(at, due)
        backlog = self._stays_open(received_at, due)
        late = done > due if not backlog else due < now
        if late and r() < 0.65:
            self._apology(dossier_id, at, due, done if not backlog else now, events, counters,
                          ids, rows)
        if backlog or done > now:
            return events, due
        at = max(done, events[-1][1])
        if r() < 0.03:
            events.append(("refused", at, officer, None, "{}"))
            return events, due
        events.append(("result_ready", at, officer, None, "{}"))
        if r() < 0.9:
            handed = clamp(at + timedelta(minutes=(10, 60, 240, 1440, 2880, 7200)[int(r() * 6)]))
            if handed <= now:
                events.append(("returned", handed, clerk, None, "{}"))
        return events, due

    def _completion(self, at: datetime, due: datetime) -> datetime:
        """When the result is ready: mostly early, a fifth on the due day, 8% late."""
        r = self.random
        draw = r()
        if draw < 0.08:
            late = timedelta(days=(1, 1, 1, 2, 2, 3, 5, 8, 15)[int(r() * 9)],
                             minutes=int(r() * 300))
            return self.calendar.clamp_into_office(due + late)
        if draw < 0.3 or due <= at:
            done = due - timedelta(minutes=int(r() * 180))
        else:
            done = _between(at, due, 0.05 + 0.8 * r())
        return self.calendar.clamp_into_office(max(done, at + timedelta(minutes=5)))

    def _stays_open(self, received_at: datetime, due: datetime) -> bool:
        """A backlog: work still in hand while within the time limit, and a tail of late
        dossiers, the younger the likelier."""
        if due >= self.now:
            return self.random() < 0.6
        age = (self.now - received_at).days
        share = 0.35 if age <= 30 else 0.15 if age <= 90 else 0.045 if age <= 365 else 0.016
        return self.random() < share

    def _apology(self, dossier_id: int, at: datetime, due: datetime, until: datetime,
                 events: list[tuple], counters: _Counters, ids: dict[str, int],
                 rows: _Rows) -> None:
        """Form 04 the working day before the due day (sometimes only after it), with a new
        appointment; not when that moment is still to come."""
        rng = self.rng
        calendar = self.calendar
        if rng.random() < 0.8:
            day = calendar.add_working_days(due.date(), -1)
        else:
            day = calendar.add_working_days(due.date(), rng.randint(1, 2))
        issued = calendar.clamp_into_office(
            datetime.combine(day, time(8, 0)) + timedelta(minutes=rng.randint(0, 420)))
        issued = max(issued, at + timedelta(minutes=10))
        if issued > min(until, self.now):
            return
        new_due = suggest_new_due(calendar, due, issued)
        number = counters.next_letter("apology", issued.year)
        ids["letter"] += 1
        letter_id = ids["letter"]
        # As services.letters.issue_apology records a delay's apology.
        letter_data = {"abbreviation": self.abbreviation, "errors": [],
                       "missed_due_at": due.isoformat(timespec="minutes"), "extension": 1}
        rows.letter.append((
            letter_id, dossier_id, "apology", self.agency, issued.year, number,
            self.stamp(issued), APOLOGY_REASON, self.stamp(new_due),
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", rng.choice(OFFICERS),
            json.dumps(letter_data, ensure_ascii=False),
        ))
        data = json.dumps({"letter_id": letter_id, "number": number,
                           "new_due_at": new_due.isoformat(timespec="minutes")})
        events.append(("apology_issued", issued, rng.choice(self.officers), None, data,
                       APOLOGY_REASON))


def _between(start: datetime, end: datetime, share: float) -> datetime:
    """The moment that share of the way from start to end, to the minute (events are)."""
    return start + timedelta(minutes=int((end - start).total_seconds() * share // 60))


def _receiving_hours(calendar: WorkCalendar, day: date, now: datetime):
    """The day's office hours (Saturday mornings on days off), cut at `now` on its day."""
    intervals = calendar.hours_for(day) or SATURDAY_HOURS
    if day != now.date():
        return intervals
    moment = now.time()
    return tuple((start, min(end, moment)) for start, end in intervals if start < moment)


def _office_minutes(rng: random.Random, intervals, count: int) -> list[int]:
    """Receipt minutes (since midnight) spread evenly over the day's office hours."""
    spans = [(a.hour * 60 + a.minute, b.hour * 60 + b.minute) for a, b in intervals]
    total = sum(end - start for start, end in spans)
    minutes = []
    for _ in range(count):
        position = int(rng.random() * total)
        for start, end in spans:
            if position < end - start:
                minutes.append(start + position)
                break
            position -= end - start
    return minutes


def _binomial(rng: random.Random, n: int, p: float) -> int:
    """A count with the right mean and spread, without drawing n times."""
    mean = n * p
    return max(0, round(rng.gauss(mean, (mean * (1 - p)) ** 0.5)))


def _unit_for(field_name: str) -> str:
    folded = fold(field_name)
    if folded in ("ho tich", "chung thuc") or "ly lich" in folded:
        return UNITS[0]
    if "kinh doanh" in folded or "doanh nghiep" in folded:
        return UNITS[1]
    if "xay dung" in folded:
        return UNITS[2]
    if "dat dai" in folded:
        return UNITS[3]
    return UNITS[4]


def _weights(procedures: list[_Procedure]) -> list[float]:
    """Each field's share split among its procedures by their relative weights."""
    per_field: Counter[str] = Counter()
    for procedure in procedures:
        per_field[procedure.field] += PROCEDURE_WEIGHTS.get(procedure.code, 1)
    return [FIELD_SHARES.get(p.field, 0.5) * PROCEDURE_WEIGHTS.get(p.code, 1) / per_field[p.field]
            for p in procedures]


def _open_share(calendar: WorkCalendar, day: date, now: datetime) -> float:
    """The share of the day's receiving hours that lie before now."""

    def minutes(intervals) -> int:
        return sum((b.hour * 60 + b.minute) - (a.hour * 60 + a.minute) for a, b in intervals)

    return (minutes(_receiving_hours(calendar, day, now))
            / minutes(calendar.hours_for(day) or SATURDAY_HOURS))


def _days(calendar: WorkCalendar, first: date, last: datetime, total: int,
          rng: random.Random) -> list[tuple[date, int]]:
    """How many dossiers each receiving day gets: weekday pattern, yearly growth, noise."""
    weights = []
    day = first
    while day <= last.date():
        if calendar.is_working_day(day):
            weight = WEEKDAY_WEIGHTS[day.weekday()] if day.weekday() < 5 else 1.0
        elif day.weekday() == 5:
            weight = WEEKDAY_WEIGHTS[5]
        else:
            weight = 0.0
        if weight:
            # Today only up to now.
            weight *= _open_share(calendar, day, last)
        if weight:
            years = (day - first).days / 365.25
            weights.append((day, weight * YEARLY_GROWTH ** years * rng.uniform(0.85, 1.15)))
        day += timedelta(days=1)
    whole = sum(w for _, w in weights)
    exact = [(d, total * w / whole) for d, w in weights]
    counts = [[d, int(x)] for d, x in exact]
    short = total - sum(c for _, c in counts)
    # The largest remainders get the dossiers rounding left over.
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i][1] - counts[i][1],
                          reverse=True)
    for i in by_remainder[:short]:
        counts[i][1] += 1
    return [(d, c) for d, c in counts if c]


# -- writing ------------------------------------------------------------------------------------


class _SqliteWriter:
    """A connection of its own with bulk-load pragmas: nothing else shares its settings.

    Within each chunk's transaction the text index's insert trigger is set aside and the
    chunk's keys are added to the index in one statement, then the trigger is put back as it
    was: a trigger firing per row costs more than the rest of the dossier's insert. Others
    never see the table without it (the write lock is held, and DDL is transactional).
    """

    stamp = staticmethod(_sqlite_stamp)

    def __init__(self, url: str):
        import sqlite3

        self.connection = sqlite3.connect(make_url(url).database, isolation_level=None,
                                          timeout=15)
        for pragma in ("journal_mode=WAL", "synchronous=OFF", "cache_size=-262144",
                       "temp_store=MEMORY", "foreign_keys=OFF"):
            self.connection.execute(f"PRAGMA {pragma}")

    def write(self, rows: _Rows) -> None:
        connection = self.connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            trigger = connection.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                (FTS_INSERT_TRIGGER,)).fetchone()
            if trigger is not None:
                connection.execute(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
            for table, columns in TABLES:
                batch = getattr(rows, table)
                if batch:
                    marks = ", ".join("?" * len(columns))
                    connection.executemany(
                        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", batch)
            if trigger is not None:
                connection.executemany(
                    f"INSERT INTO {FTS_TABLE} (rowid, search_key) VALUES (?, ?)",
                    ((row[0], row[-1]) for row in rows.dossier))
                connection.execute(trigger[0])
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    def finish(self) -> None:
        # Statistics for the planner (a few seconds for a million; sampled ones misled it).
        self.connection.execute("ANALYZE")
        self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.connection.close()


class _PostgresWriter:
    """COPY through psycopg on a raw connection of the engine."""

    stamp = staticmethod(_same)

    def __init__(self, url: str):
        self.raw = get_engine(url).raw_connection()
        self.connection = self.raw.driver_connection

    def write(self, rows: _Rows) -> None:
        connection = self.connection
        try:
            with connection.cursor() as cursor:
                for table, columns in TABLES:
                    batch = getattr(rows, table)
                    if batch:
                        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                            for row in batch:
                                copy.write_row(row)
            connection.commit()
        except BaseException:
            connection.rollback()
            raise

    def finish(self) -> None:
        with self.connection.cursor() as cursor:
            for table, _ in TABLES:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)")
            cursor.execute("ANALYZE")
        self.connection.commit()

    def close(self) -> None:
        self.raw.close()


# -- the service --------------------------------------------------------------------------------


def _load_procedures(session: Session) -> list[_Procedure]:
    procedures: dict[int, _Procedure] = {}
    rows = session.execute(
        select(Procedure, ProcedureVersion)
        .join(ProcedureVersion, ProcedureVersion.procedure_id == Procedure.id)
        .order_by(Procedure.code, ProcedureVersion.effective_from)
    ).all()
    for procedure, version in rows:
        entry = procedures.setdefault(procedure.id, _Procedure(
            procedure.code, procedure.name, procedure.field, []))
        cutoff = time.fromisoformat(version.cutoff) if version.cutoff else None
        limit = TimeLimit.parse(version.time_limit)
        entry.versions.append(_Version(
            version.id, version.effective_from,
            ClockRule(limit, cutoff, version.supplement_rule),
            limit.kind in ("same-day", "hours"),
            tuple((d["name"], d["form"], int(d["count"])) for d in version.documents),
            version.fee,
        ))
    return list(procedures.values())


def _prepare(url: str, actor: Actor) -> dict[str, str]:
    """Schema, catalogue and office ready; refuse a database that already has dossiers."""
    init_database(url)
    with session_scope(url) as session:
        existing = session.execute(select(func.count()).select_from(Dossier)).scalar_one()
        if existing:
            raise UserError(
                f"Cơ sở dữ liệu: đã có {existing} hồ sơ; chỉ tạo dữ liệu mẫu trên cơ sở dữ liệu "
                "chưa có hồ sơ nào")
        settings = office.read_settings(session)
        missing = {key: office.validate(key, value) for key, value in DEMO_OFFICE.items()
                   if not settings.get(key)}
        if missing:
            office.write_settings(session, missing, actor)
        for name in UNITS:
            unit_id(session, name)
    with session_scope(url) as session:
        return office.read_settings(session)


def _first_ids(session: Session) -> dict[str, int]:
    return {table: session.execute(text(f"SELECT COALESCE(MAX(id), 0) FROM {table}")).scalar_one()
            for table, _ in TABLES}


def _existing_counters(session: Session, agency: str) -> _Counters:
    counters = _Counters()
    for scope, day, last in session.execute(select(DailySequence.scope, DailySequence.day,
                                                   DailySequence.last)):
        if scope == agency:
            counters.daily[day] = last
        elif scope == f"register:{agency}":
            counters.register[day.year] = last
        elif scope.startswith("letter:") and scope.endswith(f":{agency}"):
            counters.letters[(scope.split(":")[1], day.year)] = last
    return counters


def _save_counters(session: Session, agency: str, counters: _Counters) -> None:
    """The numbers handed out, so that the next intake, register entry and letter continue."""
    wanted = {(agency, day): last for day, last in counters.daily.items()}
    wanted |= {(f"register:{agency}", date(year, 1, 1)): last
               for year, last in counters.register.items()}
    wanted |= {(f"letter:{kind}:{agency}", date(year, 1, 1)): last
               for (kind, year), last in counters.letters.items()}
    stored = {(row.scope, row.day): row for row in session.execute(
        select(DailySequence).where(DailySequence.scope.in_({s for s, _ in wanted}))
    ).scalars()}
    for (scope, day), last in wanted.items():
        row = stored.get((scope, day))
        if row is None:
            session.add(DailySequence(scope=scope, day=day, last=last))
        else:
            row.last = max(row.last, last)


def _chunks(days: list[tuple[date, int]]) -> Iterator[list[tuple[date, int]]]:
    chunk: list[tuple[date, int]] = []
    size = 0
    for day, count in days:
        chunk.append((day, count))
        size += count
        if size >= CHUNK:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def generate(url: str, dossiers: int, years: int = 3, seed: int = 7, actor: Actor = SYSTEM,
             now: datetime | None = None,
             progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Fill an initialised database without dossiers with `dossiers` dossiers received over
    the last `years` years up to now, their whole histories, letters and ratings."""
    require(actor, "office.edit")
    if not 1 <= dossiers <= MAX_DOSSIERS:
        raise UserError(f"Số hồ sơ: từ 1 đến {MAX_DOSSIERS:,}".replace(",", "."))
    if not 1 <= years <= MAX_YEARS:
        raise UserError(f"Số năm: từ 1 đến {MAX_YEARS}")
    started = wall_clock.perf_counter()
    now = (now or config.now()).replace(second=0, microsecond=0)
    settings = _prepare(url, actor)
    with session_scope(url) as session:
        calendar = load_calendar(session)
        procedures = _load_procedures(session)
        units = dict(session.execute(text("SELECT name, id FROM unit")).all())
        people = session.execute(select(User.id, User.role).where(User.active)).all()
        ids = _first_ids(session)
        counters = _existing_counters(session, settings["agency_code"])
    clerks = [i for i, role in people if role == "clerk"] or [None]
    officers = [i for i, role in people if role == "officer"] or [None]
    dialect = get_engine(url).dialect.name
    writer = _SqliteWriter(url) if dialect == "sqlite" else _PostgresWriter(url)
    rng = random.Random(seed)
    generator = _Generator(rng, calendar, now, settings, procedures, units, clerks, officers,
                           writer.stamp, _rating_scale(settings))
    first_day = now.date() - timedelta(days=round(365.25 * years))
    days = _days(calendar, first_day, now, dossiers, rng)
    start_ids = dict(ids)
    made = 0
    try:
        for chunk in _chunks(days):
            rows = _Rows()
            next_id = ids["dossier"] + 1
            for day, count in chunk:
                next_id = generator.day(day, count, next_id, ids, counters, rows)
            ids["dossier"] = next_id - 1
            writer.write(rows)
            made += len(rows.dossier)
            if progress is not None:
                progress(made, dossiers)
        with session_scope(url) as session:
            _save_counters(session, settings["agency_code"], counters)
            audit.record(session, actor, config.now(), "demo.generate", "dossier", "",
                         None, {"dossiers": made, "years": years, "seed": seed})
        writer.finish()
    except BaseException:
        _remove(url, start_ids)
        raise
    finally:
        writer.close()
    first = days[0][0] if days else None
    return DemoSummary(
        dossiers=made, events=ids["dossier_event"] - start_ids["dossier_event"],
        documents=ids["dossier_document"] - start_ids["dossier_document"],
        letters=ids["letter"] - start_ids["letter"], surveys=ids["survey"] - start_ids["survey"],
        first_received=datetime.combine(first, time()) if first else None, last_received=now,
        seconds=wall_clock.perf_counter() - started,
        statuses=dict(generator.statuses), classes=dict(generator.classes),
    )


def _rating_scale(settings: dict[str, str]) -> int:
    value = settings.get("rating_scale", "5")
    return 3 if value == "3" else 5


def _remove(url: str, start_ids: dict[str, int]) -> None:
    """Undo a generation that failed half-way: its rows have the ids above those it found."""
    with session_scope(url) as session:
        for table, _ in reversed(TABLES):
            session.execute(text(f"DELETE FROM {table} WHERE id > :first"),
                            {"first": start_ids[table]})

