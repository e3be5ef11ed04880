"""Problems (SPEC.md section 3): the inequality a plan sets out to change.

The rules EK401-EK407 have their fixture cases in tests/fixtures/rules/; this file
checks what the problem facts say and where users see them: the JSON of ``check``,
the report's section "Problem och resultat", the portfolio's problems per delmål,
the starter plan of ``init``, and the worked example in docs/problems.md.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from effektkedja.commands.init import starter_plan
from effektkedja.engine import PlanResult, Summary
from effektkedja.facts import OUTCOME_LIMIT
from effektkedja.messages import count
from effektkedja.render.json import render as render_json
from effektkedja.render.markdown import render_report
from effektkedja.views.texts_en import TEXTS as TEXTS_EN
from effektkedja.views.texts_sv import TEXTS as TEXTS_SV
from tests.conftest import CLEAN_PLAN, EXAMPLES, ROOT, TODAY, check_text, codes
from tests.test_report import assert_no_html, headings, parse, rendered_text, table_after, tables

TEXTS = {"sv": TEXTS_SV, "en": TEXTS_EN}
EXAMPLE = EXAMPLES / "kommun-forsorjningsstod.yaml"

# Two problems; the chain from `kurs` reaches utfall, `rutin` stops at produkt.
PLAN = """\
organisation: Testkommunen
ansvarig: Socialnämnden
problem:
  - id: timmar
    namn: Män beviljas fler hemtjänsttimmar än kvinnor
    delmål: [omsorg, hälsa]
    målgrupp: Äldre med hemtjänst
    analys: Kartläggningen visar skillnaden.
    underlag:
      - namn: Timmar per brukare
        källa: Verksamhetssystemet
        enhet: timmar
        värden:
          - {år: 2023, kvinnor: 28.0, män: 34.5}
          - {år: 2022, kvinnor: 27.0, män: 34.0, totalt: 31.0}
  - id: vantan
    namn: Kvinnor väntar längre på beslut
    underlag:
      - namn: Dagar till beslut
        värden: [{år: 2023, flickor: 19, pojkar: 12}]
insatser:
  - id: timmar
    namn: Handläggarna tillämpar frågebatteriet
    nivå: arbetssätt
    problem: [timmar, timmar]
    leder_till: [utfall]
  - id: rutin
    namn: Rutin för handläggningstider
    nivå: produkt
    problem: vantan
  - id: utfall
    namn: Timmarna fördelas jämnare
    nivå: utfall
    delmål: [omsorg]
    målgrupp: Äldre med hemtjänst
    problem: timmar
    indikatorer:
      - namn: Timmar per brukare
        källa: Verksamhetssystemet
        utgångsläge: {år: 2023, kvinnor: 28.0, män: 34.5}
        mål: {år: 2027, kvinnor: 31.0, män: 31.0}
        mätningar: [{år: 2025, kvinnor: 30.2, män: 32.9}]
"""


def summarise(results: list[PlanResult]) -> Summary:
    summary = Summary()
    for result in results:
        summary.add(result)
    return summary


def report(results: list[PlanResult], lang: str = "sv", portfolio: bool = False) -> str:
    return render_report(results, summarise(results), lang, TODAY, None, portfolio)


def document(*results: PlanResult) -> dict:
    return json.loads(render_json(list(results), summarise(list(results)), "sv"))


# --- facts ------------------------------------------------------------------------------------


def test_problem_facts() -> None:
    checked = check_text(PLAN)
    assert checked.facts is not None
    first, second = checked.facts.problems
    assert (first.id, first.line, first.column) == ("timmar", 4, 5)
    assert [goal.value for goal in first.delmal] == [4, 5]
    assert first.addressed_by == ("timmar", "utfall")  # file order; named twice counts once
    assert first.reached_level is not None and first.reached_level.value == "utfall"
    assert first.outcomes == (2,)
    assert first.result is not None and first.result.value == "improved"
    assert second.addressed_by == ("rutin",)
    assert second.reached_level is not None and second.reached_level.value == "produkt"
    assert second.result is None and not second.reaches_outcome
    # The problem's values in time order, with their gaps and the trend between them.
    evidence = first.evidence[0]
    assert [p.when for p in evidence.points] == ["2022", "2023"]
    assert [p.gap for p in evidence.points] == [-7.0, -6.5]
    assert evidence.points[1].trend is not None and evidence.points[1].trend.value == "narrowed"
    assert evidence.latest is evidence.points[1]
    assert second.evidence[0].youth and second.sex_disaggregated


def test_an_initiative_id_is_no_problem_id_and_only_known_problems_serve() -> None:
    checked = check_text(PLAN.replace("    problem: vantan\n", "    problem: utfall\n"))
    assert checked.facts is not None
    assert checked.facts.problems[1].addressed_by == ()
    assert [f.rule for f in checked.findings if f.rule.startswith("EK4")] == ["EK402", "EK401"]
    served = {item.id: item.serves_problem for item in checked.facts.initiatives}
    assert served == {"timmar": True, "rutin": False, "utfall": True}


def test_a_problem_reached_by_many_outcomes_names_the_first_in_file_order() -> None:
    outcomes = OUTCOME_LIMIT + 2
    initiatives = "".join(
        f"  - id: u{n}\n    namn: Utfall {n}\n    nivå: utfall\n" for n in range(outcomes)
    )
    links = ", ".join(f"u{n}" for n in reversed(range(outcomes)))
    text = (
        "organisation: Testkommunen\nproblem:\n  - id: p\n    namn: Problem\n"
        "insatser:\n  - id: start\n    namn: Start\n    nivå: arbetssätt\n    problem: p\n"
        f"    leder_till: [{links}]\n" + initiatives
    )
    checked = check_text(text)
    assert checked.facts is not None
    problem = checked.facts.problems[0]
    assert problem.outcomes == tuple(range(1, OUTCOME_LIMIT + 1))
    assert problem.more_outcomes
    assert problem.result is not None and problem.result.value == "planned"


def test_a_long_chain_with_many_problems_is_checked() -> None:
    """Every problem addressed at the start of a chain of 2,000 steps: all reach utfall."""
    steps = 2_000
    problems = "".join(f"  - id: p{n}\n    namn: Problem {n}\n" for n in range(300))
    names = ", ".join(f"p{n}" for n in range(300))
    chain = "".join(
        f"  - id: s{n}\n    namn: Steg {n}\n    nivå: arbetssätt\n    leder_till: [s{n + 1}]\n"
        for n in range(steps)
    )
    text = (
        f"organisation: Testkommunen\nproblem:\n{problems}insatser:\n"
        f"  - id: start\n    namn: Start\n    nivå: aktivitet\n    problem: [{names}]\n"
        f"    leder_till: [s0]\n{chain}"
        f"  - id: s{steps}\n    namn: Slut\n    nivå: utfall\n"
    )
    checked = check_text(text)
    assert checked.facts is not None
    assert all(problem.reaches_outcome for problem in checked.facts.problems)
    assert all(problem.outcomes == (steps + 1,) for problem in checked.facts.problems)


def test_without_problems_the_only_new_finding_is_ek406() -> None:
    without = re.sub(r"problem:\n(?:  .*\n)+", "", CLEAN_PLAN)
    without = without.replace("    problem: [ojämn-hemtjänst]\n", "")
    assert "problem" not in without
    assert codes(check_text(CLEAN_PLAN)) == []
    assert codes(check_text(without)) == ["EK406"]
    checked = check_text(without, select=("EK1", "EK2", "EK3"))
    assert codes(checked) == []


# --- JSON -------------------------------------------------------------------------------------


def test_json_lists_the_problems_of_each_plan() -> None:
    broken = check_text("organisation: X\ninsatser: [\n")
    data = document(check_text(PLAN), broken)
    first, second = data["plans"][0]["problems"]
    assert {key: first[key] for key in SPEC_KEYS} == {
        "id": "timmar",
        "name": "Män beviljas fler hemtjänsttimmar än kvinnor",
        "line": 4,
        "delmål": [4, 5],
        "addressed_by": ["timmar", "utfall"],
        "reached_level": "utfall",
    }
    assert first["result"] == "improved"
    assert [p["when"] for p in first["evidence"][0]["points"]] == ["2022", "2023"]
    assert first["evidence"][0]["latest"]["gap"] == -6.5
    assert second["reached_level"] == "produkt" and second["result"] is None
    assert second["evidence"][0]["sexes"] == ["flickor", "pojkar"]
    assert data["plans"][1]["problems"] == []
    unaddressed = document(check_text(PLAN.replace("    problem: vantan\n", "")))
    assert unaddressed["plans"][0]["problems"][1]["addressed_by"] == []
    assert unaddressed["plans"][0]["problems"][1]["reached_level"] is None


SPEC_KEYS = ("id", "name", "line", "delmål", "addressed_by", "reached_level")


def test_the_worked_example_in_the_docs_is_clean_and_its_json_is_true() -> None:
    docs = (ROOT / "docs" / "problems.md").read_text(encoding="utf-8")
    plan = re.search(r"```yaml\n(.*?)```", docs, re.S)
    shown = re.search(r"## JSON\n.*?```json\n(.*?)```", docs, re.S)
    assert plan is not None and shown is not None
    checked = check_text(plan.group(1))
    assert codes(checked) == []
    assert document(checked)["plans"][0]["problems"] == [json.loads(shown.group(1))]
    unlinked = plan.group(1).replace("    problem: ojamn-hemtjanst", "    # (utan problem)")
    assert sorted(codes(check_text(unlinked))) == ["EK402", "EK405"]


# --- the report -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_report_section_on_problems(lang: str) -> None:
    t = TEXTS[lang]
    tokens = parse(report([check_text(PLAN)], lang))
    assert_no_html(tokens)
    found = headings(tokens)
    level2 = [text for level, text in found if level == 2]
    assert level2[:3] == [t["h_summary"], t["h_problems"], t["h_chain"]]
    assert (3, "Män beviljas fler hemtjänsttimmar än kvinnor") in found
    # The facts by sex: values in time order, the gap in words, its trend.
    evidence = table_after(tokens, "Män beviljas fler hemtjänsttimmar än kvinnor")
    assert evidence[0][:3] == [
        t["col_when"],
        t["sex.female"].capitalize(),
        "Män" if lang == "sv" else "Men",
    ]
    rows = {row[0]: row for row in evidence[1:]}
    gap = "6,5 timmar mer för män" if lang == "sv" else "6.5 timmar more for men"
    assert gap in rows["2023"]
    assert t["trend.narrowed"] in rows["2023"]
    texts = [rendered_text(tok) for tok in tokens if tok.type == "inline"]
    # Who addresses each problem, how far their chains reach, and whether gaps close.
    tables_found = tables(tokens)
    addressing = [
        table for table in tables_found if table[0][-1] == t["col_reach"] and len(table) == 3
    ]
    assert addressing and [row[0] for row in addressing[0][1:]] == ["timmar", "utfall"]
    assert addressing[0][1][-1] == t["problem_reaches"].format(level=_word(t, "utfall"))
    outcomes = [table for table in tables_found if table[0][-1] == t["col_gaps"]]
    assert outcomes[0][1][:4] == [
        "utfall",
        "Timmarna fördelas jämnare",
        t["level.utfall"],
        t["result.improved"],
    ]
    assert t["problem_verdict.improved"] in texts
    assert t["problem_verdict.no_outcome"] in texts
    stops = t["problem_stops"].format(level=_word(t, "produkt"))
    assert any(row[-1] == stops for table in tables_found for row in table)


def _word(t: dict[str, str], level: str) -> str:
    label = t[f"level.{level}"]
    return label.lower() if t is TEXTS_SV else label[0].lower() + label[1:]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_plan_without_problems_gets_the_nudge(lang: str) -> None:
    t = TEXTS[lang]
    tokens = parse(report([check_text((EXAMPLES / "kommun-hemtjanst.yaml").read_text())], lang))
    level2 = [text for level, text in headings(tokens) if level == 2]
    assert level2[1] == t["h_problems"]
    texts = [rendered_text(tok) for tok in tokens if tok.type == "inline"]
    assert t["s_problems_none"] in texts


def test_hostile_problem_text_stays_text() -> None:
    hostile = PLAN.replace(
        "namn: Män beviljas fler hemtjänsttimmar än kvinnor",
        "namn: '<script>x</script> | ## rubrik'",
    ).replace("analys: Kartläggningen visar skillnaden.", "analys: '|a|b| <b>fet</b>'")
    tokens = parse(report([check_text(hostile)]))
    assert_no_html(tokens)
    assert (3, "<script>x</script> | ## rubrik") in headings(tokens)
    for table in tables(tokens):
        assert len({len(row) for row in table}) == 1


def test_the_example_report_shows_all_three_problems() -> None:
    markdown = report([check_text(EXAMPLE.read_text(encoding="utf-8"))])
    tokens = parse(markdown)
    level3 = [text for level, text in headings(tokens) if level == 3]
    start = level3.index(
        "Kvinnor med försörjningsstöd får arbetsmarknadsinsatser senare och mer sällan än män"
    )
    assert level3[start + 1 : start + 3] == [
        "Våld i nära relationer uppmärksammas sällan när någon söker försörjningsstöd",
        "Ensamstående mammor är överrepresenterade bland hushåll med långvarigt stöd",
    ]
    assert (
        "Planen anger 3 problem. Angrips av minst en insats: 3. Angrips av en kedja som "
        "når utfall: 2." in markdown
    )


# --- the portfolio ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_portfolio_counts_problems_per_delmal(lang: str) -> None:
    t = TEXTS[lang]
    plans = [
        check_text(PLAN),
        check_text(CLEAN_PLAN),
        check_text((EXAMPLES / "kommun-hemtjanst.yaml").read_text(encoding="utf-8")),
        check_text("organisation: X\ninsatser: [\n"),
    ]
    tokens = parse(report(plans, lang, portfolio=True))
    assert_no_html(tokens)
    table = table_after(tokens, t["h_portfolio_problems"])
    rows = {row[0]: row[1:] for row in table[1:]}
    assert rows["4 omsorg" if lang == "sv" else "4 care"] == ["2", "2", "2", "2"]
    assert rows["5 hälsa" if lang == "sv" else "5 health"] == ["1", "1", "1", "1"]
    assert rows[t["row_no_goal"]] == ["1", "1", "0", "1"]
    assert rows["1 makt" if lang == "sv" else "1 power"] == ["0", "0", "0", "0"]
    assert rows[t["total"]] == ["3", "3", "2", "2"]
    texts = [rendered_text(tok) for tok in tokens if tok.type == "inline"]
    sentence = t["s_portfolio_problems"].format(
        with_problems=2,
        organisations=count(3, "organisation", lang),
        problems=count(3, "problem", lang),
        addressed=3,
        reaching=2,
    )
    assert any(sentence in text for text in texts)


def test_a_portfolio_without_problems_says_so() -> None:
    plan = check_text((EXAMPLES / "kommun-hemtjanst.yaml").read_text(encoding="utf-8"))
    markdown = report([plan], portfolio=True)
    assert TEXTS_SV["s_portfolio_problems_none"] in markdown
    assert TEXTS_SV["col_problems_addressed"] not in markdown


# --- init -------------------------------------------------------------------------------------


def test_the_starter_plan_starts_from_a_problem_and_names_a_plan_owner() -> None:
    text = starter_plan("plan.yaml", date(2026, 3, 1))
    checked = check_text(text, today=date(2026, 3, 1))
    assert checked.plan is not None and checked.facts is not None
    assert checked.plan.owner is not None
    (problem,) = checked.facts.problems
    assert problem.sex_disaggregated and problem.reaches_outcome
    assert problem.addressed_by == ("kartlaggning-bidrag",)
    owners = {item.id: item.owner for item in checked.facts.initiatives}
    assert owners["rutin-bidrag"] == checked.plan.owner  # falls back to the plan's
    assert all(owners.values())
