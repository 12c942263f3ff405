"""The procedure catalogue: import (CSV/XLSX), versions in force, listing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app import config
from desk_app.domain.catalog import (
    COLUMNS,
    CatalogError,
    DocumentLine,
    ProcedureSpec,
    parse_catalog,
    storable_documents,
    stored_documents,
)
from desk_app.domain.deadlines import TimeLimit
from desk_app.domain.office_hours import OfficeHours
from desk_app.domain.process_steps import (
    StepSpec,
    budget_mismatch,
    format_steps,
    steps_from_rows,
    storable_steps,
    stored_steps,
)
from desk_app.domain.text import fold
from desk_app.paths import CATALOG_DIR
from desk_app.services import audit
from desk_app.services.actors import MIGRATION, Actor, require
from desk_app.services.desk import Desk
from desk_app.services.errors import NotFound, UserError
from desk_app.services.office import read_settings
from desk_app.services.rules.tabular import read_rows
from desk_app.store.db import read_scope, retrying, session_scope
from desk_app.store.models import Dossier, Procedure, ProcedureVersion

BUNDLED_CATALOG = CATALOG_DIR / "procedures.csv"


@dataclass(frozen=True)
class ProcedureInfo:
    code: str
    name: str
    field: str
    level: str
    agency: str
    time_limit: str
    cutoff: str | None
    supplement_rule: str
    fee: str
    documents: tuple[DocumentLine, ...]
    effective_from: date
    version_id: int
    version_count: int
    steps: tuple[StepSpec, ...] = ()


@dataclass(frozen=True)
class ImportSummary:
    added: tuple[str, ...]
    new_versions: tuple[str, ...]
    unchanged: tuple[str, ...]
    # Procedures whose steps' budgets do not add up to their limit: said, not refused.
    warnings: tuple[str, ...] = ()


def _rule_of(spec: ProcedureSpec) -> tuple:
    return (spec.time_limit, spec.cutoff, spec.supplement_rule, spec.fee, spec.documents,
            format_steps(spec.steps))


def _rule_of_version(version: ProcedureVersion) -> tuple:
    # Read as the domain reads it: a paper whose name says "(nếu …)" is optional whether or
    # not the stored row says so, so the bundled catalogue imported again changes nothing.
    documents = stored_documents(version.documents)
    return (version.time_limit, version.cutoff, version.supplement_rule, version.fee, documents,
            format_steps(stored_steps(version.steps)))


def _version_row(spec: ProcedureSpec, effective_from: date) -> ProcedureVersion:
    return ProcedureVersion(
        effective_from=effective_from,
        time_limit=spec.time_limit,
        cutoff=spec.cutoff,
        supplement_rule=spec.supplement_rule,
        fee=spec.fee,
        documents=storable_documents(spec.documents),
        steps=storable_steps(spec.steps),
        source=spec.source,
    )


def in_force(versions: list[ProcedureVersion], on: date) -> ProcedureVersion:
    """The version in force on a day; before the first one, the first (old registers)."""
    chosen = versions[0]
    for version in versions:
        if version.effective_from <= on:
            chosen = version
    return chosen


def import_specs(
    session: Session, specs: list[ProcedureSpec], actor: Actor, today: date,
    row_numbers: list[int] | None = None,
) -> ImportSummary:
    added: list[str] = []
    new_versions: list[str] = []
    unchanged: list[str] = []
    warnings: list[str] = []
    day_minutes = OfficeHours.parse(read_settings(session)["office_hours"]).standard_minutes
    for index, spec in enumerate(specs):
        row_number = row_numbers[index] if row_numbers else index + 2
        mismatch = budget_mismatch(spec.steps, TimeLimit.parse(spec.time_limit), day_minutes)
        if mismatch:
            warnings.append(f"Dòng {row_number}, cột steps: thủ tục {spec.code}: {mismatch}")
        procedure = session.execute(
            select(Procedure).where(Procedure.code == spec.code)
        ).scalar_one_or_none()
        effective_from = spec.effective_from or today
        identity = {
            # An empty level is "", never NULL: the column is NOT NULL.
            "name": spec.name, "field": spec.field, "level": spec.level or "",
            "agency": spec.agency, "agency_code": spec.agency_code,
        }
        if procedure is None:
            procedure = Procedure(code=spec.code, search_key=fold(f"{spec.code} {spec.name}"),
                                  **identity)
            procedure.versions.append(_version_row(spec, effective_from))
            session.add(procedure)
            added.append(spec.code)
            audit.record(session, actor, config.now(), "catalog.add", "procedure", spec.code,
                         None, {**identity, "rule": _rule_of(spec)})
            continue
        before_identity = {key: getattr(procedure, key) for key in identity}
        for key, value in identity.items():
            setattr(procedure, key, value)
        procedure.search_key = fold(f"{spec.code} {spec.name}")
        current = in_force(procedure.versions, effective_from)
        if _rule_of_version(current) == _rule_of(spec):
            unchanged.append(spec.code)
            if before_identity != identity:
                audit.record(session, actor, config.now(), "catalog.rename", "procedure",
                             spec.code, before_identity, identity)
            continue
        same_day = next(
            (v for v in procedure.versions if v.effective_from == effective_from), None
        )
        if same_day is not None:
            used = session.execute(
                select(func.count()).select_from(Dossier)
                .where(Dossier.procedure_version_id == same_day.id)
            ).scalar_one()
            if used:
                raise CatalogError(
                    row_number, "effective_from",
                    f"thủ tục {spec.code} đã có phiên bản từ {effective_from:%d/%m/%Y} đang được "
                    f"{used} hồ sơ sử dụng; hãy ghi ngày hiệu lực mới",
                )
            before = _rule_of_version(same_day)
            replacement = _version_row(spec, effective_from)
            for column in ("time_limit", "cutoff", "supplement_rule", "fee", "documents",
                           "steps", "source"):
                setattr(same_day, column, getattr(replacement, column))
        else:
            before = _rule_of_version(current)
            procedure.versions.append(_version_row(spec, effective_from))
        new_versions.append(spec.code)
        audit.record(session, actor, config.now(), "catalog.version", "procedure", spec.code,
                     {"rule": before}, {"rule": _rule_of(spec),
                                        "effective_from": effective_from.isoformat()})
    session.flush()
    return ImportSummary(tuple(added), tuple(new_versions), tuple(unchanged), tuple(warnings))


@retrying
def import_file(desk: Desk, path: Path) -> ImportSummary:
    """All or nothing: one bad row refuses the whole file."""
    require(desk.user, "catalog.edit")
    try:
        rows = read_rows(path, COLUMNS)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    try:
        specs = parse_catalog(rows)
        with session_scope(desk.url) as session:
            return import_specs(session, specs, desk.user, desk.now().date())
    except CatalogError as exc:
        raise UserError(str(exc)) from exc


def day_minutes(desk: Desk) -> int:
    """The office minutes of a standard working day: what a half-day budget is half of."""
    with read_scope(desk.url) as session:
        return OfficeHours.parse(read_settings(session)["office_hours"]).standard_minutes


@retrying
def set_steps(desk: Desk, code: str, rows: Sequence[tuple[str, str, str]],
              effective_from: date) -> ImportSummary:
    """Give a procedure new steps (rows of name, unit, budget) from `effective_from`, as a
    catalogue import would: a new version from that day with the rest of the rule in force
    then, or that day's version replaced while no dossier uses it; dossiers keep theirs.
    Budgets that do not add up to the limit are a warning in the summary, not a refusal."""
    require(desk.user, "catalog.edit")
    try:
        steps = steps_from_rows(rows)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    with session_scope(desk.url) as session:
        procedure, version = procedure_at(session, code, datetime.combine(effective_from,
                                                                          datetime.min.time()))
        spec = ProcedureSpec(
            code=procedure.code, name=procedure.name, field=procedure.field,
            level=procedure.level, agency=procedure.agency, time_limit=version.time_limit,
            cutoff=version.cutoff, supplement_rule=version.supplement_rule, fee=version.fee,
            documents=stored_documents(version.documents), effective_from=effective_from,
            source=version.source, agency_code=procedure.agency_code, steps=steps)
        try:
            summary = import_specs(session, [spec], desk.user, desk.now().date())
        except CatalogError as exc:
            raise UserError(f"Hiệu lực từ ngày: {exc.reason}") from exc
    # The import's warnings name a file's row; here there is no file.
    return replace(summary, warnings=tuple(w.split(": ", 1)[1] for w in summary.warnings))


def load_bundled_if_empty(session: Session) -> int:
    """Fill an empty catalogue from resources/catalog; returns how many were added."""
    if session.execute(select(func.count()).select_from(Procedure)).scalar_one():
        return 0
    specs = parse_catalog(read_rows(BUNDLED_CATALOG))
    return len(import_specs(session, specs, MIGRATION, config.now().date()).added)


def _info(procedure: Procedure, version: ProcedureVersion) -> ProcedureInfo:
    return ProcedureInfo(
        code=procedure.code, name=procedure.name, field=procedure.field, level=procedure.level,
        agency=procedure.agency, time_limit=version.time_limit, cutoff=version.cutoff,
        supplement_rule=version.supplement_rule, fee=version.fee,
        documents=stored_documents(version.documents),
        effective_from=version.effective_from, version_id=version.id,
        version_count=len(procedure.versions), steps=stored_steps(version.steps),
    )


def list_procedures(desk: Desk, search: str = "",
                    at: datetime | None = None) -> list[ProcedureInfo]:
    """Procedures with the version in force at `at` (default now), filtered by a folded
    search over code and name."""
    on = (at or desk.now()).date()
    words = fold(search).split()
    with read_scope(desk.url) as session:
        query = select(Procedure).order_by(Procedure.field, Procedure.code)
        for word in words:
            query = query.where(Procedure.search_key.contains(word, autoescape=True))
        procedures = session.execute(query).scalars().all()
        return [_info(p, in_force(p.versions, on)) for p in procedures if p.versions]


def procedure_at(session: Session, code: str, at: datetime) -> tuple[Procedure, ProcedureVersion]:
    procedure = session.execute(
        select(Procedure).where(Procedure.code == code)
    ).scalar_one_or_none()
    if procedure is None or not procedure.versions:
        raise NotFound(f"Mã thủ tục: không có thủ tục '{code}' trong danh mục")
    return procedure, in_force(procedure.versions, at.date())


def get_procedure(desk: Desk, code: str, at: datetime | None = None) -> ProcedureInfo:
    with read_scope(desk.url) as session:
        procedure, version = procedure_at(session, code, at or desk.now())
        return _info(procedure, version)


def procedure_versions(desk: Desk, code: str) -> list[ProcedureInfo]:
    """Every version of a procedure, oldest first (what the catalogue screen's steps editor
    shows)."""
    with read_scope(desk.url) as session:
        procedure, _version = procedure_at(session, code, desk.now())
        return [_info(procedure, version) for version in procedure.versions]
