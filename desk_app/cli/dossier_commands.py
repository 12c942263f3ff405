"""desk-admin dossier import|list|show|scan."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from desk_app.cli.common import EXIT_OK, command, group, out
from desk_app.cli.decree_commands import clocks_json, register_decree_actions
from desk_app.cli.file_commands import register_file_commands
from desk_app.cli.lifecycle_commands import register_actions
from desk_app.cli.output import render
from desk_app.cli.step_commands import register_step_commands
from desk_app.services import dossiers, exports
from desk_app.services.desk import Desk
from desk_app.services.processing import decree_clocks
from desk_app.services.reception import dossier_import

DOSSIER_KEYS = ["code", "procedure_code", "applicant_name", "channel", "received_at", "due_at",
                "status"]


def _dossier_json(row: dossiers.DossierRow) -> dict:
    return {key: getattr(row, key) for key in DOSSIER_KEYS} | {
        "unit": row.unit, "deadline_class": row.deadline_class}


def cmd_dossier_import(args) -> int:
    for code in dossier_import.import_file(args.desk, Path(args.file)):
        out(code)
    return EXIT_OK


def cmd_dossier_list(args) -> int:
    query = dossiers.DossierQuery(text=args.search or "", status=args.status or "")
    if args.format == "table":
        # A screen to read: ID numbers masked, as in the program's lists; read as no one in
        # particular, whom the masks are for.
        rows = dossiers.search(Desk(args.desk.url), query, limit=args.limit)
        columns = ["code", "procedure_code", "applicant_name", "id_number", "received_at",
                   "due_at", "status"]
    else:
        # A file to keep: personal data, so an audited export.
        rows = exports.dossier_list(args.desk, query, args.limit, args.format)
        columns = [*DOSSIER_KEYS, "id_number"]
    out(render([_dossier_json(r) | {"id_number": r.id_number} for r in rows], columns,
               args.format, raw=args.raw))
    return EXIT_OK


def cmd_dossier_show(args) -> int:
    return _print_detail(args, dossiers.show(args.desk, args.code), {})


def _clocks(args, code: str) -> dict:
    return clocks_json(decree_clocks.dossier_clocks(args.desk, code))


def cmd_dossier_scan(args) -> int:
    """What the desk's scan field answers to the same text: the dossier, and whether the QR
    code was issued here (null: no tag to check, a bare code or a payload cut short)."""
    from desk_app.services.reception import receipts

    scan = receipts.resolve_scan(args.desk, args.text)
    return _print_detail(args, dossiers.show(args.desk, scan.code), {"genuine": scan.genuine})


def _print_detail(args, detail: dossiers.DossierDetail, extra: dict) -> int:
    whole = _dossier_json(detail.row) | extra | {
        "phone": detail.phone, "email": detail.email, "address": detail.address,
        "id_number": detail.id_number, "explanation": detail.explanation,
        # The papers handed in: whether the catalogue requires one is the catalogue's to say.
        "documents": [{"name": d.name, "form": d.form, "count": d.count}
                      for d in detail.documents],
        **_clocks(args, detail.row.code),
        "events": [asdict(e) for e in detail.events],
    }
    if args.format == "json":
        out(render([], [], "json", whole=whole))
        return EXIT_OK
    fields = [{"field": k, "value": v} for k, v in whole.items()
              if k not in ("documents", "events")]
    out(render(fields, ["field", "value"], args.format, raw=args.raw))
    if args.format == "table":
        out("")
        out(render(whole["documents"], ["name", "form", "count"], "table"))
        out("")
        out(render([asdict(e) for e in detail.events], ["at", "kind", "actor", "unit", "note"],
                    "table"))
    return EXIT_OK


def add_dossier(parser) -> None:
    dossier_sub = group(parser, "dossier")
    p = command(dossier_sub, "import", cmd_dossier_import, "nhập hồ sơ từ CSV/XLSX")
    p.add_argument("file")
    p = command(dossier_sub, "list", cmd_dossier_list, "liệt kê, tìm kiếm", reads=True)
    p.add_argument("--search")
    p.add_argument("--status")
    p.add_argument("--limit", type=int, default=1000)
    p = command(dossier_sub, "show", cmd_dossier_show, "xem một hồ sơ", reads=True)
    p.add_argument("code")
    p = command(dossier_sub, "scan", cmd_dossier_scan,
                "tìm hồ sơ từ nội dung mã QR đã quét (hoặc mã hồ sơ), kiểm tra mã QR", reads=True)
    p.add_argument("text", help="nội dung máy quét gõ ra (mã QR của phiếu, văn bản) hoặc mã hồ sơ")
    register_actions(dossier_sub)
    register_decree_actions(dossier_sub)
    register_file_commands(dossier_sub)
    register_step_commands(dossier_sub)
