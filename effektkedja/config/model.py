"""The pydantic model of the configuration file: its keys, their types and defaults.

Imported only when a configuration file has settings in it. pydantic checks the
shape (``extra="forbid"`` finds unknown keys, strict types refuse an integer
where a text belongs); the validators here check what only this project knows
(rule codes, levels, patterns). :func:`validate` turns the first problem, in the
order of the keys in the file, into a :class:`ConfigError` that names the key as
it is written there.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictStr,
    ValidationError,
)
from pydantic_core import PydanticCustomError

from effektkedja.config.errors import ConfigError, dotted, expected_kind, kind_of, toml_key
from effektkedja.cues import CUE_LEVELS
from effektkedja.rules import CODES, matches

FailOn = Literal["error", "warning", "info", "never"]
Lang = Literal["sv", "en"]
#: ``off`` switches a rule off, like listing it under ``ignore``.
SeverityChoice = Literal["error", "warning", "info", "off"]

#: The most ``exclude`` patterns, and the longest one, matched: far beyond a real
#: configuration, and small enough that RE2 compiles them at once in well under a second.
MAX_PATTERNS = 100
MAX_PATTERN_LENGTH = 256


# --- problems --------------------------------------------------------------------------------


def _problem(message: str, **args: Any) -> PydanticCustomError:
    """A problem with a catalogue key (``config.*``) and its arguments, for :func:`validate`.

    ``at`` (a key below the one being validated) and ``other`` (the keys of
    another entry, from the top) are completed into dotted keys there.
    """
    return PydanticCustomError("ek_config", message, {"message": message, **args})


def _wrong_type(expected: str, value: Any) -> PydanticCustomError:
    return _problem("config.bad_type", expected=expected_kind(expected), got=kind_of(value))


def _suggest(value: str, choices: list[str]) -> str | None:
    from effektkedja.model import suggest  # the plan model: already loaded by any check

    return suggest(value, choices)


# --- value types -----------------------------------------------------------------------------


def _comma_text(value: Any) -> Any:
    """A single text is split at commas, like ``--select EK1,EK2`` on the command line."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def _rule_code(value: str) -> str:
    """A rule code or prefix, upper case, that names at least one rule."""
    code = value.strip().upper()
    if not code or not any(matches(rule, (code,)) for rule in CODES):
        raise _problem("config.bad_code", value=code, suggestion=_suggest(code, list(CODES)))
    return code


def _one_spelling_per_code(table: Any) -> Any:
    """The same code twice in a table, in different case, is a mistake."""
    if isinstance(table, dict):
        first: dict[str, str] = {}
        for name in table:
            code = name.strip().upper()
            if code in first:
                raise _problem("config.duplicate_code", at=name, other=("severity", first[code]))
            first[code] = name
    return table


def _pattern(value: str) -> str:
    from effektkedja.config.exclude import UNSUPPORTED, pattern_problem

    if len(value) > MAX_PATTERN_LENGTH:
        raise _problem("config.long_pattern", value=value[:40] + "…", limit=MAX_PATTERN_LENGTH)
    problem = pattern_problem(value)
    if problem == UNSUPPORTED:
        raise _problem("config.bad_pattern", value=value)
    if problem is not None:
        raise _problem("config.bad_glob", value=value)
    return value


def _patterns(patterns: list[str]) -> list[str]:
    from effektkedja.config.exclude import patterns_compile

    if len(patterns) > MAX_PATTERNS or not patterns_compile(tuple(patterns)):
        raise _problem("config.many_patterns", limit=MAX_PATTERNS)
    return patterns


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day(value: Any) -> Any:
    """A TOML date or a text ``YYYY-MM-DD``; a date-time is a moment, not a day."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        if _ISO_DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise _problem("config.bad_date", value=value)
    raise _wrong_type("date", value)


def _level_key(name: str) -> str:
    """A level that cues may be given for, as its canonical value (``arbetssatt`` too)."""
    for level in CUE_LEVELS:
        if _fold(name) == _fold(level.value):
            return level.value
    allowed = [level.value for level in CUE_LEVELS]
    raise _problem(
        "config.unknown_level", allowed=", ".join(allowed), sibling=_suggest(name, allowed)
    )


def _cue_word(value: str) -> str:
    """A cue word or phrase: blanks collapsed, lower case (cues match in any case)."""
    word = " ".join(value.split()).lower()
    if not word:
        raise _problem("config.empty_cue")
    return word


def _cue_table(table: Any) -> Any:
    """One spelling per level (``arbetssätt`` or ``arbetssatt``), each word under one level."""
    if not isinstance(table, dict):
        return table
    levels: dict[str, str] = {}
    words: dict[str, str] = {}
    for name, entries in table.items():
        folded = _fold(name)
        if folded in levels:
            raise _problem("config.duplicate_level", at=name, other=("cues", levels[folded]))
        levels[folded] = name
        for entry in entries if isinstance(entries, list) else ():
            if not isinstance(entry, str):
                continue  # the item's type is reported by the field itself
            word = _fold(" ".join(entry.split()))
            if word in words and words[word] != name:
                raise _problem(
                    "config.duplicate_cue",
                    at=name,
                    value=entry.strip(),
                    other=("cues", words[word]),
                )
            words.setdefault(word, name)
    return table


def _fold(text: str) -> str:
    from effektkedja.loader import fold

    return fold(text).lower()


RuleCode = Annotated[StrictStr, AfterValidator(_rule_code)]
RuleCodes = Annotated[list[RuleCode], BeforeValidator(_comma_text)]
Pattern = Annotated[StrictStr, AfterValidator(_pattern)]
CueLevel = Annotated[StrictStr, AfterValidator(_level_key)]
CueWord = Annotated[StrictStr, AfterValidator(_cue_word)]


class ConfigFile(BaseModel):
    """The settings of ``effektkedja.toml`` (or ``[tool.effektkedja]``), as written.

    Field names are Python's; aliases are the keys in the file.
    """

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    select: RuleCodes = []
    ignore: RuleCodes = []
    fail_on: FailOn | None = Field(None, alias="fail-on")
    severity: Annotated[
        dict[RuleCode, SeverityChoice], BeforeValidator(_one_spelling_per_code)
    ] = {}
    lang: Lang | None = None
    exclude: Annotated[list[Pattern], AfterValidator(_patterns)] = []
    today: Annotated[date | None, BeforeValidator(_day)] = None
    cues: Annotated[dict[CueLevel, list[CueWord]], BeforeValidator(_cue_table)] = {}


#: The keys of the file, for "did you mean".
KEYS: tuple[str, ...] = tuple(
    field.alias or name for name, field in ConfigFile.model_fields.items()
)
#: Allowed texts of the keys whose values are one of a few.
CHOICES: dict[str, tuple[str, ...]] = {
    "fail-on": get_args(FailOn),
    "lang": get_args(Lang),
    "severity": get_args(SeverityChoice),
}


# --- validating ------------------------------------------------------------------------------


def validate(data: dict[str, Any], path: Path, prefix: tuple[str, ...] = ()) -> ConfigFile:
    """``data`` (the file's settings table) as a :class:`ConfigFile`.

    ``prefix`` is how the table is reached in the file (``("tool", "effektkedja")``
    in ``pyproject.toml``). Raises ConfigError for the first problem: unknown keys
    before anything else, then in the order of the keys in the file.
    """
    try:
        return ConfigFile.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    order = list(data)

    def place(error: Any) -> tuple[bool, int, int]:
        loc = error["loc"]
        top = order.index(loc[0]) if loc and loc[0] in order else len(order)
        inner = data.get(loc[0]) if loc else None
        below = 0
        if len(loc) > 1 and isinstance(loc[1], int):
            below = loc[1]
        elif len(loc) > 1 and isinstance(inner, dict) and loc[1] in inner:
            below = list(inner).index(loc[1])
        return (error["type"] != "extra_forbidden", top, below)

    raise _config_error(min(errors, key=place), path, prefix) from None


def _config_error(error: Any, path: Path, prefix: tuple[str, ...]) -> ConfigError:
    loc = error["loc"]
    names = [part for part in loc if isinstance(part, str) and part != "[key]"]
    key = dotted(*prefix, *names)
    value = error.get("input")
    kind = error["type"]
    if kind == "extra_forbidden":
        close = _suggest(names[0], list(KEYS))
        return ConfigError(
            path, key, "config.unknown_key", suggestion=dotted(*prefix, close) if close else None
        )
    if kind == "ek_config":
        args = dict(error["ctx"])
        message = args.pop("message")
        if "at" in args:
            key += "." + toml_key(args.pop("at"))
        if "other" in args:
            args["other"] = dotted(*prefix, *args["other"])
        if "sibling" in args:  # a key next to the one in the file, as "did you mean"
            sibling = args.pop("sibling")
            args["suggestion"] = dotted(*prefix, *names[:-1], sibling) if sibling else None
        return ConfigError(path, key, message, **args)
    if any(isinstance(part, int) for part in loc):
        return ConfigError(
            path, key, "config.bad_item", expected=expected_kind("text"), got=kind_of(value)
        )
    if kind == "literal_error" and isinstance(value, str):
        allowed = CHOICES[names[0]]
        return ConfigError(
            path,
            key,
            "config.bad_value",
            value=value,
            allowed=", ".join(allowed),
            suggestion=_suggest(value, list(allowed)),
        )
    expected = {"list_type": "list", "dict_type": "table"}.get(kind, "text")
    return ConfigError(
        path, key, "config.bad_type", expected=expected_kind(expected), got=kind_of(value)
    )
