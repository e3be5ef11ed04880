"""The parts of a plan that hold values for women and men.

A measurement point (an indicator's ``utgångsläge``, ``mål`` or one of its
``mätningar``, or a value of a problem's ``underlag``), an indicator with its
points, and an ``underlag`` with its values.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from effektkedja.domain import Direction, Scope
from effektkedja.model.values import (
    DateField,
    DirectionValue,
    FormatModel,
    Number,
    ScopeValue,
    Text,
    Year,
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
