"""Markdown reports: every section, hostile plan text, the Mermaid diagram, figures, templates.

The output is parsed with a real Markdown parser (markdown-it-py, CommonMark plus
the GFM table extension) and checked on its token stream, not by string matching
alone. The Mermaid block is checked by a small validator of exactly the subset the
report emits; when ``EFFEKTKEDJA_MERMAID_NODE_MODULES`` points at a
``node_modules`` folder with ``mermaid`` and ``jsdom``, it is also parsed by
Mermaid itself.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from effektkedja.engine import PlanResult, Summary
from effektkedja.messages.numbers import format_number, format_percent
from effektkedja.render.escape import cell, code, md, mermaid_label
from effektkedja.render.markdown import ReportTemplateError, render_report
from effektkedja.rules import rules
from effektkedja.views.report import ReportView, report_view
from effektkedja.views.texts_en import TEXTS as TEXTS_EN
from effektkedja.views.texts_sv import TEXTS as TEXTS_SV
from tests.conftest import EXAMPLES, ROOT, TODAY, check_text

DOCS = ROOT / "docs"
SHORT_TEMPLATE = DOCS / "examples" / "kort-rapport.md.j2"
KOMMUN = EXAMPLES / "kommun-hemtjanst.yaml"
REGION = EXAMPLES / "region-projektmedel.yaml"
MYNDIGHET = EXAMPLES / "myndighet-aktivitetsfallan.yaml"
TEXTS = {"sv": TEXTS_SV, "en": TEXTS_EN}


# --- helpers -----------------------------------------------------------------------------------


def result_of(path: Path) -> PlanResult:
    return check_text(path.read_text(encoding="utf-8"))


def summarise(results: list[PlanResult]) -> Summary:
    summary = Summary()
    for result in results:
        summary.add(result)
    return summary


def report(*results: PlanResult, lang: str = "sv", template: Path | None = None) -> str:
    return render_report(list(results), summarise(list(results)), lang, TODAY, template)


def parse(markdown: str) -> list[Token]:
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return parser.parse(markdown)


def walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from walk(token.children)


def rendered_text(inline: Token) -> str:
    """The text a reader sees in an inline token (escapes resolved)."""
    return "".join(
        child.content
        for child in walk(inline.children or [])
        if child.type in ("text", "code_inline")
    )


def headings(tokens: list[Token]) -> list[tuple[int, str]]:
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            found.append((int(token.tag[1]), rendered_text(tokens[index + 1])))
    return found


def tables(tokens: list[Token]) -> list[list[list[str]]]:
    """Every table as rows of cell texts, the header row first."""
    found: list[list[list[str]]] = []
    row: list[str] | None = None
    for index, token in enumerate(tokens):
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            assert row is not None
            row.append(rendered_text(tokens[index + 1]))
        elif token.type == "tr_close":
            assert row is not None
            found[-1].append(row)
            row = None
    return found


def table_after(tokens: list[Token], heading: str) -> list[list[str]]:
    """The first table after the heading whose text is ``heading``."""
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and rendered_text(tokens[index + 1]) == heading:
            for later in tokens[index:]:
                if later.type == "table_open":
                    start = tokens.index(later)
                    return tables(tokens[start:])[0]
    raise AssertionError(f"no table after {heading!r}")


def mermaid_blocks(tokens: list[Token]) -> list[str]:
    return [t.content for t in tokens if t.type == "fence" and t.info.strip() == "mermaid"]


def assert_no_html(tokens: list[Token]) -> None:
    kinds = {token.type for token in walk(tokens)}
    assert not kinds & {"html_block", "html_inline"}, kinds


# --- the Mermaid subset the report emits -----------------------------------------------------

_LABEL = r'"((?:[^"<>`|{}%&#\\\n]|#(?:\d+|[a-z]+);)*)"'
_STYLE = r"[\w#:,.\-]+"
MERMAID_LINES = {
    "accTitle": re.compile(r"accTitle: [^;{}%\n]+"),
    "accDescr": re.compile(r"accDescr: [^;{}%\n]+"),
    "subgraph": re.compile(rf"subgraph (s[1-5])\[{_LABEL}\]"),
    "direction": re.compile(r"direction (TB|LR)"),
    "end": re.compile(r"end"),
    "node": re.compile(rf"(n\d+)\[{_LABEL}\]"),
    "link": re.compile(r"(n\d+) (-->|-\.->|==>|~~~) (n\d+)"),
    "classDef": re.compile(rf"classDef (sev_[a-z]+) ({_STYLE})"),
    "class": re.compile(r"class (n\d+(?:,n\d+)*) (sev_[a-z]+)"),
    "linkStyle": re.compile(rf"linkStyle (\d+(?:,\d+)*) ({_STYLE})"),
}


def validate_mermaid(source: str) -> dict[str, Any]:
    """Check one flowchart against the subset the report emits; return what it declares.

    Lines: ``flowchart LR``, then subgraphs (``subgraph sN["…"]``, ``direction TB``,
    nodes ``nK["…"]``, ``end``), links (``-->``, ``-.->``, ``==>``, ``~~~``),
    ``classDef``, ``class`` and ``linkStyle``. Labels hold no quote, angle
    bracket, backtick, pipe, brace, percent sign, backslash or bare ``&``/``#``:
    special characters appear only as Mermaid entity codes.
    """
    lines = source.splitlines()
    assert lines and lines[0] == "flowchart LR", lines[:1]
    nodes: dict[str, str] = {}
    subgraphs: list[str] = []
    links: list[tuple[str, str, str]] = []
    class_defs: set[str] = set()
    classes: dict[str, list[str]] = {}
    link_styles: list[tuple[list[int], str]] = []
    open_subgraph: str | None = None
    for number, raw in enumerate(lines[1:], start=2):
        line = raw.strip()
        kind = next((k for k, rx in MERMAID_LINES.items() if rx.fullmatch(line)), None)
        assert kind is not None, f"line {number} is outside the subset: {raw!r}"
        match = MERMAID_LINES[kind].fullmatch(line)
        assert match is not None
        if kind == "subgraph":
            assert open_subgraph is None, "nested subgraph"
            assert match[1] not in subgraphs, "subgraph declared twice"
            open_subgraph = match[1]
            subgraphs.append(match[1])
        elif kind == "end":
            assert open_subgraph is not None, "end without subgraph"
            open_subgraph = None
        elif kind == "direction":
            assert open_subgraph is not None
        elif kind == "node":
            assert open_subgraph is not None, "node outside a level column"
            assert match[1] not in nodes, f"node {match[1]} declared twice"
            assert "-->" not in match[2]
            nodes[match[1]] = match[2]
        elif kind == "link":
            assert open_subgraph is None
            assert match[1] in nodes and match[3] in nodes, f"undeclared node in {line!r}"
            links.append((match[1], match[2], match[3]))
        elif kind == "classDef":
            class_defs.add(match[1])
        elif kind == "class":
            assert match[2] in class_defs, f"class {match[2]} used before classDef"
            members = match[1].split(",")
            assert all(member in nodes for member in members)
            classes[match[2]] = members
        elif kind == "linkStyle":
            indices = [int(i) for i in match[1].split(",")]
            link_styles.append((indices, match[2]))
    assert open_subgraph is None, "subgraph not closed"
    for indices, _ in link_styles:
        assert all(0 <= i < len(links) for i in indices), (indices, len(links))
    return {
        "nodes": nodes,
        "subgraphs": subgraphs,
        "links": links,
        "classes": classes,
        "link_styles": link_styles,
    }


def decode_label(label: str) -> str:
    """A Mermaid label as it is displayed (entity codes decoded)."""
    names = {"quot": '"', "amp": "&", "lt": "<", "gt": ">"}

    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        return chr(int(code)) if code.isdigit() else names[code]

    return re.sub(r"#(\d+|[a-z]+);", one, label)


# --- hostile plan text -----------------------------------------------------------------------

HOSTILE = """\
organisation: "Ond | kommun <script>alert(1)</script> `x` --> \\"q\\" [a](b) **fet** # rubrik"
kortnamn: "<b>OK</b>"
typ: kommun
period: {från: 2024, till: 2026}
uppdrag: |
  Rad ett | med pipe
  - lista
  # rubrik
  ```
  kod
  ```
  <div onclick="x">html</div>
insatser:
  - id: åtgärd-ö.1
    namn: |-
      Första "raden" | pipe ]] end
      <img src=x onerror=alert(1)> --> n1["hack"]
      subgraph x
    ansvarig: |
      Chef | med `backtick`
      och \\ backslash |
    nivå: aktivitet
    status: pågående
    delmål: [makt]
    leder_till: [bär_2, över-3]
  - id: bär_2
    namn: "%%{init: {'theme':'dark'}}%% #quot; &amp; &lt;b&gt; [[x]] ((y)) {z} >> ä"
    nivå: utfall
    ansvarig: "|"
    målgrupp: "|||"
    leder_till: [åtgärd-ö.1]
    indikatorer:
      - namn: "Ind | <i>x</i> `y` \\"z\\" -->"
        källa: "a|b\\\\"
        enhet: antal
        utgångsläge: {år: 2023, kvinnor: 10, män: 30}
        mätningar:
          - {år: 2024, kvinnor: 20, män: 30}
        mål: {år: 2027, kvinnor: 25, män: 25}
    undantag:
      - regel: EK302
        motivering: |
          Skäl | ett
          <script>x</script> `kod` [länk](javascript:alert(1))
  - id: över-3
    namn: "- listpunkt | `"
    beskrivning: "1. inte en lista"
    nivå: produkt
    ansvarig: "![bild](http://x/y.png) <!-- kommentar -->"
"""


@pytest.fixture(scope="module")
def hostile() -> PlanResult:
    return check_text(HOSTILE)


# --- every section -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_section_is_present_in_order(lang: str) -> None:
    t = TEXTS[lang]
    tokens = parse(report(result_of(KOMMUN), lang=lang))
    found = [text for level, text in headings(tokens) if level == 2]
    assert found == [
        t["h_summary"],
        t["h_problems"],
        t["h_chain"],
        t["h_levels"],
        t["h_indicators"],
        t["h_gaps"],
        t["h_delmal"],
    ]
    level3 = [text for level, text in headings(tokens) if level == 3]
    for level_key in ("aktivitet", "produkt", "arbetssätt", "utfall", "samhällseffekt"):
        assert any(text.startswith(t[f"level.{level_key}"] + " (") for text in level3)
    assert t["severity.warning"] + " (5)" in level3
    assert t["severity.info"] + " (4)" in level3  # EK301, EK307 twice and EK406
    assert t["h_accepted"] in level3
    assert len(mermaid_blocks(tokens)) == 1
    assert_no_html(tokens)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_title_and_facts_come_first(lang: str) -> None:
    tokens = parse(report(result_of(KOMMUN), lang=lang))
    assert headings(tokens)[0] == (
        1,
        TEXTS[lang]["title_one"].format(organisation="Ekbacka kommun"),
    )
    items = [
        rendered_text(t)
        for t in tokens
        if t.type == "inline" and t.level == 3  # inline inside list item paragraphs
    ][:7]
    assert items[0] == f"{TEXTS[lang]['fact_organisation']}: Ekbacka kommun"
    assert f"{TEXTS[lang]['fact_period']}: 2024–2027" in items
    assert f"{TEXTS[lang]['fact_report_date']}: 2026-11-23" in items


def test_the_summary_counts_levels_chains_and_findings() -> None:
    tokens = parse(report(result_of(KOMMUN)))
    table = table_after(tokens, "Sammanfattning")
    assert table[0] == ["Steg", "Insatser", "Andel", "Kedjor som når hit som högst"]
    counts = {row[0]: int(row[1]) for row in table[1:]}
    assert counts == {
        "Aktivitet": 2,
        "Produkt": 2,
        "Arbetssätt": 3,
        "Utfall": 3,
        "Samhällseffekt": 1,
    }
    assert [int(row[3]) for row in table[1:]] == [1, 0, 0, 1, 3]
    paragraph = next(
        rendered_text(tokens[i + 1])
        for i, t in enumerate(tokens)
        if t.type == "paragraph_open" and "når utfall" in tokens[i + 1].content
    )
    assert "10 av 11 insatser når utfall eller bidrar till samhällseffekt" in paragraph
    assert "4 av 5 kedjor når utfall eller samhällseffekt; 1 kedja stannar vid aktivitet." in (
        paragraph
    )
    assert "0 fel, 5 varningar och 4 upplysningar" in paragraph
    staircase = next(t for t in tokens if t.type == "fence" and t.info == "text")
    assert staircase.content.splitlines()[0].startswith("Samhällseffekt")
    assert staircase.content.splitlines()[-1].startswith("Aktivitet")


def test_a_plan_without_outcomes_says_so() -> None:
    markdown = report(result_of(MYNDIGHET))
    assert "Planen har inga insatser på utfall eller samhällseffekt" in markdown
    assert "3 kedjor stannar vid aktivitet, 2 vid produkt och 3 vid arbetssätt" in markdown


def test_initiatives_per_level_show_owner_delmal_status_and_basis() -> None:
    tokens = parse(report(result_of(KOMMUN)))
    table = table_after(tokens, "Produkt (2)")
    assert table[0] == ["Id", "Namn", "Ansvarig", "Delmål", "Status", "Grund för steget"]
    row = next(r for r in table if r[0] == "fragebatteri-bistand")
    assert row[2] == "Socialförvaltningen, biståndsenheten"
    assert row[3] == "4 omsorg"
    assert row[4] == "Genomförd"
    assert row[5].startswith("Angiven i planen och stöds av underlaget: beslut av Socialnämnden")
    practice = table_after(tokens, "Arbetssätt (3)")
    inferred = next(r for r in practice if r[0] == "manadsuppfoljning")
    assert inferred[5].startswith("Underlag: tillämpning")
    missing_owner = next(r for r in practice if r[0] == "genomforandeplaner")
    assert missing_owner[2] == "–"


def test_samhallseffekt_is_described_as_contribution() -> None:
    markdown = report(result_of(KOMMUN))
    assert "bidrar till" in markdown
    assert "kan bidra till dem men inte ensam förklara dem" in markdown
    english = report(result_of(KOMMUN), lang="en")
    assert "contribute to" in english


def test_gaps_come_with_advice_and_who_takes_the_next_step() -> None:
    markdown = report(result_of(KOMMUN))
    assert "**EK206 · Skillnaden mellan kvinnor och män har ökat** (1)" in markdown
    assert "*Vem:* förtroendevalda i nämnd eller styrelse och förvaltningsledningen." in markdown
    assert "*Vem:* förvaltningsledningen. Läs mer: effektkedja explain EK301" in markdown
    # Level-specific advice for the activity that leads nowhere.
    assert "Bestäm vad aktiviteten ska leda till" in markdown
    agency = report(result_of(MYNDIGHET), lang="en")
    assert "the head of the organisation or its board and the management team" in agency


def test_accepted_exceptions_are_listed_separately_with_their_reason() -> None:
    tokens = parse(report(result_of(KOMMUN)))
    table = table_after(tokens, "Godtagna undantag")
    assert table[0] == ["Regel", "Insats", "Fynd", "Motivering"]
    assert table[1][0] == "EK304 Produkten saknar beslut"
    assert table[1][1] == "mall-manadsrapport"
    assert table[1][3].startswith("Mallen är ett internt arbetsunderlag")
    # Not counted among the gaps.
    assert "EK304 ·" not in report(result_of(KOMMUN))


def test_delmal_coverage_names_the_outcomes() -> None:
    tokens = parse(report(result_of(KOMMUN)))
    table = table_after(tokens, "Jämställdhetspolitiska delmål")
    assert len(table) == 7
    rows = {row[0].split(".")[0]: row for row in table[1:]}
    assert "hemtjanst-timmar" in rows["4"][1] and "delmal-omsorg" in rows["4"][1]
    assert rows["5"][1] == "inflytande-hemtjanst, anhorigstod-man"
    assert rows["1"][1] == "–"
    markdown = report(result_of(KOMMUN))
    assert "bidrar till 2 av de sex jämställdhetspolitiska delmålen" in markdown


# --- hostile text ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_hostile_text_keeps_every_table_row_whole(hostile: PlanResult, lang: str) -> None:
    markdown = report(hostile, lang=lang)
    tokens = parse(markdown)
    found = tables(tokens)
    assert len(found) >= 6
    for table in found:
        assert len({len(row) for row in table}) == 1, table
    # markdown-it pads short rows, so also count the cells in the source: every row of
    # a table has exactly as many unescaped pipes as its header.
    for token in tokens:
        if token.type == "table_open" and token.map:
            start, end = token.map
            rows = markdown.splitlines()[start:end]
            pipes = {len(re.findall(r"(?<!\\)(?:\\\\)*\|", row)) for row in rows}
            assert len(pipes) == 1, rows


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_plan_text_injects_no_html_links_or_structure(hostile: PlanResult, lang: str) -> None:
    tokens = parse(report(hostile, lang=lang))
    assert_no_html(tokens)
    kinds = {token.type for token in walk(tokens)}
    assert "link_open" not in kinds and "image" not in kinds
    # Plan text starts no heading, list or code block of its own.
    assert [t.info for t in tokens if t.type == "fence"] == ["text", "mermaid"]
    assert not any(t.type == "code_block" for t in tokens)
    for level, text in headings(tokens):
        if level == 1:
            assert text.startswith("Ond | kommun <script>")


def test_plan_text_shows_exactly_as_written(hostile: PlanResult) -> None:
    tokens = parse(report(hostile))
    shown = [rendered_text(t) for t in tokens if t.type == "inline"]
    organisation = 'Ond | kommun <script>alert(1)</script> `x` --> "q" [a](b) **fet** # rubrik'
    assert f"Organisation: {organisation}" in shown
    assert "Kortnamn: <b>OK</b>" in shown
    owners = table_after(tokens, "Aktivitet (1)")
    assert owners[1][0] == "åtgärd-ö.1"
    assert (
        owners[1][1]
        == 'Första "raden" | pipe ]] end <img src=x onerror=alert(1)> --> n1["hack"] subgraph x'
    )
    assert owners[1][2] == "Chef | med `backtick` och \\ backslash |"
    product = table_after(tokens, "Produkt (1)")
    assert product[1][1] == "- listpunkt | `"
    assert product[1][2] == "![bild](http://x/y.png) <!-- kommentar -->"
    accepted = table_after(tokens, "Godtagna undantag")
    assert accepted[1][3] == "Skäl | ett <script>x</script> `kod` [länk](javascript:alert(1))"
    indicator = next(text for level, text in headings(tokens) if text.startswith("Ind |"))
    assert indicator == 'Ind | <i>x</i> `y` "z" -->'


def test_hostile_text_gives_a_valid_mermaid_block_with_safe_ids(hostile: PlanResult) -> None:
    blocks = mermaid_blocks(parse(report(hostile)))
    assert len(blocks) == 1
    graph = validate_mermaid(blocks[0])
    assert set(graph["nodes"]) == {"n0", "n1", "n2"}
    shown = {node: decode_label(label) for node, label in graph["nodes"].items()}
    assert shown["n0"].startswith('⚠ Första "raden" | pipe ]] end <img src=x onerror=alert(1)> -->')
    assert shown["n1"].startswith("⚠ %%{init: {'theme':'dark'}}%% #quot; &amp; &lt;b&gt;")
    assert "åtgärd" not in blocks[0]  # plan ids never become node ids
    kinds = {(source, arrow, target) for source, arrow, target in graph["links"]}
    assert ("n0", "-.->", "n1") in kinds  # aktivitet → utfall skips two steps
    assert ("n1", "==>", "n0") in kinds  # utfall → aktivitet goes backwards


@pytest.mark.parametrize(
    "text",
    [
        '"]\nend\nclick n0 call alert()',
        "a --> b ==> c -.-> d ~~~ e",
        "%%{init: {'securityLevel': 'loose'}}%%",
        "<script>alert(1)</script>",
        "#quot; #35; &quot; &#34;",
        "`markdown` **string**",
        "x\u2028y\u0085z\x00w\ttab",
        "[[(( {{ }} )) ]] | |",
        '\\ \\\\ \\"',
    ],
)
def test_mermaid_labels_stay_inside_their_quotes(text: str) -> None:
    label = mermaid_label(text)
    assert MERMAID_LINES["node"].fullmatch(f'n0["{label}"]'), label
    assert "\n" not in label and '"' not in label and "-->" not in label


# --- the diagram -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [KOMMUN, REGION, MYNDIGHET], ids=lambda p: p.stem)
def test_every_example_gives_a_valid_diagram(path: Path) -> None:
    result = result_of(path)
    graph = validate_mermaid(mermaid_blocks(parse(report(result)))[0])
    assert len(graph["nodes"]) == len(result.initiatives)
    real = [link for link in graph["links"] if link[1] != "~~~"]
    assert len(real) == sum(1 for link in result.chain.links if link.target is not None)
    # Real links come first, so linkStyle indices address them.
    assert all(link[1] != "~~~" for link in graph["links"][: len(real)])


def test_columns_follow_the_levels_left_to_right() -> None:
    block = mermaid_blocks(parse(report(result_of(KOMMUN))))[0]
    graph = validate_mermaid(block)
    assert graph["subgraphs"] == ["s1", "s2", "s3", "s4", "s5"]
    assert '"Aktivitet"' in block.splitlines()[3]
    # An outcome nothing leads to is held right of the column before it.
    assert ("n3", "~~~", "n10") in graph["links"]


def test_skipped_and_backward_links_are_drawn_differently() -> None:
    result = result_of(REGION)
    graph = validate_mermaid(mermaid_blocks(parse(report(result)))[0])
    ids = {f"n{i.index}": i.id for i in result.initiatives}
    arrows = {(ids[s], ids[t]): a for s, a, t in graph["links"] if a != "~~~"}
    assert arrows[("seminarieserie-projektagare", "fordelning-medel")] == "-.->"
    assert arrows[("handlaggning-kriterier", "mall-slutrapport")] == "==>"
    assert arrows[("kartlaggning-projektmedel", "verktyg-ansokan")] == "-->"
    styled = {i for indices, _ in graph["link_styles"] for i in indices}
    special = {i for i, link in enumerate(graph["links"]) if link[1] in ("-.->", "==>")}
    assert styled == special


def test_initiatives_with_counted_findings_get_a_class() -> None:
    result = result_of(KOMMUN)
    graph = validate_mermaid(mermaid_blocks(parse(report(result)))[0])
    node = {i.id: f"n{i.index}" for i in result.initiatives}
    warned = set(graph["classes"]["sev_warning"])
    assert {node["utbildning-handlaggare"], node["anhorigstod-man"]} <= warned
    # EK301 and EK307 on genomforandeplaner, EK307 on manadsuppfoljning (no slut).
    assert graph["classes"]["sev_info"] == [node["manadsuppfoljning"], node["genomforandeplaner"]]
    # The accepted EK304 does not mark the template.
    assert all(node["mall-manadsrapport"] not in members for members in graph["classes"].values())
    assert graph["nodes"][node["utbildning-handlaggare"]].startswith("⚠ ")


def test_a_large_plan_gets_no_diagram() -> None:
    lines = ["organisation: Stor", "insatser:"]
    for i in range(130):
        lines += [f"  - id: i{i}", f"    namn: Insats {i}", "    nivå: aktivitet"]
    tokens = parse(report(check_text("\n".join(lines) + "\n")))
    assert mermaid_blocks(tokens) == []
    assert any("130 insatser" in rendered_text(t) for t in tokens if t.type == "inline")


def mermaid_modules() -> Path:
    """``node_modules`` with mermaid and jsdom: ``$EFFEKTKEDJA_MERMAID_NODE_MODULES``, else
    tests/js/node_modules (``npm ci`` in tests/js). Skip when missing, fail in CI."""
    configured = os.environ.get("EFFEKTKEDJA_MERMAID_NODE_MODULES")
    modules = Path(configured) if configured else ROOT / "tests" / "js" / "node_modules"
    if shutil.which("node") is None or not (modules / "mermaid" / "package.json").is_file():
        message = "Mermaid's parser needs node and `npm ci` in tests/js (CI installs them)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return modules.resolve()


def test_mermaid_itself_parses_every_diagram(hostile: PlanResult, tmp_path: Path) -> None:
    modules = mermaid_modules()
    blocks = []
    for result in (hostile, result_of(KOMMUN), result_of(REGION), result_of(MYNDIGHET)):
        blocks += mermaid_blocks(parse(report(result)))
    script = tmp_path / "parse.mjs"
    script.write_text(
        """
import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window; globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser; globalThis.Element = dom.window.Element;
const { default: mermaid } = await import('mermaid');
import fs from 'fs';
const blocks = JSON.parse(fs.readFileSync(0, 'utf8'));
const failed = [];
for (const block of blocks) {
  try { await mermaid.parse(block); } catch (e) { failed.push(String(e.message || e)); }
}
console.log(JSON.stringify(failed));
""",
        encoding="utf-8",
    )
    env = {**os.environ, "NODE_PATH": str(modules)}
    (tmp_path / "node_modules").symlink_to(modules)
    done = subprocess.run(
        ["node", str(script)],
        input=json.dumps(blocks),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


# --- indicators --------------------------------------------------------------------------------

FIGURES = """\
organisation: Testkommun
insatser:
  - id: a
    namn: Kartläggning
    nivå: aktivitet
    leder_till: [b]
  - id: b
    namn: Fördelningen blir jämn
    nivå: utfall
    ansvarig: X
    delmål: [ekonomi]
    målgrupp: Sökande
    indikatorer:
      - namn: Deltagare
        källa: Register
        enhet: antal
        utgångsläge: {år: 2022, kvinnor: 30, män: 70}
        mätningar:
          - {år: 2024, kvinnor: 45, män: 55}
          - {år: 2023, kvinnor: 35, män: 65}
          - {år: 2025, kvinnor: 65, män: 55}
          - {år: 2026, kvinnor: 80, män: 20}
        mål: {år: 2027, kvinnor: 50, män: 50}
      - namn: Andel anställda som gått utbildningen
        källa: Lärplattformen
        enhet: procent
        utgångsläge: {år: 2022, kvinnor: 81, män: 76}
        mätningar:
          - {år: 2023, kvinnor: 60.5, män: 39.5}
      - namn: Elever i teknikprogrammet
        källa: Skolverket
        enhet: Antal
        utgångsläge: {år: 2022, flickor: 40, pojkar: 60}
        mätningar:
          - {år: 2023, flickor: 39.9, pojkar: 60.1, totalt: 100}
"""


def test_gaps_trends_and_shares_on_a_known_example() -> None:
    tokens = parse(report(check_text(FIGURES)))
    table = table_after(tokens, "Deltagare")
    assert table[0] == [
        "Mätpunkt",
        "Tid",
        "Kvinnor",
        "Män",
        "Skillnad",
        "Förändring",
        "Andel kvinnor",
        "Könsfördelning",
    ]
    even, men, women = "jämn (40–60)", "mansdominerad", "kvinnodominerad"
    assert table[1:] == [
        ["Utgångsläge", "2022", "30", "70", "40 fler män", "–", "30,0\u00a0%", men],
        ["Mätning", "2023", "35", "65", "30 fler män", "↘ minskar", "35,0\u00a0%", men],
        ["Mätning", "2024", "45", "55", "10 fler män", "↘ minskar", "45,0\u00a0%", even],
        ["Mätning", "2025", "65", "55", "10 fler kvinnor", "→ oförändrad", "54,2\u00a0%", even],
        ["Mätning", "2026", "80", "20", "60 fler kvinnor", "↗ ökar", "80,0\u00a0%", women],
        ["Mål", "2027", "50", "50", "ingen skillnad mellan kvinnor och män", "↘ ska minska"]
        + ["50,0\u00a0%", even],
    ]
    markdown = report(check_text(FIGURES))
    assert (
        "har skillnaden mellan kvinnor och män ökat, från 40 fler män än kvinnor till "
        "60 fler kvinnor än män." in markdown
    )


def test_percentages_are_shares_only_when_they_add_up_to_100() -> None:
    tokens = parse(report(check_text(FIGURES)))
    table = table_after(tokens, "Andel anställda som gått utbildningen")
    assert table[1][-2:] == ["–", "–"]  # 81 % and 76 %: rates within each sex
    assert table[2][-2:] == ["60,5\u00a0%", "kvinnodominerad"]
    assert table[2][4] == "21,0 procentenheter högre för kvinnor"
    assert "summerar inte till 100" in report(check_text(FIGURES))


def test_girls_and_boys_keep_the_plans_words() -> None:
    tokens = parse(report(check_text(FIGURES)))
    table = table_after(tokens, "Elever i teknikprogrammet")
    assert table[0] == [
        "Mätpunkt",
        "Tid",
        "Flickor",
        "Pojkar",
        "Totalt",
        "Skillnad",
        "Förändring",
        "Andel flickor",
        "Könsfördelning",
    ]
    assert table[1][5:] == ["20,0 fler pojkar", "–", "40,0\u00a0%", "jämn (40–60)"]
    assert table[2][4:] == ["100,0", "20,2 fler pojkar", "↗ ökar", "39,9\u00a0%", "pojkdominerad"]
    english = parse(report(check_text(FIGURES), lang="en"))
    assert table_after(english, "Elever i teknikprogrammet")[0][2:4] == ["Girls", "Boys"]
    assert table_after(english, "Deltagare")[4][1:] == [
        "2025",
        "65",
        "55",
        "10 more women",
        "→ unchanged",
        "54.2%",
        "even (40–60)",
    ]


def test_number_formatting() -> None:
    assert format_number(-6.3, "sv") == "−6,3"
    assert format_number(-6.3, "en") == "−6.3"
    assert format_number(2.7, "sv", signed=True) == "+2,7"
    assert format_number(-0.0001, "sv", places=1, signed=True) == "0,0"
    assert format_number(12345.5, "sv") == "12\u00a0345,5"
    assert format_number(12345.5, "en") == "12,345.5"
    assert format_number(6, "sv", places=1) == "6,0"  # one precision for a whole column
    assert format_percent(45.25, "sv") in ("45,2\u00a0%", "45,3\u00a0%")
    assert format_percent(50.0, "en") == "50.0%"


# --- several plans -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_several_plans_give_a_combined_summary_first(lang: str) -> None:
    t = TEXTS[lang]
    results = [result_of(KOMMUN), result_of(REGION), result_of(MYNDIGHET)]
    tokens = parse(report(*results, lang=lang))
    found = headings(tokens)
    assert found[0] == (1, t["title_many"].format(count=3))
    assert found[1] == (2, t["h_combined"])
    plans = [text for level, text in found if level == 2][1:]
    assert plans == ["Ekbacka kommun", "Region Norrvik", "Myndigheten för digital samhällsservice"]
    assert [text for level, text in found if level == 3].count(t["h_summary"]) == 3
    assert len(mermaid_blocks(tokens)) == 3
    table = table_after(tokens, t["h_combined"])
    assert len(table) == 5 and len(table[0]) == 11
    assert [row[1] for row in table[1:]] == ["11", "9", "11", "31"]
    assert table[-1][0] == t["total"]


def test_an_unreadable_plan_appears_with_its_findings() -> None:
    broken = check_text("organisation: X\ninsatser:\n  - id: a\n    namn: [\n")
    invalid = check_text("organisation: Y\ninsatser: 1\n")
    results = [result_of(KOMMUN), broken, invalid]
    markdown = report(*results)
    tokens = parse(markdown)
    assert_no_html(tokens)
    table = table_after(tokens, "Samlad sammanfattning")
    assert table[2][0] == "plan.yaml (kunde inte läsas)"
    assert table[3][0] == "Y (kunde inte läsas)"
    assert [text for level, text in headings(tokens) if level == 2][2:] == [
        "Plan som inte kunde läsas: plan.yaml",
        "Y",
    ]
    assert "EK001 · Filen är inte giltig YAML" in markdown
    assert "EK002 · YAML-filen är inte en giltig plan" in markdown
    alone = parse(report(invalid))
    assert headings(alone)[0] == (1, "Y")
    assert mermaid_blocks(alone) == []


def test_an_empty_plan_is_reported() -> None:
    markdown = report(check_text("organisation: Tom\ninsatser: []\n"))
    assert "Planen har inga insatser ännu." in markdown
    assert "Planen har inga insatser att rita." in markdown
    assert_no_html(parse(markdown))


# --- templates and context ------------------------------------------------------------------


def test_the_view_is_typed_data_all_the_way_down(hostile: PlanResult) -> None:
    """Templates get dataclasses, lists, dicts of texts and plain values: nothing to compute."""
    results = [hostile, result_of(KOMMUN), check_text("organisation: X\ninsatser: 1\n")]
    view = report_view(results, summarise(results), "sv", date(2026, 11, 23))

    def check(value: Any, where: str) -> None:
        if dataclasses.is_dataclass(value):
            for field in dataclasses.fields(value):
                if field.name != "facts" or not where.endswith("]"):
                    check(getattr(value, field.name), f"{where}.{field.name}")
        elif isinstance(value, dict):
            for key, item in value.items():
                assert isinstance(key, str), where
                check(item, f"{where}.{key}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                check(item, f"{where}[{index}]")
        else:
            assert value is None or type(value) in (str, int, float, bool), (where, value)

    assert isinstance(view, ReportView)
    check(view, "view")


def test_the_documented_short_template_renders(tmp_path: Path) -> None:
    results = [result_of(KOMMUN), result_of(REGION), result_of(MYNDIGHET)]
    markdown = report(*results, template=SHORT_TEMPLATE)
    tokens = parse(markdown)
    assert headings(tokens)[0] == (1, "Kort lägesrapport om jämställdhetsintegreringen")
    assert [text for level, text in headings(tokens) if level == 2] == [
        "Ekbacka kommun",
        "Region Norrvik",
        "Myndigheten för digital samhällsservice",
    ]
    for block in mermaid_blocks(tokens):
        validate_mermaid(block)
    table = table_after(tokens, "Skillnader mellan kvinnor och män")
    assert table[0] == ["Indikator", "Insats", "Senast mätt", "Skillnad", "Utveckling"]
    assert table[2][3:] == ["3,4 timmar mer för män", "↗ ökar"]
    assert "Vem: förvaltningsledningen." in markdown
    hostile_report = report(check_text(HOSTILE), template=SHORT_TEMPLATE)
    hostile_tokens = parse(hostile_report)
    assert_no_html(hostile_tokens)
    for found in tables(hostile_tokens):
        assert len({len(row) for row in found}) == 1


def test_the_example_in_the_context_docs_renders(tmp_path: Path) -> None:
    docs = (DOCS / "report-context.md").read_text(encoding="utf-8")
    example = re.search(r"## Ett litet exempel\n\n```jinja\n(.*?)```", docs, re.S)
    assert example is not None
    template = tmp_path / "liten.md.j2"
    template.write_text(example.group(1), encoding="utf-8")
    tokens = parse(report(result_of(KOMMUN), check_text(HOSTILE), template=template))
    assert headings(tokens)[0] == (1, "Läget 2026-11-23")
    assert len(mermaid_blocks(tokens)) == 2
    assert_no_html(tokens)
    for found in tables(tokens):
        assert len({len(row) for row in found}) == 1
        assert len(found[0]) == 3


def test_every_documented_context_key_exists() -> None:
    """Names written as `name` in the docs' tables are real keys somewhere in the context."""
    results = [result_of(KOMMUN), result_of(REGION)]
    view = report_view(results, summarise(results), "sv", date(2026, 11, 23))
    keys: set[str] = set()

    def collect(value: Any) -> None:
        if dataclasses.is_dataclass(value):
            for field in dataclasses.fields(value):
                keys.add(field.name)
                if field.name not in ("t", "facts") or not hasattr(value, "points"):
                    collect(getattr(value, field.name))
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(view)
    docs = (DOCS / "report-context.md").read_text(encoding="utf-8")
    section = docs.split("## Variablerna", 1)[1].split("## De inbyggda delmallarna", 1)[0]
    documented = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            documented.update(re.findall(r"`([a-z_]+)`", line.split("|")[1]))
    assert documented - keys == set()


def test_a_users_template_gets_the_filters_and_partials(tmp_path: Path) -> None:
    template = tmp_path / "egen.md.j2"
    template.write_text(
        "{% for plan in plans %}{{ plan.title | md }}|{{ plan.title | cell }}|"
        "{{ plan.initiatives[0].id | code }}\n{% include 'mermaid.md.j2' %}{% endfor %}",
        encoding="utf-8",
    )
    markdown = report(check_text(HOSTILE), template=template)
    assert markdown.startswith("Ond \\| kommun \\<script\\>")
    assert "`åtgärd-ö.1`" in markdown
    validate_mermaid(mermaid_blocks(parse(markdown))[0])


def test_template_errors_name_the_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "trasig.md.j2"
    broken.write_text("# Rubrik\n\n{% for plan in plans %}\n", encoding="utf-8")
    with pytest.raises(ReportTemplateError) as syntax:
        report(result_of(KOMMUN), template=broken)
    assert syntax.value.line == 3 and syntax.value.path.endswith("trasig.md.j2")
    undefined = tmp_path / "okand.md.j2"
    undefined.write_text("# Rubrik\n\n{{ plans[0].finns_inte }}\n", encoding="utf-8")
    with pytest.raises(ReportTemplateError) as missing:
        report(result_of(KOMMUN), template=undefined)
    assert missing.value.line == 3
    assert "finns_inte" in missing.value.detail
    with pytest.raises(ReportTemplateError):
        report(result_of(KOMMUN), template=tmp_path / "saknas.md.j2")


def test_plan_text_is_never_compiled_as_a_template() -> None:
    plan = "organisation: \"{{ 7 * 7 }} {% raw %}\"\ninsatser:\n  - id: a\n    namn: '{{ t }}'\n"
    markdown = report(check_text(plan))
    assert "{{ 7 \\* 7 }} {% raw %}" in markdown
    assert "49" not in markdown


def test_the_report_is_reproducible() -> None:
    first = report(result_of(KOMMUN))
    assert first == report(result_of(KOMMUN))
    assert first.endswith("\n") and not first.endswith("\n\n")
    assert "\n\n\n" not in first
    assert not any(line != line.rstrip() for line in first.splitlines())


# --- texts, advice, filters ------------------------------------------------------------------


def test_swedish_and_english_texts_match() -> None:
    # English has singular forms of some sentences ("1 of 4 reaches") that Swedish,
    # whose verbs do not change with number, does not need: KEY.one beside KEY.
    singular = {key for key in TEXTS_EN.keys() - TEXTS_SV.keys() if key.endswith(".one")}
    assert TEXTS_SV.keys() == TEXTS_EN.keys() - singular
    field = re.compile(r"\{(\w+)\}")
    for key in TEXTS_SV:
        assert set(field.findall(TEXTS_SV[key])) == set(field.findall(TEXTS_EN[key])), key
        assert "<" not in TEXTS_SV[key] and "<" not in TEXTS_EN[key], key
    for key in singular:
        base = key.removesuffix(".one")
        assert set(field.findall(TEXTS_EN[key])) == set(field.findall(TEXTS_EN[base])), key


def test_every_rule_has_advice_in_both_languages() -> None:
    for rule in rules():
        advice = rule.advice
        assert advice is not None, rule.code
        assert advice.roles, rule.code
        assert advice.sv.strip() and advice.en.strip() and advice.sv != advice.en, rule.code
        for level, (sv, en) in advice.by_level.items():
            assert sv.strip() and en.strip(), (rule.code, level)


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a|b", "a\\|b"),
        ("<script>", "\\<script\\>"),
        ("`x`", "\\`x\\`"),
        ("*a* _b_ [c](d) ~e~ $f$", "\\*a\\* \\_b\\_ \\[c\\](d) \\~e\\~ \\$f\\$"),
        ("# rubrik", "\\# rubrik"),
        ("- punkt", "\\- punkt"),
        ("+ punkt", "\\+ punkt"),
        ("= x", "\\= x"),
        ("12. x", "12\\. x"),
        ("3) x", "3\\) x"),
        ("&lt; & &amp; &#60;", "\\&lt; & \\&amp; &\\#60;"),
        ("a\nb\r\n  c\td", "a b c d"),
        ("back\\slash", "back\\\\slash"),
        ("åäö ÅÄÖ", "åäö ÅÄÖ"),
        (None, ""),
    ],
)
def test_md_escapes(text: str | None, escaped: str) -> None:
    assert md(text) == escaped


def test_cell_and_code_escapes() -> None:
    assert cell(None) == "–"
    assert cell("") == "–"
    assert cell("+2,7") == "+2,7"  # no block structure inside a cell
    assert cell("a\nb|c") == "a b\\|c"
    assert code("bär_2") == "`bär_2`"
    assert code("a|b") == "a\\|b"
    assert code("a`b") == "a\\`b"
    assert code(None) == "–"


def test_mermaid_label_escapes() -> None:
    assert mermaid_label('Sa "hej" <b> & -->') == "Sa #quot;hej#quot; #lt;b#gt; #amp; --#gt;"
    assert mermaid_label("#quot;") == "#35;quot;"
    assert mermaid_label("100 %") == "100 #37;"
    assert mermaid_label("rad 1\nrad 2") == "rad 1 rad 2"
    assert mermaid_label("åäö") == "åäö"
