"""JSON Schema (draft 2020-12) of the plan format, for editors and other validators.

``effektkedja schema`` prints it; with ``# yaml-language-server: $schema=...`` first in
a plan, VS Code completes keys and values, marks mistakes and explains each key.

pydantic generates the schema from :mod:`effektkedja.model`, the format's one source:
keys, types, what is required, and each field's Swedish description (English ones are
in :mod:`effektkedja.schema_texts`). :class:`_Generator` describes what the model's
validators accept beyond pydantic's types, and :func:`_mapping` adds the ASCII-folded
spellings. The shape is chosen for yaml-language-server (VS Code's YAML extension),
tested with it in ``tests/test_schema.py``:

- a folded key (``malgrupp``) is in ``patternProperties``: accepted, never suggested;
- an enumerated value is ``oneOf`` the Swedish spellings (an ``enum``: what completion
  offers) and a pattern for the other spellings the model accepts (folded, for delmål
  and rule codes also in any case and with spaces around), which offers nothing;
- an empty value (``nivå:``) is accepted by a branch that does not say ``null``, so
  ``null`` is never suggested;
- ``oneOf``, not ``anyOf``: for ``anyOf`` the editor joins titles ("Typ || Typ").

Where JSON Schema cannot say what ``check`` refuses, the schema accepts (the model
decides): ``år`` and ``datum`` naming different years, ``1.0`` for ``1``, ``.nan``,
and characters of an id beyond U+036F other than general punctuation.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from effektkedja.domain import DELMAL_NAMES
from effektkedja.loader import fold
from effektkedja.messages import LANGUAGES
from effektkedja.model import (
    FormatModel,
    Id,
    Plan,
    Point,
    _check_rule_code,
    _check_version,
    _one_or_many,
    as_written,
    parse_date,
    parse_delmal,
)
from effektkedja.rules import CODES
from effektkedja.schema_texts import ENGLISH, FOLDED_NOTE, MODEL_TITLES, PLAN_TEXTS

#: Stable address of format version 1; a new format version gets a new address.
SCHEMA_ID = "https://effektkedja.se/schema/plan-1.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def plan_schema(lang: str = "sv") -> dict[str, Any]:
    """The JSON Schema of a plan file, with titles and descriptions in ``lang`` (sv or en)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    generated = Plan.model_json_schema(
        by_alias=True, mode="validation", schema_generator=_Generator
    )
    models = {model.__name__: model for model in FormatModel.__subclasses__()}
    parts = generated.pop("$defs")
    title, description = PLAN_TEXTS[lang]
    schema = {
        "$schema": DIALECT,
        "$id": SCHEMA_ID,
        "title": title,
        "description": description,
        **_mapping(Plan, generated, lang),
        "$defs": {name: _part(models[name], part, lang) for name, part in parts.items()},
    }
    shared = {name: build() for name, build in _SHARED.items()}
    schema = _by_reference(schema, {_key(value): name for name, value in shared.items()})
    schema["$defs"].update(shared)
    return schema


def render_schema(lang: str = "sv") -> str:
    """:func:`plan_schema` as the JSON text ``effektkedja schema`` prints."""
    return json.dumps(plan_schema(lang), ensure_ascii=False, indent=2) + "\n"


def field_texts(model: type[FormatModel], name: str, lang: str) -> tuple[str, str]:
    """A field's title and description in ``lang``.

    In Swedish, the key and the field's own description in the model; in English, the
    table's texts (the Swedish ones while a new field has none there).
    """
    field = model.model_fields[name]
    swedish = ((field.alias or name).replace("_", " ").capitalize(), field.description or "")
    return ENGLISH.get((model.__name__, name), swedish) if lang == "en" else swedish


def _by_reference(schema: Any, shared: dict[str, str]) -> Any:
    """``schema`` with each copy of a shared value type (``shared``: by :func:`_key`) as a ``$ref``.

    A copy may carry a title and description (a key's hover texts): they stay beside the ``$ref``.
    """
    if isinstance(schema, list):
        return [_by_reference(item, shared) for item in schema]
    if not isinstance(schema, dict):
        return schema
    texts = {key: value for key, value in schema.items() if key in ("title", "description")}
    name = shared.get(_key({key: value for key, value in schema.items() if key not in texts}))
    if name is not None:
        return {**texts, "$ref": f"#/$defs/{name}"}
    return {key: _by_reference(value, shared) for key, value in schema.items()}


def _key(schema: dict[str, Any]) -> str:
    return json.dumps(schema, sort_keys=True)


# --- one mapping of the format ----------------------------------------------------------------


def _mapping(model: type[FormatModel], generated: dict[str, Any], lang: str) -> dict[str, Any]:
    """One model's object schema: hover texts in ``lang``, folded keys, the model's checks."""
    properties: dict[str, Any] = {}
    folded_keys: dict[str, Any] = {}
    checks: list[dict[str, Any]] = []
    required = generated.get("required", [])
    for name, field in model.model_fields.items():
        key = field.alias or name
        title, description = field_texts(model, name, lang)
        plain = _described_items(_plain(generated["properties"][key]), description)
        value = {"title": title, "description": description, **plain}
        properties[key] = value
        folded = fold(key)
        if folded != key:
            note = FOLDED_NOTE[lang].format(key=key)
            folded_keys[f"^{folded}$"] = {**value, "description": f"{note} {description}"}
            checks.append({"not": {"required": [key, folded]}})  # one key twice: EK003
            if key in required:
                checks.append({"anyOf": [{"required": [key]}, {"required": [folded]}]})
    if model is Point:
        checks += _point_checks()
    part: dict[str, Any] = {"type": "object", "properties": properties}
    if folded_keys:
        part["patternProperties"] = folded_keys
    part["additionalProperties"] = False
    if plain_required := [key for key in required if fold(key) == key]:
        part["required"] = plain_required
    if checks:
        part["allOf"] = checks
    return part


def _plain(schema: dict[str, Any]) -> dict[str, Any]:
    """A property's schema without pydantic's texts and empty defaults (empty means absent)."""
    return {
        key: value
        for key, value in schema.items()
        if key not in ("title", "description") and not (key == "default" and value in (None, []))
    }


def _part(model: type[FormatModel], generated: dict[str, Any], lang: str) -> dict[str, Any]:
    """A part of the format in ``$defs``, titled if it has required keys (see MODEL_TITLES)."""
    part = _mapping(model, generated, lang)
    titles = MODEL_TITLES.get(model.__name__)
    return {"title": titles[lang == "en"], **part} if titles else part


def _described_items(schema: Any, description: str) -> Any:
    """``schema`` with ``description`` on the items of its lists too, for an editor's hover."""
    if isinstance(schema, list):
        return [_described_items(item, description) for item in schema]
    if not isinstance(schema, dict):
        return schema
    found = {key: _described_items(value, description) for key, value in schema.items()}
    if isinstance(found.get("items"), dict):
        found["items"] = {"description": description, **found["items"]}
    return found


def _given(*keys: str) -> dict[str, Any]:
    """One of ``keys``, in either spelling, is given with a value (not empty).

    Written with ``patternProperties``, which editors do not offer as keys to complete.
    """
    spellings = dict.fromkeys(spelling for key in keys for spelling in (key, fold(key)))
    return {
        "anyOf": [
            {"required": [spelling], "not": {"patternProperties": {f"^{spelling}$": _empty()}}}
            for spelling in spellings
        ]
    }


def _point_checks() -> list[dict[str, Any]]:
    """What :meth:`effektkedja.model.Point._check` asks of a point, as far as JSON Schema can."""
    return [
        _given("år", "datum"),
        {"not": {"allOf": [_given("kvinnor", "män"), _given("flickor", "pojkar")]}},
    ]


# --- pydantic's generator, taught the format's validators ------------------------------------


def _empty() -> dict[str, Any]:
    """An empty value (``nivå:``, ``~``), which the model reads as absent.

    Not ``{"type": "null"}``: yaml-language-server would offer ``null`` as a completion.
    """
    return {"not": {"type": ["string", "number", "boolean", "object", "array"]}}


class _Generator(GenerateJsonSchema):
    """pydantic's generator, taught the plan format's value types and validators."""

    def generate_inner(self, schema: Any) -> JsonSchemaValue:
        kind = schema.get("type") if isinstance(schema, dict) else None
        if kind == "function-plain":  # the validator decides; its WithJsonSchema is a sketch
            function = schema["function"]["function"]
            if function is parse_date:
                return _date()
            if function is parse_delmal:
                return _delmal()
        if kind == "enum":  # inline, not a definition of its own: see enum_schema
            return self.enum_schema(schema)
        return super().generate_inner(schema)

    def nullable_schema(self, schema: core_schema.NullableSchema) -> JsonSchemaValue:
        value = self.generate_inner(schema["schema"])
        branches = value["oneOf"] if set(value) == {"oneOf"} else [value]
        return {"oneOf": [*branches, _empty()]}

    def function_before_schema(
        self, schema: core_schema.BeforeValidatorFunctionSchema
    ) -> JsonSchemaValue:
        function = schema["function"]["function"]
        if function is _one_or_many:  # one value, a list, or empty
            many = self.generate_inner(schema["schema"])
            return {"oneOf": [many["items"], many, _empty()]}
        if function is _check_rule_code:
            codes = list(CODES)
            return _spelled(codes, _spellings(codes, str.upper, strip=True))
        if function is as_written:  # a number where text is asked for is read as text
            text = self.generate_inner(schema["schema"])
            return _id() if "pattern" in text else {**text, "type": ["string", "number"]}
        return super().function_before_schema(schema)

    def function_after_schema(
        self, schema: core_schema.AfterValidatorFunctionSchema
    ) -> JsonSchemaValue:
        if schema["function"]["function"] is _check_version:
            return {"const": 1}
        return super().function_after_schema(schema)

    def enum_schema(self, schema: core_schema.EnumSchema) -> JsonSchemaValue:
        values = [member.value for member in schema["members"]]
        return _spelled(values, _spellings(values, fold))


def _spelled(usual: list[Any], other_spellings: str) -> dict[str, Any]:
    """The ``usual`` spellings (offered by editors) or another one the model accepts."""
    return {
        "oneOf": [
            {"type": "string", "enum": usual},
            {"type": "string", "pattern": other_spellings, "not": {"enum": usual}},
        ]
    }


def _id() -> dict[str, Any]:
    """An id, as text or a number (``id: 12`` is the id "12")."""
    return {"type": ["string", "number"], "pattern": _id_pattern()}


def _date() -> dict[str, Any]:
    """A day that exists in the calendar, ``YYYY-MM-DD``, or a year (text or number)."""
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
        "type": ["string", "integer"],
        "pattern": _padded(f"{year}(?:-{month_day})?|{leap_year}-02-29"),
        "minimum": 1000,
        "maximum": 9999,
    }


def _delmal() -> dict[str, Any]:
    """A delmål by number, short or full name, in any case, with or without å, ä, ö."""
    names = [name for pair in DELMAL_NAMES.values() for name in pair]
    numbers = [str(goal.value) for goal in DELMAL_NAMES]
    other = _spellings([*numbers, *names], _fold_lower, strip=True)
    number = {"type": "integer", "minimum": 1, "maximum": 6}
    return {"oneOf": [*_spelled(names, other)["oneOf"], number]}


#: Value types used in many places: one definition each in ``$defs``.
_SHARED: dict[str, Callable[[], dict[str, Any]]] = {
    "Date": _date,
    "Delmal": _delmal,
    "Id": _id,
    "Empty": _empty,
}


# --- patterns ---------------------------------------------------------------------------------
# Patterns are read by editors and check-jsonschema as ECMA-262 (unicode mode) and by
# jsonschema as Python's ``re``: characters beyond ASCII are written \uXXXX, which both
# read alike.


def _spellings(words: Iterable[str], normalise: Callable[[str], str], strip: bool = False) -> str:
    """A pattern for every text that ``normalise`` (after ``strip()``) turns into one of ``words``.

    It mirrors how the model compares: ``fold(value)`` for enumerations,
    ``fold(value).strip().lower()`` for delmål, ``value.strip().upper()`` for rule codes.
    """
    images = _images(normalise)
    keys = sorted({normalise(word) for word in words})
    body = "|".join("".join(_char_class(images.get(char, char)) for char in key) for key in keys)
    return _padded(body) if strip else f"^(?:{body})$"


@cache
def _images(normalise: Callable[[str], str]) -> dict[str, str]:
    """For each character, every character of the basic plane that ``normalise`` turns into it.

    Found by trying them all, so the pattern knows ``ä`` for ``a`` and the Kelvin sign for ``k``.
    """
    found: dict[str, str] = {}
    for point in (*range(0xD800), *range(0xE000, 0x10000)):
        char = chr(point)
        image = normalise(char)
        if len(image) == 1:
            found[image] = found.get(image, "") + char
    return found


def _fold_lower(text: str) -> str:
    return fold(text).lower()


def _padded(alternatives: str) -> str:
    """``alternatives`` as a whole text, with the whitespace ``str.strip()`` removes around it."""
    return f"^\\s*(?:{alternatives})\\s*$"


@cache
def _id_pattern() -> str:
    """The model's id pattern, made portable.

    The model's pattern is a Rust regex whose ``\\w`` is any letter of any script; ECMA-262
    and Python spell that differently. This one refuses what the model refuses in U+0000-U+036F
    (Latin) and U+2000-U+206F (general punctuation: spaces, dashes, quotes) and allows the rest.
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
        return _escape(chr(points[0]))
    spans: list[list[int]] = []
    for point in points:
        if spans and spans[-1][1] == point - 1:
            spans[-1][1] = point
        else:
            spans.append([point, point])
    body = "".join(
        _escape(chr(first)) + ("" if first == last else "-" + _escape(chr(last)))
        for first, last in spans
    )
    return f"[{'^' if negate else ''}{body}]"


def _escape(char: str) -> str:
    return char if char.isascii() and char.isalnum() else f"\\u{ord(char):04x}"
