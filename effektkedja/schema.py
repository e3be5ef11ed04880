"""JSON Schema (draft 2020-12) of the plan format, for editors and other validators.

``effektkedja schema`` prints it. With the modeline
``# yaml-language-server: $schema=effektkedja.schema.json`` an editor completes keys and
values, marks what is wrong as you type and shows each key's title and
description on hover (in Swedish; ``--lang en`` gives English texts).

The schema is generated from the pydantic models in :mod:`effektkedja.model`, the
format's single source, by pydantic's own generator. :class:`_PlanSchemaGenerator`
teaches it what the model's validators accept beyond what pydantic can describe,
and :func:`_part` what belongs to each mapping:

- every key with å, ä or ö is also accepted ASCII-folded (``malgrupp``), but not
  both spellings in one mapping (``check`` reports that as EK003, an error);
  editors only suggest the canonical key;
- every text also takes a number (the model reads ``ansvarig: 123`` as text);
- enumerated values, ``delmål`` and rule codes: an ``enum`` of the usual
  spellings (what editors offer for completion) beside a pattern that matches
  exactly the spellings ``check`` accepts: ASCII-folded, for ``delmål`` and rule
  codes also in any case and with surrounding spaces (exact for every character
  of the basic multilingual plane);
- dates are ``YYYY-MM-DD`` days that exist in the calendar, or a year;
- ``leder_till`` and ``delmål`` take one value or a list; a measurement point
  needs ``år`` or ``datum`` and does not mix kvinnor/män with flickor/pojkar.

The rule is that every plan ``check`` accepts validates. Where JSON Schema cannot
say what ``check`` refuses, or another YAML reader hands the validator different
data, the schema accepts:

- ``år`` and ``datum`` in one point naming different years;
- whole numbers written with a decimal point (``version: 1.0``, ``år: 2024.0``):
  JSON Schema does not tell 1.0 from 1;
- ``.nan`` and ``.inf``: JSON has no such numbers, so no keyword refuses them;
- YAML 1.1 numbers (``010``, ``0x1A``, ``1_000``) and merge keys (``<<``), which
  check-jsonschema's YAML reader resolves and ``check`` refuses;
- characters in an id beyond U+036F other than general punctuation (U+2000-U+206F):
  the model allows any letter of any script, which portable patterns cannot name.

The one place where the schema is stricter: digits other than 0-9 in a date (and
control characters around a value that ``check`` strips, see :func:`_padded`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from effektkedja.domain import (
    DELMAL_NAMES,
    Direction,
    Level,
    OrganisationType,
    ProductType,
    Scope,
    Status,
)
from effektkedja.loader import fold
from effektkedja.messages import LANGUAGES
from effektkedja.model import (
    Application,
    Decision,
    Exemption,
    FormatModel,
    Id,
    Indicator,
    Initiative,
    Period,
    Plan,
    Point,
    Product,
    _check_rule_code,
    _check_version,
    _one_or_many,
    as_written,
    parse_date,
    parse_delmal,
)
from effektkedja.rules import CODES

#: Stable address of format version 1; a new format version gets a new address.
SCHEMA_ID = "https://effektkedja.se/schema/plan-1.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def plan_schema(lang: str = "sv") -> dict[str, Any]:
    """The JSON Schema of a plan file, with titles and descriptions in ``lang`` (sv or en)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    generated = _resolve_values(
        Plan.model_json_schema(
            by_alias=True, mode="validation", schema_generator=_PlanSchemaGenerator
        )
    )
    generated_defs = generated.pop("$defs")
    defs = {
        model.__name__: _part(model, generated_defs[model.__name__], lang)
        for model in _PARTS
        if model is not Plan
    }
    for name, build in _VALUES.items():
        defs[name] = _with_hover(build(), _VALUE_TEXTS[name], lang)
    return {"$schema": DIALECT, "$id": SCHEMA_ID, **_part(Plan, generated, lang), "$defs": defs}


def render_schema(lang: str = "sv") -> str:
    """:func:`plan_schema` as the JSON text ``effektkedja schema`` prints."""
    return json.dumps(plan_schema(lang), ensure_ascii=False, indent=2) + "\n"


# --- pydantic's generator, taught the format's validators ------------------------------------

#: Marks a value type in pydantic's output (pydantic only lets refs to its own models through);
#: :func:`_resolve_values` turns it into a reference to the value type in ``$defs``.
_VALUE = "x-effektkedja-value"


def _value(name: str) -> JsonSchemaValue:
    return {_VALUE: name}


def _resolve_values(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_resolve_values(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if _VALUE in schema:
        rest = {key: value for key, value in schema.items() if key != _VALUE}
        return {"$ref": f"#/$defs/{schema[_VALUE]}", **rest}
    return {key: _resolve_values(value) for key, value in schema.items()}


class _PlanSchemaGenerator(GenerateJsonSchema):
    """pydantic's generator, taught the plan format's value types and validators."""

    def generate_inner(self, schema: Any) -> JsonSchemaValue:
        # Dates and delmål carry a placeholder schema in the model; the validator decides.
        if isinstance(schema, dict) and schema.get("type") == "function-plain":
            function = schema["function"]["function"]
            if function is parse_date:
                return _value("Date")
            if function is parse_delmal:
                return _value("Delmal")
        return super().generate_inner(schema)

    def function_before_schema(
        self, schema: core_schema.BeforeValidatorFunctionSchema
    ) -> JsonSchemaValue:
        function = schema["function"]["function"]
        if function is _one_or_many:
            many = self.generate_inner(schema["schema"])
            return {"anyOf": [many["items"], many, {"type": "null"}]}
        if function is _check_rule_code:
            return _value("RuleCode")
        if function is as_written:  # numbers as text: the text schema says what is allowed
            return self.generate_inner(schema["schema"])
        return super().function_before_schema(schema)

    def function_after_schema(
        self, schema: core_schema.AfterValidatorFunctionSchema
    ) -> JsonSchemaValue:
        if schema["function"]["function"] is _check_version:
            return {"const": 1}
        return super().function_after_schema(schema)

    def enum_schema(self, schema: core_schema.EnumSchema) -> JsonSchemaValue:
        return _value(schema["cls"].__name__)

    def str_schema(self, schema: core_schema.StringSchema) -> JsonSchemaValue:
        if "pattern" in schema and schema["pattern"] == _id_model_pattern():
            return _value("Id")
        if schema.get("min_length") == 1 and "pattern" not in schema:
            return _value("Text")
        return super().str_schema(schema)


@cache
def _id_model_pattern() -> object:
    schema: Any = TypeAdapter(Id).core_schema
    while "pattern" not in schema and "schema" in schema:
        schema = schema["schema"]  # through the numbers-as-text validator
    return schema.get("pattern")


# --- one mapping of the format ----------------------------------------------------------------


def _part(model: type[FormatModel], generated: dict[str, Any], lang: str) -> dict[str, Any]:
    """One model's object schema: texts in ``lang``, folded keys, the model's own checks."""
    properties: dict[str, Any] = {}
    checks: list[dict[str, Any]] = []
    for name, field in model.model_fields.items():
        key = field.alias or name
        value = _with_hover(
            _without_noise(generated["properties"][key]), _KEYS[model, key], lang, field.description
        )
        properties[key] = value
        folded = fold(key)
        if folded != key:
            note = _FOLDED_NOTE[lang].format(key=key)
            description = f"{value['description'].rstrip('.')}. {note}"
            properties[folded] = {**value, "description": description, "doNotSuggest": True}
            checks.append({"not": {"required": [key, folded]}})
    required = generated.get("required", [])
    checks += [
        {"anyOf": [{"required": [key]}, {"required": [fold(key)]}]}
        for key in required
        if fold(key) != key
    ]
    if model is Point:
        checks += _point_checks()
    part: dict[str, Any] = {"type": "object", "properties": properties}
    plain_required = [key for key in required if fold(key) == key]
    if plain_required:
        part["required"] = plain_required
    part["additionalProperties"] = False
    if checks:
        part["allOf"] = checks
    return _with_hover(part, _PARTS[model], lang)


def _without_noise(schema: dict[str, Any]) -> dict[str, Any]:
    """Drop pydantic's own title and description, and ``default: null`` (null means absent)."""
    return {
        key: value
        for key, value in schema.items()
        if key not in ("title", "description") and not (key == "default" and value is None)
    }


def _present(*keys: str) -> dict[str, Any]:
    """Any of ``keys``, in either spelling, is given with a value other than null."""
    spellings = dict.fromkeys(spelling for key in keys for spelling in (key, fold(key)))
    return {
        "anyOf": [
            {"required": [key], "properties": {key: {"not": {"type": "null"}}}} for key in spellings
        ]
    }


def _point_checks() -> list[dict[str, Any]]:
    """What :meth:`effektkedja.model.Point._check` asks of a point, as far as JSON Schema can."""
    return [
        _present("år", "datum"),
        {"not": {"allOf": [_present("kvinnor", "män"), _present("flickor", "pojkar")]}},
    ]


# --- value types ------------------------------------------------------------------------------


def _text() -> dict[str, Any]:
    # FormatModel coerces numbers to text: ``ansvarig: 123`` is the text "123".
    return {"anyOf": [{"type": "string", "minLength": 1}, {"type": "number"}]}


def _id() -> dict[str, Any]:
    return {"anyOf": [{"type": "string", "pattern": _id_pattern()}, {"type": "number"}]}


def _date() -> dict[str, Any]:
    year = "(?!0000)[0-9]{4}"  # Python's calendar has no year 0
    leap_year = (
        "(?!0000)(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
    )
    month_day = (
        "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
        "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
        "|02-(?:0[1-9]|1[0-9]|2[0-8]))"
    )
    return {
        "anyOf": [
            {"type": "string", "pattern": _padded(f"{year}(?:-{month_day})?|{leap_year}-02-29")},
            {"type": "integer", "minimum": 1000, "maximum": 9999},
        ]
    }


def _delmal() -> dict[str, Any]:
    names = [name for pair in DELMAL_NAMES.values() for name in pair]
    numbers = [str(goal.value) for goal in DELMAL_NAMES]
    return {
        "anyOf": [
            {"type": "integer", "minimum": 1, "maximum": 6},
            {"type": "string", "enum": names},
            {"type": "string", "pattern": _spellings([*numbers, *names], _fold_lower, strip=True)},
        ]
    }


def _rule_code() -> dict[str, Any]:
    codes = list(CODES)
    return {
        "type": "string",
        "anyOf": [{"enum": codes}, {"pattern": _spellings(codes, _upper, strip=True)}],
    }


def _enumeration(values: list[str]) -> dict[str, Any]:
    usual = list(dict.fromkeys([*values, *(fold(value) for value in values)]))
    return {"type": "string", "anyOf": [{"enum": usual}, {"pattern": _spellings(values, fold)}]}


_VALUES: dict[str, Callable[[], dict[str, Any]]] = {
    "Text": _text,
    "Id": _id,
    "Date": _date,
    "Delmal": _delmal,
    "RuleCode": _rule_code,
    "Level": lambda: _enumeration([member.value for member in Level]),
    "OrganisationType": lambda: _enumeration([member.value for member in OrganisationType]),
    "Status": lambda: _enumeration([member.value for member in Status]),
    "ProductType": lambda: _enumeration([member.value for member in ProductType]),
    "Scope": lambda: _enumeration([member.value for member in Scope]),
    "Direction": lambda: _enumeration([member.value for member in Direction]),
}


# --- patterns ---------------------------------------------------------------------------------
# Patterns are written for both dialects in use: ECMA-262 in unicode mode (editors,
# check-jsonschema) and Python's ``re`` (jsonschema). Characters outside ASCII letters
# and digits are written as \uXXXX, which both read alike.


def _fold_lower(text: str) -> str:
    return fold(text).lower()


def _upper(text: str) -> str:
    return text.upper()


@cache
def _bmp() -> str:
    """Every character of the basic multilingual plane except surrogates."""
    return "".join(chr(point) for point in range(0x10000) if not 0xD800 <= point < 0xE000)


@cache
def _changed_into(normalise: Callable[[str], str]) -> dict[str, frozenset[str]]:
    """For each character, the other characters ``normalise`` turns into it (``ä`` → ``a``)."""
    found: dict[str, set[str]] = {}
    for char in _bmp():
        image = normalise(char)
        if image != char and len(image) == 1:
            found.setdefault(image, set()).add(char)
    return {image: frozenset(chars) for image, chars in found.items()}


def _spelled_as(char: str, normalise: Callable[[str], str]) -> frozenset[str]:
    """Every character that ``normalise`` turns into ``char``."""
    others = _changed_into(normalise).get(char, frozenset())
    return others | {char} if normalise(char) == char else others


def _spellings(words: Iterable[str], normalise: Callable[[str], str], strip: bool = False) -> str:
    """A pattern for every text that ``normalise`` (after ``strip()``) turns into one of ``words``.

    It mirrors how the model compares: ``fold(value)`` for enumerations,
    ``fold(value).strip().lower()`` for delmål, ``value.strip().upper()`` for rule codes.
    """
    keys = sorted({normalise(word) for word in words}, key=lambda key: (-len(key), key))
    alternatives = "|".join(
        "".join(_char_class(_spelled_as(char, normalise)) for char in key) for key in keys
    )
    return _padded(alternatives) if strip else f"^(?:{alternatives})$"


def _padded(alternatives: str) -> str:
    """``alternatives`` as a whole text, with whitespace around it (the model strips it).

    ``\\s`` is what ``str.strip()`` removes, except for a few control characters
    (U+001C-U+001F, U+0085) and the byte-order mark, which no plan has around a value.
    """
    return f"^\\s*(?:{alternatives})\\s*$"


@cache
def _id_pattern() -> str:
    """The model's id pattern, made portable.

    The model's pattern is a Rust regex whose ``\\w`` is any letter of any script;
    ECMA-262 and Python spell that differently. The portable pattern refuses every
    character the model refuses in U+0000-U+036F (Latin) and U+2000-U+206F (general
    punctuation: spaces, dashes, quotes) and allows the rest.
    """
    model = TypeAdapter(Id)
    refused = []
    for point in (*range(0x0370), *range(0x2000, 0x2070)):
        try:
            model.validate_python(chr(point))
        except ValueError:
            refused.append(chr(point))
    return f"^{_char_class(refused, negate=True)}+$"


def _char_class(chars: Iterable[str], negate: bool = False) -> str:
    """A pattern for one of ``chars`` (or, with ``negate``, any other character)."""
    points = sorted({ord(char) for char in chars})
    if len(points) == 1 and not negate:
        char = chr(points[0])
        return char if char.isascii() and (char.isalnum() or char in " -_") else _escape(char)
    ranges: list[list[int]] = []
    for point in points:
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    body = "".join(_span(chr(first), chr(last)) for first, last in ranges)
    return f"[{'^' if negate else ''}{body}]"


def _span(first: str, last: str) -> str:
    if first == last:
        return _escape(first)
    joiner = "-" if ord(last) > ord(first) + 1 else ""
    return f"{_escape(first)}{joiner}{_escape(last)}"


def _escape(char: str) -> str:
    return char if char.isascii() and char.isalnum() else f"\\u{ord(char):04x}"


# --- hover texts ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Hover:
    """Title and description an editor shows, in Swedish and English.

    A key's Swedish description is the model's ``Field(description=...)``, so
    ``sv_description`` is only given for the mappings and value types.
    """

    sv_title: str
    en_title: str
    en_description: str
    sv_description: str | None = None


def _with_hover(
    schema: dict[str, Any], hover: _Hover, lang: str, model_description: str | None = None
) -> dict[str, Any]:
    """``schema`` with ``title`` and ``description`` in ``lang`` first (and as pattern errors)."""
    if lang == "en":
        title, description = hover.en_title, hover.en_description
    else:
        title = hover.sv_title
        description = hover.sv_description or model_description or hover.sv_title
    schema = {"title": title, "description": description, **schema}
    if "anyOf" in schema:  # VS Code shows patternErrorMessage instead of the regular expression
        schema["anyOf"] = [
            {**branch, "patternErrorMessage": description} if "pattern" in branch else branch
            for branch in schema["anyOf"]
        ]
    return schema


_FOLDED_NOTE = {
    "sv": "Samma som ”{key}”, skrivet utan å, ä, ö.",
    "en": "Same as “{key}”, spelt without å, ä, ö.",
}

_PARTS: dict[type[FormatModel], _Hover] = {
    Plan: _Hover(
        "Plan för jämställdhetsintegrering",
        "Gender-mainstreaming plan",
        "A gender-mainstreaming plan (effektkedja format, version 1): an organisation and "
        "its initiatives, each a step in the results chain aktivitet → produkt → "
        "arbetssätt → utfall → samhällseffekt. Check it with: effektkedja check",
        "En plan för jämställdhetsintegrering (effektkedjas format, version 1): en "
        "organisation och dess insatser, var och en ett steg i effektkedjan aktivitet → "
        "produkt → arbetssätt → utfall → samhällseffekt. Kontrollera den med: effektkedja check",
    ),
    Period: _Hover("Period", "Period", "The years the plan covers.", "De år planen gäller."),
    Initiative: _Hover(
        "Insats",
        "Initiative",
        "One initiative of the plan. Its level is the declared nivå, otherwise the one its "
        "evidence (beslut, produkt, tillämpning, indikatorer) or its wording points to.",
        "En insats i planen. Nivån är den angivna nivå, annars den som underlaget "
        "(beslut, produkt, tillämpning, indikatorer) eller ordvalet pekar ut.",
    ),
    Indicator: _Hover(
        "Indikator",
        "Indicator",
        "How the change is measured: for whom, from which baseline, towards which target.",
        "Hur förändringen mäts: för vilka, från vilket utgångsläge, mot vilket mål.",
    ),
    Point: _Hover(
        "Mätpunkt",
        "Measurement point",
        "Values at one time: år or datum (one is required) and any of kvinnor, män, totalt "
        "(or flickor, pojkar in place of kvinnor, män).",
        "Värden vid en tidpunkt: år eller datum (en av dem krävs) och något av kvinnor, män, "
        "totalt (eller flickor, pojkar i stället för kvinnor, män).",
    ),
    Decision: _Hover(
        "Beslut",
        "Decision",
        "The political or administrative decision behind a produkt.",
        "Det politiska eller administrativa beslutet bakom en produkt.",
    ),
    Product: _Hover(
        "Produkt",
        "Product",
        "What kind of product the initiative delivers.",
        "Vad slags produkt insatsen ger.",
    ),
    Application: _Hover(
        "Tillämpning",
        "Application",
        "Who applies the product in their regular work, and since when (arbetssätt).",
        "Vem som tillämpar produkten i ordinarie arbete, och sedan när (arbetssätt).",
    ),
    Exemption: _Hover(
        "Undantag",
        "Exception",
        "A finding the organisation accepts for this initiative, with its reason.",
        "Ett fynd som organisationen godtar för insatsen, med motivering.",
    ),
}

# Swedish title, English title, English description; the Swedish description is the model's.
_KEYS: dict[tuple[type[FormatModel], str], _Hover] = {
    (Plan, "version"): _Hover("Version", "Version", "Version of the format (1)"),
    (Plan, "organisation"): _Hover("Organisation", "Organisation", "Name of the organisation"),
    (Plan, "kortnamn"): _Hover("Kortnamn", "Short name", "Short name"),
    (Plan, "typ"): _Hover(
        "Typ av organisation",
        "Type of organisation",
        "myndighet, kommun, region, lärosäte or annan",
    ),
    (Plan, "period"): _Hover("Period", "Period", "The plan's period"),
    (Plan, "uppdrag"): _Hover("Uppdrag", "Assignment", "Assignment"),
    (Plan, "insatser"): _Hover("Insatser", "Initiatives", "The plan's initiatives"),
    (Period, "från"): _Hover("Från", "From", "First year or day"),
    (Period, "till"): _Hover("Till", "To", "Last year or day"),
    (Initiative, "id"): _Hover("Id", "Id", "Unique identity: letters, digits, - _ ."),
    (Initiative, "namn"): _Hover("Namn", "Name", "Name of the initiative"),
    (Initiative, "beskrivning"): _Hover("Beskrivning", "Description", "Description"),
    (Initiative, "nivå"): _Hover(
        "Nivå", "Level", "The level in the results chain that the plan declares"
    ),
    (Initiative, "ansvarig"): _Hover("Ansvarig", "Owner", "Who is responsible"),
    (Initiative, "status"): _Hover("Status", "Status", "planerad, pågående, genomförd or avbruten"),
    (Initiative, "start"): _Hover("Start", "Start", "Start date"),
    (Initiative, "slut"): _Hover("Slut", "End", "End date"),
    (Initiative, "delmål"): _Hover(
        "Delmål", "Sub-goals", "Sub-goals of the gender-equality policy (1-6)"
    ),
    (Initiative, "målgrupp"): _Hover("Målgrupp", "Target group", "Whose conditions are to change"),
    (Initiative, "leder_till"): _Hover(
        "Leder till", "Leads to", "Ids of the next steps in the chain"
    ),
    (Initiative, "beslut"): _Hover("Beslut", "Decision", "Decision (produkt)"),
    (Initiative, "produkt"): _Hover("Produkt", "Product", "Product"),
    (Initiative, "tillämpning"): _Hover(
        "Tillämpning", "Application", "Application in regular work (arbetssätt)"
    ),
    (Initiative, "indikatorer"): _Hover("Indikatorer", "Indicators", "Indicators"),
    (Initiative, "undantag"): _Hover(
        "Undantag", "Exceptions", "Accepted deviations, with their reasons"
    ),
    (Indicator, "namn"): _Hover("Namn", "Name", "What is measured"),
    (Indicator, "källa"): _Hover("Källa", "Source", "Where the figures come from"),
    (Indicator, "enhet"): _Hover(
        "Enhet", "Unit", "Unit; antal and procent give an analysis of the sex distribution"
    ),
    (Indicator, "omfång"): _Hover("Omfång", "Scope", "organisation, målgrupp or samhälle"),
    (Indicator, "riktning"): _Hover("Riktning", "Direction", "utjämna, öka or minska"),
    (Indicator, "utgångsläge"): _Hover("Utgångsläge", "Baseline", "The baseline"),
    (Indicator, "mål"): _Hover("Mål", "Target", "The target value"),
    (Indicator, "mätningar"): _Hover(
        "Mätningar", "Measurements", "Measurements after the baseline"
    ),
    (Point, "år"): _Hover("År", "Year", "Year of the measurement point"),
    (Point, "datum"): _Hover("Datum", "Date", "Date of the measurement point"),
    (Point, "kvinnor"): _Hover("Kvinnor", "Women", "Value for women"),
    (Point, "män"): _Hover("Män", "Men", "Value for men"),
    (Point, "totalt"): _Hover("Totalt", "Total", "Value for everyone"),
    (Point, "flickor"): _Hover("Flickor", "Girls", "Value for girls"),
    (Point, "pojkar"): _Hover("Pojkar", "Boys", "Value for boys"),
    (Decision, "datum"): _Hover("Beslutsdatum", "Date of decision", "Date of the decision"),
    (Decision, "av"): _Hover("Beslutat av", "Decided by", "Who decided, e.g. Socialnämnden"),
    (Decision, "diarienummer"): _Hover("Diarienummer", "Reference number", "Reference number"),
    (Product, "typ"): _Hover("Typ av produkt", "Type of product", "Type of product"),
    (Application, "av"): _Hover("Tillämpas av", "Applied by", "Who applies it in regular work"),
    (Application, "sedan"): _Hover("Sedan", "Since", "Since when"),
    (Exemption, "regel"): _Hover(
        "Regel", "Rule", "Code of the rule whose finding is accepted, e.g. EK304"
    ),
    (Exemption, "motivering"): _Hover("Motivering", "Reason", "Why the deviation is accepted"),
}

_VALUE_TEXTS: dict[str, _Hover] = {
    "Text": _Hover(
        "Text",
        "Text",
        "Text that is not empty (a number is read as text).",
        "Text som inte är tom (ett tal läses som text).",
    ),
    "Id": _Hover(
        "Id",
        "Id",
        "Letters (å, ä, ö too), digits, -, _ and .; no spaces.",
        "Bokstäver (även å, ä, ö), siffror, -, _ och .; inga mellanslag.",
    ),
    "Date": _Hover(
        "Datum",
        "Date",
        "A date YYYY-MM-DD that exists in the calendar, or a year YYYY.",
        "Ett datum ÅÅÅÅ-MM-DD som finns i kalendern, eller ett årtal ÅÅÅÅ.",
    ),
    "Delmal": _Hover(
        "Delmål",
        "Sub-goal",
        "Sub-goal 1-6, its short name (makt, ekonomi, utbildning, omsorg, hälsa, våld) or "
        "its full name; case and å, ä, ö do not matter.",
        "Delmål 1-6, kortnamnet (makt, ekonomi, utbildning, omsorg, hälsa, våld) eller "
        "hela namnet; skiftläge och å, ä, ö spelar ingen roll.",
    ),
    "RuleCode": _Hover(
        "Regelkod",
        "Rule code",
        "A known rule code, e.g. EK304 (ek304 works too).",
        "En känd regelkod, t.ex. EK304 (ek304 går också).",
    ),
    "Level": _Hover(
        "Nivå i effektkedjan",
        "Level in the results chain",
        "aktivitet, produkt, arbetssätt, utfall or samhällseffekt (å, ä, ö optional).",
        "aktivitet, produkt, arbetssätt, utfall eller samhällseffekt (å, ä, ö valfria).",
    ),
    "OrganisationType": _Hover(
        "Typ av organisation",
        "Type of organisation",
        "myndighet, kommun, region, lärosäte or annan (å, ä, ö optional).",
        "myndighet, kommun, region, lärosäte eller annan (å, ä, ö valfria).",
    ),
    "Status": _Hover(
        "Status",
        "Status",
        "planerad, pågående, genomförd or avbruten (å, ä, ö optional).",
        "planerad, pågående, genomförd eller avbruten (å, ä, ö valfria).",
    ),
    "ProductType": _Hover(
        "Typ av produkt",
        "Type of product",
        "policy, riktlinje, rutin, verktyg, mål, anvisning, mall, checklista or annan "
        "(å, ä, ö optional).",
        "policy, riktlinje, rutin, verktyg, mål, anvisning, mall, checklista eller annan "
        "(å, ä, ö valfria).",
    ),
    "Scope": _Hover(
        "Omfång",
        "Scope",
        "Whose conditions the indicator measures: organisation, målgrupp or samhälle "
        "(å, ä, ö optional).",
        "Vems förhållanden indikatorn mäter: organisation, målgrupp eller samhälle "
        "(å, ä, ö valfria).",
    ),
    "Direction": _Hover(
        "Riktning",
        "Direction",
        "What a good development is: utjämna (the gap between women and men closes), öka "
        "or minska (å, ä, ö optional).",
        "Vad en god utveckling är: utjämna (skillnaden mellan kvinnor och män minskar), öka "
        "eller minska (å, ä, ö valfria).",
    ),
}
