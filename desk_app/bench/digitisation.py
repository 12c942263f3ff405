"""Attaching a scan (a benchmark, not a test).

    python -m desk_app.bench.digitisation [--pages 20] [--rounds 5] [--db URL]

Draws `--pages` A4 pages at 300 dpi as a scanner's JPEGs (grain, lines of text, different in
every round so that nothing is already stored), attaches them as one document of a received
dossier (one PDF, written to the store and fsynced, its rows committed) and prints the median
and spread; then an intake without any file, the figure the file store must not change.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageDraw

from desk_app.bench.kit import bench_desk, spread
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.demo.sample import DEMO_OFFICE
from desk_app.services.desk import Desk
from desk_app.services.digitisation import attachments
from desk_app.services.reception import intake
from desk_app.services.setup import init_database

A4_300_DPI = (2480, 3508)


def scan_page(path: Path, label: str, seed: int) -> Path:
    """One page as a flatbed scanner saves it: off-white, grain, dark lines of text."""
    generator = random.Random(seed)
    image = Image.effect_noise(A4_300_DPI, 12).convert("RGB")
    image = Image.blend(image, Image.new("RGB", A4_300_DPI, (246, 244, 238)), 0.85)
    draw = ImageDraw.Draw(image)
    for line in range(60):
        y = 250 + line * 52
        width = generator.randint(900, 2000)
        draw.rectangle([(230, y), (230 + width, y + 18)], fill=(40, 40, 50))
    draw.text((230, 120), label, fill="black")
    image.save(path, "JPEG", quality=85, dpi=(300, 300))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        url = args.db or f"sqlite:///{(root / 'bench.sqlite3').as_posix()}"
        init_database(Desk(url))
        desk = bench_desk(url)
        for key, value in DEMO_OFFICE.items():
            office.set_value(desk, key, value)
        now = datetime.now().replace(second=0, microsecond=0)
        code = intake.receive(desk, IntakeRequest("1.004873", "Người đo"), received_at=now).code
        times, size = [], 0
        for round_ in range(args.rounds):
            pages = [scan_page(root / f"r{round_}-p{n}.jpg", f"{round_}/{n}", round_ * 1000 + n)
                     for n in range(args.pages)]
            size = sum(p.stat().st_size for p in pages)
            start = time.perf_counter()
            attachments.attach(desk, code, 1, pages)
            times.append(time.perf_counter() - start)
        low, high = spread(times)
        print(f"attach {args.pages} pages at 300 dpi ({size / 1_000_000:.1f} MB of JPEG): "
              f"median {statistics.median(times):.2f} s (spread {low:.2f}-{high:.2f} s)")
        intakes = []
        for n in range(20):
            start = time.perf_counter()
            intake.receive(desk, IntakeRequest("1.004873", f"Người đo {n}"), received_at=now)
            intakes.append(time.perf_counter() - start)
        print(f"intake without a file: median {statistics.median(intakes) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
