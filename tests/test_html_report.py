"""The HTML report: structure and escaping in-process, then accessibility and print in Chromium.

The first part parses the page with Python's HTML parser (and each inline SVG
with an XML parser) and checks what WCAG 2.1 AA and SPEC.md section 10 ask of
its structure. The second part opens every page in Debian's headless Chromium
(``tests/browser.py``): axe-core with the WCAG 2.0/2.1 A and AA rules must find
nothing, in light and in dark mode; the page must ask for nothing outside
itself and fit a 320 px screen; printed to A4 PDF, every initiative's and
indicator's name must be in the PDF's text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from effektkedja.engine import CheckOptions, PlanResult, Summary, check_bytes
from effektkedja.render.html import GRAPHIC_COLOURS, PALETTE, TEXT_COLOURS, render_html
from effektkedja.render.svgtext import clean
from effektkedja.views.plan import results_sentence
from effektkedja.views.report import ReportView, report_view
from effektkedja.views.texts import Texts, report_texts
from tests import browser
from tests.conftest import EXAMPLES, ROOT, TODAY

TEXTS = {"sv": report_texts("sv"), "en": report_texts("en")}
KOMMUN = EXAMPLES / "kommun-hemtjanst.yaml"
FORSORJNING = EXAMPLES / "kommun-forsorjningsstod.yaml"
#: The gap of the example's first underlag in 2022, as a reader sees it.
FIRST_GAP = {"sv": "16 procentenheter högre för män", "en": "16 percentage points higher for men"}
REGION = EXAMPLES / "region-projektmedel.yaml"
MYNDIGHET = EXAMPLES / "myndighet-aktivitetsfallan.yaml"
PORTFOLIO = EXAMPLES / "portfolio"
SVG = "{http://www.w3.org/2000/svg}"
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")

# Plan text that tries to become markup in HTML or SVG, reorder what the reader
# sees (U+202E), and run off the page (very long words).
HOSTILE = """\
organisation: "Ond </svg><script>alert(1)</script> & \\"citat\\" 'enkel' kommun"
kortnamn: "<b>OK</b>"
typ: kommun
period: {från: 2024, till: 2026}
uppdrag: "Rad ett\\n<div onclick=x>html</div> &amp; &lt; {{ 7*7 }}"
problem:
  - id: ond
    namn: "Problem </h3><script>alert(2)</script> \\u202Eolleh\\u202C & <em>x</em>"
    analys: "<img src=x onerror=alert(3)> {{ 7*7 }}"
    underlag:
      - namn: "Underlag <caption>x</caption> & </table>"
        källa: "<a href='https://example.org'>länk</a>"
        värden: [{år: 2023, kvinnor: 1, män: 2}]
insatser:
  - id: a1
    namn: "Utbildning </svg><svg onload=alert(1)> & \\"citat\\" <script>alert('x')</script>"
    nivå: aktivitet
    problem: ond
    ansvarig: "Chef \\u202Etxt.exe\\u202C och ]]> <![CDATA[x]]>"
    leder_till: [p1, u1]
  - id: p1
    namn: "Rutin med ett mycket långt ord: Jämställdhetsintegreringsarbetsgruppsmötesprotokolls\\
mallsversionshanteringssystemetsdokumentationsavdelningen"
    nivå: produkt
    leder_till: [a1]
  - id: u1
    namn: "\\u202Eolleh\\u202C Fler kvinnor <i>x</i> {{ 7*7 }} {% raw %} --> ]]> &lt;"
    nivå: utfall
    indikatorer:
      - namn: "Ind </title><script>x</script> & <desc> \\u2066x\\u2069"
        källa: "https://example.org/?a=1&b=<2>"
        enhet: antal
        utgångsläge: {år: 2023, kvinnor: 10, män: 30}
        mätningar:
          - {år: 2024, kvinnor: 12.5, män: 29}
        mål: {år: 2027, kvinnor: 25, män: 25}
"""


# --- pages ---------------------------------------------------------------------------------------


def checked(path: Path) -> PlanResult:
    """A plan file checked as ``effektkedja`` run in the repository names it."""
    name = path.relative_to(ROOT).as_posix()
    return check_bytes(path.read_bytes(), name, CheckOptions(today=TODAY))


def summarise(results: list[PlanResult]) -> Summary:
    summary = Summary()
    for result in results:
        summary.add(result)
    return summary


@dataclass(frozen=True)
class Page:
    """One report to render: its plans, language and kind."""

    name: str
    results: tuple[PlanResult, ...]
    lang: str
    portfolio: bool = False

    def html(self) -> str:
        results = list(self.results)
        return render_html(results, summarise(results), self.lang, TODAY, self.portfolio)

    def view(self) -> ReportView:
        results = list(self.results)
        return report_view(results, summarise(results), self.lang, TODAY, self.portfolio)

    def names(self) -> list[str]:
        """Every initiative's, indicator's, problem's and underlag's name in the report, as the
        reader sees it."""
        names = []
        for plan in self.view().plans:
            names += [i.name for i in plan.initiatives]
            names += [i.name for i in plan.indicators]
            for problem in plan.problems.problems:
                names += [problem.name, *(e.name for e in problem.evidence)]
        return [clean(name) for name in names]


def _pages() -> list[Page]:
    hostile = check_bytes(HOSTILE.encode("utf-8"), "ond.yaml", CheckOptions(today=TODAY))
    portfolio = tuple(checked(path) for path in sorted(PORTFOLIO.glob("*.yaml")))
    pages = []
    for lang in ("sv", "en"):
        for path in (KOMMUN, REGION, MYNDIGHET, FORSORJNING):
            pages.append(Page(f"{path.stem}-{lang}", (checked(path),), lang))
        pages.append(Page(f"portfolio-{lang}", portfolio, lang, portfolio=True))
        pages.append(Page(f"hostile-{lang}", (hostile,), lang))
    pages.append(Page("several-sv", (checked(KOMMUN), checked(REGION)), "sv"))
    # Several plans, one with problems: their sections sit one heading level lower.
    pages.append(Page("several-problems-en", (checked(FORSORJNING), checked(KOMMUN)), "en"))
    return pages


PAGES = _pages()
PAGE_NAMES = [page.name for page in PAGES]
BY_NAME = {page.name: page for page in PAGES}


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return {page.name: page.html() for page in PAGES}


# --- a small DOM, from Python's HTML parser -------------------------------------------------------


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self, tag: str | None = None) -> Iterator[Node]:
        if tag is None or self.tag == tag:
            yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter(tag)


VOID = {"meta", "br", "wbr", "hr", "img", "input", "link", "col", "source"}


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {key: value or "" for key, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {key: value or "" for key, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return
        raise AssertionError(f"</{tag}> closes nothing")

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def dom(html: str) -> Node:
    builder = _Builder()
    builder.feed(html)
    builder.close()
    assert len(builder.stack) == 1, [node.tag for node in builder.stack]
    return builder.root


def squash(text: str) -> str:
    return " ".join(text.split())


def svgs(html: str) -> list[ET.Element]:
    """Every inline SVG of the page, parsed as XML (which fails on a stray tag or entity)."""
    return [ET.fromstring(match) for match in re.findall(r"<svg\b.*?</svg>", html, flags=re.S)]


def svg_text(svg: ET.Element) -> str:
    return " ".join(" ".join(t.itertext()) for t in svg.iter(f"{SVG}text"))


# --- structure ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_the_page_is_one_file_that_loads_nothing_and_runs_nothing(
    rendered: dict[str, str], name: str
) -> None:
    html = rendered[name]
    root = dom(html)
    assert html.startswith("<!DOCTYPE html>")
    assert [n.attrs.get("lang") for n in root.iter("html")] == [BY_NAME[name].lang]
    for tag in ("script", "link", "img", "iframe", "object", "embed", "base", "form"):
        assert not list(root.iter(tag)), tag
    for node in root.iter():
        for attribute, value in node.attrs.items():
            assert not attribute.startswith("on"), (node.tag, attribute)
            if attribute in ("href", "src", "xlink:href"):
                assert value.startswith("#"), (node.tag, value)
    style = "".join(n.text() for n in root.iter("style"))
    assert "url(" not in style and "@import" not in style and "@font-face" not in style


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_one_h1_and_headings_in_order(rendered: dict[str, str], name: str) -> None:
    root = dom(rendered[name])
    levels = [int(n.tag[1]) for n in root.iter() if re.fullmatch(r"h[1-6]", n.tag)]
    assert levels[0] == 1 and levels.count(1) == 1
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, levels


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_table_has_a_caption_and_header_cells_with_scope(
    rendered: dict[str, str], name: str
) -> None:
    root = dom(rendered[name])
    tables = list(root.iter("table"))
    assert tables
    for table in tables:
        captions = list(table.iter("caption"))
        assert len(captions) == 1 and squash(captions[0].text())
        headers = list(table.iter("th"))
        assert headers and all(th.attrs.get("scope") in ("col", "row") for th in headers)
        assert list(next(table.iter("thead")).iter("th"))


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_ids_are_unique_and_every_internal_link_and_label_finds_its_target(
    rendered: dict[str, str], name: str
) -> None:
    root = dom(rendered[name])
    ids = [n.attrs["id"] for n in root.iter() if "id" in n.attrs]
    assert len(ids) == len(set(ids))
    known = set(ids)
    links = [n.attrs["href"][1:] for n in root.iter("a")]
    assert links and set(links) <= known
    for node in root.iter():
        for reference in node.attrs.get("aria-labelledby", "").split():
            assert reference in known, (node.tag, reference)


def region_names(root: Node) -> list[str]:
    """The name of each scrolling table region: the texts its ``aria-labelledby`` points to."""
    text = {n.attrs["id"]: squash(n.text()) for n in root.iter() if "id" in n.attrs}
    return [
        " ".join(text[ref] for ref in node.attrs["aria-labelledby"].split())
        for node in root.iter("div")
        if node.attrs.get("role") == "region"
    ]


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_table_region_has_a_name_of_its_own(rendered: dict[str, str], name: str) -> None:
    """A screen reader lists the scrolling regions by name: two regions of one name (two
    problems' tables, two plans' summaries) could not be told apart."""
    root = dom(rendered[name])
    names = region_names(root)
    assert names
    assert sorted(n for n in set(names) if names.count(n) > 1) == []


def test_two_problems_with_the_same_underlag_have_regions_of_their_own() -> None:
    underlag = "underlag: [{namn: Timmar per brukare, värden: [{år: 2023, kvinnor: 28, män: 34}]}]"
    plan = f"""\
organisation: Testkommunen
problem:
  - {{id: a, namn: Män beviljas fler timmar, {underlag}}}
  - {{id: b, namn: Kvinnor väntar längre, {underlag}}}
insatser:
  - {{id: x, namn: Rutin, nivå: produkt, problem: [a, b]}}
"""
    result = check_bytes(plan.encode(), "plan.yaml", CheckOptions(today=TODAY))
    root = dom(render_html([result], summarise([result]), "sv", TODAY))
    names = region_names(root)
    evidence = [name for name in names if "Timmar per brukare" in name]
    assert len(evidence) == len(set(evidence)) == 2
    assert len(names) == len(set(names))


def test_the_skip_link_comes_first_and_the_contents_list_every_section() -> None:
    html = BY_NAME["kommun-hemtjanst-sv"].html()
    root = dom(html)
    body = next(root.iter("body"))
    first = next(c for c in body.children if isinstance(c, Node))
    assert first.tag == "a" and first.attrs["href"] == "#main"
    assert squash(first.text()) == TEXTS["sv"]["html_skip"]
    toc = next(n for n in root.iter("nav"))
    entries = [squash(a.text()) for a in toc.iter("a")]
    t = TEXTS["sv"]
    assert entries == [
        t["h_summary"],
        t["h_problems"],
        t["h_chain"],
        t["h_levels"],
        t["h_indicators"],
        t["h_gaps"],
        t["h_delmal"],
    ]


def test_a_portfolio_lists_its_sections_and_every_plan_in_the_contents() -> None:
    page = BY_NAME["portfolio-sv"]
    root = dom(page.html())
    toc = next(root.iter("nav"))
    top = [
        squash(next(li.iter("a")).text())
        for li in next(toc.iter("ol")).children
        if isinstance(li, Node)
    ]
    assert top[0] == TEXTS["sv"]["h_portfolio"]
    titles = [squash(n.text()) for n in root.iter("h2")][2:]
    assert top[1:] == titles
    assert len(titles) == len(page.results)
    h3 = [squash(n.text()) for n in root.iter("h3")][:6]
    assert h3 == [
        TEXTS["sv"][key]
        for key in (
            "h_portfolio_organisations",
            "h_portfolio_delmal",
            "h_portfolio_problems",
            "h_portfolio_findings",
            "h_portfolio_staircase",
            "h_portfolio_unreadable",
        )
    ]


def test_several_plans_without_portfolio_start_with_the_combined_summary() -> None:
    root = dom(BY_NAME["several-sv"].html())
    h2 = [squash(n.text()) for n in root.iter("h2")]
    assert h2[:2] == [TEXTS["sv"]["html_toc"], TEXTS["sv"]["h_combined"]]
    assert h2[2:] == ["Ekbacka kommun", "Region Norrvik"]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_chain_is_an_svg_image_with_title_description_and_a_table_beside_it(
    lang: str,
) -> None:
    t = TEXTS[lang]
    html = BY_NAME[f"region-projektmedel-{lang}"].html()
    root = dom(html)
    chain = next(svg for svg in svgs(html) if "ek-chain" in svg.get("class", ""))
    assert chain.get("role") == "img"
    title_id, desc_id = chain.get("aria-labelledby", "").split()
    title = chain.find(f"{SVG}title")
    desc = chain.find(f"{SVG}desc")
    assert title is not None and title.get("id") == title_id and title.text
    assert desc is not None and desc.get("id") == desc_id and desc.text
    assert "Region Norrvik" in title.text
    assert "9" in desc.text  # the number of initiatives
    # Every initiative is in the table beside the figure, with where it leads and why.
    table = next(n for n in root.iter("table") if n.attrs["id"] == "p1-chain-table")
    rows = list(next(table.iter("tbody")).iter("tr"))
    assert len(rows) == 9
    text = squash(table.text())
    assert t["link_kind.skip"] in text and t["link_kind.backward"] in text
    # The legend names the line styles and arrowheads, not just colours.
    legend = squash(next(n for n in root.iter("ul") if n.attrs.get("class") == "legend").text())
    for key in ("html_legend_normal", "html_legend_skip", "html_legend_backward"):
        assert t[key] in legend


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_each_indicator_has_a_chart_a_data_table_and_the_gap_in_words(lang: str) -> None:
    page = BY_NAME[f"kommun-hemtjanst-{lang}"]
    html = page.html()
    root = dom(html)
    sections = [n for n in root.iter("section") if n.attrs.get("class") == "indicator"]
    view = report_view(list(page.results), summarise(list(page.results)), lang, TODAY)
    indicators = view.plans[0].indicators
    assert len(sections) == len(indicators) == 4
    for section, indicator in zip(sections, indicators, strict=True):
        assert squash(next(section.iter("h3")).text()) == indicator.name
        assert len(list(section.iter("svg"))) == 1
        table = next(section.iter("table"))
        assert len(list(next(table.iter("tbody")).iter("tr"))) == len(indicator.points)
        words = " ".join(indicator.sentences)
        assert words and words in squash(section.text())
    charts = [svg for svg in svgs(html) if "ek-chart" in svg.get("class", "")]
    assert len(charts) == 4
    desc = charts[0].find(f"{SVG}desc")
    assert desc is not None and desc.text
    assert ("27,5 (2023)" if lang == "sv" else "27.5 (2023)") in desc.text


def by_id(root: Node, id_: str) -> Node:
    return next(node for node in root.iter() if node.attrs.get("id") == id_)


def section_of(root: Node, heading: str) -> Node:
    """The ``<section>`` that the heading with the id ``heading`` opens."""
    return next(
        section
        for section in root.iter("section")
        if any(isinstance(c, Node) and c.attrs.get("id") == heading for c in section.children)
    )


def body_rows(table: Node, part: str = "tbody") -> list[list[str]]:
    """The text of each cell (``th`` and ``td``) of each row in ``part`` of ``table``."""
    return [
        [squash(cell.text()) for cell in row.children if isinstance(cell, Node)]
        for row in next(table.iter(part)).iter("tr")
    ]


def head_row(table: Node) -> list[str]:
    return [squash(th.text()) for th in next(table.iter("thead")).iter("th")]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_problem_section_follows_the_summary_with_facts_results_and_verdicts(
    lang: str,
) -> None:
    t = TEXTS[lang]
    page = BY_NAME[f"kommun-forsorjningsstod-{lang}"]
    root = dom(page.html())
    plan = page.view().plans[0]
    problems = plan.problems
    h2 = [squash(n.text()) for n in next(root.iter("main")).iter("h2")]
    assert h2[:3] == [t["h_summary"], t["h_problems"], t["h_chain"]]
    contents = [squash(a.text()) for a in next(root.iter("nav")).iter("a")]
    assert contents[:2] == [t["h_summary"], t["h_problems"]]
    # The summary says how many utfall show an improved result.
    summary = squash(section_of(root, "p1-summary").text())
    results = results_sentence(plan.summary.results, plan.summary.outcomes, Texts(lang))
    assert results in summary
    section = section_of(root, "p1-problems")
    assert f"{problems.sentence} {problems.intro}" in squash(section.text())
    assert [squash(n.text()) for n in section.iter("h3")] == [p.name for p in problems.problems]
    assert len(problems.problems) == 3
    for number, problem in enumerate(problems.problems, 1):
        q = f"p1-problem-{number}"
        part = section_of(root, q)
        text = squash(part.text())
        assert problem.id in text and problem.delmal_text in text
        assert squash(problem.analysis or "") in text
        # Each underlag's values by sex, as the view gives them, and the gap in words.
        headings = [squash(n.text()) for n in part.iter("h4")]
        for index, evidence in enumerate(problem.evidence, 1):
            assert f"{t['problem_evidence']}: {evidence.name}" == headings[index - 1]
            table = by_id(root, f"{q}-evidence-{index}-table")
            header = head_row(table)
            assert header[:3] == [t["col_when"], evidence.female_label, evidence.male_label]
            rows = [dict(zip(header, row, strict=True)) for row in body_rows(table)]
            assert len(rows) == len(evidence.points)
            for row, point in zip(rows, evidence.points, strict=True):
                assert row[t["col_when"]] == point.when
                assert row[evidence.female_label] == (point.female_text or "–")
                assert row[evidence.male_label] == (point.male_text or "–")
                assert row[t["col_gap"]] == (point.gap_text or "–")
                if evidence.has_total:
                    assert row[t["col_total"]] == (point.total_text or "–")
            assert next(table.iter("tbody")).iter("th")
            assert all(th.attrs["scope"] == "row" for th in next(table.iter("tbody")).iter("th"))
            if evidence.sentence:
                assert evidence.sentence in text
        # Who addresses it and how far their chains reach.
        addressing = body_rows(by_id(root, f"{q}-addressed-table"))
        assert addressing == [
            [f"{a.name} {a.id}", a.level_label, a.reach_text] for a in problem.addressed_by
        ]
        # The utfall in those chains with their result, and the closing sentence.
        if problem.outcomes:
            outcomes = by_id(root, f"{q}-outcomes-table")
            assert head_row(outcomes)[2] == t["col_result"]
            assert body_rows(outcomes) == [
                [f"{o.name} {o.id}", o.level_label, o.result_label, "".join(g.text for g in o.gaps)]
                for o in problem.outcomes
            ]
            lists = [list(cell.iter("li")) for cell in outcomes.iter("td") if list(cell.iter("li"))]
            assert [[squash(li.text()) for li in items] for items in lists] == [
                [g.text for g in o.gaps] for o in problem.outcomes
            ]
        else:
            assert not [n for n in part.iter() if n.attrs.get("id") == f"{q}-outcomes-table"]
        verdict = [n for n in part.iter("p") if n.attrs.get("class") == "verdict"]
        assert [squash(n.text()) for n in verdict] == [problem.verdict]
    # The example's numbers, as a reader sees them.
    first = body_rows(by_id(root, "p1-problem-1-evidence-1-table"))
    assert first[0][:4] == ["2022", "29", "45", FIRST_GAP[lang]]
    results_column = [row[2] for row in body_rows(by_id(root, "p1-problem-1-outcomes-table"))]
    assert results_column == [t[f"result.{state}"] for state in ("improved", "measured", "planned")]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_plan_without_problems_gets_the_nudge_in_the_problem_section(lang: str) -> None:
    root = dom(BY_NAME[f"kommun-hemtjanst-{lang}"].html())
    section = section_of(root, "p1-problems")
    assert squash(section.text()) == f"{TEXTS[lang]['h_problems']} {TEXTS[lang]['s_problems_none']}"
    assert not list(section.iter("table")) and not list(section.iter("h3"))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_utfall_and_samhallseffekt_tables_show_the_demonstrated_result(lang: str) -> None:
    t = TEXTS[lang]
    page = BY_NAME[f"kommun-forsorjningsstod-{lang}"]
    root = dom(page.html())
    levels = page.view().plans[0].levels
    shown = 0
    for number, level in enumerate(levels, 1):
        table = by_id(root, f"p1-level-table-{number}")
        header = head_row(table)
        if level.value not in ("utfall", "samhällseffekt"):
            assert t["col_result"] not in header
            continue
        column = header.index(t["col_result"])
        assert [row[column] for row in body_rows(table)] == [
            i.result_label for i in level.initiatives
        ]
        shown += len(level.initiatives)
    assert shown == 3


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_portfolio_shows_problems_per_delmal(lang: str) -> None:
    t = TEXTS[lang]
    page = BY_NAME[f"portfolio-{lang}"]
    root = dom(page.html())
    problems = page.view().portfolio.problems
    assert problems.problems  # the bundled portfolio has plans with problems
    table = by_id(root, "portfolio-problems-table")
    assert head_row(table) == [
        t["col_goal"],
        t["col_problems"],
        t["col_problems_addressed"],
        t["col_problems_reaching"],
        t["col_organisations"],
    ]
    assert body_rows(table) == [
        [
            f"{row.number} {row.short}" if row.number else row.name,
            *map(str, (row.problems, row.addressed, row.reaching, row.organisations)),
        ]
        for row in problems.rows
    ]
    totals = (problems.problems, problems.addressed, problems.reaching, problems.with_problems)
    assert body_rows(table, "tfoot") == [[t["total"], *map(str, totals)]]
    assert problems.sentence in squash(section_of(root, "portfolio").text())


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_hostile_plan_text_stays_text_in_the_page_and_in_the_figures(
    rendered: dict[str, str], lang: str
) -> None:
    html = rendered[f"hostile-{lang}"]
    root = dom(html)
    for tag in ("script", "b", "i", "em", "img", "cdata"):
        assert all(node.tag != tag for node in next(root.iter("body")).iter()), tag
    assert not BIDI.search(html)
    shown = squash(next(root.iter("body")).text())
    organisation = "Ond </svg><script>alert(1)</script> & \"citat\" 'enkel' kommun"
    assert f"{organisation}" in shown
    assert "<b>OK</b>" in shown
    assert "Chef txt.exe och ]]> <![CDATA[x]]>" in shown
    assert "olleh Fler kvinnor <i>x</i> {{ 7*7 }} {% raw %} --> ]]> &lt;" in shown
    assert "Problem </h3><script>alert(2)</script> olleh & <em>x</em>" in shown
    assert "<img src=x onerror=alert(3)> {{ 7*7 }}" in shown
    assert "Underlag <caption>x</caption> & </table>" in shown
    assert "<a href='https://example.org'>länk</a>" in shown
    assert next(root.iter("title")).text().startswith(organisation)
    # Each SVG is well-formed XML: nothing in it was closed or opened by plan text.
    figures = svgs(html)
    chain = next(svg for svg in figures if "ek-chain" in svg.get("class", ""))
    assert {child.tag for child in chain.iter()} <= {
        f"{SVG}{tag}"
        for tag in ("svg", "title", "desc", "defs", "marker", "path", "g", "rect", "text", "circle")
    }
    words = svg_text(chain)
    assert "Utbildning </svg><svg onload=alert(1)>" in words
    assert "Jämställdhetsintegreringsarbetsgruppsmötesprotokollsmallsversions" in words
    chart = next(svg for svg in figures if "ek-chart" in svg.get("class", ""))
    title = chart.find(f"{SVG}title")
    assert (
        title is not None
        and title.text
        and title.text.startswith("Ind </title><script>x</script> & <desc> x")
    )


def test_very_long_words_may_wrap_but_keep_every_character(rendered: dict[str, str]) -> None:
    root = dom(rendered["hostile-sv"])
    body = next(root.iter("body"))
    assert list(body.iter("wbr"))
    word = "Jämställdhetsintegreringsarbetsgruppsmötesprotokollsmallsversionshanteringssystemets"
    assert word in body.text()


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_colours_meet_wcag_contrast_in_light_and_dark_mode(mode: str) -> None:
    """Text 4.5:1 and graphics 3:1 against the page and the boxes (the SVGs' colours too,
    which axe-core cannot measure)."""
    colours = PALETTE[mode]
    for background in ("background", "surface"):
        for name in TEXT_COLOURS:
            assert contrast(colours[name], colours[background]) >= 4.5, (name, background)
        for name in GRAPHIC_COLOURS:
            assert contrast(colours[name], colours[background]) >= 3, (name, background)
    # The marks inside the severity symbols stand out from the symbol.
    for name in ("error", "warning", "info"):
        assert contrast(colours["mark"], colours[name]) >= 3, name


# --- in a real browser ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def audited(
    rendered: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, browser.PageAudit]:
    browser.require_browser()
    folder = tmp_path_factory.mktemp("html")
    files = {}
    for name, html in rendered.items():
        files[name] = folder / f"{name}.html"
        files[name].write_text(html, encoding="utf-8")
    # A control page with known faults, audited in the same session: the harness
    # must see them, or a silent harness would pass every page.
    files[CONTROL] = folder / f"{CONTROL}.html"
    files[CONTROL].write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title><style>'
        "@media (prefers-color-scheme: dark) {body {background: #000} .d {color: #222}}"
        '</style></head><body><p class="d">svag bara i mörkt läge</p>'
        '<img src="https://example.invalid/x.png"><p style="color:#999">svag</p>'
        '<div style="width:600px">bred</div><script>void 0</script></body></html>',
        encoding="utf-8",
    )
    audits = browser.audit(list(files.values()), pdf_dir=folder)
    return {name: audits[path] for name, path in files.items()}


CONTROL = "control-with-faults"


def test_the_browser_harness_sees_faults_on_a_control_page(
    audited: dict[str, browser.PageAudit],
) -> None:
    control = audited[CONTROL]
    found = {violation["id"] for violation in control.violations}
    assert {"html-has-lang", "image-alt", "color-contrast"} <= found
    light_contrast = next(v for v in control.violations if v["id"] == "color-contrast")
    assert all("mörkt" not in node["html"] for node in light_contrast["nodes"])
    dark_contrast = [v for v in control.dark_violations or [] if v["id"] == "color-contrast"]
    assert dark_contrast and any("mörkt" in node["html"] for node in dark_contrast[0]["nodes"])
    assert set(control.requests) == {"https://example.invalid/x.png"}
    assert control.scripts == 1
    assert control.narrow_width is not None and control.narrow_width > 320


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_axe_core_finds_no_wcag_violation_in_light_or_dark_mode(
    audited: dict[str, browser.PageAudit], name: str
) -> None:
    page = audited[name]
    assert page.error is None, page.error
    assert page.violations == [], browser.describe(page.violations)
    assert page.dark_violations == [], browser.describe(page.dark_violations or [])


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_the_browser_makes_no_request_and_runs_no_script(
    audited: dict[str, browser.PageAudit], name: str
) -> None:
    page = audited[name]
    assert page.requests == []
    assert page.scripts == 0


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_the_page_fits_a_320_pixel_screen(audited: dict[str, browser.PageAudit], name: str) -> None:
    """WCAG 1.4.10: no sideways scrolling of the page at 320 px (tables scroll in their region)."""
    assert audited[name].narrow_width == 320


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_printed_to_pdf_every_initiative_and_indicator_name_is_there(
    audited: dict[str, browser.PageAudit], name: str
) -> None:
    pdf = audited[name].pdf
    assert pdf is not None and pdf.is_file()
    pages, size = browser.pdf_pages(pdf)
    assert "A4" in size
    text = "".join(browser.pdf_text(pdf).split())
    missing = [n for n in BY_NAME[name].names() if "".join(n.split()) not in text]
    assert missing == []


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_printed_tables_keep_every_column_on_the_page(
    audited: dict[str, browser.PageAudit], rendered: dict[str, str], name: str
) -> None:
    """A table wider than the paper would lose its last columns: pdftotext leaves out
    what falls outside the page, so every column heading must be in the text."""
    pdf = audited[name].pdf
    assert pdf is not None
    text = "".join(browser.pdf_text(pdf).split())
    root = dom(rendered[name])
    headings = {
        "".join(th.text().split()) for thead in root.iter("thead") for th in thead.iter("th")
    }
    assert sorted(h for h in headings if h not in text) == []
