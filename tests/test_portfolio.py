"""Portfolio roll-up: the report on many plans, `summary.organisations` in JSON, the examples.

The report is parsed with markdown-it-py (CommonMark plus GFM tables), as in
``test_report.py``. The figures are checked against counts made here from the
check results, not against the code that makes them.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest
from markdown_it.token import Token

from effektkedja.domain import LEVELS, Level
from effektkedja.engine import CheckOptions, PlanResult, Summary, check_bytes, discover
from effektkedja.messages import render
from effektkedja.portfolio import common_findings, organisation
from effektkedja.render.markdown import render_report
from effektkedja.views.portfolio import PORTFOLIO_PLAN_SECTIONS
from effektkedja.views.report import report_view
from effektkedja.views.texts_en import TEXTS as TEXTS_EN
from effektkedja.views.texts_sv import TEXTS as TEXTS_SV
from tests.cli import Result, invoke
from tests.conftest import EXAMPLES, ROOT, TODAY, check_text
from tests.test_examples import expectations
from tests.test_report import (
    HOSTILE,
    assert_no_html,
    headings,
    parse,
    table_after,
    tables,
    walk,
)

PORTFOLIO = EXAMPLES / "portfolio"
PORTFOLIO_FILES = sorted(PORTFOLIO.glob("*.yaml"))
BROKEN = {"kommun-vallsjo.yaml": "EK002", "myndighet-studievagledning.yaml": "EK001"}
TEXTS = {"sv": TEXTS_SV, "en": TEXTS_EN}
LEVEL_VALUES = [level.value for level in LEVELS]


# --- helpers -----------------------------------------------------------------------------------


def summarise(results: list[PlanResult]) -> Summary:
    summary = Summary()
    for result in results:
        summary.add(result)
    return summary


def report(results: list[PlanResult], lang: str = "sv", portfolio: bool = True) -> str:
    return render_report(results, summarise(results), lang, TODAY, portfolio=portfolio)


def pipes_per_row(markdown: str, tokens: list[Token]) -> None:
    """Every row of every table has as many unescaped pipes as its header (GFM source)."""
    for token in tokens:
        if token.type == "table_open" and token.map:
            start, end = token.map
            rows = markdown.splitlines()[start:end]
            pipes = {len(re.findall(r"(?<!\\)(?:\\\\)*\|", row)) for row in rows}
            assert len(pipes) == 1, rows


def checked(name: str) -> PlanResult:
    """A portfolio example checked as ``effektkedja`` run in the repository names it."""
    raw = (PORTFOLIO / name).read_bytes()
    return check_bytes(raw, f"examples/portfolio/{name}", CheckOptions(today=TODAY))


def run(*args: str | Path, cwd: Path = ROOT) -> Result:
    env = {k: v for k, v in os.environ.items() if k != "FORCE_COLOR"}
    env.update(NO_COLOR="1")
    result = invoke(*args, cwd=cwd, env=env)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


@pytest.fixture(scope="module")
def results() -> list[PlanResult]:
    return [checked(path.name) for path in PORTFOLIO_FILES]


@pytest.fixture(scope="module", params=["sv", "en"])
def rendered(request: pytest.FixtureRequest, results: list[PlanResult]) -> tuple[str, str]:
    return request.param, report(results, request.param)


# --- the examples ------------------------------------------------------------------------------


def test_the_portfolio_has_ten_or_more_varied_plans(results: list[PlanResult]) -> None:
    assert len(PORTFOLIO_FILES) >= 10
    types = Counter(r.plan.type.value for r in results if r.plan and r.plan.type)
    assert types["myndighet"] >= 3 and types["kommun"] >= 2
    assert types["region"] >= 1 and types["lärosäte"] >= 1
    unread = {Path(r.path).name: {f.rule for f in r.findings} for r in results if not r.valid}
    assert unread == {name: {rule} for name, rule in BROKEN.items()}
    reaching = [r for r in results if r.valid and r.reaching_outcome]
    stuck = [r for r in results if r.valid and not r.reaching_outcome]
    assert len(reaching) >= 4 and len(stuck) >= 2


@pytest.mark.parametrize("path", PORTFOLIO_FILES, ids=lambda p: p.stem)
def test_portfolio_headers_keep_their_promises(path: Path) -> None:
    """Each plan's header says what it shows and lists its findings, like examples/*.yaml."""
    text = path.read_text(encoding="utf-8")
    assert f"effektkedja check examples/portfolio/{path.name} --today 2026-11-23" in text
    result = checked(path.name)
    promised = {(e.rule, e.initiative, e.accepted) for e in expectations(path)}
    reported = {(f.rule, f.initiative, f.accepted) for f in result.findings}
    assert promised == reported
    for year in re.findall(r"\b(20\d\d)-\d\d-\d\d\b", text.split("\ninsatser:", 1)[-1]):
        assert 2023 <= int(year) <= 2027, path.name


# --- the report --------------------------------------------------------------------------------


def test_every_portfolio_section_is_present(rendered: tuple[str, str]) -> None:
    lang, markdown = rendered
    t = TEXTS[lang]
    tokens = parse(markdown)
    assert_no_html(tokens)
    found = headings(tokens)
    count = render("n.plan.other", {"n": len(PORTFOLIO_FILES)}, lang)
    assert found[0] == (1, t["title_portfolio"].format(plans=count))
    assert found[1] == (2, t["h_portfolio"])
    assert found[2:8] == [
        (3, t["h_portfolio_organisations"]),
        (3, t["h_portfolio_delmal"]),
        (3, t["h_portfolio_problems"]),
        (3, t["h_portfolio_findings"]),
        (3, t["h_portfolio_staircase"]),
        (3, t["h_portfolio_unreadable"]),
    ]
    # Then every plan, in file order, broken ones included.
    plans = [text for level, text in found if level == 2][1:]
    assert len(plans) == len(PORTFOLIO_FILES)
    assert plans[0] == "Granåsa kommun"
    assert any(t["title_unreadable"].format(path="") in text for text in plans)
    assert any(token.type == "fence" and token.info == "text" for token in tokens)


def test_one_row_per_plan_including_the_broken_ones(
    rendered: tuple[str, str], results: list[PlanResult]
) -> None:
    lang, markdown = rendered
    t = TEXTS[lang]
    table = table_after(parse(markdown), t["h_portfolio_organisations"])
    header, rows, total = table[0], table[1:-1], table[-1]
    assert len(header) == 12 and header[0] == t["col_organisation"]
    assert len(rows) == len(results)
    for row, result in zip(rows, results, strict=True):
        expected = result.organisation or result.path
        assert row[0].startswith(expected)
        if result.valid:
            counts = Counter(i.classification.level for i in result.initiatives)
            assert row[2] == str(len(result.initiatives))
            assert row[3:8] == [str(counts[level]) for level in LEVELS]
        else:
            assert row[0].endswith(f"({t['unreadable']})")
            assert row[2] == "–"
        counted = [f for f in result.findings if not f.accepted]
        assert row[10] == str(sum(1 for f in counted if f.severity.value == "error"))
        assert row[11] == str(sum(1 for f in counted if f.severity.value == "warning"))
    assert total[0] == t["total"]
    assert total[2] == str(sum(len(r.initiatives) for r in results))


def test_shares_in_the_organisation_table() -> None:
    names = ("kommun-hedemyra.yaml", "myndighet-kulturstod.yaml", "region-sydkust.yaml")
    results = [checked(name) for name in names]
    table = table_after(parse(report(results).replace("\u00a0%", " %")), "Organisationerna")
    hedemyra, kultur, sydkust = table[1:4]
    # Hedemyra: 5 of 5 initiatives reach an outcome; its one outcome indicator counts totals.
    assert hedemyra[8:10] == ["100 % (5 av 5)", "0 % (0 av 1)"]
    # Kulturstöd: one of its two outcome indicators has values for women and men.
    assert kultur[9] == "50 % (1 av 2)"
    # Sydkust stops at arbetssätt: nothing reaches an outcome, there is nothing to measure.
    assert sydkust[8:10] == ["0 % (0 av 4)", "–"]
    assert table[-1][8:10] == ["71 % (10 av 14)", "33 % (1 av 3)"]


def test_delmal_coverage_counts_outcomes(rendered: tuple[str, str]) -> None:
    lang, markdown = rendered
    t = TEXTS[lang]
    table = table_after(parse(markdown), t["h_portfolio_delmal"])
    rows = {row[0]: row[1:] for row in table[1:]}
    # Granåsa: two outcomes and a societal effect name utbildning (3) or hälsa (5);
    # the activities, products and ways of working naming them do not count.
    assert rows["Granåsa kommun"] == ["0", "0", "2", "0", "2", "0", "4"]
    # Arbetslivsstöd: three outcomes name ekonomi, two of them hälsa too.
    assert rows["Myndigheten för arbetslivsstöd"] == ["0", "3", "0", "0", "2", "0", "3"]
    # Norrfors: one of its two outcomes names no delmål (EK302).
    assert rows["Högskolan i Norrfors"] == ["0", "0", "1", "0", "0", "0", "2"]
    assert rows[f"Vallsjö kommun ({t['unreadable']})"] == ["–"] * 7
    assert rows[t["row_goal_outcomes"]] == ["2", "6", "3", "0", "7", "2", "18"]
    assert rows[t["row_goal_organisations"]] == ["1", "3", "2", "0", "3", "1", "–"]


def test_most_common_findings_are_counted_across_plans(
    rendered: tuple[str, str], results: list[PlanResult]
) -> None:
    lang, markdown = rendered
    t = TEXTS[lang]
    counted = [f for r in results for f in r.findings if not f.accepted]
    per_rule = Counter(f.rule for f in counted)
    plans = Counter(
        rule for r in results for rule in {f.rule for f in r.findings if not f.accepted}
    )
    table = table_after(parse(markdown), t["h_portfolio_findings"])
    shown = [(row[0].split(" ", 1)[0], int(row[2]), int(row[3])) for row in table[1:]]
    assert len(shown) == 10
    # EK307 (arbetssätt without slut) ties with EK102 and comes first: in more plans.
    assert shown[:2] == [("EK307", 11, 8), ("EK102", 11, 4)]
    for code, count, organisations in shown:
        assert (count, organisations) == (per_rule[code], plans[code]), code
    assert [count for _, count, _ in shown] == sorted((c for _, c, _ in shown), reverse=True)
    assert min(count for _, count, _ in shown) >= max(
        n for code, n in per_rule.items() if code not in {c for c, _, _ in shown}
    )
    # The accepted EK304 in Norrfors is left out; the other three are counted.
    assert ("EK304", 3, 3) in shown
    rest = len(per_rule) - 10
    more = sum(n for code, n in per_rule.items() if code not in {c for c, _, _ in shown})
    rules = render("n.rule.other", {"n": rest}, lang)
    findings = render("n.finding.other", {"n": more}, lang)
    assert t["s_portfolio_findings_more"].format(rules=rules, findings=findings) in markdown


def test_the_staircase_and_the_unreadable_plans(rendered: tuple[str, str]) -> None:
    lang, markdown = rendered
    t = TEXTS[lang]
    tokens = parse(markdown)
    [stairs] = [tok.content for tok in tokens if tok.type == "fence" and tok.info == "text"][:1]
    lines = stairs.splitlines()
    assert len(lines) == 5
    assert [int(line.rsplit(" ", 1)[1]) for line in lines] == [3, 15, 11, 15, 19]
    table = table_after(tokens, t["h_portfolio_unreadable"])
    assert [row[0] for row in table[1:]] == [
        "examples/portfolio/kommun-vallsjo.yaml",
        "examples/portfolio/myndighet-studievagledning.yaml",
    ]
    vallsjo, studie = table[1], table[2]
    assert vallsjo[1] == "Vallsjö kommun"
    assert vallsjo[2].startswith("EK002 ") and "ansvar" in vallsjo[2]
    assert studie[1] == "–" and studie[2].startswith("EK001 ")


def test_all_readable_says_so() -> None:
    results = [checked("region-vastmark.yaml")]
    markdown = report(results)
    assert "Alla planer kunde läsas." in markdown
    assert headings(parse(markdown))[0] == (1, "Portföljrapport: 1 plan mot effektkedjan")


# --- hostile names and large portfolios ------------------------------------------------------


HOSTILE_NAME = 'Ond | "kommun" <b>x</b> `y` \\| [l](j) # h'


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_hostile_organisation_names_keep_every_table_whole(lang: str) -> None:
    name = json.dumps(HOSTILE_NAME, ensure_ascii=False)
    results = [
        check_text(HOSTILE),
        check_text(
            f"organisation: {name}\ninsatser:\n  - id: a\n    namn: Utfall\n"
            "    nivå: utfall\n    delmål: [våld]\n"
        ),
        check_text(f"organisation: {name}\ninsatser: 1\n"),  # EK002, name still known
        checked("kommun-granasa.yaml"),
    ]
    markdown = report(results, lang)
    tokens = parse(markdown)
    assert_no_html(tokens)
    kinds = {token.type for token in walk(tokens)}
    assert "link_open" not in kinds and "image" not in kinds
    for table in tables(tokens):
        assert len({len(row) for row in table}) == 1, table
    pipes_per_row(markdown, tokens)
    t = TEXTS[lang]
    organisations = table_after(tokens, t["h_portfolio_organisations"])
    assert len(organisations) == 6  # header, four plans, total
    # Two plans share the hostile name: each is told apart by its path.
    assert organisations[2][0] == f"{HOSTILE_NAME} (plan.yaml)"
    assert organisations[3][0] == f"{HOSTILE_NAME} (plan.yaml) ({t['unreadable']})"
    matrix = table_after(tokens, t["h_portfolio_delmal"])
    assert matrix[2] == [f"{HOSTILE_NAME} (plan.yaml)", "0", "0", "0", "0", "0", "1", "1"]
    unreadable = table_after(tokens, t["h_portfolio_unreadable"])
    assert unreadable[1][1] == HOSTILE_NAME


def test_a_large_portfolio_leaves_out_the_plan_sections() -> None:
    one = checked("region-vastmark.yaml")
    many = [one] * (PORTFOLIO_PLAN_SECTIONS + 1)
    markdown = report(many)
    found = headings(parse(markdown))
    assert [text for level, text in found if level == 2] == ["Portföljöversikt"]
    assert "så rapporten visar bara portföljöversikten" in markdown
    assert "effektkedja report examples/portfolio/region-vastmark.yaml" in markdown
    english = report(many, "en")
    assert "shows the portfolio overview only" in english
    at_limit = report([one] * PORTFOLIO_PLAN_SECTIONS)
    assert len([t for level, t in headings(parse(at_limit)) if level == 2]) == 16


def test_the_context_has_a_portfolio_even_when_not_shown(results: list[PlanResult]) -> None:
    view = report_view(results, summarise(results), "sv", TODAY)
    assert view.portfolio.shown is False
    assert len(view.portfolio.rows) == len(results)
    markdown = report(results, portfolio=False)
    assert headings(parse(markdown))[1] == (2, "Samlad sammanfattning")
    assert "Portföljöversikt" not in markdown


# --- the core figures ----------------------------------------------------------------------------


FIGURES_PLAN = """\
organisation: Testkommunen
typ: kommun
insatser:
  - id: a
    namn: Kartläggning
    nivå: aktivitet
    delmål: [hälsa]
    leder_till: [u]
  - id: u
    namn: Utfall ett
    nivå: utfall
    delmål: [hälsa, 5, våld]
    målgrupp: Alla
    indikatorer:
      - namn: Med kön
        utgångsläge: {år: 2024, kvinnor: 1, män: 2}
      - namn: Bara mål med kön
        mål: {år: 2027, flickor: 3, pojkar: 3}
      - namn: Bara totalt
        utgångsläge: {år: 2024, totalt: 3}
  - id: s
    namn: Samhället
    nivå: samhällseffekt
    delmål: [våld]
    indikatorer:
      - namn: Bara kvinnor
        omfång: samhälle
        utgångsläge: {år: 2024, kvinnor: 4}
  - id: p
    namn: En policy utan fortsättning
    nivå: produkt
    indikatorer:
      - namn: Räknas inte (inte ett utfall)
        utgångsläge: {år: 2024, kvinnor: 1, män: 1}
"""


def test_plan_figures_count_outcome_indicators_and_delmal() -> None:
    result = check_text(FIGURES_PLAN)
    figures = result.facts
    assert figures is not None
    assert figures.type == "kommun"
    assert (figures.outcome_indicators, figures.sex_disaggregated) == (4, 2)
    # "hälsa" and 5 are one delmål named twice: one outcome.
    assert figures.delmal == (0, 0, 0, 0, 1, 2)
    assert result.slim().facts == figures  # kept for check --format json
    row = organisation(result.slim())
    assert row.initiatives == 4 and row.reaching_outcome == 3
    assert row.reaching_share == 0.75 and row.sex_disaggregated_share == 0.5
    assert row.levels[Level.PRODUKT] == 1 and row.outcomes == 2


def test_common_findings_order_is_stable() -> None:
    results = [check_text(FIGURES_PLAN), check_text(FIGURES_PLAN), check_text("x: [\n")]
    ranked = common_findings(results)
    keys = [(r.count, r.plans, r.severity.weight) for r in ranked]
    assert keys == sorted(keys, key=lambda k: (-k[0], -k[1], -k[2]))
    assert {r.rule: (r.count, r.plans) for r in ranked}["EK001"] == (1, 1)
    assert common_findings(results) == ranked


# --- JSON ----------------------------------------------------------------------------------------


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_summary_has_figures_per_organisation(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", FIGURES_PLAN)
    write(tmp_path, "b.yaml", "organisation: Trasig\ninsatser: 1\n")
    write(tmp_path, "c.yaml", "organisation: Tom\ntyp: region\ninsatser: []\n")
    result = run("check", ".", "--format", "json", "--today", "2026-11-23", cwd=tmp_path)
    assert result.returncode == 1
    summary = json.loads(result.stdout)["summary"]
    assert list(summary)[:6] == ["plans", "initiatives", "levels", "errors", "warnings", "infos"]
    first, broken, empty = summary["organisations"]
    assert first == {
        "path": "a.yaml",
        "organisation": "Testkommunen",
        "type": "kommun",
        "valid": True,
        "initiatives": 4,
        "levels": dict(zip(LEVEL_VALUES, [1, 1, 0, 1, 1], strict=True)),
        "reaching_outcome": 3,
        "reaching_outcome_share": 0.75,
        "outcome_indicators": 4,
        "sex_disaggregated_indicators": 2,
        "sex_disaggregated_share": 0.5,
        "improved_result": False,
        "errors": 0,
        "warnings": first["warnings"],
        "infos": first["infos"],
    }
    findings = json.loads(result.stdout)["findings"]
    mine = [f for f in findings if f["path"] == "a.yaml" and not f["accepted"]]
    assert first["warnings"] == sum(1 for f in mine if f["severity"] == "warning") > 0
    assert first["infos"] == sum(1 for f in mine if f["severity"] == "info")
    assert broken["path"] == "b.yaml" and broken["organisation"] == "Trasig"
    assert broken["valid"] is False and broken["type"] is None and broken["errors"] >= 1
    assert broken["levels"] == dict.fromkeys(LEVEL_VALUES, 0)
    assert broken["reaching_outcome_share"] is None
    assert empty["type"] == "region" and empty["valid"] is True
    assert empty["reaching_outcome_share"] is None and empty["sex_disaggregated_share"] is None


def test_json_organisations_follow_input_order_and_agree_with_the_plans() -> None:
    args = [f"examples/portfolio/{p.name}" for p in reversed(PORTFOLIO_FILES)]
    result = run("check", *args, "--format", "json", "--today", "2026-11-23")
    document = json.loads(result.stdout)
    organisations = document["summary"]["organisations"]
    assert [o["path"] for o in organisations] == args == [p["path"] for p in document["plans"]]
    for entry, plan in zip(organisations, document["plans"], strict=True):
        levels = Counter(i["level"] for i in plan["initiatives"])
        assert entry["levels"] == {level: levels[level] for level in LEVEL_VALUES}
        assert entry["valid"] is (Path(entry["path"]).name not in BROKEN)
    assert sum(o["errors"] for o in organisations) == document["summary"]["errors"]


# --- the command -------------------------------------------------------------------------------


def test_the_real_command_writes_the_portfolio_report(
    tmp_path: Path, results: list[PlanResult]
) -> None:
    target = tmp_path / "portfolj.md"
    result = run("report", "examples/portfolio", "--today", "2026-11-23", "-o", target)
    # Two of the plans cannot be read: exit 1 as in check, and the report is written.
    assert result.returncode == 1 and result.stdout == "", result.stderr
    markdown = target.read_text(encoding="utf-8")
    assert headings(parse(markdown))[:2] == [
        (1, f"Portföljrapport: {len(PORTFOLIO_FILES)} planer mot effektkedjan"),
        (2, "Portföljöversikt"),
    ]
    assert markdown == report(results)  # the command adds nothing of its own


@pytest.mark.parametrize(
    ("args", "portfolio"),
    [
        (["examples/portfolio"], True),  # automatic: more than one plan
        (["examples/portfolio", "--no-portfolio"], False),
        (["examples/kommun-hemtjanst.yaml"], False),  # automatic: one plan
        (["examples/kommun-hemtjanst.yaml", "--portfolio"], True),
        (["examples/kommun-hemtjanst.yaml", "examples/region-projektmedel.yaml"], True),
    ],
)
def test_portfolio_is_automatic_for_several_plans(args: list[str], portfolio: bool) -> None:
    result = run("report", *args, "--today", "2026-11-23")
    broken = "examples/portfolio" in args  # holds two plans that cannot be read
    assert result.returncode == (1 if broken else 0), result.stderr
    assert ("## Portföljöversikt" in result.stdout) is portfolio
    several = len(discover([a for a in args if not a.startswith("--")])) > 1
    assert ("## Samlad sammanfattning" in result.stdout) is (several and not portfolio)


def test_portfolio_option_is_in_the_help() -> None:
    result = run("report", "--help")
    assert "--portfolio" in result.stdout and "--no-portfolio" in result.stdout


def test_a_portfolio_of_unreadable_plans_is_still_a_report() -> None:
    results = [check_text("x: [\n"), check_text("organisation: Y\ninsatser: 1\n")]
    markdown = report(results)
    tokens = parse(markdown)
    assert_no_html(tokens)
    assert "Ingen plan i portföljen har några insatser." in markdown
    assert "Ingen plan kunde läsas, så täckningen av delmålen är okänd." in markdown
    table = table_after(tokens, "Planer som inte kunde läsas")
    assert [row[2].split(" ", 1)[0] for row in table[1:]] == ["EK001", "EK002"]
