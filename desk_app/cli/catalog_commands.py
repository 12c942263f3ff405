"""desk-admin catalog import|list."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

from desk_app.cli.common import EXIT_OK, command, group, out
from desk_app.cli.output import render
from desk_app.services.rules import catalog
from desk_app.services.rules.catalog import storable_steps

CATALOG_COLUMNS = ["code", "name", "field", "level", "time_limit", "cutoff", "supplement_rule",
                   "fee", "effective_from"]


def cmd_catalog_import(args) -> int:
    summary = catalog.import_file(args.desk, Path(args.file))
    for warning in summary.warnings:
        sys.stderr.write(f"Cảnh báo: {warning}\n")
    out(f"Thêm mới: {len(summary.added)}; phiên bản mới: {len(summary.new_versions)}; "
         f"không đổi: {len(summary.unchanged)}")
    return EXIT_OK


def cmd_catalog_list(args) -> int:
    procedures = catalog.list_procedures(args.desk, args.search or "")
    rows = []
    for p in procedures:
        row = asdict(p)
        row["documents"] = [asdict(d) for d in p.documents]
        row["steps"] = storable_steps(p.steps)
        del row["version_id"]
        rows.append(row)
    columns = CATALOG_COLUMNS if args.format != "table" else ["code", "name", "field",
                                                               "time_limit"]
    out(render(rows, columns, args.format, raw=args.raw))
    return EXIT_OK


def add_catalog(parser) -> None:
    catalog_sub = group(parser, "catalog")
    p = command(catalog_sub, "import", cmd_catalog_import, "nhập tệp CSV/XLSX")
    p.add_argument("file")
    p = command(catalog_sub, "list", cmd_catalog_list, "liệt kê", reads=True)
    p.add_argument("--search")
