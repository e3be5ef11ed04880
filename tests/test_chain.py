"""Unit tests for effektkedja.chain and the link rules it feeds (EK004-EK006, EK101, EK103)."""

from __future__ import annotations

import sys

from effektkedja.chain import Chain, build_chain
from effektkedja.domain import Level
from effektkedja.engine import PlanResult
from effektkedja.findings import Finding, describe
from effektkedja.model import Initiative
from tests.conftest import check_text

A, P, W, U, S = (
    Level.AKTIVITET,
    Level.PRODUKT,
    Level.ARBETSSATT,
    Level.UTFALL,
    Level.SAMHALLSEFFEKT,
)


def initiative(ident: str, *leads_to: str) -> Initiative:
    return Initiative.model_validate({"id": ident, "namn": ident, "leder_till": list(leads_to)})


def chain_of(*links: tuple[str, ...], levels: list[Level] | None = None) -> Chain:
    """A chain from (id, target, target, ...) tuples; every level aktivitet unless given."""
    initiatives = [initiative(ident, *targets) for ident, *targets in links]
    return build_chain(initiatives, levels or [A] * len(initiatives))


def findings(result: PlanResult, rule: str) -> list[Finding]:
    return [f for f in result.findings if f.rule == rule]


def sv(finding: Finding) -> str:
    return describe(finding, "sv")


def en(finding: Finding) -> str:
    return describe(finding, "en")


# --- the graph ------------------------------------------------------------------------------------


def test_links_resolve_to_initiatives_by_id() -> None:
    chain = chain_of(("a", "b", "c"), ("b", "c"), ("c",))
    assert chain.successors == [[1, 2], [2], []]
    assert chain.incoming == [0, 1, 2]
    assert chain.roots == [0]
    assert chain.cycles == []
    assert [(link.source, link.entry, link.target_id, link.target) for link in chain.links] == [
        (0, 0, "b", 1),
        (0, 1, "c", 2),
        (1, 0, "c", 2),
    ]


def test_an_unknown_link_has_no_target() -> None:
    chain = chain_of(("a", "b", "x"), ("b",))
    assert [(link.target_id, link.target) for link in chain.links] == [("b", 1), ("x", None)]
    assert chain.successors == [[1], []]


def test_duplicate_ids_resolve_to_the_first() -> None:
    chain = chain_of(("a", "b"), ("b",), ("b", "a"))
    assert chain.duplicates == [(2, 1)]
    assert chain.index["b"] == 1
    assert chain.incoming == [1, 1, 0]


def test_reach_is_the_highest_level_reachable() -> None:
    chain = chain_of(
        ("a", "b"),
        ("b", "c"),
        ("c",),
        ("d", "b"),
        ("e",),
        ("f", "a", "e"),
        levels=[A, P, U, W, S, A],
    )
    assert chain.reach == [U, U, U, U, S, S]


def test_reach_includes_the_initiative_itself_and_ignores_lower_levels() -> None:
    chain = chain_of(("a", "b"), ("b",), levels=[U, A])
    assert chain.reach == [U, A]


def test_reach_inside_a_cycle_is_shared() -> None:
    chain = chain_of(("a", "b"), ("b", "a", "c"), ("c",), levels=[A, P, W])
    assert chain.reach == [W, W, W]


def test_a_cycle_is_named_in_link_order_from_its_first_initiative() -> None:
    chain = chain_of(("x3", "x1"), ("x2", "x3"), ("x1", "x2"))
    assert chain.cycles == [[0, 2, 1]]  # x3 -> x1 -> x2 -> x3


def test_a_self_loop_is_a_cycle() -> None:
    chain = chain_of(("a", "a"), ("b",))
    assert chain.cycles == [[0]]


def test_two_separate_cycles_are_two_cycles() -> None:
    chain = chain_of(("a", "b"), ("b", "a"), ("c", "d"), ("d", "e"), ("e", "c"), ("f", "a"))
    assert chain.cycles == [[0, 1], [2, 3, 4]]


def test_no_cycle_in_a_diamond() -> None:
    chain = chain_of(("a", "b", "c"), ("b", "d"), ("c", "d"), ("d",))
    assert chain.cycles == []


def test_a_dense_graph_of_5000_initiatives_builds() -> None:
    size, fan_out = 5000, 10
    forward = [
        initiative(f"i{n}", *[f"i{m}" for m in range(n + 1, min(n + 1 + fan_out, size))])
        for n in range(size)
    ]
    levels = [A] * (size - 1) + [U]
    chain = build_chain(forward, levels)
    assert len(chain.links) == sum(min(fan_out, size - 1 - n) for n in range(size))
    assert chain.cycles == []
    assert chain.reach == [U] * size
    assert chain.roots == [0]

    # The same with wrap-around links: one strongly connected group, one cycle through i0.
    around = [
        initiative(f"i{n}", *[f"i{(n + k) % size}" for k in range(1, fan_out + 1)])
        for n in range(size)
    ]
    chain = build_chain(around, levels)
    assert len(chain.links) == size * fan_out
    assert len(chain.cycles) == 1
    cycle = chain.cycles[0]
    assert cycle[0] == 0
    assert len(set(cycle)) == len(cycle)
    for here, there in zip(cycle, cycle[1:] + cycle[:1], strict=True):
        assert there in chain.successors[here]
    assert chain.reach == [U] * size


def test_a_chain_of_100000_does_not_hit_the_recursion_limit() -> None:
    size = 100_000
    assert size > sys.getrecursionlimit()
    initiatives = [initiative(f"i{n}", f"i{n + 1}") for n in range(size - 1)]
    initiatives.append(initiative(f"i{size - 1}"))
    levels = [A] * (size - 1) + [S]
    chain = build_chain(initiatives, levels)
    assert chain.cycles == []
    assert chain.reach[0] is S and chain.reach[size // 2] is S
    assert chain.roots == [0]

    # Closing the ring makes one cycle through every initiative.
    initiatives[-1] = initiative(f"i{size - 1}", "i0")
    chain = build_chain(initiatives, levels)
    assert len(chain.cycles) == 1
    assert chain.cycles[0] == list(range(size))


# --- link findings in a checked plan --------------------------------------------------------------

LINKED = """\
organisation: Exempelkommunen
insatser:
  - id: utbildning
    namn: Möte
    nivå: aktivitet
    leder_till: [rutin, hemtjanst, samhalle, rutiin]
  - id: rutin
    namn: Möte
    nivå: produkt
    leder_till: utbildning
  - id: hemtjanst
    namn: Möte
    nivå: utfall
  - id: samhalle
    namn: Möte
    nivå: samhällseffekt
"""


def test_an_unknown_link_is_ek005_at_the_entry_with_a_suggestion() -> None:
    (finding,) = findings(check_text(LINKED), "EK005")
    assert (finding.line, finding.column, finding.initiative) == (6, 46, "utbildning")
    assert finding.args["suggestion"] == "rutin"
    assert sv(finding) == (
        "”rutiin” i leder_till finns inte bland planens insatser (menade du ”rutin”?)"
    )
    assert en(finding).endswith("(did you mean “rutin”?)")


def test_an_unknown_link_as_a_single_string() -> None:
    result = check_text(
        "organisation: X\ninsatser:\n  - id: a\n    namn: Möte\n    leder_till: qqq\n"
    )
    (finding,) = findings(result, "EK005")
    assert (finding.line, finding.column) == (5, 17)
    assert finding.args.get("suggestion") is None
    assert "menade du" not in sv(finding)


def test_a_link_to_a_lower_level_is_ek101() -> None:
    result = check_text(LINKED)
    (finding,) = findings(result, "EK101")
    assert (finding.line, finding.column, finding.initiative) == (10, 17, "rutin")
    assert sv(finding) == "länken går bakåt i kedjan, från produkt till aktivitet (”utbildning”)"


def test_a_link_that_skips_levels_is_ek103_naming_the_missing_levels() -> None:
    result = check_text(LINKED)
    found = findings(result, "EK103")
    assert [(f.line, f.column, f.initiative) for f in found] == [
        (6, 25, "utbildning"),
        (6, 36, "utbildning"),
    ]
    assert sv(found[0]) == (
        "länken hoppar över produkt, arbetssätt (från aktivitet till utfall, ”hemtjanst”)"
    )
    assert en(found[1]) == (
        "the link skips produkt, arbetssätt, utfall (from aktivitet to samhällseffekt, “samhalle”)"
    )


def test_a_link_one_step_up_or_on_the_same_level_is_neither_ek101_nor_ek103() -> None:
    result = check_text(
        "organisation: X\ninsatser:\n"
        "  - id: a\n    namn: Möte\n    nivå: aktivitet\n    leder_till: [b, c]\n"
        "  - id: b\n    namn: Möte\n    nivå: produkt\n"
        "  - id: c\n    namn: Möte\n    nivå: aktivitet\n"
    )
    assert findings(result, "EK101") == []
    assert findings(result, "EK103") == []


def test_a_cycle_is_ek006_naming_its_ids_in_order() -> None:
    result = check_text(LINKED)
    (finding,) = findings(result, "EK006")
    assert (finding.line, finding.column, finding.initiative) == (6, 18, "utbildning")
    assert sv(finding) == "leder_till bildar en cirkel: utbildning → rutin → utbildning"


def test_a_self_loop_is_ek006() -> None:
    result = check_text(
        "organisation: X\ninsatser:\n  - id: a\n    namn: Möte\n    leder_till: [b, a]\n"
        "  - id: b\n    namn: Möte\n"
    )
    (finding,) = findings(result, "EK006")
    assert (finding.line, finding.column) == (5, 21)
    assert finding.args["cycle"] == "a → a"


def test_two_separate_cycles_are_two_findings() -> None:
    result = check_text(
        """\
organisation: X
insatser:
  - id: x3
    namn: Möte
    leder_till: x1
  - id: x2
    namn: Möte
    leder_till: x3
  - id: x1
    namn: Möte
    leder_till: x2
  - id: y1
    namn: Möte
    leder_till: y2
  - id: y2
    namn: Möte
    leder_till: [y1]
"""
    )
    found = findings(result, "EK006")
    assert [(f.line, f.column, f.initiative, f.args["cycle"]) for f in found] == [
        (5, 17, "x3", "x3 → x1 → x2 → x3"),
        (14, 17, "y1", "y1 → y2 → y1"),
    ]


def test_a_duplicate_id_is_ek004_at_the_later_id() -> None:
    result = check_text(
        "organisation: X\ninsatser:\n"
        "  - id: a\n    namn: Möte\n    leder_till: b\n"
        "  - id: b\n    namn: Möte\n"
        "  - id: b\n    namn: Rutin\n"
    )
    (finding,) = findings(result, "EK004")
    assert (finding.line, finding.column, finding.initiative) == (8, 9, "b")
    assert sv(finding) == "id ”b” används redan av insatsen på rad 6"
    assert en(finding) == "the id “b” is already used by the initiative on line 6"
    # Analysis goes on: the link resolves to the first b, which leads nowhere.
    assert result.readable
    assert findings(result, "EK005") == []
