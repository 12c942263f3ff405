"""The reference in docs/ is the contract scripts rely on: it must name every desk-admin
command and option, the README's pointers into it must lead somewhere, and the JSON keys it
documents must be the ones the commands print."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from desk_app.cli import COMMANDS, build_parser
from desk_app.domain.intake import IntakeRequest
from desk_app.services import office
from desk_app.services.processing import lifecycle
from desk_app.services.reception import intake
from tests.conftest import as_admin

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
COMMAND_LINE = DOCS / "command-line.md"
JSON_OUTPUT = DOCS / "json-output.md"
# Sections of command-line.md whose options hold for every command (or every reading one).
COMMON_SECTIONS = ("Global options and environment", "Options of every reading command")
NOW = "2025-06-10 09:00"


def _sections(path: Path) -> dict[str, str]:
    """Heading text -> the text under it, up to the next heading of the same or a higher
    level (a section holds its subsections)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    headings = [(i, len(m.group(1)), m.group(2).strip()) for i, line in enumerate(lines)
                if (m := re.match(r"(#{1,6}) (.+)", line))]
    sections = {}
    for index, (start, level, title) in enumerate(headings):
        end = next((i for i, lvl, _ in headings[index + 1:] if lvl <= level), len(lines))
        sections[title] = "\n".join(lines[start + 1:end])
    return sections


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices) if actions else {}


def _leaf_commands() -> dict[str, argparse.ArgumentParser]:
    """Every command a user types ("dossier show", "due-date") with its own parser."""
    leaves = {}
    for name, _module, _help in COMMANDS:
        declared = _subcommands(build_parser(name))[name]
        group = _subcommands(declared)
        if group:
            leaves.update({f"{name} {sub}": parser for sub, parser in group.items()})
        else:
            leaves[name] = declared
    return leaves


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return [option for action in parser._actions if not isinstance(action, argparse._HelpAction)
            for option in action.option_strings]


def _mentions(text: str, option: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


def test_every_command_and_option_is_documented_in_the_command_line_reference():
    sections = _sections(COMMAND_LINE)
    common = "\n".join(sections[title] for title in COMMON_SECTIONS)
    missing = []
    for command, parser in _leaf_commands().items():
        section = sections.get(f"`{command}`")
        if section is None:
            missing.append(f"{command}: no section '### `{command}`'")
            continue
        missing += [f"{command}: {option}" for option in _options(parser)
                    if not (_mentions(section, option) or _mentions(common, option))]
    missing += [f"desk-admin: {option}" for option in _options(build_parser())
                if not _mentions(common, option)]
    assert missing == []


def _slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    kept = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return kept.replace(" ", "-")


def _links(path: Path) -> list[str]:
    return re.findall(r"\]\(([^)\s]+)\)", path.read_text(encoding="utf-8"))


def _broken(source: Path, target: str) -> str | None:
    """Why the link from `source` to `target` leads nowhere, None when it resolves."""
    file_part, _, anchor = target.partition("#")
    file = (source.parent / file_part).resolve() if file_part else source
    if not file.is_file():
        return f"{source.name} -> {target}: no such file"
    if anchor and anchor not in {_slug(h) for h in _sections(file)}:
        return f"{source.name} -> {target}: no heading #{anchor}"
    return None


def test_the_readme_points_to_the_reference_and_every_link_into_docs_resolves():
    readme = ROOT / "README.md"
    into_docs = [t for t in _links(readme) if t.startswith("docs/")]
    for reference in ("docs/command-line.md", "docs/import-files.md", "docs/json-output.md"):
        assert any(t.partition("#")[0] == reference for t in into_docs), reference
    between_docs = [(page, t) for page in DOCS.glob("*.md") for t in _links(page)
                    if not re.match(r"[a-z]+:", t)]
    problems = [_broken(readme, t) for t in into_docs]
    problems += [_broken(page, t) for page, t in between_docs]
    assert [p for p in problems if p] == []


def test_the_readme_names_no_markdown_file_the_repository_does_not_hold():
    # It once sent readers to FORMATS.md for the import columns: a file outside the repository.
    named = set(re.findall(r"[\w./-]+\.md\b", (ROOT / "README.md").read_text(encoding="utf-8")))
    assert sorted(n for n in named if not (ROOT / n).is_file()) == []


# -- the JSON keys ------------------------------------------------------------------------------

MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
TYPES = {
    "string": lambda v: isinstance(v, str),
    "moment": lambda v: isinstance(v, str) and MOMENT.fullmatch(v) is not None,
    "date": lambda v: isinstance(v, str) and DATE.fullmatch(v) is not None,
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "list": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def _documented_keys(command: str) -> dict[str, str]:
    """key path (`events[].kind`) -> its type, from the table under "## `command`"."""
    table = {}
    for line in _sections(JSON_OUTPUT)[f"`{command}`"].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and (m := re.fullmatch(r"`([\w\[\].]+)`", cells[0])):
            table[m.group(1)] = cells[1]
    return table


def _printed_keys(value, documented: dict[str, str], prefix: str = "") -> dict[str, list]:
    """key path -> the values printed under it, going into a list or an object only where
    the reference documents the keys inside it."""
    objects = value if isinstance(value, list) else [value]
    found: dict[str, list] = {}
    for item in objects:
        for key, inner in item.items():
            path = prefix + key
            found.setdefault(path, []).append(inner)
            if any(k.startswith(path + "[].") for k in documented) and isinstance(inner, list):
                for nested, values in _printed_keys(inner, documented, path + "[].").items():
                    found.setdefault(nested, []).extend(values)
    return found


def _desk_admin(url: str, *argv: str):
    environment = {**os.environ, "DESK_APP_NOW": NOW, "PYTHONPATH": str(ROOT)}
    environment.pop("DESK_APP_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from desk_app.cli import main; sys.exit(main())",
         "--db", url, *argv, "--format", "json"],
        capture_output=True, env=environment, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return json.loads(done.stdout.decode("utf-8"))


@pytest.fixture
def office_with_dossiers(db_url):
    """An office with one dossier late and handed over, and one received today."""
    desk = as_admin(db_url)
    office.set_value(desk, "agency_code", "000.00.00.H49")
    late = intake.receive(desk, IntakeRequest("1.004873", "Trần Thị Bích", phone="0905123456"),
                          received_at=datetime(2025, 6, 2, 8, 0))
    lifecycle.transfer(desk, late.code, "Phòng Tư pháp", "Lê Văn Nam", "",
                       at=datetime(2025, 6, 2, 9, 0))
    intake.receive(desk, IntakeRequest("1.001193", "Nguyễn Văn Đức"),
                   received_at=datetime(2025, 6, 10, 8, 30))
    return db_url, late.code


@pytest.mark.parametrize("argv", [
    ("due-date", "--procedure", "1.001193", "--received", "2025-06-10 15:20"),
    ("dossier", "show", "{late}"),
    ("overdue",),
], ids=lambda argv: " ".join(argv[:2]) if argv[0] == "dossier" else argv[0])
def test_the_json_keys_documented_are_the_keys_the_command_prints(office_with_dossiers, argv):
    url, late = office_with_dossiers
    argv = [a.format(late=late) for a in argv]
    command = " ".join(argv[:2]) if argv[0] == "dossier" else argv[0]
    documented = _documented_keys(command)
    printed = _printed_keys(_desk_admin(url, *argv), documented)
    assert printed, "the command printed nothing to compare"
    assert sorted(printed) == sorted(documented)
    wrong = {}
    for path, values in printed.items():
        kinds = [k.strip() for k in documented[path].split(" or ")]
        bad = [v for v in values if not any(TYPES[k](v) for k in kinds)]
        if bad:
            wrong[path] = (documented[path], bad)
    assert wrong == {}
