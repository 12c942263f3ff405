"""The database schema: SQLAlchemy 2 typed models.

Derived columns (`Dossier.due_at`, `Dossier.status`, the `search_key`s) are copies of what the
domain computes from the event history and the texts; they exist so that queries are fast and
`desk-admin check` proves they still equal their recomputation.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names let Alembic's batch mode rebuild SQLite tables and drop constraints.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class OfficeSetting(Base):
    """One office profile value (agency names, code pattern, office hours...)."""

    __tablename__ = "office_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Unit(Base):
    """A processing unit (phòng, ban, cơ quan) dossiers are handed to."""

    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))  # clerk, officer, supervisor, admin
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Where the internal notices of an overrunning step go (migration 0010).
    email: Mapped[str] = mapped_column(String(255), default="", server_default="")


class Procedure(Base):
    """A procedure of the national catalogue; its rules live in versions."""

    __tablename__ = "procedure"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(String(255), index=True)
    level: Mapped[str] = mapped_column(String(16), default="")
    agency: Mapped[str] = mapped_column(Text, default="")
    # Migration 0008: the identifier of the agency competent to settle it (Decree 118 Art.
    # 28(2)), "" when the catalogue does not say.
    agency_code: Mapped[str] = mapped_column(String(35), default="", server_default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    versions: Mapped[list[ProcedureVersion]] = relationship(
        back_populates="procedure", order_by="ProcedureVersion.effective_from"
    )


class ProcedureVersion(Base):
    """The rules of a procedure from a date on; a dossier keeps the version it was received
    under."""

    __tablename__ = "procedure_version"
    __table_args__ = (UniqueConstraint("procedure_id", "effective_from"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"), index=True)
    effective_from: Mapped[date] = mapped_column(Date)
    time_limit: Mapped[str] = mapped_column(String(16))
    cutoff: Mapped[str | None] = mapped_column(String(5))
    supplement_rule: Mapped[str] = mapped_column(String(8), default="restart")
    fee: Mapped[str] = mapped_column(Text, default="")
    # [{"name": ..., "form": ..., "count": ...}, ...] in the order of the official list
    documents: Mapped[list[Any]] = mapped_column(default=list)
    source: Mapped[str] = mapped_column(Text, default="")
    # The internal process: [{"name", "unit", "budget"}, ...] in order (domain/process_steps).
    steps: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    procedure: Mapped[Procedure] = relationship(back_populates="versions")


class Dossier(Base):
    __tablename__ = "dossier"
    __table_args__ = (
        Index("ix_dossier_status_due_at", "status", "due_at", "received_at"),
        Index("ix_dossier_unit_status", "unit_id", "status"),
        # Migration 0003: received_at added to the status/due index (the overdue list's
        # page is chosen without reading rows); the report and the overdue list read the
        # milestones; the dossier
        # list filtered by status or procedure comes newest first without a sort; the last
        # index holds every column the report reads, so its pass reads the index, not the
        # table. The text index over search_key is raw SQL there (see store/fulltext.py).
        Index("ix_dossier_completed_at", "completed_at"),
        Index("ix_dossier_withdrawn_at", "withdrawn_at"),
        Index("ix_dossier_status_received_at", "status", "received_at"),
        Index("ix_dossier_report", "procedure_version_id", "received_at", "unit_id",
              "completed_at", "withdrawn_at", "due_at", "channel"),
        # Migration 0010: each unit's and each officer's inbox, by the step in progress's due.
        Index("ix_dossier_step_unit", "step_unit_id", "step_due_at"),
        Index("ix_dossier_step_officer", "officer_id", "step_due_at"),
        # Migration 0012: a unit's dossiers named to no one, in an officer's own inbox.
        Index("ix_dossier_step_held", "step_unit_id", "officer_id", "step_due_at",
              sqlite_where=text("step_position IS NOT NULL"),
              postgresql_where=text("step_position IS NOT NULL")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    procedure_version_id: Mapped[int] = mapped_column(
        ForeignKey("procedure_version.id"), index=True
    )
    applicant_kind: Mapped[str] = mapped_column(String(16), default="person")
    applicant_name: Mapped[str] = mapped_column(String(255))
    id_number: Mapped[str] = mapped_column(String(32), default="", index=True)
    phone: Mapped[str] = mapped_column(String(32), default="", index=True)
    email: Mapped[str] = mapped_column(String(255), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(16), default="direct")
    delivery: Mapped[str] = mapped_column(String(8), default="desk")
    sets: Mapped[int] = mapped_column(Integer, default=1)
    fee: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    # Derived from the version, the calendar and the events (see domain.deadlines).
    due_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(32), default="received")
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    register_book: Mapped[str] = mapped_column(String(16), default="")
    register_number: Mapped[int | None] = mapped_column(Integer)
    search_key: Mapped[str] = mapped_column(Text, default="")
    # Derived like due_at (domain/process_steps): the step in progress, the unit holding it
    # (None: the desk) and its due moment; all None once the dossier is no longer processed.
    step_position: Mapped[int | None] = mapped_column(Integer)
    step_unit_id: Mapped[int | None] = mapped_column(Integer)  # unit.id (see migration 0010)
    step_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    documents: Mapped[list[DossierDocument]] = relationship(
        back_populates="dossier", order_by="DossierDocument.position",
        cascade="all, delete-orphan",
    )
    events: Mapped[list[DossierEvent]] = relationship(
        back_populates="dossier", order_by="DossierEvent.id"
    )
    version: Mapped[ProcedureVersion] = relationship()


class DossierDocument(Base):
    """A paper handed in with the dossier (name, bản chính/bản sao..., count)."""

    __tablename__ = "dossier_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    form: Mapped[str] = mapped_column(String(32))
    count: Mapped[int] = mapped_column(Integer, default=1)
    dossier: Mapped[Dossier] = relationship(back_populates="documents")


class DossierEvent(Base):
    """Append-only history of a dossier: the source of truth for its clock and status."""

    __tablename__ = "dossier_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(DateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    dossier: Mapped[Dossier] = relationship(back_populates="events")


class DossierStep(Base):
    """One step of a dossier's internal process, derived from its events (done, in progress,
    or planned), rewritten whenever the events or the calendar change."""

    __tablename__ = "dossier_step"
    __table_args__ = (
        UniqueConstraint("dossier_id", "position"),
        Index("ix_dossier_step_holder_done", "holder_unit_id", "done_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(255), default="")
    budget: Mapped[str] = mapped_column(String(8), default="")
    holder_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    due_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)


class DailySequence(Base):
    """Last number handed out per scope (agency code) and day: codes never repeat."""

    __tablename__ = "daily_sequence"
    scope: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class CalendarOverride(Base):
    """The office's own day off or make-up working day, on top of the statutory calendar."""

    __tablename__ = "calendar_override"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # day-off | workday
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # office (`calendar add`) | official (`calendar import` of a decision)
    status: Mapped[str] = mapped_column(String(16), default="office", server_default="office")


class Letter(Base):
    """A numbered official letter or slip: apology, supplement request, refusal, stop notice.

    Intake slips (forms 02/03 issued instead of receiving) have no dossier: the applicant and
    procedure are kept in `data`.
    """

    __tablename__ = "letter"
    __table_args__ = (UniqueConstraint("kind", "agency", "year", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("dossier.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str] = mapped_column(String(255), default="")
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    new_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    signer_title: Mapped[str] = mapped_column(String(255), default="")
    signer_name: Mapped[str] = mapped_column(String(255), default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class AuditEntry(Base):
    """Who changed what, append-only; each row's hash (keyed, see store/audit_seal.py) covers
    the previous one's."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_key: Mapped[str] = mapped_column(String(128), default="", index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # For an entry about a dossier: the keyed hash of the dossier row as the entry left it.
    row_hash: Mapped[str | None] = mapped_column(String(64))


class Survey(Base):
    """A citizen's rating at the return of a result: no identity, only the dossier and the
    officer it rates."""

    __tablename__ = "survey"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    scale: Mapped[int] = mapped_column(Integer)  # 3 or 5 levels
    score: Mapped[int] = mapped_column(Integer)
    # SIPAS factors rated separately, e.g. {"access": 4, "officer": 5}
    criteria: Mapped[dict[str, Any]] = mapped_column(default=dict)
    comment: Mapped[str] = mapped_column(Text, default="")


class NoticeConsent(Base):
    """The channels the applicant agreed to hear from at intake (or later), who noted it and
    when: no notice goes out without it."""

    __tablename__ = "notice_consent"
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), primary_key=True)
    channels: Mapped[str] = mapped_column(String(32), default="")  # "email;sms;zalo"
    given_at: Mapped[datetime] = mapped_column(DateTime)
    given_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class Notice(Base):
    """The outbox: a notice to the applicant written in the transaction of the event that
    causes it, delivered afterwards by a sender (`services/notices/delivery.py`)."""

    __tablename__ = "notice"
    __table_args__ = (Index("ix_notice_due", "status", "next_attempt_at"),
                      Index("ix_notice_once_key", "once_key", unique=True))
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    event: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(8))
    recipient: Mapped[str] = mapped_column(String(255))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    # What goes with an e-mail: "receipt", "supplement_request", "apology:<letter id>" or "".
    attachment: Mapped[str] = mapped_column(String(64), default="")
    # pending, sending (claimed by a sender), sent, failed (attempts used up)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    # An internal notice's subject, written once ever (migration 0011): citizens' are NULL.
    once_key: Mapped[str | None] = mapped_column(String(320))


class StoredFile(Base):
    """One file of the content-addressed store (issue 18), named by its SHA-256: stored once
    however many dossiers refer to it. The bytes live in the store folder beside an SQLite
    database, in `file_blob` on PostgreSQL (services/digitisation/file_store.py)."""

    __tablename__ = "stored_file"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    bytes: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[datetime] = mapped_column(DateTime)
    stored_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class FileBlob(Base):
    """A stored file's bytes: on PostgreSQL always (one pg_dump holds every page); in an
    SQLite backup file (the live SQLite database keeps them in its store folder)."""

    __tablename__ = "file_blob"
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256"), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class DossierFile(Base):
    """A digitised document of a dossier: a checklist document's copy (`position`, 1-based)
    or the result (`position` None, kind "result"), one PDF; `reused_from_id` names the
    earlier dossier's file it reuses. The signature fields are what the signature check
    found when the file was attached."""

    __tablename__ = "dossier_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # component | result
    position: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256"), index=True)
    attached_at: Mapped[datetime] = mapped_column(DateTime)
    attached_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    reused_from_id: Mapped[int | None] = mapped_column(ForeignKey("dossier_file.id"))
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    signer: Mapped[str | None] = mapped_column(String(255))
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    valid: Mapped[bool | None] = mapped_column(Boolean)
    stored: Mapped[StoredFile] = relationship()
