"""desk-admin audit verify|list: the hash-chained trail of every change."""

from __future__ import annotations

import json
import sys

from desk_app.cli.common import EXIT_FAILURE, EXIT_OK, command, date_arg, group, out
from desk_app.cli.output import render
from desk_app.services import audit, exports
from desk_app.services.safety import integrity

LIST_COLUMNS = ["id", "at", "user", "action", "entity", "key", "before", "after"]


def cmd_audit_verify(args) -> int:
    report = audit.verify_chain(args.desk)
    edited = integrity.edited_dossiers(args.desk) if report.intact else []
    if args.format != "table":
        whole = {"intact": report.intact, "entries": report.entries,
                 "first_broken_id": report.first_broken_id, "problem": report.problem,
                 "edited_dossiers": edited}
        out(render([whole], list(whole), args.format, whole=whole, raw=args.raw))
    elif report.intact:
        out(f"Nhật ký thay đổi nguyên vẹn: {report.entries} mục")
    if not report.intact:
        sys.stderr.write(f"Nhật ký thay đổi bị can thiệp: mục số {report.first_broken_id} "
                         f"{report.problem}\n")
        return EXIT_FAILURE
    if edited:
        sys.stderr.write(f"{len(edited)} hồ sơ bị sửa ngoài chương trình (khác mã băm trong "
                         f"nhật ký): {', '.join(edited)}\n")
        return EXIT_FAILURE
    return EXIT_OK


def _compact(value) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def cmd_audit_list(args) -> int:
    rows = audit.list_entries(args.desk, args.dossier or "", args.user or "", args.date_from,
                              args.date_to, limit=args.limit)
    if args.format != "table":
        # Entries record what was entered (names, ID numbers): a file of them is an export.
        exports.record_export(args.desk, f"audit list ({args.format})", len(rows))
    records = [{"id": r.id, "at": r.at, "user": r.username, "action": r.action,
                "entity": r.entity, "key": r.key, "before": r.before, "after": r.after}
               for r in rows]
    if args.format == "json":
        out(render(records, LIST_COLUMNS, "json"))
    else:
        out(render([r | {"before": _compact(r["before"]), "after": _compact(r["after"])}
                    for r in records], LIST_COLUMNS, args.format, raw=args.raw))
    return EXIT_OK


def add_audit(parser) -> None:
    audit_sub = group(parser, "audit")
    command(audit_sub, "verify", cmd_audit_verify,
            "kiểm tra chuỗi băm: mục đầu tiên bị sửa, xoá hoặc chèn", reads=True)
    p = command(audit_sub, "list", cmd_audit_list, "liệt kê, mới nhất trước", reads=True)
    p.add_argument("--dossier", help="mã hồ sơ")
    p.add_argument("--user", help="tên đăng nhập (desk-admin: dòng lệnh)")
    p.add_argument("--from", dest="date_from", type=date_arg("--from"), help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=date_arg("--to"), help="YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=audit.MAX_PAGE)
