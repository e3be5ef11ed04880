"""The chain diagram view: initiatives in one column per level, links between them.

One view for every drawing of the chain: the Markdown report lays it out as a
Mermaid flowchart, the HTML report as inline SVG. Labels are whole names,
shortened only at a word boundary; flagged initiatives carry a mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from effektkedja.chain import Chain
from effektkedja.domain import LEVELS, Level, LinkKind, Severity
from effektkedja.views.texts import Texts

#: Longest initiative name shown in a diagram box; the tables show the whole name.
LABEL_LENGTH = 70
#: Above these sizes a diagram is not readable (and GitHub may refuse a Mermaid one).
DIAGRAM_MAX_NODES = 120
DIAGRAM_MAX_EDGES = 300
SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
FLAG = "⚠"

CLASS_STYLES = {
    Severity.ERROR: "fill:#fee2e2,stroke:#b91c1c,color:#111827",
    Severity.WARNING: "fill:#fef3c7,stroke:#b45309,color:#111827",
    Severity.INFO: "fill:#e0f2fe,stroke:#0369a1,color:#111827",
}
ARROWS = {LinkKind.NEXT: "-->", LinkKind.SKIP: "-.->", LinkKind.BACKWARD: "==>"}
LINK_STYLES = {
    LinkKind.SKIP: "stroke:#b45309,stroke-width:2px",
    LinkKind.BACKWARD: "stroke:#b91c1c,stroke-width:3px",
}


@dataclass(frozen=True, slots=True)
class Node:
    id: str  # the node's name in the drawing (n0, n1, ...)
    label: str
    initiative: str
    name: str
    rank: int  # 1 (aktivitet) to 5 (samhällseffekt)
    severity: str | None


@dataclass(frozen=True, slots=True)
class Column:
    id: str
    level: str
    label: str
    nodes: list[Node]


@dataclass(frozen=True, slots=True)
class Edge:
    index: int
    source: str
    target: str
    kind: str  # normal | skip | backward
    arrow: str


@dataclass(frozen=True, slots=True)
class Spacer:
    index: int
    source: str
    target: str


@dataclass(frozen=True, slots=True)
class NodeClass:
    name: str
    style: str
    nodes: list[str]


@dataclass(frozen=True, slots=True)
class LinkStyle:
    kind: str
    indices: list[int]
    style: str


@dataclass(frozen=True, slots=True)
class DiagramView:
    """The chain as data for a drawing; ``shown`` is False when there is nothing to draw."""

    shown: bool = False
    too_large: bool = False
    columns: list[Column] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    spacers: list[Spacer] = field(default_factory=list)
    classes: list[NodeClass] = field(default_factory=list)
    link_styles: list[LinkStyle] = field(default_factory=list)
    legend: list[str] = field(default_factory=list)
    note: str = ""
    title: str = ""  # accessible title (Mermaid accTitle, SVG <title>)
    description: str = ""  # accessible description (accDescr, <desc>)


def shorten(name: str, limit: int = LABEL_LENGTH) -> str:
    """``name`` on one line, cut at the last word boundary before ``limit`` characters."""
    words = name.split()
    text = " ".join(words)
    if len(text) <= limit:
        return text
    kept = ""
    for word in words:
        candidate = f"{kept} {word}" if kept else word
        if len(candidate) > limit - 1:
            break
        kept = candidate
    return (kept or text[: limit - 1]) + "…"


@dataclass(frozen=True, slots=True)
class Box:
    """What the diagram needs of one initiative."""

    index: int
    id: str
    name: str
    level: Level
    severity: str | None


def diagram_view(boxes: Sequence[Box], chain: Chain, t: Texts) -> DiagramView:
    """The chain of one plan: one column per level, an edge per resolved link."""
    edges: list[Edge] = []
    for link in chain.links:
        kind = chain.kind(link)
        if kind is None:
            continue
        edges.append(
            Edge(len(edges), f"n{link.source}", f"n{link.target}", kind.value, ARROWS[kind])
        )
    if not boxes:
        return DiagramView(note=t("chain_empty"))
    if len(boxes) > DIAGRAM_MAX_NODES or len(edges) > DIAGRAM_MAX_EDGES:
        note = t("chain_too_large", nodes=len(boxes), edges=len(edges))
        return DiagramView(too_large=True, note=note)

    flagged = (Severity.ERROR.value, Severity.WARNING.value)
    columns: list[Column] = []
    for rank, level in enumerate(LEVELS, start=1):
        nodes = [
            Node(
                id=f"n{box.index}",
                label=(f"{FLAG} " if box.severity in flagged else "") + shorten(box.name),
                initiative=box.id,
                name=box.name,
                rank=rank,
                severity=box.severity,
            )
            for box in boxes
            if box.level is level
        ]
        if nodes:
            columns.append(Column(f"s{rank}", level.value, t.level(level), nodes))

    # Invisible links keep each column to the right of the one before it: a node
    # that nothing below it leads to would otherwise be drawn in the first column.
    rank_of = {f"n{box.index}": box.level.rank for box in boxes}
    fed = {e.target for e in edges if rank_of[e.source] < rank_of[e.target]}
    spacers: list[Spacer] = []
    for previous, column in zip(columns, columns[1:], strict=False):
        anchor = previous.nodes[0].id
        for node in column.nodes:
            if node.id not in fed:
                spacers.append(Spacer(len(edges) + len(spacers), anchor, node.id))

    classes = []
    for severity in SEVERITIES:
        members = [f"n{box.index}" for box in boxes if box.severity == severity.value]
        if members:
            classes.append(NodeClass(f"sev_{severity.value}", CLASS_STYLES[severity], members))
    link_styles = []
    for kind in (LinkKind.SKIP, LinkKind.BACKWARD):
        indices = [e.index for e in edges if e.kind == kind.value]
        if indices:
            link_styles.append(LinkStyle(kind.value, indices, LINK_STYLES[kind]))

    legend = [t("legend_normal")]
    if any(e.kind == LinkKind.SKIP.value for e in edges):
        legend.append(t("legend_skip"))
    if any(e.kind == LinkKind.BACKWARD.value for e in edges):
        legend.append(t("legend_backward"))
    if classes:
        legend.append(t("legend_flagged"))
    counts = ", ".join(f"{len(column.nodes)} {column.label.lower()}" for column in columns)
    return DiagramView(
        shown=True,
        columns=columns,
        edges=edges,
        spacers=spacers,
        classes=classes,
        link_styles=link_styles,
        legend=legend,
        note=t("chain_intro"),
        title=t("chain_title"),
        description=t(
            "chain_description",
            initiatives=t.count("initiative", len(boxes)),
            links=t.count("link", len(edges)),
            levels=counts,
        ),
    )
