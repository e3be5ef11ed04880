"""Pydantic models of the plan format (SPEC.md section 3): the single source of the format.

Field names are English, aliases are the Swedish keys a plan uses. Keys spelled
ASCII-folded (``malgrupp``) are mapped to the canonical key by the loader using
:data:`KEY_ALIASES`, which is derived from these models. Enumerated values are
accepted ASCII-folded here. Every custom error carries a ``type`` starting with
``ek_`` that the message catalogue turns into Swedish or English.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    WithJsonSchema,
    model_validator,
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


# --- the models ----------------------------------------------------------------------


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


class Period(FormatModel):
    """`period`: the years the plan covers."""

    start: DateField | None = Field(
        None, alias="från", description="Första året eller dagen planen gäller. Exempel: 2024"
    )
    end: DateField | None = Field(
        None,
        alias="till",
        description=(
            "Sista året eller dagen planen gäller; ett årtal betyder årets sista dag. Exempel: 2027"
        ),
    )


class Point(FormatModel):
    """A measurement point: `utgångsläge`, `mål` or one of `mätningar`."""

    year: Year | None = Field(
        None, alias="år", description="Året mätpunkten gäller (år eller datum krävs). Exempel: 2023"
    )
    date: DateField | None = Field(
        None,
        alias="datum",
        description=(
            "Dagen mätpunkten gäller, ÅÅÅÅ-MM-DD (år eller datum krävs). Exempel: 2024-06-30"
        ),
    )
    women: Number | None = Field(
        None, alias="kvinnor", description="Värdet för kvinnor. Exempel: 28.5"
    )
    men: Number | None = Field(None, alias="män", description="Värdet för män. Exempel: 34.5")
    total: Number | None = Field(
        None,
        alias="totalt",
        description="Värdet för alla, kvinnor och män tillsammans. Exempel: 63",
    )
    girls: Number | None = Field(
        None, alias="flickor", description="Värdet för flickor, i stället för kvinnor. Exempel: 38"
    )
    boys: Number | None = Field(
        None, alias="pojkar", description="Värdet för pojkar, i stället för män. Exempel: 62"
    )

    @model_validator(mode="after")
    def _check(self) -> Point:
        if self.year is None and self.date is None:
            raise PydanticCustomError("ek_point_time", "år or datum is required", {})
        if (self.women is not None or self.men is not None) and (
            self.girls is not None or self.boys is not None
        ):
            raise PydanticCustomError("ek_point_mixed", "kvinnor/män mixed with flickor/pojkar", {})
        if self.year is not None and self.date is not None and self.date.first.year != self.year:
            raise PydanticCustomError(
                "ek_point_year_mismatch",
                "år {year} and datum {date} disagree",
                {"year": self.year, "date": self.date.text},
            )
        return self

    @property
    def female(self) -> float | None:
        """The value for women, or for girls where the plan speaks of girls."""
        return self.women if self.women is not None else self.girls

    @property
    def male(self) -> float | None:
        """The value for men, or for boys where the plan speaks of boys."""
        return self.men if self.men is not None else self.boys

    @property
    def has_sexes(self) -> bool:
        """True when the point has a value for women and for men (or girls and boys)."""
        return self.female is not None and self.male is not None

    @property
    def gap(self) -> float | None:
        """Women minus men (girls minus boys), when both are given."""
        if self.female is None or self.male is None:
            return None
        return self.female - self.male

    @property
    def first_day(self) -> dt.date:
        return self.date.first if self.date is not None else dt.date(self.year or 1, 1, 1)

    @property
    def last_day(self) -> dt.date:
        return self.date.last if self.date is not None else dt.date(self.year or 1, 12, 31)

    @property
    def when(self) -> str:
        return self.date.text if self.date is not None else str(self.year)


class Indicator(FormatModel):
    """An indicator: what is measured, for whom, with baseline, measurements and target."""

    name: Text = Field(
        alias="namn",
        description=(
            "Vad indikatorn mäter. Exempel: Beviljade hemtjänsttimmar per brukare och månad"
        ),
    )
    source: Text | None = Field(
        None,
        alias="källa",
        description="Varifrån indikatorns uppgifter kommer. Exempel: Verksamhetssystemet",
    )
    unit: Text | None = Field(
        None,
        alias="enhet",
        description=(
            "Måttets enhet; antal och procent ger en analys av könsfördelningen. Exempel: procent"
        ),
    )
    scope: ScopeValue = Field(
        Scope.MALGRUPP,
        alias="omfång",
        description=(
            "Vems förhållanden indikatorn mäter: organisation, målgrupp (om inget anges) "
            "eller samhälle. Exempel: målgrupp"
        ),
    )
    direction: DirectionValue = Field(
        Direction.UTJAMNA,
        alias="riktning",
        description=(
            "Vad som är en god utveckling: utjämna (om inget anges: skillnaden mellan "
            "kvinnor och män minskar), öka eller minska. Exempel: utjämna"
        ),
    )
    baseline: Point | None = Field(
        None,
        alias="utgångsläge",
        description=(
            "Läget innan insatsen verkat, en mätpunkt. Exempel: {år: 2023, kvinnor: 28.0,"
            " män: 34.5}"
        ),
    )
    target: Point | None = Field(
        None,
        alias="mål",
        description=(
            "Det läge insatsen ska nå, en mätpunkt. Exempel: {år: 2027, kvinnor: 31.0, män: 31.0}"
        ),
    )
    measurements: list[Point] = Field(
        default_factory=list,
        alias="mätningar",
        description=(
            "Mätpunkter efter utgångsläget. Exempel: [{år: 2025, kvinnor: 30.2, män: 32.9}]"
        ),
    )

    @property
    def sex_disaggregated(self) -> bool:
        """True when a point (utgångsläge, mål or a mätning) has values for both sexes.

        Women and men, or girls and boys: the test behind EK201 and the portfolio's
        share of sex-disaggregated outcome indicators.
        """
        points = (self.baseline, self.target, *self.measurements)
        return any(point is not None and point.has_sexes for point in points)


class Decision(FormatModel):
    """`beslut`: the political or administrative decision behind a produkt."""

    date: DateField = Field(
        alias="datum", description="Dagen (eller året) beslutet fattades. Exempel: 2024-09-01"
    )
    by: Text = Field(alias="av", description="Vem som fattade beslutet. Exempel: Socialnämnden")
    reference: Text | None = Field(
        None, alias="diarienummer", description="Beslutets diarienummer. Exempel: SN 2024/117"
    )


class Product(FormatModel):
    """`produkt`: what kind of product the initiative delivers."""

    type: ProductTypeValue = Field(
        alias="typ",
        description=(
            "Vad slags produkt insatsen ger: policy, riktlinje, rutin, verktyg, mål, "
            "anvisning, mall, checklista eller annan. Exempel: rutin"
        ),
    )


class Application(FormatModel):
    """`tillämpning`: who applies the product in their regular work, and since when."""

    by: Text = Field(
        alias="av",
        description=(
            "Vem som tillämpar produkten i sitt ordinarie arbete. Exempel: Biståndshandläggare"
        ),
    )
    since: DateField | None = Field(
        None, alias="sedan", description="Sedan när produkten tillämpas. Exempel: 2025-01-01"
    )


class Exemption(FormatModel):
    """`undantag`: a finding the organisation has accepted, with its reason."""

    rule: Annotated[RuleCode, BeforeValidator(_check_rule_code)] = Field(
        alias="regel", description="Koden för regeln vars fynd godtas. Exempel: EK304"
    )
    reason: Text = Field(
        alias="motivering",
        description="Varför fyndet godtas. Exempel: Beslutet finns i ärendet SN 2024/117.",
    )


class Initiative(FormatModel):
    """`insatser[]`: one initiative in the plan."""

    id: Id = Field(
        description=(
            "Insatsens id, unikt i planen: bokstäver (även å, ä, ö), siffror, - _ . "
            "Exempel: utbildning-handlaggare"
        )
    )
    name: Text = Field(
        alias="namn",
        description="Insatsens namn. Exempel: Utbildning i jämställd biståndsbedömning",
    )
    description: Text | None = Field(
        None,
        alias="beskrivning",
        description="Vad insatsen går ut på. Exempel: Alla handläggare går en halvdags utbildning.",
    )
    level: LevelValue | None = Field(
        None,
        alias="nivå",
        description=(
            "Det steg i effektkedjan som planen anger: aktivitet, produkt, arbetssätt, "
            "utfall eller samhällseffekt. Exempel: aktivitet"
        ),
    )
    owner: Text | None = Field(
        None,
        alias="ansvarig",
        description="Vem som ansvarar för insatsen. Exempel: Socialförvaltningen",
    )
    status: StatusValue | None = Field(
        None,
        alias="status",
        description=(
            "Var insatsen står: planerad, pågående, genomförd eller avbruten. Exempel: pågående"
        ),
    )
    start: DateField | None = Field(
        None,
        alias="start",
        description="När insatsen börjar, ÅÅÅÅ-MM-DD eller ett årtal. Exempel: 2024-02-01",
    )
    end: DateField | None = Field(
        None,
        alias="slut",
        description="När insatsen slutar; ett årtal betyder årets sista dag. Exempel: 2024-05-31",
    )
    delmal: Annotated[list[DelmalField], BeforeValidator(_one_or_many)] = Field(
        default_factory=list,
        alias="delmål",
        description=(
            "Jämställdhetspolitiska delmål som insatsen bidrar till: 1-6 eller makt, "
            "ekonomi, utbildning, omsorg, hälsa, våld. Exempel: [omsorg, hälsa]"
        ),
    )
    target_group: Text | None = Field(
        None,
        alias="målgrupp",
        description="Vems villkor insatsen ska förändra. Exempel: Brukare inom hemtjänsten",
    )
    leads_to: Annotated[list[Id], BeforeValidator(_one_or_many)] = Field(
        default_factory=list,
        alias="leder_till",
        description=(
            "Id för nästa steg i effektkedjan, ett eller en lista. Exempel: [rutin-bistand]"
        ),
    )
    decision: Decision | None = Field(
        None,
        alias="beslut",
        description="Beslutet bakom en produkt. Exempel: {datum: 2024-09-01, av: Socialnämnden}",
    )
    product: Product | None = Field(
        None, alias="produkt", description="Produkten insatsen ger. Exempel: {typ: rutin}"
    )
    application: Application | None = Field(
        None,
        alias="tillämpning",
        description=(
            "Vem som tillämpar produkten i ordinarie arbete, och sedan när (arbetssätt). "
            "Exempel: {av: Biståndshandläggare, sedan: 2025-01-01}"
        ),
    )
    indicators: list[Indicator] = Field(
        default_factory=list,
        alias="indikatorer",
        description=(
            "Hur förändringen mäts, helst för kvinnor och män var för sig. Exempel: "
            "[{namn: Beviljade timmar per brukare, enhet: timmar}]"
        ),
    )
    problems: Annotated[list[Id], BeforeValidator(_one_or_many)] = Field(
        default_factory=list,
        alias="problem",
        description=(
            "Id för de problem i planen som insatsen angriper, ett eller en lista. "
            "Exempel: [ojamn-hemtjanst]"
        ),
    )
    exceptions: list[Exemption] = Field(
        default_factory=list,
        alias="undantag",
        description=(
            "Godtagna undantag: fynd som godtas för insatsen, vart och ett med motivering. "
            "Exempel: [{regel: EK304, motivering: Beslutet finns i ärendet.}]"
        ),
    )


class Evidence(FormatModel):
    """`underlag[]` of a problem: a sex-disaggregated fact that shows the inequality."""

    name: Text = Field(
        alias="namn",
        description="Vad som har mätts. Exempel: Beviljade timmar per brukare och månad",
    )
    source: Text | None = Field(
        None, alias="källa", description="Varifrån underlaget kommer. Exempel: Verksamhetssystemet"
    )
    unit: Text | None = Field(None, alias="enhet", description="Underlagets enhet. Exempel: timmar")
    values: Annotated[list[Point], Field(min_length=1)] = Field(
        alias="värden",
        description=(
            "Värdena för kvinnor och män, minst en mätpunkt. Exempel: [{år: 2023, "
            "kvinnor: 28.0, män: 34.5}]"
        ),
    )


class Problem(FormatModel):
    """`problem[]`: an inequality the plan sets out to change (SPEC.md section 3)."""

    id: Id = Field(
        description=(
            "Problemets id, unikt bland problemen: bokstäver (även å, ä, ö), siffror, - _ . "
            "Exempel: ojamn-hemtjanst"
        )
    )
    name: Text = Field(
        alias="namn",
        description=(
            "Problemet i en mening. Exempel: Män beviljas mer hemtjänst än kvinnor med "
            "likartade behov"
        ),
    )
    delmal: Annotated[list[DelmalField], BeforeValidator(_one_or_many)] = Field(
        default_factory=list,
        alias="delmål",
        description=(
            "Jämställdhetspolitiska delmål som problemet gäller: 1-6 eller kortnamn. "
            "Exempel: [omsorg]"
        ),
    )
    target_group: Text | None = Field(
        None,
        alias="målgrupp",
        description="Vilka kvinnor och män problemet gäller. Exempel: Brukare inom hemtjänsten",
    )
    analysis: Text | None = Field(
        None,
        alias="analys",
        description=(
            "Kartläggning och analys av orsakerna. Exempel: Kartläggningen 2023 visar att"
            " män med likartade behov beviljas fler timmar."
        ),
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        alias="underlag",
        description=(
            "Könsuppdelade fakta som visar problemet. Exempel: [{namn: Beviljade timmar, "
            "värden: [{år: 2023, kvinnor: 28, män: 34.5}]}]"
        ),
    )


class Plan(FormatModel):
    """A gender-mainstreaming plan: an organisation and its initiatives."""

    version: Annotated[int, Field(strict=True), AfterValidator(_check_version)] = Field(
        1, description="Formatets version; bara 1 finns. Exempel: 1"
    )
    organisation: Text = Field(description="Organisationens namn. Exempel: Exempelkommunen")
    short_name: Text | None = Field(
        None, alias="kortnamn", description="Organisationens kortnamn. Exempel: EXK"
    )
    type: OrganisationTypeValue | None = Field(
        None,
        alias="typ",
        description=(
            "Slags organisation: myndighet, kommun, region, lärosäte eller annan. Exempel: kommun"
        ),
    )
    period: Period | None = Field(
        None, description="Åren planen gäller. Exempel: {från: 2024, till: 2027}"
    )
    assignment: Text | None = Field(
        None,
        alias="uppdrag",
        description="Uppdraget planen svarar mot. Exempel: Handlingsplan enligt CEMR-deklarationen",
    )
    owner: Text | None = Field(
        None,
        alias="ansvarig",
        description="Ansvarig för varje insats som inte anger någon egen. Exempel: Kommunstyrelsen",
    )
    problems: list[Problem] = Field(
        default_factory=list,
        alias="problem",
        description=(
            "Den ojämställdhet planen ska förändra, en lista av problem. Exempel: [{id: "
            "ojamn-hemtjanst, namn: Män beviljas mer hemtjänst än kvinnor}]"
        ),
    )
    initiatives: list[Initiative] = Field(
        alias="insatser",
        description=(
            "Planens insatser, var och en ett steg i effektkedjan. Exempel: [{id: "
            "kartlaggning, namn: Kartläggning av hemtjänsten}]"
        ),
    )


# --- derived tables ------------------------------------------------------------------


def _models() -> list[type[FormatModel]]:
    return [
        Plan,
        Period,
        Problem,
        Evidence,
        Initiative,
        Indicator,
        Point,
        Decision,
        Product,
        Application,
        Exemption,
    ]


def _keys(model: type[FormatModel]) -> list[str]:
    return [field.alias or name for name, field in model.model_fields.items()]


#: ASCII-folded spellings of keys mapped to the canonical key (``malgrupp`` → ``målgrupp``).
KEY_ALIASES: dict[str, str] = {
    fold(key): key for model in _models() for key in _keys(model) if fold(key) != key
}


def keys_of(model: type[FormatModel]) -> list[str]:
    """The canonical keys a part of the format accepts."""
    return _keys(model)


def model_at(loc: tuple[str | int, ...]) -> type[FormatModel] | None:
    """The model whose mapping sits at ``loc`` in a plan (None if ``loc`` is not a mapping)."""
    model: type[FormatModel] = Plan
    for part in loc:
        if isinstance(part, int):
            continue
        field = next(
            (f for name, f in model.model_fields.items() if (f.alias or name) == part), None
        )
        if field is None:
            return None
        inner = _inner_model(field.annotation)
        if inner is None:
            return None
        model = inner
    return model


def _inner_model(annotation: Any) -> type[FormatModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, FormatModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
