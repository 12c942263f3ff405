"""What the Windows installer puts where every user of the PC finds it."""

from pathlib import Path

ISS = Path(__file__).resolve().parent.parent / "packaging" / "desk_app.iss"


def _section(name: str) -> list[str]:
    lines, inside = [], False
    for line in ISS.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            inside = line.strip() == f"[{name}]"
        elif inside and line.strip() and not line.startswith(";"):
            lines.append(line)
    return lines


def test_the_start_menu_offers_the_program_not_desk_admin():
    icons = _section("Icons")
    assert any("{#AppExe}" in line for line in icons)
    assert not [line for line in icons if "desk-admin" in line or "{cmd}" in line]
