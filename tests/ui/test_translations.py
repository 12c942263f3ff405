"""The Vietnamese translation covers every interface string and is compiled."""

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from desk_app.paths import PROJECT_ROOT, TRANSLATIONS_DIR

TS = TRANSLATIONS_DIR / "desk_app_vi.ts"


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "translations_script", PROJECT_ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sources(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {(c.findtext("name"), m.findtext("source"))
            for c in root.iter("context") for m in c.iter("message")}


def test_no_unfinished_or_empty_translation():
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        assert translation.get("type") is None, message.findtext("source")
        texts = [translation.text] if message.get("numerus") != "yes" else [
            f.text for f in translation]
        assert all(t and t.strip() for t in texts), message.findtext("source")


def test_every_source_string_of_the_interface_is_in_the_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    _load_script().lupdate(fresh)
    missing = _sources(fresh) - _sources(TS)
    assert not missing, f"run scripts/translations.py update: {sorted(missing)}"


def test_compiled_translation_is_newer_than_its_source():
    qm = TS.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 100


def test_no_tr_call_hidden_in_an_f_string():
    """lupdate cannot see tr() inside f-strings, so such a string would stay English."""
    offenders = [str(p) for p in (PROJECT_ROOT / "desk_app" / "ui").rglob("*.py")
                 if re.search(r"\{self\.tr\(|\{QCoreApplication\.translate\(",
                              p.read_text(encoding="utf-8"))]
    assert offenders == []
