"""The demo's dossiers, one receiving day at a time: the people who come, each dossier's life up
to now (hand-over, supplement requests, stops, withdrawals, results, returns), the apology
letters of the late ones, the intake slips of the day and the ratings, as rows for the bulk
writer (store/bulk_load.py)."""

from __future__ import annotations

import json
import random
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate

from desk_app.domain.apology import abbreviation, suggest_new_due
from desk_app.domain.deadlines import (
    ClockEvent,
    ClockRule,
    advance,
    classify_open,
    classify_resolved,
    compute_due,
)
from desk_app.domain.intake import IntakeRequest, dossier_code
from desk_app.domain.lateness import DEFAULT_LATENESS
from desk_app.domain.lifecycle import OPEN_STATUSES, replay
from desk_app.domain.process_steps import StepEvent, StepSpec, replay_steps
from desk_app.domain.text import fold
from desk_app.domain.validation import tax_code_check_digit
from desk_app.domain.work_calendar import WorkCalendar
from desk_app.services.demo.processes import Person, UnitStaff
from desk_app.services.demo.sample import FAMILY, GIVEN, MIDDLE, STREETS, WARDS
from desk_app.services.demo.volumes import (
    FAMILY_WEIGHTS,
    CatalogProcedure,
    CatalogVersion,
    between,
    binomial,
    draw_weights,
    office_minutes,
    receiving_hours,
    unit_for,
)
from desk_app.services.dossier_steps import DESK_NAME
from desk_app.services.reception.intake import search_key
from desk_app.store.bulk_load import Rows

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


@dataclass
class Counters:
    """Numbers handed out: the daily sequences, the register's and the letters' per year."""

    daily: dict[date, int] = field(default_factory=dict)
    register: dict[int, int] = field(default_factory=dict)
    letters: dict[tuple[str, int], int] = field(default_factory=dict)

    def next_letter(self, kind: str, year: int) -> int:
        number = self.letters.get((kind, year), 0) + 1
        self.letters[(kind, year)] = number
        return number


class Generator:
    def __init__(self, rng: random.Random, calendar: WorkCalendar, now: datetime,
                 settings: dict[str, str], procedures: list[CatalogProcedure],
                 units: dict[str, int], clerks: list[int | None], officers: list[int | None],
                 stamp: Callable[[datetime | None], object], scale: int,
                 staff: dict[str, UnitStaff], names: dict[int, str]):
        self.rng = rng
        self.calendar = calendar
        self.now = now
        self.agency = settings["agency_code"]
        self.pattern = settings["code_pattern"]
        self.place = settings["place_name"]
        self.abbreviation = (settings.get("agency_abbreviation")
                             or abbreviation(settings["agency_name"]))
        self.procedures = procedures
        self.cumulative = list(accumulate(draw_weights(procedures)))
        self.units = units
        self.unit_names = {id_: name for name, id_ in units.items()}
        self.staff = staff  # each unit's officers and head
        self.names = names  # user id -> full name
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
        # A hand-over's (unit id, data) per receiver, and the officer each data names.
        self.handover_data: dict[tuple[str, Person], tuple[int | None, str]] = {}
        self.data_officer: dict[str, int | None] = {}
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
            counters: Counters, rows: Rows) -> int:
        """Receive `count` dossiers on `day` (and their whole life up to now); returns the
        next free dossier id."""
        rng = self.rng
        intervals = receiving_hours(self.calendar, day, self.now)
        minutes = sorted(office_minutes(rng, intervals, count))
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

    def _intake_slips(self, day: date, count: int, ids: dict[str, int], counters: Counters,
                      rows: Rows) -> None:
        """Forms 02 and 03 handed out instead of a receipt: 3% and 0.5% of the day's callers."""
        rng = self.rng
        for kind, share in (("supplement_request", 0.03), ("refusal", 0.005)):
            for _ in range(binomial(rng, count, share)):
                procedure = rng.choices(self.procedures, cum_weights=self.cumulative)[0]
                _, name, id_number, phone, email, address = self._person(procedure.field)
                issued_at = datetime.combine(day, time(rng.randint(8, 10), rng.randint(0, 59)))
                if issued_at > self.now:
                    continue
                request = asdict(IntakeRequest(procedure.code, name, id_number=id_number,
                                               phone=phone, email=email, address=address))
                version = procedure.version_on(day)
                if kind == "supplement_request" and version.documents:
                    lines = [[version.documents[-1].name, "Bổ sung bản chính"]]
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
                 procedure: CatalogProcedure, ids: dict[str, int], counters: Counters,
                 rows: Rows) -> None:
        r = self.random
        stamp = self.stamp
        version = procedure.version_on(received_at.date())
        kind, name, id_number, phone, email, address = self._person(procedure.field)
        draw = r()
        channel = "direct" if draw < 0.6 else "online" if draw < 0.92 else "postal"
        delivery = "post" if channel == "postal" or r() < 0.04 else "desk"
        code = dossier_code(self.pattern, self.agency, received_at, sequence)
        events, due_at = self._life(dossier_id, received_at, version,
                                    unit_for(procedure.field), counters, ids, rows)
        milestones = replay((event[0], event[1]) for event in events)
        status = milestones.status
        self.statuses[status] += 1
        if milestones.completed_at is not None and due_at is not None:
            # The demo office keeps the default lateness rule.
            self.classes[classify_resolved(due_at, milestones.completed_at,
                                           lateness=DEFAULT_LATENESS)] += 1
        elif status != "withdrawn":
            self.classes["paused" if due_at is None
                         else classify_open(due_at, self.now, self.calendar,
                                            lateness=DEFAULT_LATENESS)] += 1
        # As a hand-over records it: the lead unit is the first one the desk sent it to.
        unit = next((e[3] for e in events if e[0] == "transferred"
                     and self.unit_names.get(e[3]) != DESK_NAME), None)
        step_position, step_unit, step_due, officer = self._steps(
            dossier_id, version.steps, version.rule, events, due_at, status, ids, rows)
        rows.dossier.append((
            dossier_id, code, version.id, kind, name, id_number, phone, email, address,
            channel, delivery, 1 if r() < 0.95 else 2, version.fee, "",
            stamp(received_at), stamp(due_at), status, stamp(milestones.completed_at),
            stamp(milestones.returned_at), stamp(milestones.withdrawn_at),
            unit, officer, events[0][2], str(received_at.year), register,
            stamp(step_due), step_position, step_unit,
            self._search_key(code, name, phone, id_number),
        ))
        document_id = ids["dossier_document"]
        documents = rows.dossier_document
        for position, line in enumerate(version.documents, start=1):
            document_id += 1
            documents.append((document_id, dossier_id, position, line.name, line.form,
                              line.count))
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

    def _steps(self, dossier_id: int, specs: tuple[StepSpec, ...], rule: ClockRule,
               events: list[tuple],
               due_at: datetime | None, status: str, ids: dict[str, int],
               rows: Rows) -> tuple[int | None, int | None, datetime | None, int | None]:
        """The dossier's steps as services/dossier_steps.store writes them, and its copies of
        the step in progress: (position, unit id, due moment, officer id)."""
        names = self.unit_names
        step_events = []
        for kind, at, actor, unit, data, *_ in events:
            if kind == "transferred":
                step_events.append(StepEvent(kind, at, names.get(unit, ""),
                                             self.data_officer.get(data)))
            else:
                step_events.append(StepEvent(kind, at, names.get(unit, "") if unit else "",
                                             actor if kind == "received" else None))
        steps = replay_steps(specs, rule, self.calendar, step_events, due_at, DESK_NAME)
        units, stamp = self.units, self.stamp
        step_id = ids["dossier_step"]
        stored = rows.dossier_step
        started = None
        for s in steps:
            step_id += 1
            stored.append((step_id, dossier_id, s.position, s.name, s.unit, s.budget,
                           units.get(s.holder), s.officer_id, stamp(s.started_at),
                           stamp(s.due_at), stamp(s.done_at)))
            if s.started_at is not None:
                started = s
        ids["dossier_step"] = step_id
        # Each event's replay set the officer of the step then in progress while the dossier
        # was open: the last step started is the one that held it last.
        officer = started.officer_id if started is not None else None
        # An open dossier's last step started is the one in progress.
        if status not in OPEN_STATUSES or started is None:
            return None, None, None, officer
        return started.position, units.get(started.holder), started.due_at, officer

    def _receiver(self, unit: str, previous: str, clerk: int | None) -> Person:
        """Whom a hand-over to `unit` names: back at the desk the clerk, in a unit one of
        its officers, its head when the file stays in the unit (the head's review) or the
        unit has no officer; a made-up name where the unit has no staff."""
        r = self.random
        if unit == DESK_NAME:
            return Person(None, self.names.get(clerk or 0) or OFFICERS[int(r() * len(OFFICERS))])
        staff = self.staff.get(unit)
        if staff is not None:
            if staff.head is not None and (previous == unit or not staff.officers):
                return staff.head
            if staff.officers:
                return staff.officers[int(r() * len(staff.officers))]
        return Person(None, OFFICERS[int(r() * len(OFFICERS))])

    def _handover(self, at: datetime, giver: int | None, unit: str, person: Person) -> tuple:
        key = (unit, person)
        found = self.handover_data.get(key)
        if found is None:
            data = {"receiver": person.name}
            if person.user_id is not None:
                data["officer_id"] = person.user_id
            text = json.dumps(data, ensure_ascii=False)
            self.data_officer[text] = person.user_id
            found = self.handover_data[key] = (self.units.get(unit), text)
        return ("transferred", at, giver, *found)

    def _later_handovers(self, events: list[tuple], specs: tuple[StepSpec, ...],
                         start: datetime, end: datetime, giver: int | None,
                         clerk: int | None) -> None:
        """The hand-overs from the third step on, the time between the first hand-over at
        `start` and the result at `end` shared by the steps' budgets, each step taking from
        less than half to more than one and a half of its share and one in eight three
        times that (late); only those up to now."""
        if len(specs) < 3 or end <= start:
            return
        r = self.random
        weights = []
        for spec in specs[1:]:
            factor = 0.4 + 1.2 * r()
            weights.append(spec.budget.halves * (factor * 3 if r() < 0.125 else factor))
        total = sum(weights)
        span = (end - start).total_seconds() / 60
        clamp, now = self.calendar.clamp_into_office, self.now
        moment, elapsed, previous = start, 0.0, specs[1].unit
        for weight, spec in zip(weights, specs[2:], strict=False):
            elapsed += weight
            at = max(moment, min(end, clamp(start + timedelta(minutes=int(span * elapsed
                                                                          / total)))))
            if at > now:
                return
            person = self._receiver(spec.unit, previous, clerk)
            events.append(self._handover(at, giver, spec.unit, person))
            giver, previous, moment = person.user_id, spec.unit, at

    def _survey(self, dossier_id: int, at: datetime, ids: dict[str, int], rows: Rows) -> None:
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

    def _life(self, dossier_id: int, received_at: datetime, version: CatalogVersion,
              unit: str, counters: Counters, ids: dict[str, int],
              rows: Rows) -> tuple[list[tuple], datetime | None]:
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
        receiver = None
        if not (version.quick and r() < 0.6):
            at = clamp(at + timedelta(minutes=10 + int(r() * 140)))
            if at > now:
                return events, clock.due_at
            target = version.steps[1].unit if len(version.steps) > 1 else unit
            receiver = self._receiver(target, DESK_NAME, clerk)
            events.append(self._handover(at, clerk, target, receiver))

        # A supplement request pauses the clock until the papers come.
        if not version.quick and r() < 0.06:
            asked = clamp(between(at, clock.due_at, 0.1 + 0.4 * r()))
            if asked > now:
                return events, clock.due_at
            events.append(("supplement_requested", asked, officer, None, "{}"))
            clock = advance(rule, calendar, clock, ClockEvent("supplement_requested", asked))
            at = asked
            if r() < 0.15:  # the papers never came
                gone = clamp(asked + timedelta(days=20 + int(r() * 70)))
                if gone <= now:
                    # Half withdrawn; a quarter closed once the 15 days for the additions ran
                    # out (Decree 118 Art. 19(5); the demo keeps no closing notice letter);
                    # the rest still waiting for the desk to close them.
                    fate = r()
                    if fate < 0.5:
                        events.append(("withdrawn", gone, clerk, None, "{}"))
                    elif fate < 0.75:
                        closed = clamp(asked + timedelta(days=16))
                        events.append(("closed", closed, clerk, None, "{}"))
                return events, clock.due_at
            came = clamp(asked + timedelta(days=(1, 2, 3, 5, 7, 10, 20)[int(r() * 7)]))
            if came > now:
                return events, clock.due_at
            events.append(("supplement_received", came, clerk, None, "{}"))
            clock = advance(rule, calendar, clock, ClockEvent("supplement_received", came))
            at = came

        # A stop notice (form 05) pauses it until processing resumes.
        if not version.quick and r() < 0.01:
            stopped = clamp(between(at, clock.due_at, 0.2 + 0.5 * r()))
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
            gone = clamp(between(at, due, 0.1 + 0.8 * r()) if due > at
                         else at + timedelta(minutes=30))
            if gone <= now:
                events.append(("withdrawn", gone, clerk, None, "{}"))
            return events, due

        done = self._completion(at, due)
        backlog = self._stays_open(received_at, due)
        late = done > due if not backlog else due < now
        tail = len(events)
        if receiver is not None:
            # A backlog past its result's moment is still somewhere on its way.
            end = done if not backlog or done > now else now + (now - at) * (0.2 + r())
            self._later_handovers(events, version.steps, at, end, receiver.user_id, clerk)
        if late and r() < 0.65:
            self._apology(dossier_id, at, due, done if not backlog else now, events, counters,
                          ids, rows)
        events[tail:] = sorted(events[tail:], key=lambda event: event[1])
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
            done = between(at, due, 0.05 + 0.8 * r())
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
                 events: list[tuple], counters: Counters, ids: dict[str, int],
                 rows: Rows) -> None:
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
