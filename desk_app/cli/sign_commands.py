"""desk-admin sign setup|verify: the office's signing key, and checking a signed PDF."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from desk_app.cli.common import EXIT_OK, command, group, out
from desk_app.cli.output import render
from desk_app.services.errors import UserError

CHECK_KEYS = ["signed", "signer", "signed_at", "valid", "problem"]


def _password(source) -> str | None:
    """DESK_APP_SIGN_PASSWORD when set (the service reads it), else asked at the keyboard."""
    from desk_app.services.digitisation.signing_keys import PASSWORD_VARIABLE, given_password

    try:
        return given_password(source, None)
    except UserError:
        if not sys.stdin.isatty():
            raise UserError(f"{source.secret_name}: không có bàn phím để hỏi; đặt "
                            f"{PASSWORD_VARIABLE}") from None
        return getpass.getpass(f"{source.secret_name}: ")


def cmd_sign_setup(args) -> int:
    from desk_app.services.digitisation import sign_setup
    from desk_app.services.digitisation.signing_keys import KeySource

    if bool(args.pkcs12) == bool(args.pkcs11):
        raise UserError("Khoá ký: chọn một trong --pkcs12 TỆP hoặc --pkcs11 THƯ_VIỆN")
    if args.pkcs12:
        if args.token or args.key:
            raise UserError("Khoá ký: --token và --key chỉ dùng với --pkcs11")
        source = KeySource("pkcs12", args.pkcs12)
    else:
        source = KeySource("pkcs11", module=args.pkcs11, token=args.token or "",
                           key=args.key or "")
    result = sign_setup.set_up(args.desk, sign_setup.check_source(source), _password(source),
                               [Path(f) for f in args.trust])
    out(f"Đã lưu khoá ký: {result.source.describe()}")
    out(f"Ký thử: người ký {result.probe.signer}; chứng thư gốc tin cậy: "
        f"{result.trusted_roots}")
    if result.probe.valid:
        out("Chữ ký thử hợp lệ.")
    else:
        out(f"Cảnh báo: chữ ký thử chưa hợp lệ — {result.probe.problem}")
    return EXIT_OK


def cmd_sign_verify(args) -> int:
    from desk_app.services.digitisation.signing import verify_office_pdf

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Tệp: không đọc được {path} ({exc.strerror or exc})") from exc
    check = verify_office_pdf(args.desk, data)
    answer = {key: getattr(check, key) for key in CHECK_KEYS}
    if args.format == "json":
        out(render([], [], "json", whole=answer))
    else:
        out(render([answer], CHECK_KEYS, args.format, raw=args.raw))
    return EXIT_OK


def add_sign(parser) -> None:
    sign_sub = group(parser, "sign")
    p = command(sign_sub, "setup", cmd_sign_setup,
                "cài đặt khoá ký số (tệp PKCS#12 hoặc thiết bị ký PKCS#11), ký thử để kiểm tra")
    p.add_argument("--pkcs12", metavar="TỆP", help="tệp khoá .p12/.pfx (mật khẩu hỏi khi chạy "
                   "hoặc lấy từ DESK_APP_SIGN_PASSWORD, không bao giờ lưu)")
    p.add_argument("--pkcs11", metavar="THƯ_VIỆN",
                   help="thư viện PKCS#11 của thiết bị ký (tệp .dll của hãng)")
    p.add_argument("--token", metavar="NHÃN", help="tên (nhãn) token")
    p.add_argument("--key", metavar="NHÃN", help="tên (nhãn) khoá trên token")
    p.add_argument("--trust", metavar="CHỨNG_THƯ", action="append", default=[],
                   help="chứng thư gốc (PEM/DER) mà cơ quan tin cậy khi kiểm tra chữ ký; "
                        "dùng nhiều lần được, thêm vào các chứng thư đã có")
    p = command(sign_sub, "verify", cmd_sign_verify,
                "kiểm tra chữ ký số của một tệp PDF", reads=True)
    p.add_argument("file", metavar="TỆP")
