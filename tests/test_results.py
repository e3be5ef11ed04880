"""Demonstrated results (SPEC.md section 8): planned, measured, improved or worsened.

Each case is an utfall with one or more indicators; the result is read where users
see it: the facts, the JSON of ``check``, the report's result column and summary,
and the portfolio's headline.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from effektkedja.engine import PlanResult, Summary
from effektkedja.messages import count
from effektkedja.render.json import render as render_json
from effektkedja.render.markdown import render_report
from effektkedja.views.texts import Texts
from effektkedja.views.texts_en import TEXTS as TEXTS_EN
from effektkedja.views.texts_sv import TEXTS as TEXTS_SV
from tests.conftest import EXAMPLES, TODAY, check_text
from tests.test_report import parse, rendered_text, table_after

TEXTS = {"sv": TEXTS_SV, "en": TEXTS_EN}


def outcome(indicators: str, level: str = "utfall", name: str = "Lika villkor") -> str:
    """A plan with one initiative at ``level`` and the given ``indikatorer`` block."""
    return f"""\
organisation: Testkommunen
insatser:
  - id: mal
    namn: {name}
    nivå: {level}
    indikatorer:
{indicators}"""


def indicator(points: str, direction: str = "utjämna", unit: str = "timmar") -> str:
    return f"""\
      - namn: Mått
        enhet: {unit}
        riktning: {direction}
{points}"""


def result(text: str) -> str | None:
    checked = check_text(text)
    assert checked.facts is not None, checked.findings
    value = checked.facts.initiatives[0].result
    return value.value if value is not None else None


BASE = "        utgångsläge: {år: 2023, kvinnor: 28.0, män: 34.0}\n"


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        # nothing after the baseline: a plan, not a result
        (BASE, "planned"),
        (BASE + "        mål: {år: 2027, kvinnor: 31.0, män: 31.0}\n", "planned"),
        # a measurement for the baseline's own period is not after it
        (BASE + "        mätningar: [{år: 2023, kvinnor: 30.0, män: 31.0}]\n", "planned"),
        (BASE + "        mätningar: [{datum: 2023-12-31, kvinnor: 30.0, män: 31.0}]\n", "planned"),
        # the gap narrowed, widened, or stayed as it was
        (BASE + "        mätningar: [{år: 2025, kvinnor: 30.0, män: 32.0}]\n", "improved"),
        (BASE + "        mätningar: [{datum: 2024-01-31, kvinnor: 30.0, män: 32.0}]\n", "improved"),
        (BASE + "        mätningar: [{år: 2025, kvinnor: 27.0, män: 35.0}]\n", "worsened"),
        (BASE + "        mätningar: [{år: 2025, kvinnor: 30, män: 36}]\n", "measured"),
        # totals only after the baseline: measured, without a direction
        (BASE + "        mätningar: [{år: 2025, totalt: 31.0}]\n", "measured"),
        (BASE + "        mätningar: [{år: 2025, kvinnor: 30.0}]\n", "measured"),
        # the latest measurement with both sexes counts, in time order, not file order
        (
            BASE + "        mätningar:\n"
            "          - {år: 2026, kvinnor: 29.0, män: 33.0}\n"
            "          - {år: 2024, kvinnor: 25.0, män: 38.0}\n",
            "improved",
        ),
        # no baseline: whatever was measured has nothing to compare with
        ("        mätningar: [{år: 2025, kvinnor: 30.0, män: 32.0}]\n", "measured"),
    ],
    ids=[
        "baseline-only",
        "baseline-and-target",
        "same-year",
        "same-period-by-date",
        "narrowed",
        "narrowed-by-date",
        "widened",
        "unchanged-at-precision",
        "totals-only",
        "one-sex-only",
        "time-order",
        "no-baseline",
    ],
)
def test_utjamna(points: str, expected: str) -> None:
    assert result(outcome(indicator(points))) == expected


@pytest.mark.parametrize(
    ("direction", "after", "expected"),
    [
        ("öka", "{år: 2025, kvinnor: 20, män: 29}", "improved"),
        ("öka", "{år: 2025, kvinnor: 16, män: 25}", "worsened"),
        ("öka", "{år: 2025, kvinnor: 21, män: 26}", "measured"),  # apart
        ("öka", "{år: 2025, kvinnor: 21, män: 27}", "measured"),  # men unchanged
        ("öka", "{år: 2025, totalt: 24}", "measured"),
        ("minska", "{år: 2025, kvinnor: 16, män: 25}", "improved"),
        ("minska", "{år: 2025, kvinnor: 20, män: 29}", "worsened"),
        ("minska", "{år: 2025, kvinnor: 16, män: 28}", "measured"),
        ("oka", "{år: 2025, kvinnor: 20, män: 29}", "improved"),  # ASCII-folded
    ],
)
def test_oka_and_minska_ask_both_sexes_to_move_that_way(
    direction: str, after: str, expected: str
) -> None:
    points = (
        f"        utgångsläge: {{år: 2023, kvinnor: 18, män: 27}}\n        mätningar: [{after}]\n"
    )
    assert result(outcome(indicator(points, direction, "procent"))) == expected


def test_oka_with_a_gap_that_narrows_is_not_improved_unless_both_rise() -> None:
    """Women up, men down narrows the gap, but `öka` asks both to rise."""
    points = (
        "        utgångsläge: {år: 2023, kvinnor: 18, män: 27}\n"
        "        mätningar: [{år: 2025, kvinnor: 21, män: 26}]\n"
    )
    checked = check_text(outcome(indicator(points, "öka", "procent")))
    assert checked.facts is not None
    facts = checked.facts.initiatives[0].indicators[0]
    assert facts.gap_change is not None and facts.gap_change.value == "narrowed"
    assert facts.moves == (1, -1)
    assert facts.outcome.value == "measured"


@pytest.mark.parametrize(
    ("outcomes", "expected"),
    [
        (("improved", "worsened"), "improved"),
        (("worsened", "measured", "planned"), "worsened"),
        (("planned", "measured"), "measured"),
        (("planned", "planned"), "planned"),
    ],
)
def test_an_initiative_shows_the_strongest_result_of_its_indicators(
    outcomes: tuple[str, ...], expected: str
) -> None:
    after = {
        "improved": "[{år: 2025, kvinnor: 30.0, män: 32.0}]",
        "worsened": "[{år: 2025, kvinnor: 27.0, män: 35.0}]",
        "measured": "[{år: 2025, totalt: 31.0}]",
        "planned": "[]",
    }
    block = "".join(indicator(BASE + f"        mätningar: {after[kind]}\n") for kind in outcomes)
    assert result(outcome(block)) == expected


def test_levels_without_a_result_and_an_outcome_without_indicators() -> None:
    text = """\
organisation: Testkommunen
insatser:
  - id: kurs
    namn: Utbildning
    nivå: aktivitet
    leder_till: [mal]
  - id: mal
    namn: Lika villkor
    nivå: utfall
  - id: samhalle
    namn: Jämställd hälsa
    indikatorer:
      - namn: Självskattad hälsa
        omfång: samhälle
        utgångsläge: {år: 2023, kvinnor: 60, män: 70}
        mätningar: [{år: 2025, kvinnor: 64, män: 70}]
"""
    checked = check_text(text)
    document = json.loads(render_json([checked], _summary([checked]), "sv"))
    results = [item["result"] for item in document["plans"][0]["initiatives"]]
    assert results == [None, "planned", "improved"]


def _summary(results: list[PlanResult]) -> Summary:
    summary = Summary()
    for item in results:
        summary.add(item)
    return summary


def _report(results: list[PlanResult], lang: str = "sv", portfolio: bool = False) -> str:
    return render_report(results, _summary(results), lang, TODAY, None, portfolio)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_report_shows_the_result_of_each_outcome_and_sums_them_up(lang: str) -> None:
    t = TEXTS[lang]
    checked = check_text((EXAMPLES / "kommun-forsorjningsstod.yaml").read_text(encoding="utf-8"))
    tokens = parse(_report([checked], lang))
    for level, expected in (
        ("utfall", {"insats-inom-sex-manader": "improved", "fran-stod-till-arbete": "measured"}),
        ("samhällseffekt", {"ekonomisk-sjalvstandighet": "planned"}),
    ):
        heading = f"{t[f'level.{level}']} ({len(expected)})"
        table = table_after(tokens, heading)
        column = table[0].index(t["col_result"])
        shown = {row[0]: row[column] for row in table[1:]}
        assert shown == {key: t[f"result.{value}"] for key, value in expected.items()}
    paragraphs = [
        rendered_text(tokens[i + 1]) for i, tok in enumerate(tokens) if tok.type == "paragraph_open"
    ]
    expected = Texts(lang).agree("s_results", 1, improved=1, outcomes=3)
    assert any(expected in text for text in paragraphs)


def test_the_summary_names_the_other_results_with_number_agreement() -> None:
    improved = indicator(BASE + "        mätningar: [{år: 2025, kvinnor: 30.0, män: 32.0}]\n")
    planned = indicator(BASE)
    body = "".join(
        outcome(block).split("insatser:\n", 1)[1].replace("id: mal", f"id: mal{number}")
        for number, block in enumerate((improved, planned, planned))
    )
    markdown = _report([check_text("organisation: Testkommunen\ninsatser:\n" + body)])
    assert "1 av 3 utfall och samhällseffekter visar ett förbättrat resultat" in markdown
    assert "Övriga: 2 ännu bara planerade." in markdown


def _plan(name: str, body: str) -> PlanResult:
    return check_text(body.replace("Testkommunen", name))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_portfolio_counts_organisations_with_an_improved_utfall(lang: str) -> None:
    improved = indicator(BASE + "        mätningar: [{år: 2025, kvinnor: 30.0, män: 32.0}]\n")
    plans = [
        _plan("Alfa kommun", outcome(improved)),
        # an improved samhällseffekt is a contribution, not a result for the target group
        _plan("Beta kommun", outcome(improved, level="samhällseffekt")),
        _plan("Gamma kommun", outcome(indicator(BASE))),
        check_text("organisation: Delta kommun\ninsatser: [\n"),  # cannot be read
    ]
    assert [p.facts.improved if p.facts else None for p in plans] == [True, False, False, None]
    markdown = _report(plans, lang, portfolio=True)
    organisations = count(3, "organisation", lang)
    headline = Texts(lang).agree("s_portfolio_improved", 1, improved=1, organisations=organisations)
    assert headline in markdown
    document = json.loads(render_json(plans, _summary(plans), lang))
    assert [row["improved_result"] for row in document["summary"]["organisations"]] == [
        True,
        False,
        False,
        False,
    ]


def test_the_example_plans_show_every_result_but_worsened_and_the_portfolio_headline() -> None:
    checked = check_text((EXAMPLES / "kommun-forsorjningsstod.yaml").read_text(encoding="utf-8"))
    assert checked.facts is not None
    results = {
        item.id: item.result.value for item in checked.facts.initiatives if item.result is not None
    }
    assert results == {
        "insats-inom-sex-manader": "improved",
        "fran-stod-till-arbete": "measured",
        "ekonomisk-sjalvstandighet": "planned",
    }
    landsbygd = check_text(
        (EXAMPLES / "portfolio" / "myndighet-landsbygd.yaml").read_text(encoding="utf-8"),
        today=date(2026, 11, 23),
    )
    assert landsbygd.facts is not None
    assert "worsened" in {i.result.value for i in landsbygd.facts.initiatives if i.result}
