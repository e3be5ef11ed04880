"""Numbers and gaps as people read them, in Swedish or English.

- A decimal comma and a space between thousands in Swedish, a point and a comma
  in English; a real minus sign; no "−0".
- A gap between women and men is told as who has more and by how much, never as
  a signed difference ("män har 3,4 timmar mer", not "−3,4"): for ``enhet: antal``
  as "8 fler män än kvinnor", for shares (``procent``) in percentage points, for
  any other unit with the unit as the plan writes it.
"""

from __future__ import annotations

from dataclasses import dataclass

MINUS = "\u2212"  # typographic minus sign
NBSP = "\u00a0"


def format_number(value: float, lang: str, places: int | None = None, signed: bool = False) -> str:
    """``value`` with ``places`` decimals (else as few as it needs, at most 10 significant).

    Digits are grouped (a non-breaking space in Swedish, a comma in English) from
    10 000 up; ``signed`` adds ``+`` to a positive number.
    """
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)  # nan, inf: shown as the plan gave them, in a finding about it
    if places is None:
        text = str(int(value)) if value == int(value) else f"{value:.10g}"
        if "e" in text:
            return text.replace(".", ",") if lang == "sv" else text
        places = len(text.partition(".")[2])
    rounded = round(value, places)
    if rounded == 0:
        rounded = 0.0  # no "−0"
    magnitude = abs(rounded)
    grouped = f"{magnitude:,.{places}f}" if magnitude >= 10_000 else f"{magnitude:.{places}f}"
    if lang == "sv":
        grouped = grouped.replace(",", NBSP).replace(".", ",")
    if rounded < 0:
        return MINUS + grouped
    if signed and rounded > 0:
        return "+" + grouped
    return grouped


def format_percent(value: float, lang: str, places: int = 1) -> str:
    """A share in per cent: ``45,2 %`` in Swedish, ``45.2%`` in English."""
    number = format_number(value, lang, places)
    return f"{number}{NBSP}%" if lang == "sv" else f"{number}%"


@dataclass(frozen=True, slots=True)
class GapAmount:
    """A gap women − men (girls − boys) to be told in words (see the module docstring).

    ``places`` is the precision of the indicator's values; ``unit`` its ``enhet`` as
    written; ``youth`` that the plan speaks of girls and boys; ``short`` leaves out
    the sex with less ("3,4 timmar mer för män"), for table cells.
    """

    value: float
    places: int
    unit: str | None
    youth: bool
    short: bool = False


_UNIT_KINDS = {"antal": "antal", "procent": "procent", "%": "procent"}


def gap_words(gap: GapAmount, texts: dict[str, str], lang: str) -> str:
    """``gap`` in words, with the catalogue ``texts`` of ``lang``."""
    amount = round(abs(gap.value), gap.places)
    female, male = ("sex.girls", "sex.boys") if gap.youth else ("sex.women", "sex.men")
    if amount == 0:
        return texts["gap.none"].format(female=texts[female], male=texts[male])
    more, less = (female, male) if gap.value > 0 else (male, female)
    unit = (gap.unit or "").strip()
    kind = _UNIT_KINDS.get(unit.lower(), "unit" if unit else "plain")
    key = f"gap.{kind}.short" if gap.short else f"gap.{kind}"
    return texts[key].format(
        n=format_number(amount, lang, gap.places),
        unit=unit,
        more=texts[more],
        less=texts[less],
    )
