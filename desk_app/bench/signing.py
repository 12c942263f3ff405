"""Signing a 20-page scan as the counter does (a benchmark, not a test).

    python -m desk_app.bench.signing [--pages 20] [--runs 5]

Makes a scan as a flatbed scanner at 300 dpi gives it (A4 pages of grey paper with lines of
text, JPEG, one image a page), a throw-away signing key in a PKCS#12 file, and an
SQLite office with the key set up; then times `sign_pdf` (settings read, key unlocked, the
incremental update written) and `verify_pdf`. Prints the file's size and each step's median,
and the first signing in a new process (what `desk-admin dossier attach` pays: pyHanko's
imports, aiohttp among them, come first).
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desk_app.bench.kit import bench_desk
from desk_app.services.desk import Desk
from desk_app.services.digitisation import sign_setup, signing
from desk_app.services.digitisation.signing_keys import KeySource
from desk_app.services.setup import init_database

PASSWORD = "bench"
A4_300_DPI = (2480, 3508)


def scan_pdf(pages: int) -> bytes:
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    document = canvas.Canvas(buffer, pagesize=A4)
    rng = random.Random(7)
    for number in range(pages):
        # Grey paper with a faint grain and 40 lines of "text", as a clerk scans a paper in
        # grey at the scanner's usual quality.
        grain = Image.effect_noise((A4_300_DPI[0] // 8, A4_300_DPI[1] // 8), 3)
        image = grain.resize(A4_300_DPI, Image.BILINEAR).point(lambda v: 215 + v // 8)
        draw = ImageDraw.Draw(image)
        for line in range(40):
            width = rng.randint(900, 2100)
            draw.rectangle((200, 250 + line * 75, 200 + width, 272 + line * 75), fill=40)
        draw.text((200, 120), f"Trang {number + 1}", fill=0)
        jpeg = io.BytesIO()
        image.save(jpeg, "JPEG", quality=60, dpi=(300, 300))
        jpeg.seek(0)
        document.drawImage(ImageReader(jpeg), 0, 0, *A4)
        document.showPage()
    document.save()
    return buffer.getvalue()


def throwaway_pkcs12(path: Path) -> Path:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Cán bộ đo tốc độ")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"bench", key, certificate, None,
        serialization.BestAvailableEncryption(PASSWORD.encode())))
    path.with_suffix(".pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{(folder / 'bench.sqlite3').as_posix()}"
    init_database(Desk(url))
    desk = bench_desk(url)
    p12 = throwaway_pkcs12(folder / "key.p12")
    sign_setup.set_up(desk, KeySource("pkcs12", str(p12)), PASSWORD, [p12.with_suffix(".pem")])
    scan = scan_pdf(args.pages)
    print(f"scan: {args.pages} pages at 300 dpi, {len(scan) / 1e6:.1f} MB")

    def median(name: str, action) -> object:
        times, result = [], None
        for _ in range(args.runs):
            started = time.perf_counter()
            result = action()
            times.append(time.perf_counter() - started)
        print(f"{name:<28} {statistics.median(times):6.3f} s (median of {args.runs}, "
              f"max {max(times):.3f} s)")
        return result

    signed = median("sign_pdf", lambda: signing.sign_pdf(desk, scan, reason="Sao y bản chính",
                                                          password=PASSWORD))
    check = median("verify_office_pdf", lambda: signing.verify_office_pdf(desk, signed))
    print(f"signed file: {len(signed) / 1e6:.1f} MB, scan intact: {signed.startswith(scan)}, "
          f"valid: {check.valid}")
    (folder / "scan.pdf").write_bytes(scan)
    first = subprocess.run(
        [sys.executable, "-c", _FIRST_SIGNING, url, str(folder / "scan.pdf"), PASSWORD],
        check=True, capture_output=True, text=True).stdout.strip()
    print(f"{'first sign_pdf in a process':<28} {float(first):6.3f} s (imports included)")


# Run in a new process: the time from nothing imported to the signed bytes.
_FIRST_SIGNING = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from desk_app.bench.kit import bench_desk
from desk_app.services.digitisation import signing
url, scan, password = sys.argv[1:]
signing.sign_pdf(bench_desk(url), Path(scan).read_bytes(), reason="Sao y", password=password)
print(time.perf_counter() - started)
"""


if __name__ == "__main__":
    main()
