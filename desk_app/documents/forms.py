"""Form numbers, titles and fixed wording, read from `resources/forms/<set>.json`.

The wording is data so an office can correct a sentence or follow a new circular without a new
release. A set file holds `common` phrases (Quốc hiệu, date line, signature notes...) and one
entry per form with its `label` ("Mẫu số 01"), `title` and the form's own phrases; a form's
phrase overrides a common one of the same name. Phrases are `str.format` templates.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from desk_app.paths import FORMS_DIR

FORM_KEYS = (
    "receipt",
    "supplement_request",
    "refusal",
    "apology",
    "stop_notice",
    "closing_notice",
    "control_sheet",
    "register",
    "result_handover",
)


class UnknownFormError(LookupError):
    """A form set, form or phrase that the data files do not have."""


class FormDataError(ValueError):
    """A form set file that cannot be used as it is."""


@dataclass(frozen=True)
class FormText:
    """The wording of one form in one form set."""

    form_set: str
    key: str
    label: str
    title: str
    phrases: Mapping[str, str]

    def template(self, name: str) -> str:
        """The raw template of phrase `name`."""
        try:
            return self.phrases[name]
        except KeyError:
            raise UnknownFormError(
                f"form set {self.form_set!r}, form {self.key!r} has no phrase {name!r}"
            ) from None

    def text(self, name: str, /, **values: Any) -> str:
        """The phrase `name` with its `{placeholders}` filled from `values`."""
        return self.fill(name, self.template(name), values)

    def fill(self, name: str, template: str, values: Mapping[str, Any]) -> str:
        """Fill `template`, a transformed copy of phrase `name` (e.g. escaped for markup)."""
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError) as exc:
            raise FormDataError(
                f"form set {self.form_set!r}, form {self.key!r}, phrase {name!r}: "
                f"template {template!r} does not fit the values {sorted(values)}: {exc}"
            ) from exc


def available_form_sets() -> list[str]:
    """The form sets the program has data for, e.g. ["2018", "2025"]."""
    return sorted(path.stem for path in FORMS_DIR.glob("*.json"))


def form_text(form_set: str, key: str) -> FormText:
    """The wording of form `key` (one of FORM_KEYS) in `form_set` ("2025" or "2018")."""
    forms = _load_set(form_set)
    try:
        return forms[key]
    except KeyError:
        raise UnknownFormError(
            f"form set {form_set!r} has no form {key!r}; it has: {', '.join(forms)}"
        ) from None


@cache
def _load_set(form_set: str) -> Mapping[str, FormText]:
    known = available_form_sets()
    # Only names found on disk are opened, so a set name can never reach outside FORMS_DIR.
    if form_set not in known:
        raise UnknownFormError(f"unknown form set {form_set!r}; known sets: {', '.join(known)}")
    path = FORMS_DIR / f"{form_set}.json"
    data = _read_json(path)
    common = _phrases(path, "common", data.get("common", {}))
    forms_data = data.get("forms")
    if not isinstance(forms_data, dict):
        raise FormDataError(f"{path}: missing the 'forms' object")
    forms: dict[str, FormText] = {}
    for key, entry in forms_data.items():
        if key not in FORM_KEYS:
            raise FormDataError(f"{path}: unknown form {key!r}; forms are {', '.join(FORM_KEYS)}")
        own = _phrases(path, key, entry)
        missing = [field for field in ("label", "title") if field not in own]
        if missing:
            raise FormDataError(f"{path}: form {key!r} lacks {', '.join(missing)}")
        forms[key] = FormText(
            form_set=form_set,
            key=key,
            label=own["label"],
            title=own["title"],
            phrases=MappingProxyType({**common, **own}),
        )
    return MappingProxyType(forms)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise FormDataError(f"{path}: not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise FormDataError(f"{path}: the top level must be an object")
    return data


def _phrases(path: Path, section: str, entry: object) -> dict[str, str]:
    if not isinstance(entry, dict) or not all(isinstance(value, str) for value in entry.values()):
        raise FormDataError(f"{path}: {section!r} must map phrase names to strings")
    # An office editing the file with Unikey may save decomposed letters; print them composed.
    return {name: unicodedata.normalize("NFC", value) for name, value in entry.items()}
