"""A dossier's digitised documents: the copy of each checklist document (at intake, later
for a supplement) and of the result, each one PDF in the file store.

One attach: the files are read and checked against the office's limits, made into one PDF
(pdf_pages), signed when a key is set up (`_sign_if_configured`), written to the store and
fsynced, and only then the rows naming it commit with the audit entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desk_app.domain.text import fold
from desk_app.services import audit
from desk_app.services.actors import require
from desk_app.services.desk import Desk
from desk_app.services.digitisation import file_store, pdf_pages, signature_check, signing
from desk_app.services.digitisation.limits import MAX_BYTES_KEY, MAX_PAGES_KEY
from desk_app.services.errors import NotFound, PermissionDenied, UserError
from desk_app.services.office import read_settings
from desk_app.services.rules.catalog import get_procedure
from desk_app.store.db import read_scope, retrying, session_scope
from desk_app.store.models import Dossier, DossierDocument, DossierFile, StoredFile, User

RESULT_VI = "Kết quả giải quyết"


@dataclass(frozen=True)
class SignatureFields:
    """What a signature check says of a PDF; the fields of signing.SignatureCheck."""

    signed: bool
    signer: str | None
    signed_at: datetime | None
    valid: bool | None
    problem: str | None


UNSIGNED = SignatureFields(False, None, None, None, None)


def _sign_if_configured(desk: Desk, pdf: bytes, password: str | None = None
                        ) -> tuple[bytes, SignatureFields]:
    """The one place a digitised PDF gets its signature: with the office's key set up, signed
    as PAdES by an incremental update (the scanned bytes stay the first bytes of the signed
    file) and checked as the dossier window will show it; without a key, attached unsigned,
    unless the office requires signed copies (`sign_required`), then refused."""
    if not signing.signing_configured(desk):
        if signing.signing_required(desk):
            raise UserError("Chữ ký số: cơ quan yêu cầu bản sao điện tử phải được ký số, nhưng "
                            "chưa cấu hình khoá ký (desk-admin sign setup, hoặc Cài đặt → Chữ "
                            "ký số)")
        return pdf, UNSIGNED
    signed = signing.sign_pdf(desk, pdf, reason="Bản sao điện tử từ bản giấy (số hóa)",
                              password=password)
    check = signature_check.verify_office_pdf(desk, signed)
    return signed, SignatureFields(check.signed, check.signer, check.signed_at, check.valid,
                                   check.problem)


@dataclass(frozen=True)
class AttachedFile:
    """One digitised file of a dossier as `dossier files` and the dossier window show it."""

    id: int
    document: int | None  # the checklist position, 1-based; None for the result
    document_name: str
    name: str
    sha256: str
    pages: int
    bytes: int
    signed: bool
    signer: str | None
    signed_at: datetime | None
    valid: bool | None
    attached_at: datetime
    attached_by: str
    reused_from: str | None  # the dossier whose file was reused


@dataclass(frozen=True)
class _Target:
    dossier_id: int
    folder: Path | None
    max_bytes: int
    max_pages: int


def _dossier(session: Session, code: str) -> Dossier:
    dossier = session.execute(select(Dossier).where(Dossier.code == code)).scalar_one_or_none()
    if dossier is None:
        raise NotFound(f"Mã hồ sơ: không có hồ sơ '{code}'")
    return dossier


def _may_attach(desk: Desk, document: int | None) -> None:
    if document is not None:
        require(desk.user, "dossier.receive")
    elif not (desk.user.may("dossier.return") or desk.user.may("dossier.process")):
        raise PermissionDenied("Không có quyền đính kèm kết quả giải quyết")


def _target(desk: Desk, code: str, document: int | None) -> _Target:
    """What an attach needs to know, read (and checked) before a byte is written."""
    with read_scope(desk.url) as session:
        dossier = _dossier(session, code)
        settings = read_settings(session)
        if dossier.withdrawn_at is not None:
            raise UserError(f"Hồ sơ {code}: đã rút, không đính kèm thêm")
        if document is None:
            if dossier.completed_at is None:
                raise UserError(f"Hồ sơ {code}: chưa có kết quả (cần bước \"có kết quả\" "
                                "trước khi đính kèm kết quả)")
        else:
            count = len(dossier.documents)
            if not 1 <= document <= count:
                raise UserError(f"Giấy tờ số: {document} không có trong danh mục giấy tờ của "
                                f"hồ sơ (từ 1 đến {count})")
        return _Target(dossier.id, file_store.folder_for(desk.url, settings),
                       int(settings[MAX_BYTES_KEY]) * 1_000_000, int(settings[MAX_PAGES_KEY]))


@dataclass(frozen=True)
class PreparedFile:
    """Files made into the one PDF of a document, checked against the office's limits, not
    yet stored: what the intake page shows (pages, thumbnail) before the dossier exists."""

    name: str
    data: bytes
    pages: int


def prepare(desk: Desk, paths: Sequence[Path]) -> PreparedFile:
    """The PDF the files at `paths` (PDF, JPEG, PNG, TIFF; in order) make, refused with a
    message naming the file when one is too big, of another kind or the pages too many."""
    with read_scope(desk.url) as session:
        settings = read_settings(session)
    return _prepared(paths, int(settings[MAX_BYTES_KEY]) * 1_000_000,
                     int(settings[MAX_PAGES_KEY]))


def _prepared(paths: Sequence[Path], max_bytes: int, max_pages: int) -> PreparedFile:
    parts = [pdf_pages.read_part(Path(path), max_bytes) for path in paths]
    data, pages = pdf_pages.build(parts)
    if pages > max_pages:
        raise UserError(f"Tệp đính kèm: {pages} trang, vượt mức tối đa {max_pages} "
                        "trang cho một giấy tờ")
    return PreparedFile(", ".join(part.name for part in parts), data, pages)


def attach(desk: Desk, code: str, document: int | None, paths: Sequence[Path],
           password: str | None = None) -> AttachedFile:
    """Attach the files at `paths` (PDF, JPEG, PNG, TIFF; in order) as one PDF to checklist
    document `document` (1-based) of dossier `code`, or to its result when None."""
    _may_attach(desk, document)
    target = _target(desk, code, document)
    prepared = _prepared(paths, target.max_bytes, target.max_pages)
    return _store(desk, code, target, document, prepared, password)


def attach_prepared(desk: Desk, code: str, document: int | None, prepared: PreparedFile,
                    password: str | None = None) -> AttachedFile:
    """Attach what `prepare` made (the intake page, once the dossier is saved)."""
    _may_attach(desk, document)
    return _store(desk, code, _target(desk, code, document), document, prepared, password)


def _store(desk: Desk, code: str, target: _Target, document: int | None,
           prepared: PreparedFile, password: str | None) -> AttachedFile:
    data, signature = _sign_if_configured(desk, prepared.data, password)
    sha256 = file_store.digest(data)
    if target.folder is not None:
        file_store.write_file(target.folder, data, sha256)
    return _link(desk, code, target, document, prepared.name, data, len(data), sha256,
                 prepared.pages, signature, None)


@retrying
def _link(desk: Desk, code: str, target: _Target, document: int | None, name: str,
          data: bytes | None, size: int, sha256: str, pages: int,
          signature: SignatureFields, reused_from_id: int | None) -> AttachedFile:
    """The rows naming a stored file, committed after its bytes are durable; `data` None
    when the file is already stored (a reuse)."""
    now = desk.now()
    with session_scope(desk.url) as session:
        if data is not None:
            file_store.record(session, target.folder, data, sha256, pages, desk.user.user_id,
                              now)
        row = DossierFile(
            dossier_id=target.dossier_id, kind="component" if document else "result",
            position=document, name=name, sha256=sha256, attached_at=now,
            attached_by_id=desk.user.user_id, reused_from_id=reused_from_id,
            signed=signature.signed, signer=signature.signer, signed_at=signature.signed_at,
            valid=signature.valid)
        session.add(row)
        session.flush()
        audit.record(session, desk.user, now, "dossier.reuse" if reused_from_id
                     else "dossier.attach", "dossier", code, None,
                     {"document": document, "name": name, "sha256": sha256, "pages": pages,
                      "bytes": size, "signed": signature.signed,
                      "reused_from": reused_from_id})
        return _listed(session, code, [row.id])[0]


def _listed(session: Session, code: str, ids: Sequence[int] | None = None
            ) -> list[AttachedFile]:
    dossier = _dossier(session, code)
    names = {d.position: d.name for d in dossier.documents}
    origin = aliased(DossierFile)
    origin_dossier = aliased(Dossier)
    statement = (
        select(DossierFile, StoredFile.pages, StoredFile.bytes, User.full_name,
               origin_dossier.code)
        .join(StoredFile, DossierFile.sha256 == StoredFile.sha256)
        .outerjoin(User, DossierFile.attached_by_id == User.id)
        .outerjoin(origin, DossierFile.reused_from_id == origin.id)
        .outerjoin(origin_dossier, origin.dossier_id == origin_dossier.id)
        .where(DossierFile.dossier_id == dossier.id)
        .order_by(DossierFile.position.is_(None), DossierFile.position, DossierFile.id)
    )
    if ids is not None:
        statement = statement.where(DossierFile.id.in_(list(ids)))
    return [
        AttachedFile(
            row.id, row.position, RESULT_VI if row.position is None
            else names.get(row.position, ""), row.name, row.sha256, pages, size, row.signed,
            row.signer, row.signed_at, row.valid, row.attached_at, who or "", origin_code)
        for row, pages, size, who, origin_code in session.execute(statement)
    ]


def files(desk: Desk, code: str) -> list[AttachedFile]:
    """The dossier's digitised files: checklist documents in their order, then the result."""
    require(desk.user, "dossier.read")
    with read_scope(desk.url) as session:
        return _listed(session, code)


def file_bytes(desk: Desk, code: str, file_id: int) -> bytes:
    """One digitised file exactly as stored (for a preview or a copy)."""
    require(desk.user, "dossier.read")
    with read_scope(desk.url) as session:
        dossier = _dossier(session, code)
        row = session.get(DossierFile, file_id)
        if row is None or row.dossier_id != dossier.id:
            raise NotFound(f"Hồ sơ {code}: không có tệp số hoá số {file_id}")
        return file_store.read(session, file_store.folder_for(desk.url, read_settings(session)),
                               row.sha256)


def document_pdf(desk: Desk, code: str, document: int | None) -> bytes:
    """The PDF of checklist document `document` (None: the result): the stored file byte for
    byte, or the document's files joined in order when a supplement added another."""
    require(desk.user, "dossier.read")
    with read_scope(desk.url) as session:
        dossier = _dossier(session, code)
        folder = file_store.folder_for(desk.url, read_settings(session))
        hashes = list(session.execute(
            select(DossierFile.sha256).where(
                DossierFile.dossier_id == dossier.id,
                DossierFile.position.is_(None) if document is None
                else DossierFile.position == document)
            .order_by(DossierFile.id)).scalars())
        if not hashes:
            which = "kết quả" if document is None else f"giấy tờ số {document}"
            raise NotFound(f"Hồ sơ {code}: {which} chưa được số hoá")
        contents = [file_store.read(session, folder, sha256) for sha256 in hashes]
    return pdf_pages.join_documents(code, contents)


@dataclass(frozen=True)
class ReusableDocument:
    """An earlier dossier's digitised copy that the new dossier's checklist asks for again."""

    file_id: int
    document_name: str  # as the earlier dossier's checklist names it
    origin_code: str
    attached_at: datetime
    pages: int
    sha256: str


def reusable_documents(desk: Desk, id_number: str, procedure: str) -> list[ReusableDocument]:
    """The applicant's (by ID number) earlier digitised copies still valid (the origin not
    withdrawn, the signature not found invalid) of documents that procedure `procedure`'s
    checklist names, the newest of each name first."""
    require(desk.user, "dossier.receive")
    id_number = "".join(id_number.split())
    if not id_number:
        return []
    wanted = {fold(line.name) for line in get_procedure(desk, procedure).documents}
    with read_scope(desk.url) as session:
        rows = session.execute(
            select(DossierFile, Dossier.code, DossierDocument.name, StoredFile.pages)
            .join(Dossier, DossierFile.dossier_id == Dossier.id)
            .join(StoredFile, DossierFile.sha256 == StoredFile.sha256)
            .join(DossierDocument, (DossierDocument.dossier_id == Dossier.id)
                  & (DossierDocument.position == DossierFile.position))
            .where(Dossier.id_number == id_number, Dossier.withdrawn_at.is_(None),
                   DossierFile.valid.is_not(False))
            .order_by(DossierFile.attached_at.desc(), DossierFile.id.desc())).all()
        found: dict[str, ReusableDocument] = {}
        for row, code, name, pages in rows:
            key = fold(name)
            if key in wanted and key not in found:
                found[key] = ReusableDocument(row.id, name, code, row.attached_at, pages,
                                              row.sha256)
    return list(found.values())


def reuse(desk: Desk, code: str, document: int, file_id: int) -> AttachedFile:
    """Checklist document `document` of dossier `code` is the earlier copy `file_id`: the
    same stored file, shown as reused with its origin; nothing is scanned or stored again."""
    _may_attach(desk, document)
    target = _target(desk, code, document)
    with read_scope(desk.url) as session:
        origin = session.get(DossierFile, file_id)
        if origin is None or origin.position is None:
            raise NotFound(f"Tệp số hoá số {file_id}: không có")
        stored = session.get(StoredFile, origin.sha256)
        signature = SignatureFields(origin.signed, origin.signer, origin.signed_at,
                                    origin.valid, None)
        name, sha256, pages, size = origin.name, origin.sha256, stored.pages, stored.bytes
        root = origin.reused_from_id or origin.id
    return _link(desk, code, target, document, name, None, size, sha256, pages, signature,
                 root)
