"""The chain figure (effektkedja.render.svg_chain): layout, link styles, escaping, wrapping.

Every figure is parsed as XML; boxes, lines and links are read back from it.
"""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET

import pytest

from effektkedja.render.svg_chain import (
    COLUMN_WIDTH,
    TEXT_WIDTH,
    ChainEdge,
    ChainNode,
    ChainText,
    chain_svg,
    column_x,
    layout,
)
from effektkedja.render.svgtext import text_width, wrap

SVG = "{http://www.w3.org/2000/svg}"
TEXT = ChainText(
    title="Effektkedjan för Åkerö kommun",
    description="Diagram med 4 insatser.",
    levels=["Aktivitet", "Produkt", "Arbetssätt", "Utfall", "Samhällseffekt"],
    flags={"error": "Fel", "warning": "Varning", "info": "Upplysning"},
    empty="Inga insatser",
)
SMALL_NODES = [
    ChainNode("n0", "Kartläggning av hemtjänsttimmar per kön", 1),
    ChainNode("n1", "Frågebatteri för biståndsutredning", 2, "warning"),
    ChainNode("n2", "Handläggarna utreder med frågebatteriet", 3),
    ChainNode("n3", "Hemtjänsttimmar fördelas jämnare mellan kvinnor och män", 4, "error"),
]
SMALL_EDGES = [
    ChainEdge("n0", "n1"),
    ChainEdge("n1", "n2"),
    ChainEdge("n0", "n3", "skip"),
    ChainEdge("n2", "n0", "backward"),
]


def figure(nodes: list[ChainNode], edges: list[ChainEdge], prefix: str = "p1-chain") -> ET.Element:
    return ET.fromstring(chain_svg(nodes, edges, TEXT, id_prefix=prefix))


def fifty() -> tuple[list[ChainNode], list[ChainEdge]]:
    """A plan of 50 initiatives with links forward, skipping and back (fixed seed)."""
    rng = random.Random(15)
    words = ["kartläggning", "rutin", "för", "jämställd", "handläggning", "av", "ärenden"]
    words += ["och", "uppföljning", "per", "kön"]
    nodes = []
    for i in range(50):
        rank = 1 + i % 5 if i < 40 else rng.randint(1, 5)
        name = " ".join(rng.choice(words) for _ in range(rng.randint(2, 14)))
        severity = rng.choice([None, None, "error", "warning", "info"])
        nodes.append(ChainNode(f"n{i}", name.capitalize(), rank, severity))  # type: ignore[arg-type]
    edges = []
    for node in nodes:
        for _ in range(rng.randint(0, 2)):
            other = rng.choice(nodes)
            if other.rank == node.rank + 1:
                kind = "normal"
            elif other.rank > node.rank + 1:
                kind = "skip"
            elif other.rank < node.rank:
                kind = "backward"
            else:
                kind = "normal"
            edges.append(ChainEdge(node.id, other.id, kind))  # type: ignore[arg-type]
    return nodes, edges


def boxes(svg: ET.Element) -> list[tuple[float, float, float, float]]:
    return [
        (
            float(r.get("x", 0)),
            float(r.get("y", 0)),
            float(r.get("width", 0)),
            float(r.get("height", 0)),
        )
        for r in svg.iter(f"{SVG}rect")
        if "ek-box" in (r.get("class") or "")
    ]


def box_texts(svg: ET.Element) -> list[list[str]]:
    """The text lines of each initiative's box, in drawing order (flag words left out)."""
    found = []
    for group in svg.iter(f"{SVG}g"):
        if group.find(f"{SVG}rect") is None or "ek-box" not in (
            group.find(f"{SVG}rect").get("class") or ""  # type: ignore[union-attr]
        ):
            continue
        lines = [
            "".join(t.itertext())
            for t in group.findall(f"{SVG}text")
            if "ek-flag-text" not in (t.get("class") or "")
        ]
        found.append(lines)
    return found


def test_the_same_input_gives_the_same_bytes() -> None:
    nodes, edges = fifty()
    first = chain_svg(nodes, edges, TEXT)
    assert chain_svg(list(nodes), list(edges), TEXT) == first
    assert chain_svg(nodes, edges, TEXT, id_prefix="chain") == first


def test_it_is_an_image_with_a_title_and_a_description() -> None:
    svg = figure(SMALL_NODES, SMALL_EDGES)
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "p1-chain-title p1-chain-desc"
    title = svg.find(f"{SVG}title")
    desc = svg.find(f"{SVG}desc")
    assert title is not None and title.get("id") == "p1-chain-title"
    assert title.text == TEXT.title
    assert desc is not None and desc.get("id") == "p1-chain-desc"
    assert desc.text == TEXT.description
    # Scales with its container: a viewBox, and a width for A4 print (180 mm ≈ 680 px at
    # 96 dpi) that is not much wider.
    _, _, width, height = (float(n) for n in (svg.get("viewBox") or "").split())
    assert width <= 1000 and height > 0


def test_one_column_per_level_left_to_right_with_every_heading() -> None:
    svg = figure(SMALL_NODES, SMALL_EDGES)
    headings = [t for t in svg.iter(f"{SVG}text") if t.get("class") == "ek-heading"]
    assert [h.text for h in headings] == TEXT.levels
    xs = [float(h.get("x", 0)) for h in headings]
    assert xs == sorted(xs)
    chart = layout(SMALL_NODES, SMALL_EDGES)
    for node in SMALL_NODES:
        assert chart.boxes[node.id].x == column_x(node.rank)
    # The level without initiatives says so.
    assert "Inga insatser" in [t.text for t in svg.iter(f"{SVG}text")]


def test_skipping_and_backward_links_differ_in_line_style_and_arrowhead() -> None:
    svg = figure(SMALL_NODES, SMALL_EDGES)
    links = {
        next(c for c in (p.get("class") or "").split() if c.startswith("ek-link-")): p
        for p in svg.iter(f"{SVG}path")
        if "ek-link" in (p.get("class") or "")
    }
    assert set(links) == {"ek-link-normal", "ek-link-skip", "ek-link-backward"}
    dashes = {kind: path.get("stroke-dasharray") for kind, path in links.items()}
    assert len(set(dashes.values())) == 3  # solid, dashed, dotted
    markers = {kind: path.get("marker-end") for kind, path in links.items()}
    assert len(set(markers.values())) == 3
    shapes = {}
    for marker in svg.iter(f"{SVG}marker"):
        paths = marker.findall(f"{SVG}path")
        shapes[f"url(#{marker.get('id')})"] = [(p.get("d"), p.get("fill")) for p in paths]
    heads = [shapes[m] for m in markers.values()]
    assert heads[0] != heads[1] != heads[2] != heads[0]


def test_flagged_initiatives_carry_a_symbol_and_a_word() -> None:
    svg = figure(SMALL_NODES, SMALL_EDGES)
    words = [t.text for t in svg.iter(f"{SVG}text") if "ek-flag-text" in (t.get("class") or "")]
    assert words == ["Varning", "Fel"]
    symbols = [
        e
        for e in svg.iter()
        if re.search(r"\bek-flag-(error|warning|info)\b", e.get("class") or "")
    ]
    assert len(symbols) == 2


def test_plan_text_is_escaped_in_every_label() -> None:
    hostile = "</svg><script>alert(1)</script> & \"x\" 'y' ]]> <!-- \u202etxt.exe"
    nodes = [ChainNode("a", hostile, 1), ChainNode("b", "<b>fet</b>", 2)]
    text = ChainText(
        title=hostile,
        description=hostile,
        levels=[hostile] * 5,
        flags={},
        empty=hostile,
    )
    raw = chain_svg(nodes, [ChainEdge("a", "b")], text, id_prefix="x")
    svg = ET.fromstring(raw)  # well-formed: nothing closed or opened by the text
    assert {e.tag for e in svg.iter()} <= {
        f"{SVG}{tag}"
        for tag in ("svg", "title", "desc", "defs", "marker", "path", "g", "rect", "text")
    }
    shown = " ".join("".join(t.itertext()) for t in svg.iter(f"{SVG}text"))
    assert "</svg><script>alert(1)</script>" in shown
    assert "<b>fet</b>" in shown
    assert "\u202e" not in raw  # a bidi override cannot reorder what is shown
    title = svg.find(f"{SVG}title")
    assert title is not None and title.text == hostile.replace("\u202e", "")


def test_names_wrap_at_spaces_and_never_inside_a_word() -> None:
    name = (
        "Jämställdhetsintegrerat frågebatteri för utredning av behov av hemtjänst i ordinärt boende"
    )
    svg = figure([ChainNode("a", name, 2)], [])
    [lines] = box_texts(svg)
    assert len(lines) > 1
    assert " ".join(lines) == name
    words = set(name.split())
    for line in lines:
        assert all(word in words for word in line.split())


def test_a_word_wider_than_its_box_is_condensed_not_cut() -> None:
    word = "Jämställdhetsintegreringsarbetsgruppsmötesprotokollsmall"
    svg = figure([ChainNode("a", f"Ny {word} antagen", 1)], [])
    [lines] = box_texts(svg)
    assert lines == ["Ny", word, "antagen"]
    condensed = [t for t in svg.iter(f"{SVG}text") if "".join(t.itertext()) == word]
    assert condensed[0].get("lengthAdjust") == "spacingAndGlyphs"
    assert float(condensed[0].get("textLength", 0)) <= TEXT_WIDTH


def test_wrapping_estimates_fit_the_box() -> None:
    lines = wrap("Enhetscheferna följer upp beviljade timmar per kön varje månad", TEXT_WIDTH, 13)
    assert all(text_width(line.text, 13) <= TEXT_WIDTH for line in lines)
    assert [line.too_wide for line in lines] == [False] * len(lines)


def test_fifty_initiatives_get_boxes_that_never_overlap() -> None:
    nodes, edges = fifty()
    svg = figure(nodes, edges)
    found = boxes(svg)
    assert len(found) == 50
    _, _, width, height = (float(n) for n in (svg.get("viewBox") or "").split())
    for x, y, w, h in found:
        assert x >= 0 and x + w <= width
        assert y >= 0 and y + h <= height
        assert w == COLUMN_WIDTH
    for i, (x1, y1, w1, h1) in enumerate(found):
        for x2, y2, w2, h2 in found[i + 1 :]:
            apart = x1 + w1 <= x2 or x2 + w2 <= x1 or y1 + h1 <= y2 or y2 + h2 <= y1
            assert apart, ((x1, y1, w1, h1), (x2, y2, w2, h2))
    # Every name is there, whole, or cut at a word with "…" (the whole name in the tooltip).
    names = {node.label for node in nodes}
    cut = 0
    for lines in box_texts(svg):
        shown = " ".join(lines)
        if shown not in names:
            assert shown.endswith(" …")
            assert any(name.startswith(shown[:-2] + " ") for name in names)
            cut += 1
    assert cut == sum(1 for g in svg.iter(f"{SVG}g") if g.find(f"{SVG}title") is not None)


def test_a_link_crossing_a_column_passes_between_its_boxes() -> None:
    nodes, edges = fifty()
    chart = layout(nodes, edges)
    crossings = 0
    for _edge, d in chart.paths:
        # "L x y" segments are the straight runs through a column's passage.
        points = re.findall(r"([MCL])([^MCL]*)", d)
        last = None
        for command, numbers in points:
            values = [float(v) for v in numbers.split()]
            if command == "L" and last is not None:
                y = values[1]
                left, right = sorted((last[0], values[0]))
                for box in chart.boxes.values():
                    overlaps_x = box.x < right and left < box.x + box.width
                    if overlaps_x:
                        assert not (box.y < y < box.bottom), (d, box.node.label)
                crossings += 1
            last = values[-2:]
    assert crossings > 10


def test_ordering_by_barycentre_removes_crossings_of_two_simple_chains() -> None:
    # Written in an order that would cross: a→d, b→c, with c listed before d.
    nodes = [
        ChainNode("a", "A", 1),
        ChainNode("b", "B", 1),
        ChainNode("c", "C", 2),
        ChainNode("d", "D", 2),
    ]
    chart = layout(nodes, [ChainEdge("a", "d"), ChainEdge("b", "c")])
    assert chart.columns[1] == ["d", "c"]


@pytest.mark.parametrize("count", [0, 1])
def test_tiny_and_empty_plans_draw(count: int) -> None:
    nodes = SMALL_NODES[:count]
    svg = figure(nodes, [])
    assert len(boxes(svg)) == count
