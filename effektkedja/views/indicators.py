"""The indicator views: values for women and men over time, the gap in words, the share.

Everything here is read from :class:`effektkedja.facts.IndicatorFacts`: the order
of the points, the gaps, the trends, the shares and the latest measurement were
computed once in the core. A view only words and formats them, with one
precision for every column of an indicator's table.
"""

from __future__ import annotations

from dataclasses import dataclass

from effektkedja.domain import Balance, PointKind, Scope
from effektkedja.facts import (
    EvidenceFacts,
    IndicatorFacts,
    InitiativeFacts,
    PointFacts,
    gap_amount,
)
from effektkedja.messages import gap_text
from effektkedja.messages.numbers import format_number, format_percent
from effektkedja.views.texts import Texts

ARROWS = {"narrowed": "↘", "widened": "↗", "unchanged": "→"}


@dataclass(frozen=True, slots=True)
class PointView:
    """One row of an indicator's table: a point with its values, gap, trend and share."""

    kind: str  # baseline | measurement | target
    kind_label: str
    when: str
    female: float | None
    male: float | None
    total: float | None
    female_text: str | None
    male_text: str | None
    total_text: str | None
    gap: float | None  # women − men (girls − boys)
    gap_text: str | None  # the gap in words, short: "6,3 timmar mer för män"
    trend: str | None  # narrowed | widened | unchanged
    arrow: str | None
    trend_label: str | None
    share: float | None  # per cent women (girls)
    share_text: str | None
    balance: str | None  # even | women | men | girls | boys
    balance_label: str | None


@dataclass(frozen=True, slots=True)
class IndicatorView:
    """One indicator of a plan, as the reports show it."""

    initiative: str
    initiative_name: str
    level: str
    name: str
    source: str | None
    unit: str | None
    scope: str
    scope_label: str
    direction: str
    direction_label: str
    female_word: str
    male_word: str
    female_label: str
    male_label: str
    gap_label: str
    share_label: str
    share_kind: str | None
    has_total: bool
    has_share: bool
    points: list[PointView]
    sentences: list[str]
    latest: PointView | None
    gap_change: str | None  # widened | narrowed | unchanged
    facts: IndicatorFacts


def _text(value: float | None, places: int, lang: str) -> str | None:
    return format_number(value, lang, places) if value is not None else None


def _trend_label(point: PointFacts, t: Texts) -> str | None:
    """ "↘ minskar"; for the target "↘ ska minska" (planned, not observed)."""
    if point.trend is None:
        return None
    key = "trend_target" if point.kind is PointKind.TARGET else "trend"
    return t(f"{key}.{point.trend.value}")


def _balance(point: PointFacts, youth: bool) -> str | None:
    if point.balance is None:
        return None
    if youth and point.balance is not Balance.EVEN:
        return "girls" if point.balance is Balance.WOMEN else "boys"
    return point.balance.value


def point_view(facts: IndicatorFacts | EvidenceFacts, point: PointFacts, t: Texts) -> PointView:
    """The table row of ``point`` (values at the precision of its indicator or underlag)."""
    places, lang = facts.places, t.lang
    balance = _balance(point, facts.youth)
    gap = gap_text(gap_amount(facts, point, short=True), lang) if point.gap is not None else None
    return PointView(
        kind=point.kind.value,
        kind_label=t(f"point.{point.kind.value}"),
        when=point.when,
        female=point.female,
        male=point.male,
        total=point.total,
        female_text=_text(point.female, places, lang),
        male_text=_text(point.male, places, lang),
        total_text=_text(point.total, places, lang),
        gap=point.gap,
        gap_text=gap,
        trend=point.trend.value if point.trend is not None else None,
        arrow=ARROWS[point.trend.value] if point.trend is not None else None,
        trend_label=_trend_label(point, t),
        share=point.share,
        share_text=format_percent(point.share, lang) if point.share is not None else None,
        balance=balance,
        balance_label=t(f"balance.{balance}") if balance is not None else None,
    )


def sentences(facts: IndicatorFacts, t: Texts) -> list[str]:
    """What the figures say, in words: the change of the gap, the target, caveats."""
    female, male = sex_words(facts, t)
    said = []
    base, latest = facts.baseline, facts.latest
    if base is not None and latest is not None and facts.gap_change is not None:
        said.append(
            t(
                "s_gap_change",
                **{"from": base.when, "to": latest.when},
                female=female,
                male=male,
                change=t(f"change.{facts.gap_change.value}"),
                before=gap_text(gap_amount(facts, base), t.lang),
                after=gap_text(gap_amount(facts, latest), t.lang),
            )
        )
    target = facts.target
    if target is not None and target.gap is not None:
        said.append(
            t("s_target_gap", when=target.when, gap=gap_text(gap_amount(facts, target), t.lang))
        )
    if facts.rates:
        said.append(t("s_rates", female=female, male=male))
    if facts.scope is Scope.SAMHALLE:
        said.append(t("s_society_indicator"))
    return said


def sex_words(facts: IndicatorFacts | EvidenceFacts, t: Texts) -> tuple[str, str]:
    """ "kvinnor", "män" (or "flickor", "pojkar" where the plan speaks of them)."""
    if facts.youth:
        return t("sex.girls"), t("sex.boys")
    return t("sex.female"), t("sex.male")


def indicator_view(item: InitiativeFacts, facts: IndicatorFacts, t: Texts) -> IndicatorView:
    """The view of one indicator of ``item``."""
    female, male = sex_words(facts, t)
    points = [point_view(facts, point, t) for point in facts.points]
    latest = next(
        (view for view, point in zip(points, facts.points, strict=True) if point is facts.latest),
        None,
    )
    return IndicatorView(
        initiative=item.id,
        initiative_name=item.name,
        level=item.level.value,
        name=facts.name,
        source=facts.source,
        unit=facts.unit,
        scope=facts.scope.value,
        scope_label=t(f"scope.{facts.scope.value}"),
        direction=facts.direction.value,
        direction_label=t(f"direction.{facts.direction.value}"),
        female_word=female,
        male_word=male,
        female_label=female.capitalize(),
        male_label=male.capitalize(),
        gap_label=t("col_gap"),
        share_label=t("col_share_female", female=female),
        share_kind=facts.share_kind,
        has_total=any(point.total is not None for point in facts.points),
        has_share=any(point.share is not None for point in facts.points),
        points=points,
        sentences=sentences(facts, t),
        latest=latest,
        gap_change=facts.gap_change.value if facts.gap_change is not None else None,
        facts=facts,
    )
