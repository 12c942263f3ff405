"""Every service that changes data or reads restricted data, called as each role: the roles
allowed get their answer, the others a clear `PermissionDenied` and an unchanged database
(every row of every table, the audit trail included).

To add a service, add one `Case` to CASES: the module and function (for the report), the
call made as `actor` with what `prepare` returned, the roles allowed, and `prepare` when the
call needs a dossier in some state or a file (it runs once per role, as the command line,
so each role acts on a fresh dossier).
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from desk_app.domain.intake import IntakeRequest
from desk_app.services import audit, dossiers, exports, office, users
from desk_app.services.actors import ROLE_NAMES_VI, ROLES, Actor
from desk_app.services.demo import bulk_demo
from desk_app.services.desk import Desk
from desk_app.services.errors import PermissionDenied
from desk_app.services.processing import control_sheet, letters, lifecycle, ratings
from desk_app.services.reception import dossier_import, intake, intake_slips, receipts
from desk_app.services.rules import calendar, catalog
from desk_app.services.safety import backup, restore
from desk_app.services.supervision import overdue, register, report
from desk_app.store.db import get_engine, session_scope
from desk_app.store.models import Base
from tests.conftest import as_admin

OFFICE = {
    "agency_code": "000.00.00.H49",
    "parent_agency_name": "Ủy ban nhân dân tỉnh Quảng Nam",
    "agency_name": "Trung tâm Phục vụ hành chính công tỉnh",
    "place_name": "Quảng Nam",
}
PASSWORD = "matkhau2025"
UNIT = "Phòng Tư pháp"
SIGNER = ("KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC", "Lê Minh Tuấn")

# Every role of the people at the desk; the scheduled backup's account may only back up.
ALL = frozenset(ROLES) - {"backup"}
RECEIVE = frozenset({"clerk", "supervisor", "admin"})
RETURN = RECEIVE
PROCESS = frozenset({"officer", "supervisor", "admin"})
SUPERVISE = frozenset({"supervisor", "admin"})
ADMIN = frozenset({"admin"})


class Env:
    """One office with a user of each role; makes dossiers and files for the cases."""

    def __init__(self, url: str, folder: Path):
        self.url = url
        self.folder = folder
        self._numbers = itertools.count(1)
        for key, value in OFFICE.items():
            office.set_value(as_admin(url), key, value)
        self.actors: dict[str, Actor] = {}
        for role in ROLES:
            users.add_user(as_admin(url), f"u{role}", f"Người {role}", role, PASSWORD)
            self.actors[role] = users.authenticate(Desk(url), f"u{role}", PASSWORD)

    def number(self) -> int:
        return next(self._numbers)

    def path(self, name: str) -> Path:
        return self.folder / f"{self.number()}-{name}"

    def dossier(self, *steps: str) -> str:
        """A new dossier taken, as the command line, through `steps`."""
        code = intake.receive(as_admin(self.url), IntakeRequest(
            "1.001612", f"Nguyễn Văn {self.number()}", id_number="001190012345")).code
        for step in steps:
            STEPS[step](self.url, code)
        return code

    def user(self, active: bool = True) -> str:
        name = f"khac{self.number()}"
        users.add_user(as_admin(self.url), name, "Người khác", "clerk", PASSWORD)
        if not active:
            users.disable_user(as_admin(self.url), name)
        return name


STEPS: dict[str, Callable[[str, str], Any]] = {
    "transfer": lambda url, code: lifecycle.transfer(as_admin(url), code, UNIT, "Trần Văn Bình"),
    "supplement": lambda url, code: lifecycle.request_supplement(
        as_admin(url), code, [("Giấy tờ A", "bổ sung bản sao")], "Thiếu giấy tờ"),
    "stop": lambda url, code: lifecycle.stop(as_admin(url), code, "Chờ ý kiến cơ quan khác"),
    "result": lambda url, code: lifecycle.result_ready(as_admin(url), code),
    "return": lambda url, code: lifecycle.return_result(as_admin(url), code,
                                                        collector_name="Nguyễn Văn Nhận",
                                                        collector_id="001190012345"),
}


@dataclass(frozen=True)
class Case:
    module: str
    function: str
    call: Callable[[Env, Actor, Any], Any]
    allowed: frozenset[str]
    prepare: Callable[[Env], Any] = lambda env: None
    # What an allowed role may still meet for reasons that are not permissions (a PostgreSQL
    # database is restored with pg_restore, not by the program).
    tolerated: Callable[[Env], tuple[type[Exception], ...]] = lambda env: ()


def _catalog_file(env: Env) -> Path:
    path = env.path("catalog.csv")
    path.write_text("code,name,field,time_limit\n9.000009,Thủ tục thử,Thử nghiệm,3d\n",
                    encoding="utf-8")
    return path


def _dossier_file(env: Env) -> Path:
    path = env.path("dossiers.csv")
    path.write_text("procedure_code,applicant_name,received_at\n"
                    "1.001193,Lý Văn Cường,2025-06-09 10:00\n", encoding="utf-8")
    return path


def _export(env: Env, actor: Actor) -> None:
    with session_scope(env.url) as session:
        exports.authorise_export(session, actor, "test (csv)", 1)


def _backup_file(env: Env) -> Path:
    return backup.backup(as_admin(env.url), env.path("backup.sqlite3")).path


def _restore_refused_on_postgresql(env: Env) -> tuple[type[Exception], ...]:
    return () if env.url.startswith("sqlite") else (restore.RestoreRefused,)


def _new_due(env: Env, code: str) -> datetime:
    return letters.suggest_new_date(as_admin(env.url), code)


JUNE = (date(2025, 6, 1), date(2025, 6, 30))

CASES = [
    # The counter and the units
    Case("intake", "receive", lambda e, a, _: intake.receive(
        Desk(e.url, a), IntakeRequest("1.001193", "Phạm Văn Cường")), RECEIVE),
    Case("intake_slips", "issue", lambda e, a, _: intake_slips.issue(
        Desk(e.url, a), "refusal", IntakeRequest("1.001193", "Phạm Văn Cường"),
        [("Không thuộc thẩm quyền", "")], "Luật Hộ tịch"), RECEIVE),
    Case("dossier_import", "import_file", lambda e, a, path: dossier_import.import_file(
        Desk(e.url, a), path), RECEIVE, _dossier_file),
    Case("lifecycle", "record_event", lambda e, a, code: lifecycle.record_event(
        Desk(e.url, a), code, "transferred", unit=UNIT), ALL, lambda e: e.dossier()),
    Case("lifecycle", "transfer", lambda e, a, code: lifecycle.transfer(
        Desk(e.url, a), code, UNIT, "Trần Văn Bình"), ALL, lambda e: e.dossier()),
    Case("lifecycle", "request_supplement", lambda e, a, code: lifecycle.request_supplement(
        Desk(e.url, a), code, [("Giấy tờ A", "bổ sung")], "Thiếu giấy tờ"), PROCESS,
         lambda e: e.dossier("transfer")),
    # The papers come back to the counter or to the unit.
    Case("lifecycle", "receive_supplement", lambda e, a, code: lifecycle.receive_supplement(
        Desk(e.url, a), code), ALL, lambda e: e.dossier("transfer", "supplement")),
    Case("lifecycle", "stop", lambda e, a, code: lifecycle.stop(
        Desk(e.url, a), code, "Chờ ý kiến"), PROCESS, lambda e: e.dossier("transfer")),
    Case("lifecycle", "resume", lambda e, a, code: lifecycle.resume(Desk(e.url, a), code), PROCESS,
         lambda e: e.dossier("transfer", "stop")),
    Case("lifecycle", "result_ready", lambda e, a, code: lifecycle.result_ready(
        Desk(e.url, a), code), PROCESS, lambda e: e.dossier("transfer")),
    Case("lifecycle", "refuse", lambda e, a, code: lifecycle.refuse(
        Desk(e.url, a), code, ["Không đủ điều kiện"]), PROCESS, lambda e: e.dossier("transfer")),
    Case("lifecycle", "return_result", lambda e, a, code: lifecycle.return_result(
        Desk(e.url, a), code, collector_name="Nguyễn Văn Nhận", collector_id="001190012345"),
         RETURN, lambda e: e.dossier("transfer", "result")),
    Case("lifecycle", "withdraw", lambda e, a, code: lifecycle.withdraw(
        Desk(e.url, a), code, "Người nộp xin rút"), RETURN, lambda e: e.dossier()),
    Case("ratings", "record_rating", lambda e, a, code: ratings.record_rating(
        Desk(e.url, a), code, 5), RETURN, lambda e: e.dossier("transfer", "result", "return")),
    Case("letters", "issue_apology", lambda e, a, code: letters.issue_apology(
        Desk(e.url, a), code, "Chờ xác minh", _new_due(e, code), *SIGNER), SUPERVISE,
         lambda e: e.dossier("transfer")),
    # Documents of one dossier: every role handles them
    Case("receipts", "receipt_document", lambda e, a, code: receipts.receipt_document(
        Desk(e.url, a), code), ALL, lambda e: e.dossier()),
    Case("receipts", "write_receipt", lambda e, a, code: receipts.write_receipt(
        Desk(e.url, a), code, e.path("receipt.pdf")), ALL, lambda e: e.dossier()),
    Case("control_sheet", "write_control_sheet", lambda e, a, code: (
        control_sheet.write_control_sheet(Desk(e.url, a), code, e.path("sheet.pdf"))), ALL,
         lambda e: e.dossier("transfer")),
    Case("register", "register_rows", lambda e, a, _: register.register_rows(Desk(e.url, a), *JUNE),
         ALL),
    # Supervision
    Case("overdue", "overdue", lambda e, a, _: overdue.overdue(Desk(e.url, a)), ALL),
    Case("report", "build_report", lambda e, a, _: report.build_report(Desk(e.url, a), *JUNE),
         SUPERVISE),
    Case("report", "monthly_trend", lambda e, a, _: report.monthly_trend(Desk(e.url, a), *JUNE),
         SUPERVISE),
    Case("calendar", "add", lambda e, a, _: calendar.add(
        Desk(e.url, a), date(2025, 7, e.number()), "day-off", "Bão", apply=True), SUPERVISE),
    Case("calendar", "remove", lambda e, a, day: calendar.remove(
        Desk(e.url, a), day, apply=True), SUPERVISE,
         lambda e: calendar.add(as_admin(e.url), date(2025, 8, e.number()), "day-off", "Bão").day),
    Case("audit", "list_entries", lambda e, a, _: audit.list_entries(Desk(e.url, a)),
         SUPERVISE),
    Case("audit", "count_entries", lambda e, a, _: audit.count_entries(Desk(e.url, a)),
         SUPERVISE),
    Case("audit", "verify_chain", lambda e, a, _: audit.verify_chain(Desk(e.url, a)), SUPERVISE),
    # Exports of personal data
    Case("exports", "authorise_export", lambda e, a, _: _export(e, a), SUPERVISE),
    Case("exports", "record_export", lambda e, a, _: exports.record_export(
        Desk(e.url, a), "test (csv)", 1), SUPERVISE),
    Case("exports", "dossier_list", lambda e, a, _: exports.dossier_list(
        Desk(e.url, a), dossiers.DossierQuery(), 100, "csv"), SUPERVISE),
    Case("register", "write_register", lambda e, a, _: register.write_register(
        Desk(e.url, a), *JUNE, e.path("register.xlsx")), SUPERVISE),
    Case("register", "write_register_pdf", lambda e, a, _: register.write_register_pdf(
        Desk(e.url, a), *JUNE, e.path("register.pdf")), SUPERVISE),
    Case("register", "write_register_xlsx", lambda e, a, _: register.write_register_xlsx(
        Desk(e.url, a), *JUNE, e.path("register.xlsx")), SUPERVISE),
    # Administration
    Case("office", "set_value", lambda e, a, _: office.set_value(
        Desk(e.url, a), "place_name", f"Huế {e.number()}"), ADMIN),
    Case("catalog", "import_file", lambda e, a, path: catalog.import_file(Desk(e.url, a), path),
         ADMIN, _catalog_file),
    Case("users", "add_user", lambda e, a, _: users.add_user(
        Desk(e.url, a), f"moi{e.number()}", "Người mới", "clerk", PASSWORD), ADMIN),
    Case("users", "set_password", lambda e, a, name: users.set_password(
        Desk(e.url, a), name, "matkhaumoi9"), ADMIN, lambda e: e.user()),
    Case("users", "disable_user", lambda e, a, name: users.disable_user(Desk(e.url, a), name),
         ADMIN, lambda e: e.user()),
    Case("users", "enable_user", lambda e, a, name: users.enable_user(Desk(e.url, a), name),
         ADMIN, lambda e: e.user(active=False)),
    Case("users", "list_users", lambda e, a, _: users.list_users(Desk(e.url, a)), ADMIN),
    Case("users", "update_user", lambda e, a, name: users.update_user(
        Desk(e.url, a), name, full_name=f"Người khác {e.number()}"), ADMIN, lambda e: e.user()),
    Case("bulk_demo", "generate", lambda e, a, _: bulk_demo.generate(Desk(e.url, a), 3),
         ADMIN),
    Case("backup", "backup", lambda e, a, _: backup.backup(
        Desk(e.url, a), e.path("backup.sqlite3")), ADMIN | {"backup"}),
    Case("restore", "restore", lambda e, a, path: restore.restore(Desk(e.url, a), path), ADMIN,
         _backup_file, _restore_refused_on_postgresql),
]


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch):
    """Each case logs in four users: Argon2id's real cost would make this file take minutes,
    and hashing strength is not what it tests."""
    monkeypatch.setattr(users, "_hasher",
                        PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def _snapshot(url: str) -> dict[str, list[str]]:
    """Every row of every table, as text, in a stable order."""
    with get_engine(url).connect() as connection:
        return {table.name: sorted(repr(tuple(row)) for row in
                                   connection.execute(select(table)))
                for table in Base.metadata.sorted_tables}


def test_the_table_names_real_service_functions():
    import desk_app.services as package

    # The cases name a module by its last part; the modules live in the services' rooms.
    modules = {name.rpartition(".")[2]: name for _, name, _ in
               pkgutil.walk_packages(package.__path__, f"{package.__name__}.")}
    for case in CASES:
        module = importlib.import_module(modules[case.module])
        assert callable(getattr(module, case.function)), f"{case.module}.{case.function}"


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.module}.{c.function}")
def test_each_role_is_allowed_or_refused_with_nothing_changed(case, db_url, tmp_path):
    env = Env(db_url, tmp_path)
    for role in ROLES:
        actor = env.actors[role]
        prepared = case.prepare(env)
        if role in case.allowed:
            try:
                case.call(env, actor, prepared)
            except case.tolerated(env):
                pass
            continue
        before = _snapshot(db_url)
        with pytest.raises(PermissionDenied) as refusal:
            case.call(env, actor, prepared)
        message = str(refusal.value)
        assert message.startswith("Không có quyền") and ROLE_NAMES_VI[role] in message, message
        assert _snapshot(db_url) == before, f"{role} changed the database"

