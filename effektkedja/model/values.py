"""The value types of the plan format, their parsers, and the base of every part.

Enumerated values are accepted ASCII-folded; dates are a day or a whole year;
delmål go by number, short name or full name; text may be written as a number
and keeps the plan's spelling. Every custom error carries a ``type`` starting
with ``ek_`` that the message catalogue turns into Swedish or English.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from effektkedja.domain import (
    DELMAL_NAMES,
    Delmal,
    Direction,
    Level,
    OrganisationType,
    ProductType,
    Scope,
    Status,
)
from effektkedja.loader import fold
from effektkedja.rules import CODES


def suggest(value: str, choices: list[str]) -> str | None:
    """The closest of ``choices`` to ``value`` (compared folded, case-insensitively), if any.

    Bounded in time per file: see :mod:`effektkedja.suggest`.
    """
    from effektkedja.suggest import suggest as closest

    return closest(value, choices)


# --- value types ---------------------------------------------------------------------


def _enum_parser(cls: type[Enum]) -> BeforeValidator:
    lookup = {fold(member.value): member for member in cls}
    allowed = [member.value for member in cls]

    def parse(value: Any) -> Any:
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            member = lookup.get(fold(value))
            if member is not None:
                return member
            raise PydanticCustomError(
                "ek_enum",
                "{value!r} is not one of {allowed}",
                {"value": value, "allowed": allowed, "suggestion": suggest(value, allowed)},
            )
        raise PydanticCustomError(
            "ek_enum",
            "not one of {allowed}",
            {"value": value, "allowed": allowed, "suggestion": None},
        )

    return BeforeValidator(parse)


LevelValue = Annotated[Level, _enum_parser(Level)]
OrganisationTypeValue = Annotated[OrganisationType, _enum_parser(OrganisationType)]
StatusValue = Annotated[Status, _enum_parser(Status)]
ProductTypeValue = Annotated[ProductType, _enum_parser(ProductType)]
ScopeValue = Annotated[Scope, _enum_parser(Scope)]
DirectionValue = Annotated[Direction, _enum_parser(Direction)]


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as a plan gives it: a day (``2024-05-31``) or a whole year (``2024``).

    ``first`` and ``last`` are the first and last day it covers; where a date is
    a start the first day counts, where it is an end the last (SPEC.md section 3).
    """

    first: dt.date
    last: dt.date
    text: str

    @property
    def is_year(self) -> bool:
        return self.first != self.last


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z")
_YEAR = re.compile(r"\d{4}\Z")


def _year_value(year: int) -> DateValue:
    return DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))


def parse_date(value: Any) -> DateValue:
    """Parse ``YYYY-MM-DD`` or a bare year ``YYYY`` (number or text)."""
    if isinstance(value, DateValue):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return _year_value(value)
    if isinstance(value, str):
        text = value.strip()
        if _YEAR.match(text):
            return _year_value(int(text))
        match = _DATE.match(text)
        if match:
            try:
                day = dt.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                raise PydanticCustomError(
                    "ek_date_nonexistent", "{value} is not a date in the calendar", {"value": text}
                ) from None
            return DateValue(day, day, text)
    raise PydanticCustomError("ek_date", "expected YYYY-MM-DD or YYYY", {"value": value})


DateField = Annotated[
    DateValue,
    PlainValidator(parse_date),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": r"^\d{4}(-\d{2}-\d{2})?$"},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ],
            "description": "Datum ÅÅÅÅ-MM-DD eller ett årtal ÅÅÅÅ",
        }
    ),
]


def as_written(value: Any) -> Any:
    """A number where text is asked for, spelled as the plan wrote it (``1.10``, ``1e3``)."""
    return getattr(value, "source", value)


Text = Annotated[str, Field(min_length=1), BeforeValidator(as_written)]
Number = Annotated[float, Field(strict=True, allow_inf_nan=False)]
Year = Annotated[int, Field(strict=True, ge=1000, le=9999)]
Id = Annotated[str, Field(pattern=r"^[\w.\-]+$"), BeforeValidator(as_written)]
RuleCode = Annotated[str, Field(description="Regelkod, t.ex. EK304")]


def _one_or_many(value: Any) -> Any:
    """Accept a single value where a list is asked for (``leder_till: nästa-steg``)."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


_DELMAL_LOOKUP: dict[str, Delmal] = {}
for _goal, (_short, _full) in DELMAL_NAMES.items():
    for _name in (str(_goal.value), _short, _full):
        _DELMAL_LOOKUP[fold(_name).lower()] = _goal
_DELMAL_CHOICES = [short for short, _ in DELMAL_NAMES.values()] + [
    full for _, full in DELMAL_NAMES.values()
]


def parse_delmal(value: Any) -> Delmal:
    """A delmål by number 1-6, short name or full name (case-insensitive, ASCII-folded)."""
    if isinstance(value, Delmal):
        return value
    if isinstance(value, int) and not isinstance(value, bool) or isinstance(value, str):
        goal = _DELMAL_LOOKUP.get(fold(str(value)).strip().lower())
        if goal is not None:
            return goal
    text = str(value)
    raise PydanticCustomError(
        "ek_delmal",
        "unknown delmål {value!r}",
        {
            "value": value,
            "suggestion": suggest(text, _DELMAL_CHOICES) if isinstance(value, str) else None,
        },
    )


DelmalField = Annotated[
    Delmal,
    PlainValidator(parse_delmal),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "integer", "minimum": 1, "maximum": 6},
                {"type": "string"},
            ],
            "description": "Delmål 1-6 eller kortnamn: makt, ekonomi, utbildning, omsorg, "
            "hälsa, våld",
        }
    ),
]


def _check_rule_code(value: Any) -> Any:
    if isinstance(value, str) and value.strip().upper() in CODES:
        return value.strip().upper()
    raise PydanticCustomError(
        "ek_rule_code",
        "unknown rule code {value!r}",
        {"value": value, "suggestion": suggest(str(value), list(CODES))},
    )


def _check_version(value: int) -> int:
    if value != 1:
        raise PydanticCustomError(
            "ek_version", "version {value} is not supported", {"value": value}
        )
    return value


# --- the base of every part ----------------------------------------------------------


class FormatModel(BaseModel):
    """Base of every part of the format: unknown keys are errors, numbers may be text."""

    model_config = ConfigDict(
        extra="forbid",
        coerce_numbers_to_str=True,
        frozen=True,
        validate_by_alias=True,
        validate_by_name=False,
        serialize_by_alias=True,
    )
