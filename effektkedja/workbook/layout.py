"""The workbook layout of SPEC.md section 9: its sheets, their columns and what each holds.

One description serves the reader and the writer, so the two cannot drift apart:
a column's header, where its value goes in the plan's data (``beslut.datum`` is
``("beslut", "datum")`` below the initiative), what kind of value it holds and,
for an enumerated column, the words of its drop-down list.

Names are compared as :func:`normalize` gives them: case-insensitive, ASCII-folded
(``målgrupp`` = ``malgrupp``), surrounding spaces ignored and inner spaces read
as ``_`` (``leder till`` = ``leder_till``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import Enum

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


class Kind(Enum):
    """What a column holds, which decides how a cell is read and written."""

    TEXT = "text"  # free text, kept exactly as written
    ID = "id"  # an id or a rule code: text, surrounding spaces removed
    CHOICE = "choice"  # one word of an enumeration
    DATE = "date"  # YYYY-MM-DD (text or a date cell) or a year
    INTEGER = "integer"  # a year (år) or the format version
    NUMBER = "number"  # a measured value; decimal comma accepted
    IDS = "ids"  # a list of ids, separated by commas or semicolons
    DELMAL = "delmal"  # a list of delmål: numbers 1-6 or names


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a sheet (or one field of the Plan sheet)."""

    header: str  # as written in the header row, canonical spelling
    path: tuple[str, ...]  # data keys below the row's mapping; () for the structural columns
    kind: Kind
    choices: tuple[str, ...] = ()  # the drop-down list of an enumerated column
    width: int = 14  # column width in the written workbook (characters)

    @property
    def name(self) -> str:
        """The header as :func:`normalize` spells it: the key to compare with."""
        return normalize(self.header)


@dataclass(frozen=True, slots=True)
class Sheet:
    """A sheet of the layout: its name, its columns, and whether a plan needs it."""

    name: str
    columns: tuple[Column, ...]
    required: bool
    key_columns: tuple[str, ...]  # columns without which the rows cannot be placed

    def column(self, name: str) -> Column | None:
        """The column whose normalized header is ``name``."""
        return next((column for column in self.columns if column.name == name), None)

    @property
    def headers(self) -> list[str]:
        return [column.header for column in self.columns]


_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=4096)
def normalize(name: str) -> str:
    """A sheet, column or field name as compared: folded, lower case, spaces as ``_``."""
    return _SPACES.sub("_", fold(name).strip().lower())


def _values(enum: type[Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in enum)


LEVELS = _values(Level)
STATUSES = _values(Status)
ORGANISATION_TYPES = _values(OrganisationType)
PRODUCT_TYPES = _values(ProductType)
SCOPES = _values(Scope)
DIRECTIONS = _values(Direction)
DELMAL_WORDS = tuple(short for short, _ in DELMAL_NAMES.values())

#: The words of the ``punkt`` column and the indicator key each one fills.
BASELINE, MEASUREMENT, TARGET = "utgångsläge", "mätning", "mål"
POINT_KINDS = (BASELINE, MEASUREMENT, TARGET)
POINT_KEYS = {BASELINE: "utgångsläge", MEASUREMENT: "mätningar", TARGET: "mål"}

#: The columns of a measurement point, in the order of the format (SPEC.md section 3).
POINT_COLUMNS = (
    Column("år", ("år",), Kind.INTEGER, width=8),
    Column("datum", ("datum",), Kind.DATE, width=13),
    Column("kvinnor", ("kvinnor",), Kind.NUMBER, width=10),
    Column("män", ("män",), Kind.NUMBER, width=10),
    Column("flickor", ("flickor",), Kind.NUMBER, width=10),
    Column("pojkar", ("pojkar",), Kind.NUMBER, width=10),
    Column("totalt", ("totalt",), Kind.NUMBER, width=10),
)
POINT_FIELDS = tuple(column.path[0] for column in POINT_COLUMNS)

#: The Plan sheet's fields (rows of ``fält`` and ``värde``).
PLAN_FIELDS = (
    Column("version", ("version",), Kind.INTEGER),
    Column("organisation", ("organisation",), Kind.TEXT),
    Column("kortnamn", ("kortnamn",), Kind.TEXT),
    Column("typ", ("typ",), Kind.CHOICE, ORGANISATION_TYPES),
    Column("period.från", ("period", "från"), Kind.DATE),
    Column("period.till", ("period", "till"), Kind.DATE),
    Column("uppdrag", ("uppdrag",), Kind.TEXT),
    Column("ansvarig", ("ansvarig",), Kind.TEXT),
)

PLAN = Sheet(
    "Plan",
    (Column("fält", (), Kind.TEXT, width=16), Column("värde", (), Kind.TEXT, width=60)),
    required=True,
    key_columns=("falt", "varde"),
)

INSATSER = Sheet(
    "Insatser",
    (
        Column("id", ("id",), Kind.ID, width=22),
        Column("namn", ("namn",), Kind.TEXT, width=40),
        Column("beskrivning", ("beskrivning",), Kind.TEXT, width=40),
        Column("nivå", ("nivå",), Kind.CHOICE, LEVELS, width=16),
        Column("ansvarig", ("ansvarig",), Kind.TEXT, width=24),
        Column("status", ("status",), Kind.CHOICE, STATUSES, width=12),
        Column("start", ("start",), Kind.DATE, width=13),
        Column("slut", ("slut",), Kind.DATE, width=13),
        Column("delmål", ("delmål",), Kind.DELMAL, DELMAL_WORDS, width=12),
        Column("målgrupp", ("målgrupp",), Kind.TEXT, width=24),
        Column("leder_till", ("leder_till",), Kind.IDS, width=22),
        Column("problem", ("problem",), Kind.IDS, width=18),
        Column("beslut.datum", ("beslut", "datum"), Kind.DATE, width=14),
        Column("beslut.av", ("beslut", "av"), Kind.TEXT, width=18),
        Column("beslut.diarienummer", ("beslut", "diarienummer"), Kind.TEXT, width=20),
        Column("produkt.typ", ("produkt", "typ"), Kind.CHOICE, PRODUCT_TYPES, width=13),
        Column("tillämpning.av", ("tillämpning", "av"), Kind.TEXT, width=20),
        Column("tillämpning.sedan", ("tillämpning", "sedan"), Kind.DATE, width=18),
    ),
    required=True,
    key_columns=("id",),
)

INDIKATORER = Sheet(
    "Indikatorer",
    (
        Column("insats", (), Kind.ID, width=22),
        Column("indikator", ("namn",), Kind.TEXT, width=40),
        Column("källa", ("källa",), Kind.TEXT, width=22),
        Column("enhet", ("enhet",), Kind.TEXT, width=10),
        Column("omfång", ("omfång",), Kind.CHOICE, SCOPES, width=13),
        Column("riktning", ("riktning",), Kind.CHOICE, DIRECTIONS, width=11),
        Column("punkt", (), Kind.CHOICE, POINT_KINDS, width=13),
        *POINT_COLUMNS,
    ),
    required=False,
    key_columns=("insats", "indikator"),
)

PROBLEM = Sheet(
    "Problem",
    (
        Column("id", ("id",), Kind.ID, width=22),
        Column("namn", ("namn",), Kind.TEXT, width=40),
        Column("delmål", ("delmål",), Kind.DELMAL, DELMAL_WORDS, width=12),
        Column("målgrupp", ("målgrupp",), Kind.TEXT, width=24),
        Column("analys", ("analys",), Kind.TEXT, width=40),
        Column("underlag", ("namn",), Kind.TEXT, width=32),
        Column("källa", ("källa",), Kind.TEXT, width=22),
        Column("enhet", ("enhet",), Kind.TEXT, width=10),
        *POINT_COLUMNS,
    ),
    required=False,
    key_columns=("id",),
)

UNDANTAG = Sheet(
    "Undantag",
    (
        Column("insats", (), Kind.ID, width=22),
        Column("regel", ("regel",), Kind.ID, width=10),
        Column("motivering", ("motivering",), Kind.TEXT, width=60),
    ),
    required=False,
    key_columns=("insats",),
)

SHEETS = (PLAN, INSATSER, INDIKATORER, PROBLEM, UNDANTAG)

#: The fields of an indicator, a problem and an underlag that repeat on each of its rows.
INDICATOR_FIELDS = ("indikator", "kalla", "enhet", "omfang", "riktning")
PROBLEM_FIELDS = ("id", "namn", "delmal", "malgrupp", "analys")
UNDERLAG_FIELDS = ("underlag", "kalla", "enhet")


def plan_field(name: str) -> Column | None:
    """The Plan sheet's field whose normalized name is ``name``."""
    return next((field for field in PLAN_FIELDS if field.name == name), None)


def help_key(sheet: Sheet, column: Column) -> str:
    """The catalogue key of a column's input help (``workbook.help.insatser.nivå``)."""
    return f"workbook.help.{sheet.name.lower()}.{column.header}"
