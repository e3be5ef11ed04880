"""The Word report: read back with python-docx, then opened by LibreOffice and printed to PDF.

The first part reads every document back with python-docx and looks at what a
reader of the document (and Word's navigation pane, table of contents and
accessibility check) depends on: heading styles in order, the document language
and properties, tables whose header row repeats on each page, every initiative
and indicator, numbers as the report views give them, and plan text that stays
text. The second part converts the documents with LibreOffice Writer
(``soffice --headless --convert-to pdf``) and finds every initiative's name in
the PDF's text with poppler's ``pdftotext``.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from effektkedja.cli import main
from effektkedja.domain import LEVELS
from effektkedja.engine import CheckOptions, PlanResult, Summary, check_bytes
from effektkedja.render.docx import render_docx
from effektkedja.views.plan import results_sentence
from effektkedja.views.report import ReportView, report_view
from effektkedja.views.texts import Texts, report_texts
from tests.conftest import EXAMPLES, ROOT, TODAY

KOMMUN = EXAMPLES / "kommun-hemtjanst.yaml"
REGION = EXAMPLES / "region-projektmedel.yaml"
MYNDIGHET = EXAMPLES / "myndighet-aktivitetsfallan.yaml"
FORSORJNING = EXAMPLES / "kommun-forsorjningsstod.yaml"
#: The gap of the example's first underlag in 2022, as a reader sees it.
FIRST_GAP = {"sv": "16 procentenheter högre för män", "en": "16 percentage points higher for men"}
PORTFOLIO = sorted((EXAMPLES / "portfolio").glob("*.yaml"))
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
IN_CI = os.environ.get("CI", "").lower() == "true"
INSTALL = "apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils"
LONG_WORD = "Jämställdhetsintegreringsarbetsgruppsmötesprotokollsmallsversionshanteringssystemet"

# Plan text that tries to be XML, a field code, a hyperlink or a macro, holds
# characters XML cannot store, reorders what the reader sees (U+202E) and runs
# off the page (a very long word).
HOSTILE = f"""\
version: 1
organisation: "Ond\\x01 kommun <w:t>x</w:t> \\u202Etxt.exe\\u202C"
typ: kommun
uppdrag: "Rad ett\\nRad två med {{ PAGE }} och HYPERLINK \\"https://example.org\\""
problem:
  - id: ond
    namn: "Problem\\x0b <w:p>x</w:p> \\u202Etxt.exe\\u202C {{ PAGE }}"
    analys: "<w:instrText>HYPERLINK x</w:instrText>"
    underlag:
      - namn: "Underlag ]]> <w:tbl/>"
        värden: [{{år: 2023, kvinnor: 1, män: 2}}]
insatser:
  - id: a1
    namn: "Utbildning\\x07 </w:t></w:r><w:r><w:instrText>HYPERLINK x</w:instrText> ]]>"
    nivå: aktivitet
    problem: ond
    ansvarig: "Chef \\u202Etxt.exe\\u202C och \\x1b[31mröd\\x1b[0m"
    leder_till: [p1, u1]
  - id: p1
    namn: "Rutin med ett mycket långt ord: {LONG_WORD}"
    nivå: produkt
    leder_till: [a1]
  - id: u1
    namn: "\\u202Eolleh\\u202C Fler kvinnor \\x7f\\x85\\x9b =cmd|' /C calc'!A0 @SUM(1)"
    nivå: utfall
    indikatorer:
      - namn: "Ind <w:fldSimple w:instr=\\"PAGE\\"/> \\u2066x\\u2069"
        källa: "https://example.org/?a=1&b=<2>"
        enhet: antal
        utgångsläge: {{år: 2023, kvinnor: 10, män: 30}}
        mätningar:
          - {{år: 2024, kvinnor: 12.5, män: 29}}
        mål: {{år: 2027, kvinnor: 25, män: 25}}
"""
#: What U+202E and the other bidi controls look like in the document.
SHOWN_RLO = "<U+202E>"
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# --- documents ---------------------------------------------------------------------------------


def checked(path: Path) -> PlanResult:
    """A plan file checked as ``effektkedja`` run in the repository names it."""
    name = path.relative_to(ROOT).as_posix()
    return check_bytes(path.read_bytes(), name, CheckOptions(today=TODAY))


@dataclass(frozen=True)
class Case:
    """One report: its plans, language, whether a portfolio, and what it was built from."""

    name: str
    results: list[PlanResult]
    lang: str = "sv"
    portfolio: bool = False

    def summary(self) -> Summary:
        summary = Summary()
        for result in self.results:
            summary.add(result)
        return summary

    def view(self) -> ReportView:
        return report_view(self.results, self.summary(), self.lang, TODAY, self.portfolio)

    def render(self) -> bytes:
        return render_docx(self.results, self.summary(), self.lang, TODAY, self.portfolio)


def hostile() -> PlanResult:
    return check_bytes(HOSTILE.encode(), "ond.yaml", CheckOptions(today=TODAY))


CASES = {
    case.name: case
    for case in [
        Case("kommun", [checked(KOMMUN)]),
        Case("kommun-en", [checked(KOMMUN)], lang="en"),
        Case("region", [checked(REGION)]),
        Case("myndighet", [checked(MYNDIGHET)]),
        Case("forsorjning", [checked(FORSORJNING)]),
        Case("forsorjning-en", [checked(FORSORJNING)], lang="en"),
        Case("two-plans-problems", [checked(FORSORJNING), checked(KOMMUN)]),
        Case("two-plans", [checked(REGION), checked(MYNDIGHET)]),
        Case("portfolio", [checked(path) for path in PORTFOLIO], portfolio=True),
        Case("portfolio-en", [checked(path) for path in PORTFOLIO], lang="en", portfolio=True),
        Case("hostile", [hostile()]),
    ]
}


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return {name: case.render() for name, case in CASES.items()}


def read(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def paragraphs(document: Document) -> Iterator[str]:
    """The text of every paragraph, in the body and in every table cell."""
    for paragraph in document.paragraphs:
        yield paragraph.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield cell.text


def all_text(document: Document) -> str:
    return "\n".join(paragraphs(document))


def flat(text: str) -> str:
    """Text without any whitespace (no-break spaces too), for finding names that wrap."""
    return "".join(text.split())


def expected_names(case: Case) -> list[str]:
    """Every initiative's, indicator's, problem's and underlag's name (plan text as the
    document shows it)."""
    view = case.view()
    names = [i.name for plan in view.plans for i in plan.initiatives]
    names += [i.name for plan in view.plans for i in plan.indicators]
    for plan in view.plans:
        for problem in plan.problems.problems:
            names += [problem.name, *(e.name for e in problem.evidence)]
    assert names or case.name == "portfolio-none"
    return [shown(name) for name in names]


def shown(text: str) -> str:
    """Plan text as the document shows it: controls gone, bidi controls as ``<U+XXXX>``."""
    text = re.sub("\r\n|[\r\x85\u2028\u2029]", "\n", text)
    text = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", text)
    return re.sub("[\u202a-\u202e\u2066-\u2069]", lambda m: f"<U+{ord(m.group()):04X}>", text)


# --- headings, language, properties ------------------------------------------------------------


@pytest.mark.parametrize("name", list(CASES))
def test_title_and_headings_use_word_styles_in_order(rendered: dict[str, bytes], name: str) -> None:
    document = read(rendered[name])
    styled = [(p.style.name, p.text) for p in document.paragraphs if p.style is not None]
    headings = [(style, text) for style, text in styled if style == "Title" or "Heading" in style]
    assert headings[0] == ("Title", shown(CASES[name].view().title).replace("\n", " "))
    assert [style for style, _ in headings].count("Title") == 1
    levels = [int(style.split()[-1]) for style, _ in headings[1:]]
    assert levels[0] == 1
    assert set(levels) <= {1, 2, 3}
    skipped = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert skipped == []
    assert all(text.strip() for _, text in headings)


def test_heading_styles_are_words_built_in_ones() -> None:
    """Word names its built-in styles "heading 1" and "Title" and shows them as Rubrik 1 and
    Rubrik in Swedish; the navigation pane and a table of contents follow their outline level."""
    document = read(CASES["kommun"].render())
    for level in (1, 2, 3):
        style = document.styles[f"Heading {level}"]
        assert style.element.name_val == f"heading {level}"
        outline = style.element.pPr.find(qn("w:outlineLvl"))
        assert outline is not None and outline.get(qn("w:val")) == str(level - 1)
    assert document.styles["Title"].element.name_val == "Title"


@pytest.mark.parametrize(("name", "tag"), [("kommun", "sv-SE"), ("kommun-en", "en-GB")])
def test_document_language_is_set_in_the_styles(
    rendered: dict[str, bytes], name: str, tag: str
) -> None:
    document = read(rendered[name])
    styles = document.styles.element
    lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang is not None and lang.get(qn("w:val")) == tag
    normal = document.styles["Normal"].element.rPr
    assert normal is not None and normal.find(qn("w:lang")).get(qn("w:val")) == tag
    # No run or paragraph says otherwise.
    body = document.element.body
    assert {e.get(qn("w:val")) for e in body.iter(qn("w:lang"))} <= {tag}


@pytest.mark.parametrize("name", ["kommun", "kommun-en", "portfolio"])
def test_core_properties_name_the_report(rendered: dict[str, bytes], name: str) -> None:
    case = CASES[name]
    properties = read(rendered[name]).core_properties
    assert properties.title == case.view().title
    assert properties.language == {"sv": "sv-SE", "en": "en-GB"}[case.lang]
    assert properties.author == "effektkedja"
    assert properties.last_modified_by == "effektkedja"
    assert properties.created == datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=timezone.utc)
    assert properties.modified == properties.created
    assert properties.subject and properties.keywords
    texts = report_texts(case.lang)
    assert properties.subject == texts["docx_subject"]
    assert "effektkedja" in properties.keywords


def test_a_plain_docx_without_macros_or_outside_references(rendered: dict[str, bytes]) -> None:
    for name, data in rendered.items():
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            types = archive.read("[Content_Types].xml").decode()
            rels = "".join(archive.read(n).decode() for n in names if n.endswith(".rels"))
        assert "wordprocessingml.document.main+xml" in types, name
        assert "macroEnabled" not in types and "vbaProject" not in types, name
        assert not [n for n in names if n.endswith(".bin")], name
        assert 'TargetMode="External"' not in rels, name
        assert "relationships/hyperlink" not in rels, name
        assert "thumbnail" not in rels, name


def test_the_same_report_gives_the_same_bytes() -> None:
    first, second = CASES["kommun"].render(), CASES["kommun"].render()
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time[:3] for info in archive.infolist()} == {
            (TODAY.year, TODAY.month, TODAY.day)
        }


# --- content -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(CASES))
def test_every_initiative_and_indicator_is_in_the_document(
    rendered: dict[str, bytes], name: str
) -> None:
    text = flat(all_text(read(rendered[name])))
    missing = [n for n in expected_names(CASES[name]) if flat(n) not in text]
    assert missing == []


def test_the_chain_is_a_table_by_level_with_flags_in_words(rendered: dict[str, bytes]) -> None:
    case = CASES["region"]
    plan = case.view().plans[0]
    texts = report_texts("sv")
    document = read(rendered["region"])
    table = next(
        t
        for t in document.tables
        if [c.text for c in t.rows[0].cells]
        == [texts["col_level"], texts["col_initiative"], texts["col_leads_to"], texts["col_flag"]]
    )
    rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
    rank = {level.value: level.rank for level in LEVELS}
    in_order = sorted(plan.initiatives, key=lambda i: rank[i.level])  # stable: file order kept
    assert [row[0] for row in rows] == [i.level_label for i in in_order]
    for initiative, row in zip(in_order, rows, strict=True):
        assert row[1] == f"{initiative.name}\n{initiative.id}"
        if initiative.severity in ("error", "warning"):
            word = texts[f"severity_one.{initiative.severity}"].capitalize()
            assert row[3].startswith({"error": "✖", "warning": "⚠"}[initiative.severity])
            assert word in row[3]
        elif initiative.severity is None:
            assert row[3] == "–"
    # The region plan has a link that skips steps and one that goes back: said in words.
    leads = "\n".join(row[2] for row in rows)
    assert texts["link_kind.skip"] in leads and texts["link_kind.backward"] in leads


def test_numbers_are_the_views_with_a_decimal_comma(rendered: dict[str, bytes]) -> None:
    view = CASES["kommun"].view()
    document = read(rendered["kommun"])
    cells = [
        [cell.text.replace("\u00a0", " ") for cell in row.cells]
        for table in document.tables
        for row in table.rows
    ]
    plan = view.plans[0]
    for level in plan.summary.levels:
        assert [level.label, str(level.count), level.share_text.replace("\u00a0", " "),
                str(level.chains)] in cells  # fmt: skip
    indicator = plan.indicators[0]
    for point in indicator.points:
        row = next(r for r in cells if r[:2] == [point.kind_label, point.when])
        assert row[2:4] == [point.female_text or "–", point.male_text or "–"]
    assert any("," in (p.female_text or "") for i in plan.indicators for p in i.points)


def test_portfolio_is_the_roll_up_with_every_plan_after_it(rendered: dict[str, bytes]) -> None:
    view = CASES["portfolio"].view()
    texts = report_texts("sv")
    document = read(rendered["portfolio"])
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == texts["h_portfolio"]
    assert headings[1:] == [plan.title for plan in view.plans]
    organisations = next(
        t for t in document.tables if t.rows[0].cells[0].text == texts["col_organisation"]
    )
    first_column = [row.cells[0].text for row in organisations.rows[1:]]
    for row in view.portfolio.rows:
        assert any(text.startswith(row.label) for text in first_column)
    assert first_column[-1] == texts["total"]
    # Wide tables on landscape pages, the plans on portrait ones.
    sections = document.sections
    assert sections[0].page_width > sections[0].page_height
    assert sections[-1].page_width < sections[-1].page_height


def test_findings_give_advice_and_who_acts(rendered: dict[str, bytes]) -> None:
    view = CASES["kommun"].view()
    text = all_text(read(rendered["kommun"]))
    groups = [rule for group in view.plans[0].findings.groups for rule in group.rules]
    assert groups
    for rule in groups:
        assert f"{rule.code} · {rule.title}" in text
        if rule.advice:
            assert rule.advice in text and (rule.who or "") in text
        for item in rule.findings:
            assert item.message in text
    for accepted in view.plans[0].findings.accepted:
        assert accepted.reason is not None and accepted.reason in text


def caption(table: Table) -> str:
    element = table._tbl.tblPr.find(qn("w:tblCaption"))
    return element.get(qn("w:val")) if element is not None else ""


def cells(table: Table) -> list[list[str]]:
    return [[cell.text.replace("\u00a0", " ") for cell in row.cells] for row in table.rows]


def section(document: Document, heading: str, after: str) -> list[Paragraph | Table]:
    """The paragraphs and tables from the heading ``heading`` up to the heading ``after``."""
    blocks = list(document.iter_inner_content())
    texts = [b.text if isinstance(b, Paragraph) else None for b in blocks]
    start = texts.index(heading)
    return blocks[start + 1 : texts.index(after, start)]


@pytest.mark.parametrize("name", ["forsorjning", "forsorjning-en"])
def test_the_problem_section_follows_the_summary_with_facts_results_and_verdicts(
    rendered: dict[str, bytes], name: str
) -> None:
    case = CASES[name]
    t = report_texts(case.lang)
    plan = case.view().plans[0]
    problems = plan.problems
    document = read(rendered[name])
    heading_1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert heading_1[:3] == [t["h_summary"], t["h_problems"], t["h_chain"]]
    # The summary says how many utfall show an improved result.
    summary = "\n".join(b.text for b in section(document, t["h_summary"], t["h_problems"])
                        if isinstance(b, Paragraph))  # fmt: skip
    assert results_sentence(plan.summary.results, plan.summary.outcomes, Texts(case.lang)) in (
        summary
    )
    blocks = section(document, t["h_problems"], t["h_chain"])
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    tables = [b for b in blocks if isinstance(b, Table)]
    assert paragraphs[0].text == f"{problems.sentence} {problems.intro}"
    names = [p.text for p in paragraphs if p.style.name == "Heading 2"]
    assert names == [problem.name for problem in problems.problems]
    text = "\n".join(p.text for p in paragraphs)
    by_caption = {caption(table): table for table in tables}
    for problem in problems.problems:
        assert f"{t['col_id']}: {problem.id}" in text
        assert problem.verdict in text
        for evidence in problem.evidence:
            assert f"{t['problem_evidence']}: {evidence.name}" in text
            table = by_caption[
                t["html_evidence_caption"].format(
                    female=evidence.female_word, male=evidence.male_word, name=evidence.name
                )
            ]
            header, *rows = cells(table)
            assert header[:3] == [t["col_when"], evidence.female_label, evidence.male_label]
            named = [dict(zip(header, row, strict=True)) for row in rows]
            assert len(named) == len(evidence.points)
            for row, point in zip(named, evidence.points, strict=True):
                assert row[t["col_when"]] == point.when
                assert row[evidence.female_label] == (point.female_text or "–")
                assert row[evidence.male_label] == (point.male_text or "–")
                assert row[t["col_gap"]] == (point.gap_text or "–")
                if evidence.has_total:
                    assert row[t["col_total"]] == (point.total_text or "–")
            if evidence.sentence:
                assert evidence.sentence in text
        addressing = by_caption[t["html_problem_addressed_caption"].format(problem=problem.name)]
        assert cells(addressing) == [
            [t["col_initiative"], t["col_level"], t["col_reach"]],
            *([f"{a.name}\n{a.id}", a.level_label, a.reach_text] for a in problem.addressed_by),
        ]
        outcomes = t["html_problem_outcomes_caption"].format(problem=problem.name)
        if not problem.outcomes:
            assert outcomes not in by_caption
            continue
        assert cells(by_caption[outcomes]) == [
            [t["col_initiative"], t["col_level"], t["col_result"], t["col_gaps"]],
            *(
                [f"{o.name}\n{o.id}", o.level_label, o.result_label,
                 "\n".join(g.text for g in o.gaps)]
                for o in problem.outcomes
            ),
        ]  # fmt: skip
    # The example's numbers, as a reader sees them.
    first = cells(tables[0])
    assert first[1][:4] == ["2022", "29", "45", FIRST_GAP[case.lang]]
    assert [row[2] for row in cells(tables[3])[1:]] == [
        t[f"result.{state}"] for state in ("improved", "measured", "planned")
    ]


@pytest.mark.parametrize("name", ["kommun", "kommun-en"])
def test_a_plan_without_problems_gets_the_nudge(rendered: dict[str, bytes], name: str) -> None:
    t = report_texts(CASES[name].lang)
    document = read(rendered[name])
    blocks = section(document, t["h_problems"], t["h_chain"])
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [t["s_problems_none"]]
    assert not [b for b in blocks if isinstance(b, Table)]


def test_utfall_and_samhallseffekt_tables_show_the_demonstrated_result(
    rendered: dict[str, bytes],
) -> None:
    t = report_texts("sv")
    levels = CASES["forsorjning"].view().plans[0].levels
    document = read(rendered["forsorjning"])
    by_caption = {caption(table): table for table in document.tables}
    shown = 0
    for level in levels:
        header, *rows = cells(by_caption[t["html_levels_caption"].format(level=level.label)])
        if level.value not in ("utfall", "samhällseffekt"):
            assert t["col_result"] not in header
            continue
        column = header.index(t["col_result"])
        assert [row[column] for row in rows] == [i.result_label for i in level.initiatives]
        shown += len(rows)
    assert shown == 3


@pytest.mark.parametrize("name", ["portfolio", "portfolio-en"])
def test_the_portfolio_shows_problems_per_delmal(rendered: dict[str, bytes], name: str) -> None:
    case = CASES[name]
    t = report_texts(case.lang)
    problems = case.view().portfolio.problems
    assert problems.problems  # the bundled portfolio has plans with problems
    document = read(rendered[name])
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    position = headings.index(t["h_portfolio_problems"])
    assert headings[position - 1 : position + 2] == [
        t["h_portfolio_delmal"],
        t["h_portfolio_problems"],
        t["h_portfolio_findings"],
    ]
    table = next(x for x in document.tables if caption(x) == t["html_portfolio_problems_caption"])
    totals = (problems.problems, problems.addressed, problems.reaching, problems.with_problems)
    assert cells(table) == [
        [
            t["col_goal"],
            t["col_problems"],
            t["col_problems_addressed"],
            t["col_problems_reaching"],
            t["col_organisations"],
        ],
        *(
            [
                f"{row.number} {row.short}" if row.number else row.name,
                *map(str, (row.problems, row.addressed, row.reaching, row.organisations)),
            ]
            for row in problems.rows
        ),
        [t["total"], *map(str, totals)],
    ]
    assert all(run.bold for run in table.rows[-1].cells[1].paragraphs[0].runs)


# --- tables ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["kommun", "forsorjning", "portfolio", "hostile"])
def test_tables_repeat_their_header_row_and_keep_rows_whole(
    rendered: dict[str, bytes], name: str
) -> None:
    document = read(rendered[name])
    assert document.tables
    for table in document.tables:
        rows = table._tbl.tr_lst
        header = rows[0].trPr
        assert header is not None and header.find(qn("w:tblHeader")) is not None
        assert all(row.trPr.find(qn("w:cantSplit")) is not None for row in rows)
        assert all(row.trPr.find(qn("w:tblHeader")) is None for row in rows[1:])
        assert table.style is not None and table.style.name == "Table Grid"
        borders = table.style.element.find(f"{qn('w:tblPr')}/{qn('w:tblBorders')}")
        assert borders is not None and len(borders)
        caption = table._tbl.tblPr.find(qn("w:tblCaption"))
        assert caption is not None and caption.get(qn("w:val"))
        assert all(cell.text for cell in table.rows[0].cells)
        style = table.rows[-1].cells[0].paragraphs[0].style
        assert style is not None and style.name == report_texts("sv")["docx_style_table"]


# --- plan text stays text ----------------------------------------------------------------------


def test_hostile_plan_text_opens_and_reads_back_as_text(rendered: dict[str, bytes]) -> None:
    data = rendered["hostile"]
    document = read(data)
    text = all_text(document)
    assert CONTROL.search(text) is None
    assert "Ond kommun <w:t>x</w:t> <U+202E>txt.exe<U+202C>" in text
    assert "Utbildning </w:t></w:r><w:r><w:instrText>HYPERLINK x</w:instrText> ]]>" in text
    assert LONG_WORD in text
    # DEL and C1 controls are dropped; NEL (U+0085) is a line break.
    assert f"{SHOWN_RLO}olleh<U+202C> Fler kvinnor \n =cmd|' /C calc'!A0 @SUM(1)" in text
    assert 'Ind <w:fldSimple w:instr="PAGE"/> <U+2066>x<U+2069>' in text
    assert "Problem <w:p>x</w:p> <U+202E>txt.exe<U+202C> { PAGE }" in text
    assert "<w:instrText>HYPERLINK x</w:instrText>" in text
    assert "Underlag ]]> <w:tbl/>" in text
    assert "Rad ett\nRad två med { PAGE } och HYPERLINK" in text
    assert document.core_properties.title.startswith("Ond kommun <w:t>x</w:t> <U+202E>")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = archive.read("word/document.xml").decode()
        footer = archive.read("word/footer1.xml").decode()
    # The only field is the page number the tool puts in the footer; nothing is a link.
    for marker in ("<w:fldSimple", "<w:instrText", "<w:fldChar", "<w:hyperlink"):
        assert marker not in body
    assert footer.count("<w:fldSimple") == 1 and 'w:instr="PAGE"' in footer


# --- the command line --------------------------------------------------------------------------


def test_report_format_docx_writes_the_file(tmp_path: Path) -> None:
    from tests.cli import invoke

    target = tmp_path / "rapport.docx"
    plan = KOMMUN.relative_to(ROOT)
    result = invoke(
        "report", plan, "--format", "docx", "-o", target, "--today", TODAY.isoformat(), cwd=ROOT
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert target.read_bytes() == CASES["kommun"].render()


class _Stream(io.BytesIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_report_docx_goes_to_a_pipe_but_not_to_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["report", str(KOMMUN), "--format", "docx", "--today", TODAY.isoformat()]
    pipe = _Stream(tty=False)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(pipe, encoding="utf-8"))
    assert main(args) == 0
    sys.stdout.flush()
    assert read(pipe.getvalue()).core_properties.title == CASES["kommun"].view().title

    terminal = _Stream(tty=True)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(terminal, encoding="utf-8"))
    code = main(args)
    sys.stdout.flush()
    assert code == 2
    assert terminal.getvalue() == b""
    assert "-o" in capsys.readouterr().err


# --- LibreOffice -------------------------------------------------------------------------------

LIBREOFFICE_CASES = ["kommun", "kommun-en", "forsorjning", "portfolio", "hostile"]


@pytest.fixture(scope="module")
def printed(rendered: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Each document converted to PDF by LibreOffice Writer, as pdftotext reads it."""
    lacking = [tool for tool in ("soffice", "pdftotext") if shutil.which(tool) is None]
    if SOFFICE is None or lacking:
        message = f"the Word report's PDF tests need LibreOffice and poppler; install: {INSTALL}"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("docx")
    profile = tmp_path_factory.mktemp("lo-profile")
    files = []
    for name in LIBREOFFICE_CASES:
        files.append(folder / f"{name}.docx")
        files[-1].write_bytes(rendered[name])
    subprocess.run(
        [
            SOFFICE or "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, files),
        ],
        capture_output=True,
        timeout=300,
        check=True,
    )
    texts = {}
    for name in LIBREOFFICE_CASES:
        pdf = folder / f"{name}.pdf"
        assert pdf.is_file(), f"LibreOffice did not convert {name}.docx"
        done = subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        texts[name] = done.stdout
    return texts


@pytest.mark.parametrize("name", LIBREOFFICE_CASES)
def test_libreoffice_prints_every_initiative_and_indicator(
    printed: dict[str, str], name: str
) -> None:
    text = flat(printed[name])
    missing = [n for n in expected_names(CASES[name]) if flat(n) not in text]
    assert missing == []


@pytest.mark.parametrize("name", LIBREOFFICE_CASES)
def test_libreoffice_prints_every_column_heading(
    printed: dict[str, str], rendered: dict[str, bytes], name: str
) -> None:
    """A column cut off at the edge of the page would be missing from the PDF's text."""
    text = flat(printed[name])
    headings = {flat(c.text) for t in read(rendered[name]).tables for c in t.rows[0].cells}
    assert sorted(h for h in headings if h not in text) == []
