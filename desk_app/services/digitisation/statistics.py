"""Decision 766/QĐ-TTg's digitisation figures for the report: per (procedure version, unit),
the new dossiers received in the period with every checklist document digitised or reused,
the dossiers resolved in the period with their result digitised, and the new dossiers
received in the period that reused at least one earlier digitised copy (a checklist
document's file with `reused_from_id`, see attachments.reuse).

The queries start from `dossier_file` (the digitised dossiers), so a register without
files costs the report three index lookups."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desk_app.domain.report import Tally
from desk_app.store.models import Dossier, DossierDocument, DossierFile

Key = tuple[int, int | None]


def add_figures(session: Session, start: datetime, end: datetime,
                tallies: dict[Key, Tally]) -> None:
    group = (Dossier.procedure_version_id, Dossier.unit_id)
    undigitised_document = (
        select(DossierDocument.id)
        .where(DossierDocument.dossier_id == Dossier.id,
               ~select(DossierFile.id)
               .where(DossierFile.dossier_id == DossierDocument.dossier_id,
                      DossierFile.position == DossierDocument.position)
               .correlate(DossierDocument).exists())
        .correlate(Dossier).exists())
    received = (
        select(*group, func.count())
        .where(Dossier.id.in_(select(DossierFile.dossier_id)
                              .where(DossierFile.position.is_not(None))),
               Dossier.received_at >= start, Dossier.received_at < end,
               ~undigitised_document)
        .group_by(*group))
    for version, unit, number in session.execute(received):
        tallies.setdefault((version, unit), Tally()).received_digitised += number
    results = (
        select(*group, func.count())
        .where(Dossier.id.in_(select(DossierFile.dossier_id)
                              .where(DossierFile.position.is_(None))),
               and_(Dossier.completed_at >= start, Dossier.completed_at < end))
        .group_by(*group))
    for version, unit, number in session.execute(results):
        tallies.setdefault((version, unit), Tally()).results_digitised += number
    reused = (
        select(*group, func.count())
        .where(Dossier.id.in_(select(DossierFile.dossier_id)
                              .where(DossierFile.position.is_not(None),
                                     DossierFile.reused_from_id.is_not(None))),
               Dossier.received_at >= start, Dossier.received_at < end)
        .group_by(*group))
    for version, unit, number in session.execute(reused):
        tallies.setdefault((version, unit), Tally()).received_reused += number
