"""The numbers of an indicator as the report shows them: gaps, trends, shares, formatting.

Pure arithmetic on :class:`effektkedja.model.Point` values, kept apart from the
context builder so that each figure can be tested on its own.

- The gap is women − men (girls − boys), rounded to the precision of the values.
- The trend compares the absolute gap with the previous point that has one:
  ``narrows`` (↘), ``widens`` (↗) or ``same`` (→).
- The share of women is computed for ``enhet: antal`` (women / (women + men)) and
  ``enhet: procent`` when the two values form a distribution (they add up to about
  100). Percentages that do not add up to 100 are rates within each sex
  ("81 % of the women, 76 % of the men"); they say nothing about the
  distribution between the sexes, so no share is computed for them.
- Statistics Sweden's convention: a distribution is even when each sex has at
  least 40 %; above 60 % of one sex it is women- or men-dominated.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MINUS = "\u2212"  # typographic minus sign
#: Largest number of decimals shown for a value read from a plan.
MAX_DECIMALS = 3
#: How far from 100 two percentages may add up and still count as a distribution.
PERCENT_TOLERANCE = 1.0
EVEN_LOW, EVEN_HIGH = 40.0, 60.0

ARROWS = {"narrows": "↘", "widens": "↗", "same": "→"}


def decimals(value: float) -> int:
    """Digits after the decimal point in the shortest form of ``value`` (at most 3)."""
    text = repr(float(value))
    if "e" in text or "E" in text:
        return MAX_DECIMALS if abs(value) < 1 else 0
    _, _, fraction = text.partition(".")
    return min(len(fraction.rstrip("0")), MAX_DECIMALS)


def format_number(value: float, lang: str, digits: int | None = None, signed: bool = False) -> str:
    """``value`` for people: decimal comma in Swedish, a real minus sign, ``+`` if ``signed``.

    Digits are grouped (space in Swedish, comma in English) from 10 000 up.
    """
    places = decimals(value) if digits is None else digits
    rounded = round(value, places)
    if rounded == 0:
        rounded = 0.0  # no "−0"
    magnitude = abs(rounded)
    grouped = f"{magnitude:,.{places}f}" if magnitude >= 10_000 else f"{magnitude:.{places}f}"
    if lang == "sv":
        grouped = grouped.replace(",", "\u00a0").replace(".", ",")
    if rounded < 0:
        return MINUS + grouped
    if signed and rounded > 0:
        return "+" + grouped
    return grouped


def format_percent(value: float, lang: str) -> str:
    """A share in per cent with one decimal where needed: ``45,2 %`` / ``45.2%``."""
    number = format_number(round(value, 1), lang)
    return f"{number}\u00a0%" if lang == "sv" else f"{number}%"


def gap(female: float | None, male: float | None) -> float | None:
    """Women − men (girls − boys), rounded to the precision of the values; None if one lacks."""
    if female is None or male is None:
        return None
    places = max(decimals(female), decimals(male))
    return round(female - male, places)


def gap_decimals(female: float, male: float) -> int:
    """The precision at which a gap between ``female`` and ``male`` is shown and compared."""
    return max(decimals(female), decimals(male))


def trend(previous: float | None, current: float | None, places: int) -> str | None:
    """Whether the absolute gap ``narrows``, ``widens`` or stays the ``same`` (None if unknown)."""
    if previous is None or current is None:
        return None
    before, after = round(abs(previous), places), round(abs(current), places)
    if math.isclose(before, after, abs_tol=10 ** -(places + 3)):
        return "same"
    return "narrows" if after < before else "widens"


def share_kind(unit: str | None) -> str | None:
    """``antal`` or ``procent`` when the unit allows a share of women, else None."""
    if unit is None:
        return None
    word = unit.strip().lower()
    if word == "antal":
        return "antal"
    if word in ("procent", "%"):
        return "procent"
    return None


@dataclass(frozen=True, slots=True)
class Share:
    """The share of women (girls) at one point, and what SCB's 40-60 convention calls it."""

    percent: float  # rounded to one decimal
    balance: str  # even | women | men

    @property
    def even(self) -> bool:
        return self.balance == "even"


def share(female: float | None, male: float | None, kind: str | None) -> Share | None:
    """The share of women at a point for a unit of ``kind`` (see the module docstring)."""
    if kind is None or female is None or male is None or female < 0 or male < 0:
        return None
    total = female + male
    if total <= 0:
        return None
    if kind == "procent" and abs(total - 100) > PERCENT_TOLERANCE:
        return None
    # For percentages this also normalises a rounded pair such as 49.5 + 51.0.
    percent = round(100 * female / total, 1)
    if percent < EVEN_LOW:
        balance = "men"
    elif percent > EVEN_HIGH:
        balance = "women"
    else:
        balance = "even"
    return Share(percent, balance)


def percentages_are_rates(female: float | None, male: float | None) -> bool:
    """True when two percentages do not add up to about 100 (rates within each sex)."""
    if female is None or male is None:
        return False
    return abs(female + male - 100) > PERCENT_TOLERANCE
