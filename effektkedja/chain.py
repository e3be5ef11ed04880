"""The chain graph: links between initiatives, cycles and how far each chain reaches.

Everything here is linear in initiatives + links: cycles come from Tarjan's
strongly connected components (iterative, so deep chains cannot overflow the
stack) and reachability is one pass over the components in the order Tarjan
emits them. Paths are never enumerated.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from effektkedja.domain import LEVELS, Level, LinkKind
from effektkedja.model import Initiative


@dataclass(frozen=True, slots=True)
class Link:
    """One ``leder_till`` entry: initiative ``source`` (index) names ``target_id``."""

    source: int
    entry: int  # index of the entry in the initiative's ``leder_till``
    target_id: str
    target: int | None  # index of the initiative it resolves to, None when unknown


@dataclass(slots=True)
class Chain:
    """The link graph of one plan, indexed by the initiatives' positions in ``insatser``."""

    initiatives: list[Initiative]
    levels: list[Level]
    index: dict[str, int]  # id -> first initiative with that id
    duplicates: list[tuple[int, int]]  # (later index, first index) sharing an id
    links: list[Link]
    links_from: list[list[Link]]  # the links of each initiative, in ``leder_till`` order
    successors: list[list[int]]
    incoming: list[int]  # number of resolved links into each initiative
    cycles: list[list[int]]  # each an ordered cycle of indices, starting at its first in file
    reach: list[Level]  # the highest level reachable from each initiative, itself included

    def kind(self, link: Link) -> LinkKind | None:
        """How ``link`` moves along the chain (None for a link to an unknown id)."""
        if link.target is None:
            return None
        here, there = self.levels[link.source].rank, self.levels[link.target].rank
        if there < here:
            return LinkKind.BACKWARD
        return LinkKind.SKIP if there - here >= 2 else LinkKind.NEXT

    @property
    def roots(self) -> list[int]:
        """Initiatives no other initiative leads to: where chains start."""
        return [i for i, count in enumerate(self.incoming) if count == 0]


def build_chain(initiatives: list[Initiative], levels: list[Level]) -> Chain:
    """Resolve links and analyse the graph of one plan."""
    index: dict[str, int] = {}
    duplicates: list[tuple[int, int]] = []
    for position, initiative in enumerate(initiatives):
        first = index.setdefault(initiative.id, position)
        if first != position:
            duplicates.append((position, first))

    size = len(initiatives)
    links: list[Link] = []
    links_from: list[list[Link]] = [[] for _ in range(size)]
    successors: list[list[int]] = [[] for _ in range(size)]
    incoming = [0] * size
    for source, initiative in enumerate(initiatives):
        for entry, target_id in enumerate(initiative.leads_to):
            target = index.get(target_id)
            link = Link(source, entry, target_id, target)
            links.append(link)
            links_from[source].append(link)
            if target is not None:
                successors[source].append(target)
                incoming[target] += 1

    components = _strongly_connected(successors)
    cycles = []
    for component in components:
        if len(component) > 1 or component[0] in successors[component[0]]:
            cycles.append(_cycle_through(min(component), set(component), successors))
    cycles.sort(key=lambda cycle: cycle[0])
    return Chain(
        initiatives=initiatives,
        levels=levels,
        index=index,
        duplicates=duplicates,
        links=links,
        links_from=links_from,
        successors=successors,
        incoming=incoming,
        cycles=cycles,
        reach=_reach(components, successors, levels),
    )


def _strongly_connected(successors: list[list[int]]) -> list[list[int]]:
    """Tarjan's algorithm without recursion; components come out in reverse topological order."""
    size = len(successors)
    order = [-1] * size
    low = [0] * size
    next_child = [0] * size
    on_stack = [False] * size
    stack: list[int] = []
    components: list[list[int]] = []
    counter = 0
    for root in range(size):
        if order[root] != -1:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        work = [root]
        while work:
            node = work[-1]
            children = successors[node]
            child = next_child[node]
            if child < len(children):
                next_child[node] = child + 1
                nxt = children[child]
                if order[nxt] == -1:
                    order[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack[nxt] = True
                    work.append(nxt)
                elif on_stack[nxt] and order[nxt] < low[node]:
                    low[node] = order[nxt]
                continue
            work.pop()
            if work:
                parent = work[-1]
                if low[node] < low[parent]:
                    low[parent] = low[node]
            if low[node] == order[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
    return components


def _cycle_through(start: int, members: set[int], successors: list[list[int]]) -> list[int]:
    """A shortest cycle from ``start`` back to itself inside one component (breadth first)."""
    parent: dict[int, int] = {}
    queue = deque([start])
    seen = {start}
    while queue:
        node = queue.popleft()
        for nxt in successors[node]:
            if nxt == start:
                path = [node]
                while path[-1] != start:
                    path.append(parent[path[-1]])
                return path[::-1]
            if nxt in members and nxt not in seen:
                seen.add(nxt)
                parent[nxt] = node
                queue.append(nxt)
    return [start]  # pragma: no cover - a component always has a cycle through each member


def _reach(
    components: list[list[int]], successors: list[list[int]], levels: list[Level]
) -> list[Level]:
    ranks = [level.rank for level in levels]
    component_of = [0] * len(levels)
    for number, component in enumerate(components):
        for member in component:
            component_of[member] = number
    best: list[int] = []
    # Tarjan emits a component after every component reachable from it, so the
    # best of every successor component is known when a component is reached.
    for number, component in enumerate(components):
        top = max(ranks[member] for member in component)
        for member in component:
            for nxt in successors[member]:
                other = component_of[nxt]
                if other != number and best[other] > top:
                    top = best[other]
        best.append(top)
    return [LEVELS[best[component_of[i]] - 1] for i in range(len(levels))]
