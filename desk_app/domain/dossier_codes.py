"""Whose identifier starts a new dossier code (Decree 118/2025/NĐ-CP Art. 28(2)).

Decree 118 builds the code from the identifier of the agency competent to settle the dossier
(`settling`); Circular 01/2018 and Decree 61 used the receiving desk's own (`receiving`). The
office key `code_agency` chooses; empty, it follows the form set (2025: settling, 2018:
receiving). A procedure whose catalogue row has no `agency_code` falls back to the office's own
`agency_code`, as does every procedure under `receiving`. Codes already issued are stored and
never rebuilt: changing the rule changes only the codes still to come.
"""

from __future__ import annotations

CODE_AGENCIES = ("settling", "receiving")
_BY_FORM_SET = {"2025": "settling", "2018": "receiving"}


def code_agency_rule(setting: str, form_set: str) -> str:
    """The rule in force: the office's `code_agency`, else the one of its form set."""
    return setting or _BY_FORM_SET.get(form_set, "settling")


def code_agency(rule: str, settling_agency_code: str, office_agency_code: str) -> str:
    """The identifier that starts the code of a dossier of a procedure settled by
    `settling_agency_code` ("" when the catalogue does not say), received by the office."""
    if rule == "settling" and settling_agency_code:
        return settling_agency_code
    return office_agency_code
