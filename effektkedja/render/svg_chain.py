"""The results chain of a plan drawn as an inline SVG figure, for the HTML report.

One column per level (aktivitet at the left, samhällseffekt at the right), one box
per initiative, an arrow per ``leder_till`` link. Links that skip a level and
links that go back to a lower level differ from ordinary links in line style
*and* arrowhead, not only in colour; initiatives with findings carry a symbol and
a word (Fel, Varning, Upplysning). The figure is ``role="img"`` with a
``<title>`` and a ``<desc>``; the report puts the same information beside it as
text.

The layout is deterministic (the same input gives the same bytes) and meant to
stay readable up to some fifty initiatives:

1. each column starts in input order and is then reordered a few times by the
   barycentre of its neighbours' positions (Sugiyama's heuristic), which removes
   most crossings;
2. boxes are as tall as their wrapped names; each box is moved down to the mean
   height of the boxes that lead to it where that does not overlap the box above,
   so the figure grows as tall as it needs to;
3. a link that crosses a column passes through a gap between that column's boxes,
   so no line runs under a box.

Colours come from CSS classes (``ek-…``) that the page's stylesheet sets for
light and dark mode; presentation attributes give the light colours to an SVG
viewed on its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from effektkedja.render.svgtext import (
    Line,
    clean,
    escape,
    fit_line,
    number,
    text_width,
    truncate,
    wrap,
)

EdgeKind = Literal["normal", "skip", "backward"]
Severity = Literal["error", "warning", "info"]

LEVEL_COUNT = 5
FONT_SIZE = 13.0
LINE_HEIGHT = 16.0
HEADING_SIZE = 14.0
PAD_X = 8.0
PAD_Y = 7.0
COLUMN_WIDTH = 160.0
#: Horizontal room between columns, where the arrows run.
COLUMN_GAP = 40.0
MARGIN_LEFT = 8.0
#: Room right of the last column for links between initiatives on the same level.
MARGIN_RIGHT = 32.0
#: The column headings sit above this line; the first boxes start at it.
TOP = 40.0
#: Vertical room between two boxes of a column (a passage for crossing links).
BOX_GAP = 18.0
MARGIN_BOTTOM = 10.0
#: The dashed placeholder of a level without initiatives: one line of text.
EMPTY_HEIGHT = 2 * PAD_Y + LINE_HEIGHT
#: Most lines of a name drawn in a box; a longer name ends with "…" (the tables have it whole).
MAX_LINES = 6
#: Rounds of barycentre reordering (each: left to right, then right to left).
SWEEPS = 4
WIDTH = MARGIN_LEFT + LEVEL_COUNT * COLUMN_WIDTH + (LEVEL_COUNT - 1) * COLUMN_GAP + MARGIN_RIGHT
TEXT_WIDTH = COLUMN_WIDTH - 2 * PAD_X
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
class ChainNode:
    """An initiative: ``id`` is only used to connect links (it is never drawn)."""

    id: str
    label: str
    rank: int
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class ChainEdge:
    """A ``leder_till`` link from ``source`` to ``target`` (node ids)."""

    source: str
    target: str
    kind: EdgeKind = "normal"


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


@dataclass(frozen=True, slots=True)
class Box:
    """Where a node's box is drawn and the lines of its name."""

    node: ChainNode
    x: float
    y: float
    width: float
    height: float
    lines: tuple[Line, ...]
    truncated: bool

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def centre(self) -> float:
        return self.y + self.height / 2


@dataclass(slots=True)
class ChainLayout:
    """The boxes by node id, the columns' node ids top to bottom, and the figure's size."""

    boxes: dict[str, Box]
    columns: list[list[str]]
    width: float
    height: float
    paths: list[tuple[ChainEdge, str]] = field(default_factory=list)


def column_x(rank: int) -> float:
    """The left edge of the column of level ``rank`` (1-5)."""
    return MARGIN_LEFT + (rank - 1) * (COLUMN_WIDTH + COLUMN_GAP)


def layout(nodes: Sequence[ChainNode], edges: Sequence[ChainEdge]) -> ChainLayout:
    """Place the boxes and route the links (see the module docstring)."""
    by_id = {node.id: node for node in nodes}
    edges = [e for e in edges if e.source in by_id and e.target in by_id]
    columns = _order(nodes, edges, by_id)
    boxes = _place(columns, edges, by_id)
    height = max((box.bottom for box in boxes.values()), default=TOP) + MARGIN_BOTTOM
    chart = ChainLayout(boxes, columns, WIDTH, height)
    _route(chart, edges)
    return chart


def _order(
    nodes: Sequence[ChainNode], edges: Sequence[ChainEdge], by_id: Mapping[str, ChainNode]
) -> list[list[str]]:
    """The node ids of each column, ordered to reduce crossings (deterministic)."""
    columns: list[list[str]] = [[] for _ in range(LEVEL_COUNT)]
    for node in nodes:
        columns[_rank(node) - 1].append(node.id)
    neighbours: dict[str, list[str]] = {node.id: [] for node in nodes}
    for edge in edges:
        if _rank(by_id[edge.source]) != _rank(by_id[edge.target]):
            neighbours[edge.source].append(edge.target)
            neighbours[edge.target].append(edge.source)

    def position() -> dict[str, float]:
        return {
            node: (index + 0.5) / len(column)
            for column in columns
            for index, node in enumerate(column)
        }

    def reorder(rank: int, before: bool) -> None:
        where = position()
        column = columns[rank - 1]

        def key(item: tuple[int, str]) -> tuple[float, int]:
            index, node = item
            others = [
                where[other]
                for other in neighbours[node]
                if (_rank(by_id[other]) < rank) == before and _rank(by_id[other]) != rank
            ]
            centre = sum(others) / len(others) if others else where[node]
            return (centre, index)

        columns[rank - 1] = [node for _, node in sorted(enumerate(column), key=key)]

    for _ in range(SWEEPS):
        for rank in range(2, LEVEL_COUNT + 1):
            reorder(rank, before=True)
        for rank in range(LEVEL_COUNT - 1, 0, -1):
            reorder(rank, before=False)
    for rank in range(2, LEVEL_COUNT + 1):
        reorder(rank, before=True)
    return columns


def _rank(node: ChainNode) -> int:
    return min(max(node.rank, 1), LEVEL_COUNT)


def _box_lines(node: ChainNode) -> tuple[tuple[Line, ...], bool]:
    lines = wrap(node.label, TEXT_WIDTH, FONT_SIZE) or wrap("–", TEXT_WIDTH, FONT_SIZE)
    kept = truncate(lines, MAX_LINES, TEXT_WIDTH, FONT_SIZE)
    return tuple(kept), len(kept) < len(lines)


def _place(
    columns: list[list[str]], edges: Sequence[ChainEdge], by_id: Mapping[str, ChainNode]
) -> dict[str, Box]:
    """Boxes top to bottom per column; each as near its predecessors' mean height as fits."""
    incoming: dict[str, list[str]] = {node: [] for column in columns for node in column}
    for edge in edges:
        if _rank(by_id[edge.source]) < _rank(by_id[edge.target]):
            incoming[edge.target].append(edge.source)
    boxes: dict[str, Box] = {}
    for rank, column in enumerate(columns, start=1):
        top = TOP
        for node_id in column:
            node = by_id[node_id]
            lines, truncated = _box_lines(node)
            flag = LINE_HEIGHT + 2 if node.severity else 0.0
            height = 2 * PAD_Y + flag + len(lines) * LINE_HEIGHT
            placed = [boxes[source].centre for source in incoming[node_id] if source in boxes]
            y = top
            if placed:
                y = max(top, sum(placed) / len(placed) - height / 2)
            boxes[node_id] = Box(node, column_x(rank), y, COLUMN_WIDTH, height, lines, truncated)
            top = y + height + BOX_GAP
    return boxes


# --- links ------------------------------------------------------------------------------------


def _route(chart: ChainLayout, edges: Sequence[ChainEdge]) -> None:
    """A path per link: ports spread along the box sides, crossings through the gaps."""
    boxes = chart.boxes
    # Which side each end attaches to: forward links leave right and arrive left,
    # backward links the other way, links within a column use the right side twice.
    sides: dict[tuple[str, str], list[tuple[float, int, str]]] = {}
    ends: list[tuple[tuple[str, str], tuple[str, str]]] = []
    for index, edge in enumerate(edges):
        source, target = boxes[edge.source], boxes[edge.target]
        a, b = _rank(source.node), _rank(target.node)
        out_side, in_side = (
            ("right", "left")
            if a < b
            else ("left", "right")
            if a > b
            else (
                "right",
                "right",
            )
        )
        start, end = (edge.source, out_side), (edge.target, in_side)
        sides.setdefault(start, []).append((target.centre, index, "start"))
        sides.setdefault(end, []).append((source.centre, index, "end"))
        ends.append((start, end))
    port: dict[tuple[int, str], float] = {}
    for (node_id, _side), attached in sides.items():
        box = boxes[node_id]
        attached.sort()
        for k, (_, index, which) in enumerate(attached):
            port[(index, which)] = box.y + box.height * (k + 1) / (len(attached) + 1)
    used: dict[tuple[int, int], list[float]] = {}
    for index, edge in enumerate(edges):
        source, target = boxes[edge.source], boxes[edge.target]
        y0, y1 = port[(index, "start")], port[(index, "end")]
        a, b = _rank(source.node), _rank(target.node)
        if a == b:
            x = source.x + source.width
            bulge = COLUMN_GAP * 0.6
            d = (
                f"M{number(x)} {number(y0)}C{number(x + bulge)} {number(y0)} "
                f"{number(x + bulge)} {number(y1)} {number(x)} {number(y1)}"
            )
            lowest = max(y0, y1)
        else:
            d, lowest = _through(chart, a, b, y0, y1, used)
        chart.paths.append((edge, d))
        chart.height = max(chart.height, lowest + MARGIN_BOTTOM)


def _through(
    chart: ChainLayout,
    a: int,
    b: int,
    y0: float,
    y1: float,
    used: dict[tuple[int, int], list[float]],
) -> tuple[str, float]:
    """A path from column ``a`` to column ``b`` crossing the columns between in their gaps,
    and the lowest point it reaches."""
    step = 1 if b > a else -1
    x_start = column_x(a) + (COLUMN_WIDTH if step > 0 else 0)
    x_end = column_x(b) + (0 if step > 0 else COLUMN_WIDTH)
    points = [(x_start, y0)]
    between = list(range(a + step, b, step))
    for position, rank in enumerate(between, start=1):
        share = position / (len(between) + 1)
        y = _passage(chart, rank, y0 + (y1 - y0) * share, used)
        enter = column_x(rank) + (0 if step > 0 else COLUMN_WIDTH)
        leave = column_x(rank) + (COLUMN_WIDTH if step > 0 else 0)
        points += [(enter, y), (leave, y)]
    points.append((x_end, y1))
    d = f"M{number(points[0][0])} {number(points[0][1])}"
    for i in range(1, len(points)):
        (xa, ya), (xb, yb) = points[i - 1], points[i]
        if i % 2:  # across a gap between columns: an S-curve with level ends
            mid = (xa + xb) / 2
            d += f"C{number(mid)} {number(ya)} {number(mid)} {number(yb)} {number(xb)} {number(yb)}"
        else:  # through a column's passage: straight
            d += f"L{number(xb)} {number(yb)}"
    return d, max(y for _, y in points)


def _passage(
    chart: ChainLayout, rank: int, wanted: float, used: dict[tuple[int, int], list[float]]
) -> float:
    """A height at which a link can cross column ``rank`` without touching a box."""
    spans = [(chart.boxes[node].y, chart.boxes[node].bottom) for node in chart.columns[rank - 1]]
    if not spans:  # the placeholder of an empty level
        spans = [(TOP, TOP + EMPTY_HEIGHT)]
    gaps: list[tuple[float, float]] = []
    top = TOP - BOX_GAP / 2
    for start, end in spans:
        gaps.append((top, start))
        top = end
    gaps.append((top, float("inf")))
    best = min(
        range(len(gaps)),
        key=lambda i: (_distance(wanted, gaps[i]), i),
    )
    low, high = gaps[best]
    taken = used.setdefault((rank, best), [])
    margin = 4.0
    lo = low + margin
    hi = high - margin if high != float("inf") else max(wanted, lo + 2 * margin)
    if hi < lo:
        lo = hi = (low + high) / 2
    y = min(max(wanted, lo), hi)
    # Keep parallel links in one passage apart where there is room.
    for _ in range(8):
        if all(abs(y - other) >= 3 for other in taken):
            break
        y = min(y + 3, hi) if y + 3 <= hi else max(y - 6, lo)
    taken.append(y)
    return y


def _distance(y: float, gap: tuple[float, float]) -> float:
    low, high = gap
    if low <= y <= high:
        return 0.0
    return low - y if y < low else y - high


# --- drawing ----------------------------------------------------------------------------------


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
