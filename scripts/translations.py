"""Keep the Vietnamese translation in step with the interface's English source strings.

    python scripts/translations.py update [NEW.json]   # lupdate; fill entries from NEW.json
    python scripts/translations.py release             # compile .ts -> .qm

NEW.json maps English source text to Vietnamese (a list of forms for %n plurals); it is a
convenience for filling many entries at once: the .ts file stays the one source of truth.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "desk_app_vi.ts"
BIN = Path(sys.executable).parent


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desk_app" / "ui").rglob("*.py"))


def lupdate(target: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *ui_sources(), "-no-obsolete", "-ts", str(target),
         "-target-language", "vi_VN"],
        cwd=ROOT, check=True, capture_output=True,
    )


def fill(translations: dict[str, str | list[str]]) -> int:
    tree = ET.parse(TS)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source not in translations or translation.get("type") != "unfinished":
            continue
        value = translations[source]
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for text in value if isinstance(value, list) else [value]:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = value
        del translation.attrib["type"]
        filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled


def release() -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   check=True, capture_output=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        lupdate(TS)
        if len(argv) > 1:
            fill(json.loads(Path(argv[1]).read_text(encoding="utf-8")))
        release()
        return 0
    if argv[:1] == ["release"]:
        release()
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
