"""EK002 invalid-plan."""

from __future__ import annotations

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Rule, S

RULE = Rule(
    code="EK002",
    name="invalid-plan",
    severity=Severity.ERROR,
    messages={
        "empty": (
            "filen är tom; en plan behöver minst ”organisation” och ”insatser”",
            "the file is empty; a plan needs at least “organisation” and “insatser”",
        ),
        "root": (
            "en plan ska vara en mappning med nycklarna ”organisation” och ”insatser”, inte {got}",
            "a plan must be a mapping with the keys “organisation” and “insatser”, not {got}",
        ),
        "missing": (
            "nyckeln ”{key}” saknas i {where}",
            "the key “{key}” is missing in {where}",
        ),
        "unknown_key": (
            "okänd nyckel ”{key}” i {where}",
            "unknown key “{key}” in {where}",
        ),
        "not_text": (
            "”{key}” ska vara en text, inte {got}",
            "“{key}” must be text, not {got}",
        ),
        "empty_text": (
            "”{key}” får inte vara tom",
            "“{key}” must not be empty",
        ),
        "id_pattern": (
            "id ”{value}” får bara innehålla bokstäver, siffror, -, _ och .",
            "the id “{value}” may only contain letters, digits, -, _ and .",
        ),
        "not_number": (
            "”{key}” ska vara ett tal, inte {got}",
            "“{key}” must be a number, not {got}",
        ),
        "not_number.comma": (
            "”{key}” ska vara ett tal med decimalpunkt (”{fixed}”), inte ”{value}”",
            "“{key}” must be a number with a decimal point (“{fixed}”), not “{value}”",
        ),
        "not_finite": (
            "”{key}” ska vara ett ändligt tal, inte {value}",
            "“{key}” must be a finite number, not {value}",
        ),
        "not_integer": (
            "”{key}” ska vara ett heltal, inte {got}",
            "“{key}” must be a whole number, not {got}",
        ),
        "year_range": (
            "”{key}” ska vara ett årtal (ÅÅÅÅ), inte {value}",
            "“{key}” must be a year (YYYY), not {value}",
        ),
        "empty_list": (
            "”{key}” ska ha minst ett värde",
            "“{key}” needs at least one value",
        ),
        "not_list": (
            "”{key}” ska vara en lista, inte {got}",
            "“{key}” must be a list, not {got}",
        ),
        "not_mapping": (
            "”{key}” ska vara en mappning (nyckel: värde), inte {got}",
            "“{key}” must be a mapping (key: value), not {got}",
        ),
        "not_mapping.item": (
            "varje post i ”{key}” ska vara en mappning (nyckel: värde), inte {got}",
            "each entry of “{key}” must be a mapping (key: value), not {got}",
        ),
        "enum": (
            "”{value}” är inget giltigt värde för ”{key}”; tillåtna: {allowed}",
            "“{value}” is not a valid value for “{key}”; allowed: {allowed}",
        ),
        "date": (
            "”{key}” ska vara ett datum ÅÅÅÅ-MM-DD eller ett årtal ÅÅÅÅ, inte ”{value}”",
            "“{key}” must be a date YYYY-MM-DD or a year YYYY, not “{value}”",
        ),
        "date_nonexistent": (
            "{value} finns inte i kalendern (”{key}”)",
            "{value} is not in the calendar (“{key}”)",
        ),
        "delmal": (
            "”{value}” är inget delmål; ange 1-6 eller makt, ekonomi, utbildning, omsorg, "
            "hälsa, våld",
            "“{value}” is not a delmål; give 1-6 or makt, ekonomi, utbildning, omsorg, hälsa, våld",
        ),
        "rule_code": (
            "”{value}” är ingen känd regelkod",
            "“{value}” is not a known rule code",
        ),
        "point_time": (
            "mätpunkten saknar ”år” eller ”datum”",
            "the measurement point has neither “år” nor “datum”",
        ),
        "point_mixed": (
            "mätpunkten blandar kvinnor/män med flickor/pojkar; välj det ena",
            "the measurement point mixes kvinnor/män with flickor/pojkar; use one pair",
        ),
        "point_year_mismatch": (
            "”år: {year}” och ”datum: {date}” stämmer inte överens",
            "“år: {year}” and “datum: {date}” do not agree",
        ),
        "version": (
            "formatversion {value} stöds inte; effektkedja läser version 1",
            "format version {value} is not supported; effektkedja reads version 1",
        ),
        "other": (
            "ogiltigt värde för ”{key}”: {detail}",
            "invalid value for “{key}”: {detail}",
        ),
    },
    advice=Advice(
        (S,),
        "Rätta nyckeln eller värdet enligt meddelandet. En redigerare som läser planens "
        "JSON-schema (effektkedja schema) visar sådana fel medan du skriver.",
        "Fix the key or value as the message says. An editor that reads the plan's JSON "
        "Schema (effektkedja schema) shows such errors while you type.",
    ),
)
