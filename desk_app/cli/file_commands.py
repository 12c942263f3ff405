"""desk-admin dossier attach|files|file: a dossier's digitised documents (issue 18)."""

from __future__ import annotations

from pathlib import Path

from desk_app.cli.common import EXIT_OK, BadArguments, command, out
from desk_app.cli.output import render
from desk_app.files import write_atomically

FILE_KEYS = ["document", "name", "sha256", "pages", "bytes", "signed", "signer", "signed_at",
             "valid"]
# Beyond the keys the issue fixed: the checklist document's name, the result marked, who
# attached it when, and the dossier a reused copy comes from.
EXTRA_KEYS = ["document_name", "result", "attached_at", "attached_by", "reused_from"]


def _document(args) -> int | None:
    if args.result == (args.document is not None):
        raise BadArguments("Tham số không hợp lệ: cần đúng một trong --document N hoặc --result")
    return args.document


def cmd_dossier_attach(args) -> int:
    from desk_app.services.digitisation import attachments

    attached = attachments.attach(args.desk, args.code, _document(args),
                                  [Path(f) for f in args.files])
    where = "kết quả" if attached.document is None else f"giấy tờ số {attached.document}"
    out(f"Đã đính kèm vào {where} của hồ sơ {args.code}: {attached.pages} trang, "
        f"{attached.bytes} byte, SHA-256 {attached.sha256}")
    return EXIT_OK


def cmd_dossier_files(args) -> int:
    from desk_app.services.digitisation import attachments

    rows = [{key: getattr(f, key) for key in FILE_KEYS}
            | {"document_name": f.document_name, "result": f.document is None,
               "attached_at": f.attached_at, "attached_by": f.attached_by,
               "reused_from": f.reused_from}
            for f in attachments.files(args.desk, args.code)]
    out(render(rows, FILE_KEYS + EXTRA_KEYS, args.format, raw=args.raw))
    return EXIT_OK


def cmd_dossier_file(args) -> int:
    from desk_app.services.digitisation import attachments

    data = attachments.document_pdf(args.desk, args.code, _document(args))
    target = Path(args.output_file)
    write_atomically(target, lambda partial: partial.write_bytes(data))
    out(f"Đã ghi {target}")
    return EXIT_OK


def _which(parser) -> None:
    parser.add_argument("--document", type=int, metavar="N",
                        help="số thứ tự của giấy tờ trong danh mục (từ 1)")
    parser.add_argument("--result", action="store_true", help="kết quả giải quyết")


def register_file_commands(dossier_sub) -> None:
    p = command(dossier_sub, "attach", cmd_dossier_attach,
                "đính kèm bản số hoá (PDF, JPEG, PNG, TIFF; nhiều tệp thành một PDF)")
    p.add_argument("code")
    _which(p)
    p.add_argument("files", nargs="+", metavar="FILE")
    p = command(dossier_sub, "files", cmd_dossier_files, "các tệp số hoá của hồ sơ",
                reads=True)
    p.add_argument("code")
    p = command(dossier_sub, "file", cmd_dossier_file, "ghi bản số hoá của một giấy tờ ra PDF")
    p.add_argument("code")
    _which(p)
    p.add_argument("-o", "--output", dest="output_file", metavar="TỆP", required=True,
                   help="tệp PDF ghi ra")
