"""Where the chain figure's boxes go and how its links run (no markup: see svg_chain).

One column per level (aktivitet at the left, samhällseffekt at the right), one box
per initiative, a path per ``leder_till`` link. The layout is deterministic (the
same input gives the same figure) and meant to stay readable up to some fifty
initiatives:

1. each column starts in input order and is then reordered a few times by the
   barycentre of its neighbours' positions (Sugiyama's heuristic), which removes
   most crossings;
2. boxes are as tall as their wrapped names; each box is moved down to the mean
   height of the boxes that lead to it where that does not overlap the box above,
   so the figure grows as tall as it needs to;
3. a link that crosses a column passes through a gap between that column's boxes,
   so no line runs under a box.

:mod:`effektkedja.render.svg_chain` draws the :class:`ChainLayout` as SVG.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from effektkedja.render.svgtext import Line, number, truncate, wrap

EdgeKind = Literal["normal", "skip", "backward"]
Severity = Literal["error", "warning", "info"]

LEVEL_COUNT = 5
FONT_SIZE = 13.0
LINE_HEIGHT = 16.0
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
