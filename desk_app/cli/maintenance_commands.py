"""desk-admin backup [FILE], restore FILE, check."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

from desk_app.cli.common import EXIT_FAILURE, EXIT_OK, out, runs
from desk_app.cli.output import render
from desk_app.services.safety import backup, integrity, restore

FINDING_COLUMNS = ["kind", "code", "field", "stored", "derived", "detail"]


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def cmd_backup(args) -> int:
    try:
        result = backup.backup(args.desk, Path(args.file) if args.file else None,
                               with_key=args.with_key)
    except backup.BackupFailed as exc:
        sys.stderr.write(f"Lỗi: {exc}\n")
        return EXIT_FAILURE
    out(f"Đã sao lưu vào {result.path} ({_size(result.size)})")
    if result.key is not None:
        out(f"Đã chép khoá nhật ký vào {result.key}: giữ tệp này riêng, ai có nó có thể "
            "ký lại nhật ký thay đổi")
    for path in result.removed:
        out(f"Đã xoá bản sao lưu cũ theo quy định giữ lại: {path.name}")
    return EXIT_OK


def cmd_restore(args) -> int:
    try:
        result = restore.restore(args.desk, Path(args.file), other_office=args.other_office)
    except backup.BackupFailed as exc:
        sys.stderr.write(f"Lỗi: {exc}\n")
        return EXIT_FAILURE
    out(f"Đã khôi phục cơ sở dữ liệu từ {result.source} (lược đồ {result.revision})")
    if result.kept_aside:
        out(f"Cơ sở dữ liệu trước khi khôi phục được giữ lại ở {result.kept_aside}")
    return EXIT_OK


def cmd_check(args) -> int:
    if args.sweep:
        from desk_app.services.digitisation import stored_files

        for sha256 in stored_files.sweep(args.desk):
            sys.stderr.write(f"Đã xoá tệp không thuộc hồ sơ nào: {sha256}\n")
    report = integrity.check(args.desk, limit=args.limit)
    rows = [asdict(f) for f in report.findings]
    whole = {"ok": report.ok, "dossiers": report.dossiers, "problems": report.problems,
             "findings": rows}
    if args.format != "table":
        out(render(rows, FINDING_COLUMNS, args.format, whole=whole, raw=args.raw))
    elif report.ok:
        out(f"Không có lỗi: dữ liệu toàn vẹn, khoá ngoại đúng, lược đồ mới nhất, {report.dossiers} "
            "hồ sơ có hạn giải quyết và trạng thái đúng với các sự kiện.")
    else:
        out(render(rows, FINDING_COLUMNS, "table"))
        shown = f" (hiển thị {len(rows)} lỗi đầu tiên)" if report.problems > len(rows) else ""
        out(f"Có {report.problems} lỗi{shown}; đã kiểm tra {report.dossiers} hồ sơ.")
    return EXIT_OK if report.ok else EXIT_FAILURE


def add_backup(parser) -> None:
    runs(parser, cmd_backup)
    parser.add_argument("file", nargs="?",
                        help="tệp đích (SQLite: .sqlite3; PostgreSQL: pg_dump)")
    parser.add_argument("--with-key", action="store_true",
                        help="chép kèm khoá nhật ký thay đổi (TỆP.key) để kiểm tra hoặc "
                             "khôi phục trên máy khác")


def add_restore(parser) -> None:
    runs(parser, cmd_restore)
    parser.add_argument("file")
    parser.add_argument("--other-office", action="store_true",
                        help="xác nhận khôi phục bản sao lưu của một cơ quan khác (mã cơ quan "
                             "hoặc khoá ký mã QR khác với cơ sở dữ liệu đang dùng)")


def add_check(parser) -> None:
    runs(parser, cmd_check, reads=True)
    parser.add_argument("--limit", type=int, default=20, help="số lỗi hiển thị tối đa")
    parser.add_argument("--sweep", action="store_true",
                        help="trước khi kiểm tra, xoá các tệp số hoá không thuộc hồ sơ nào "
                             "(còn lại sau một lần đính kèm bị ngắt, cũ hơn 10 phút)")
