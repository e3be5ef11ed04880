"""Rules on the links between initiatives: ids, unknown targets, cycles, gaps in the chain."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import LEVELS, Level
from effektkedja.findings import Hit, PlanContext
from effektkedja.suggest import Suggester


def duplicate_id(ctx: PlanContext) -> Iterator[Hit]:
    """EK004: two initiatives share an id (reported at the later one's id)."""
    for later, first in ctx.chain.duplicates:
        line = ctx.source.value(("insatser", first)).line
        yield Hit(
            "EK004",
            ("insatser", later, "id"),
            "EK004",
            {"id": ctx.plan.initiatives[later].id, "line": line},
            later,
        )


def unknown_link(ctx: PlanContext) -> Iterator[Hit]:
    """EK005: ``leder_till`` names an id that no initiative has."""
    suggest = Suggester(ctx.chain.index)  # one index of the ids for all the plan's links
    for link in ctx.chain.links:
        if link.target is None:
            yield Hit(
                "EK005",
                ("insatser", link.source, "leder_till", link.entry),
                "EK005",
                {"target": link.target_id, "suggestion": suggest(link.target_id)},
                link.source,
            )


def link_cycle(ctx: PlanContext) -> Iterator[Hit]:
    """EK006: ``leder_till`` forms a cycle; one finding per cycle, naming its ids."""
    chain = ctx.chain
    for cycle in chain.cycles:
        start = cycle[0]
        following = cycle[1] if len(cycle) > 1 else start
        link = next(x for x in chain.links_from[start] if x.target == following)
        ids = [chain.initiatives[i].id for i in cycle] + [chain.initiatives[start].id]
        yield Hit(
            "EK006",
            ("insatser", start, "leder_till", link.entry),
            "EK006",
            {"cycle": " → ".join(ids)},
            start,
        )


def _link_steps(ctx: PlanContext) -> Iterator[tuple[int, int, int, Level, Level]]:
    """Every resolved link whose ends sit on different levels, as (source, entry, target,
    level here, level there); comparing ranks keeps this cheap on dense graphs."""
    levels = ctx.chain.levels
    ranks = [level.rank for level in levels]
    for link in ctx.chain.links:
        target = link.target
        if target is not None and ranks[target] != ranks[link.source]:
            yield link.source, link.entry, target, levels[link.source], levels[target]


def backward_link(ctx: PlanContext) -> Iterator[Hit]:
    """EK101: a link goes to a lower level."""
    for source, entry, target, here, there in _link_steps(ctx):
        if there.rank < here.rank:
            yield Hit(
                "EK101",
                ("insatser", source, "leder_till", entry),
                "EK101",
                {"from": here.value, "to": there.value, "target": ctx.chain.initiatives[target].id},
                source,
            )


def skipped_level(ctx: PlanContext) -> Iterator[Hit]:
    """EK103: a link skips one or more levels; the message names the missing ones."""
    for source, entry, target, here, there in _link_steps(ctx):
        if there.rank - here.rank >= 2:
            missing = LEVELS[here.rank : there.rank - 1]
            yield Hit(
                "EK103",
                ("insatser", source, "leder_till", entry),
                "EK103",
                {
                    "from": here.value,
                    "to": there.value,
                    "target": ctx.chain.initiatives[target].id,
                    "missing": ", ".join(level.value for level in missing),
                },
                source,
            )


def chain_stops_short(ctx: PlanContext) -> Iterator[Hit]:
    """EK102: an initiative below utfall leads nowhere."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        level = ctx.chain.levels[index]
        if level < Level.UTFALL and not initiative.leads_to:
            yield Hit("EK102", ("insatser", index), "EK102", {"level": level.value}, index)


def unreached_outcome(ctx: PlanContext) -> Iterator[Hit]:
    """EK104: an utfall or samhällseffekt that no initiative leads to."""
    for index, level in enumerate(ctx.chain.levels):
        if level.is_outcome and ctx.chain.incoming[index] == 0:
            yield Hit("EK104", ("insatser", index), "EK104", {"level": level.value}, index)


def no_outcome(ctx: PlanContext) -> Iterator[Hit]:
    """EK105: the plan has no initiative at utfall or above."""
    if not any(level.is_outcome for level in ctx.chain.levels):
        yield Hit("EK105", ("insatser",), "EK105", {"count": len(ctx.chain.levels)}, at_key=True)


CHECKS = {
    "EK004": duplicate_id,
    "EK005": unknown_link,
    "EK006": link_cycle,
    "EK101": backward_link,
    "EK102": chain_stops_short,
    "EK103": skipped_level,
    "EK104": unreached_outcome,
    "EK105": no_outcome,
}
