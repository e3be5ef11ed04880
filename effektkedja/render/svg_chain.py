"""The results chain of a plan drawn as an inline SVG figure, for the HTML report.

One column per level (aktivitet at the left, samhällseffekt at the right), one box
per initiative, an arrow per ``leder_till`` link. Links that skip a level and
links that go back to a lower level differ from ordinary links in line style
*and* arrowhead, not only in colour; initiatives with findings carry a symbol and
a word (Fel, Varning, Upplysning). The figure is ``role="img"`` with a
``<title>`` and a ``<desc>``; the report puts the same information beside it as
text.

Where the boxes go and how the links run is :mod:`effektkedja.render.svg_chain_layout`
(deterministic: the same input gives the same bytes); this module writes the
markup, and the samples of the legend beside the figure.

Colours come from CSS classes (``ek-…``) that the page's stylesheet sets for
light and dark mode; presentation attributes give the light colours to an SVG
viewed on its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from effektkedja.render.svg_chain_layout import (
    COLUMN_WIDTH,
    EMPTY_HEIGHT,
    FONT_SIZE,
    LEVEL_COUNT,
    LINE_HEIGHT,
    PAD_X,
    PAD_Y,
    TEXT_WIDTH,
    TOP,
    Box,
    ChainEdge,
    ChainNode,
    column_x,
    layout,
)
from effektkedja.render.svgtext import Line, clean, escape, fit_line, number, text_width

__all__ = [
    "COLUMN_WIDTH",
    "TEXT_WIDTH",
    "ChainEdge",
    "ChainNode",
    "ChainText",
    "chain_svg",
    "column_x",
    "flag_sample",
    "layout",
    "link_sample",
]

HEADING_SIZE = 14.0
FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif"

#: Light-mode colours for an SVG shown on its own; the page's CSS overrides them.
DEFAULT_COLOURS = {
    "text": "#1a1a1a",
    "box": "#f4f6f8",
    "border": "#5b6670",
    "normal": "#3b4650",
    "skip": "#8a4b00",
    "backward": "#b3261e",
    "error": "#b3261e",
    "warning": "#7a4f00",
    "info": "#1f5fa8",
}
#: Line pattern per kind of link: solid, dashed, dotted (round caps make the dots).
DASHES = {"normal": "", "skip": "7 4", "backward": "0.1 5"}
STROKE_WIDTHS = {"normal": 1.5, "skip": 1.75, "backward": 3.0}


@dataclass(frozen=True, slots=True)
class ChainText:
    """The words of the figure, in the report's language.

    ``levels`` are the five column headings, lowest level first; ``flags`` the
    word shown in a flagged box per severity; ``empty`` the text of a column
    without initiatives.
    """

    title: str
    description: str
    levels: Sequence[str]
    flags: Mapping[str, str]
    empty: str


def chain_svg(
    nodes: Sequence[ChainNode],
    edges: Sequence[ChainEdge],
    text: ChainText,
    id_prefix: str = "chain",
) -> str:
    """The chain as one ``<svg>`` element (no XML declaration), for inline use in HTML.

    ``id_prefix`` makes the ids inside (title, description, arrowheads) unique in
    a page with several figures; it must be a valid XML name (letters, digits, -).
    """
    chart = layout(nodes, edges)
    p = id_prefix
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ek-chain" role="img" '
        f'viewBox="0 0 {number(chart.width)} {number(chart.height)}" '
        f'width="{number(chart.width)}" height="{number(chart.height)}" '
        f'aria-labelledby="{p}-title {p}-desc" font-family="{FONT_FAMILY}" '
        f'font-size="{number(FONT_SIZE)}" fill="{DEFAULT_COLOURS["text"]}">',
        f'<title id="{p}-title">{escape(text.title)}</title>',
        f'<desc id="{p}-desc">{escape(text.description)}</desc>',
        _defs(p),
    ]
    for rank in range(1, LEVEL_COUNT + 1):
        out.append(_column_heading(rank, text))
        if not chart.columns[rank - 1]:
            out.append(_empty_column(rank, text.empty))
    out.append('<g class="ek-links" fill="none">')
    for edge, d in chart.paths:
        out.append(_link(edge, d, p))
    out.append("</g>")
    out.append('<g class="ek-boxes">')
    for column in chart.columns:
        for node_id in column:
            out.append(_box(chart.boxes[node_id], text))
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)


def _defs(p: str) -> str:
    c = DEFAULT_COLOURS
    return (
        "<defs>"
        f'<marker id="{p}-normal" class="ek-mark-normal" viewBox="0 0 10 10" refX="10" refY="5" '
        f'markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto">'
        f'<path d="M0 0L10 5L0 10z" fill="{c["normal"]}"/></marker>'
        f'<marker id="{p}-skip" class="ek-mark-skip" viewBox="0 0 10 10" refX="9" refY="5" '
        f'markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto">'
        f'<path d="M1 1L9 5L1 9" fill="none" stroke="{c["skip"]}" stroke-width="1.6"/></marker>'
        f'<marker id="{p}-backward" class="ek-mark-backward" viewBox="0 0 18 10" refX="18" '
        f'refY="5" markerWidth="18" markerHeight="10" markerUnits="userSpaceOnUse" '
        f'orient="auto">'
        f'<path d="M0 0L9 5L0 10zM9 0L18 5L9 10z" fill="{c["backward"]}"/></marker>'
        "</defs>"
    )


def _column_heading(rank: int, text: ChainText) -> str:
    label = text.levels[rank - 1] if rank - 1 < len(text.levels) else str(rank)
    x = column_x(rank) + COLUMN_WIDTH / 2
    return (
        f'<text class="ek-heading" x="{number(x)}" y="{number(TOP - 16)}" text-anchor="middle" '
        f'font-weight="bold" font-size="{number(HEADING_SIZE)}">{escape(label)}</text>'
    )


def _empty_column(rank: int, empty: str) -> str:
    """A dashed box with one line of text (condensed if it is too long) for an empty level."""
    x = column_x(rank)
    text = clean(empty)
    width = text_width(text, FONT_SIZE)
    line = Line(text, width, width > TEXT_WIDTH)
    baseline = TOP + PAD_Y + LINE_HEIGHT - 4
    return (
        f'<rect class="ek-empty" x="{number(x)}" y="{number(TOP)}" width="{number(COLUMN_WIDTH)}" '
        f'height="{number(EMPTY_HEIGHT)}" rx="4" fill="none" stroke="{DEFAULT_COLOURS["border"]}" '
        f'stroke-dasharray="4 3"/>'
        f'<text class="ek-muted" x="{number(x + PAD_X)}" y="{number(baseline)}" '
        f'font-style="italic"{fit_line(line, TEXT_WIDTH)}>{escape(text)}</text>'
    )


def _link(edge: ChainEdge, d: str, p: str) -> str:
    kind = edge.kind if edge.kind in DASHES else "normal"
    dash = f' stroke-dasharray="{DASHES[kind]}"' if DASHES[kind] else ""
    cap = ' stroke-linecap="round"' if kind == "backward" else ""
    return (
        f'<path class="ek-link ek-link-{kind}" d="{d}" stroke="{DEFAULT_COLOURS[kind]}" '
        f'stroke-width="{number(STROKE_WIDTHS[kind])}"{dash}{cap} marker-end="url(#{p}-{kind})"/>'
    )


def _box(box: Box, text: ChainText) -> str:
    node = box.node
    severity = node.severity if node.severity in ("error", "warning", "info") else None
    stroke = DEFAULT_COLOURS[severity] if severity else DEFAULT_COLOURS["border"]
    width = 2.5 if severity in ("error", "warning") else 1.5 if severity else 1.0
    classes = f"ek-box ek-box-{severity}" if severity else "ek-box"
    out = ["<g>"]
    if box.truncated:
        out.append(f"<title>{escape(node.label)}</title>")
    out.append(
        f'<rect class="{classes}" x="{number(box.x)}" y="{number(box.y)}" '
        f'width="{number(box.width)}" height="{number(box.height)}" rx="4" '
        f'fill="{DEFAULT_COLOURS["box"]}" stroke="{stroke}" stroke-width="{number(width)}"/>'
    )
    y = box.y + PAD_Y
    if severity:
        out.append(_flag(box.x + PAD_X, y, severity, text.flags.get(severity, severity)))
        y += LINE_HEIGHT + 2
    for line in box.lines:
        y += LINE_HEIGHT
        out.append(
            f'<text x="{number(box.x + PAD_X)}" y="{number(y - 4)}"'
            f"{fit_line(line, TEXT_WIDTH)}>{escape(line.text)}</text>"
        )
    out.append("</g>")
    return "".join(out)


def _flag(x: float, y: float, severity: str, word: str) -> str:
    """A symbol and a word (Fel, Varning, Upplysning) at the top of a flagged box."""
    colour = DEFAULT_COLOURS[severity]
    return (
        f"{_symbol(x + 6, y + 7, severity)}"
        f'<text class="ek-flag-text ek-flag-text-{severity}" x="{number(x + 17)}" '
        f'y="{number(y + 11.5)}" font-weight="bold" fill="{colour}">{escape(word)}</text>'
    )


def _symbol(cx: float, cy: float, severity: str) -> str:
    """A circle with ×, a triangle with ! or a circle with i, centred on (cx, cy)."""
    colour = DEFAULT_COLOURS[severity]
    cls = f"ek-flag-{severity}"
    mark = 'stroke="#ffffff" stroke-width="1.8" stroke-linecap="round"'
    if severity == "error":
        return (
            f'<circle class="{cls}" cx="{number(cx)}" cy="{number(cy)}" r="6.5" fill="{colour}"/>'
            f'<path class="ek-flag-mark" d="M{number(cx - 3)} {number(cy - 3)}l6 6m0 -6l-6 6" '
            f"{mark}/>"
        )
    if severity == "warning":
        return (
            f'<path class="{cls}" d="M{number(cx)} {number(cy - 7)}L{number(cx + 7)} '
            f'{number(cy + 6)}H{number(cx - 7)}z" fill="{colour}"/>'
            f'<path class="ek-flag-mark" d="M{number(cx)} {number(cy - 3)}v4.5m0 2.5v0.5" {mark}/>'
        )
    return (
        f'<circle class="{cls}" cx="{number(cx)}" cy="{number(cy)}" r="6.5" fill="{colour}"/>'
        f'<path class="ek-flag-mark" d="M{number(cx)} {number(cy - 3.5)}v0.5m0 2.5v4" {mark}/>'
    )


def flag_sample() -> str:
    """The three symbols of flagged initiatives side by side, for the legend (hidden from
    screen readers: the legend's words say the same)."""
    symbols = "".join(
        _symbol(7 + 16 * i, 8, severity) for i, severity in enumerate(("error", "warning", "info"))
    )
    return (
        f'<svg class="legend-sample" aria-hidden="true" focusable="false" width="46" height="16" '
        f'viewBox="0 0 46 16">{symbols}</svg>'
    )


def link_sample(kind: str) -> str:
    """A short sample of a kind of link, for the legend beside the figure (hidden from
    screen readers: the legend's words say the same)."""
    kind = kind if kind in DASHES else "normal"
    colour = DEFAULT_COLOURS[kind]
    dash = f' stroke-dasharray="{DASHES[kind]}"' if DASHES[kind] else ""
    cap = ' stroke-linecap="round"' if kind == "backward" else ""
    heads = {
        "normal": f'<g class="ek-mark-normal"><path d="M34 1L44 6L34 11z" fill="{colour}"/></g>',
        "skip": f'<g class="ek-mark-skip"><path d="M35 1.5L43 6L35 10.5" fill="none" '
        f'stroke="{colour}" stroke-width="1.6"/></g>',
        "backward": f'<g class="ek-mark-backward"><path d="M26 1L35 6L26 11zM35 1L44 6L35 11z" '
        f'fill="{colour}"/></g>',
    }
    end = {"normal": 34, "skip": 42, "backward": 26}[kind]
    return (
        f'<svg class="legend-sample" aria-hidden="true" focusable="false" width="46" height="12" '
        f'viewBox="0 0 46 12"><path class="ek-link-{kind}" d="M2 6H{end}" fill="none" '
        f'stroke="{colour}" stroke-width="{number(STROKE_WIDTHS[kind])}"{dash}{cap}/>'
        f"{heads[kind]}</svg>"
    )
