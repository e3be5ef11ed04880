"""Generate realistic synthetic gender-mainstreaming plans for the benchmarks.

Each plan is an organisation's plan file in the format of docs/format.md: Swedish
names, owners, target groups and indicators drawn from small vocabularies;
initiatives at every level of the results chain with the evidence a real plan
would give (``beslut``, ``produkt``, ``tillämpning``, indicators with baseline,
target and measurements for women and men, or girls and boys); ASCII-folded keys
now and then; ``undantag`` with a reason sometimes; and, at low rates, the gaps and
mistakes that give findings of every kind (EK001-EK306).

Chain shapes:

- ``simple``: mostly linear chains aktivitet → produkt → arbetssätt → utfall
  (→ samhällseffekt), with the occasional skipped level, backward link, chain
  that stops short and cycle;
- ``branching``: trees per area of work: several activities feed a product,
  several products a way of working, several ways of working an outcome, and
  the outcomes a societal effect; some activities feed two products;
- ``dense``: the initiatives sorted by level, each linking to ten others further
  on (seven at the next level where there is one); a few links go backwards, so
  there are some cycles. The last ten initiatives of a file link to all that
  follow them.

Output is deterministic: the same arguments give byte-identical files, and plan
``i`` depends only on the seed, ``i``, the size and the shape. Dates are set
around 2026-11-23; run ``effektkedja check --today 2026-11-23`` for the findings
the generator intends.

Usage::

    python bench/generate.py OUT --plans 200 --initiatives-per-plan 50 --shape simple --seed 1
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from vocabulary import (  # noqa: E402  (beside this script)
    ACTIVITY_NAMES,
    AGENCY_TOPICS,
    AREAS,
    DECIDERS,
    DELMAL_SHORT,
    DELMAL_TEXT,
    DESCRIPTIONS,
    EFFECT_NAMES,
    NO_CUE_NAMES,
    OUTCOME_NAMES,
    PLACES,
    PRACTICE_NAMES,
    PRODUCT_KINDS,
    Area,
    Measure,
)

SHAPES = ("simple", "branching", "dense")
LEVELS = ("aktivitet", "produkt", "arbetssätt", "utfall", "samhällseffekt")
AKTIVITET, PRODUKT, ARBETSSATT, UTFALL, SAMHALLSEFFEKT = range(5)

#: The date the generated findings are meant for (``check --today``).
TODAY = "2026-11-23"

#: Written next to the plans: what was generated, so callers can reuse a folder.
MANIFEST = "bench-plans.json"

#: Identifies this generator's code: a folder made by another version is regenerated.
GENERATOR = hashlib.sha256(
    b"".join((HERE / name).read_bytes() for name in ("generate.py", "vocabulary.py"))
).hexdigest()[:12]

#: Keys and enumerated values that may be written without å, ä and ö.
FOLDED = {
    "nivå": "niva",
    "målgrupp": "malgrupp",
    "delmål": "delmal",
    "källa": "kalla",
    "mätningar": "matningar",
    "utgångsläge": "utgangslage",
    "tillämpning": "tillampning",
    "från": "fran",
    "omfång": "omfang",
    "män": "man",
    "mål": "mal",
    "år": "ar",
    "arbetssätt": "arbetssatt",
    "samhällseffekt": "samhallseffekt",
    "samhälle": "samhalle",
    "pågående": "pagaende",
    "genomförd": "genomford",
    "utjämna": "utjamna",
    "öka": "oka",
    "hälsa": "halsa",
    "våld": "vald",
    "lärosäte": "larosate",
}

#: Plan ``i`` is not valid YAML (EK001) when ``i % BROKEN_EVERY == 41`` and not a valid
#: plan (EK002: a misspelt key) when ``i % BROKEN_EVERY == 83``: about one file in fifty
#: of a portfolio, none of a single plan.
BROKEN_EVERY = 97

#: How often each gap or mistake appears: per initiative, per indicator or per file.
RATES = {
    "fold_plan": 0.15,  # the whole plan writes keys without å, ä, ö
    "fold_key": 0.03,  # one key or value written without å, ä, ö
    "undeclared": 0.25,  # no nivå: evidence, wording or the default decides
    "no_cue": 0.3,  # an undeclared activity whose name has no cue word (basis default)
    "description": 0.35,
    "single_link": 0.3,  # leder_till written as one id, not a list
    "no_owner": 0.04,  # EK301
    "overdue": 0.05,  # EK306: slut passed, still pågående
    "stops_short": 0.08,  # EK102
    "skip_level": 0.05,  # EK103
    "back_link": 0.03,  # EK101
    "cycle": 0.01,  # EK006 (per chain or tree)
    "unknown_link": 0.003,  # EK005
    "duplicate_id": 0.002,  # EK004
    "duplicate_key": 0.002,  # EK003
    "lone_outcome": 0.03,  # EK104: an outcome no initiative leads to
    "overclaimed": 0.03,  # EK106: declared utfall, evidence of arbetssätt only
    "underclaimed": 0.03,  # EK107: declared aktivitet with a decision
    "no_decision": 0.12,  # EK304 (half of them accepted with undantag)
    "no_application": 0.04,  # EK305
    "no_indicator": 0.04,  # EK202
    "no_delmal": 0.05,  # EK302
    "no_malgrupp": 0.05,  # EK303
    "org_indicator": 0.2,  # a way of working followed up with omfång: organisation
    "not_by_sex": 0.03,  # EK201 (per indicator)
    "no_baseline": 0.03,  # EK203
    "no_target": 0.06,  # EK204
    "no_source": 0.06,  # EK207
    "widened": 0.08,  # EK206
    "no_follow_up": 0.05,  # EK205 (per outcome)
    "activity_trap": 0.05,  # EK105: a plan with nothing at utfall or above (per file)
    "dense_back_link": 0.002,  # per link in the dense shape
}


ID_STEMS = ("kartlaggning", "riktlinje", "tillampning", "utfall", "effekt")


@dataclass
class Initiative:
    """One initiative as the generator plans it, before it is written as YAML."""

    index: int
    level: int
    area: Area
    id: str = ""
    links: list[str] = field(default_factory=list)
    dangling: bool = False  # leder_till gets an id that does not exist (EK005)


@dataclass(frozen=True)
class Manifest:
    """What one call of :func:`generate` wrote."""

    plans: int
    initiatives_per_plan: int
    shape: str
    seed: int
    files: list[str]
    initiatives: int
    bytes: int
    largest_file_bytes: int
    generator: str = field(default_factory=lambda: GENERATOR)

    def matches(self, plans: int, per_plan: int, shape: str, seed: int) -> bool:
        """Whether this manifest describes files this generator makes with these arguments."""
        wanted = (plans, per_plan, shape, seed, GENERATOR)
        return (
            self.plans,
            self.initiatives_per_plan,
            self.shape,
            self.seed,
            self.generator,
        ) == wanted


class PlanWriter:
    """Writes one plan as YAML text, line by line, in the style of the examples."""

    def __init__(self, rng: random.Random, fold: bool) -> None:
        self.rng = rng
        self.fold = fold
        self.lines: list[str] = []

    def word(self, word: str) -> str:
        """A key or enumerated value, now and then written without å, ä and ö."""
        folded = FOLDED.get(word)
        if folded and (self.fold or self.rng.random() < RATES["fold_key"]):
            return folded
        return word

    def add(self, indent: int, key: str, value: str | None = None) -> None:
        """Append ``key: value`` (or ``key:`` opening a block) at ``indent`` spaces."""
        pad = " " * indent
        self.lines.append(
            f"{pad}{self.word(key)}:" if value is None else f"{pad}{self.word(key)}: {value}"
        )

    def text(self) -> str:
        """The plan so far as YAML text."""
        return "\n".join(self.lines) + "\n"


def scalar(value: str) -> str:
    """A string as a YAML scalar: plain where that reads back as the same string."""
    special = value[:1] in "!&*-?|>'\"%@`[]{},#:" or value != value.strip()
    ambiguous = value.lower() in {"true", "false", "null", "~", "yes", "no", "on", "off"}
    if special or ambiguous or ": " in value or " #" in value or value[:1].isdigit():
        return json.dumps(value, ensure_ascii=False)
    return value


def number(value: float, integer: bool) -> str:
    """A measurement value as written in a plan: whole numbers or one decimal."""
    return str(round(value)) if integer else f"{value:.1f}"


def plan_rng(seed: int, index: int) -> random.Random:
    """The random source of plan ``index``: independent of every other plan."""
    return random.Random(seed * 1_000_003 + index)


def fill(template: str, area: Area, place: str) -> str:
    """A name from a template and an area's vocabulary."""
    women, men = ("flickor", "pojkar") if area.children else ("kvinnor", "män")
    return template.format(
        verksamhet=area.verksamhet,
        topic=area.topic,
        topic_cap=area.topic[:1].upper() + area.topic[1:],
        personal=area.personal.lower(),
        personal_lower=area.personal.lower(),
        malgrupp=area.malgrupp.lower(),
        women=women,
        women_cap=women.capitalize(),
        men=men,
        delmal=area.delmal,
        delmal_text=DELMAL_TEXT[area.delmal],
        place=place,
    )


def chain_levels(rng: random.Random, lone_outcome: bool) -> list[int]:
    """The levels of one linear chain: mostly aktivitet → … → utfall (→ samhällseffekt)."""
    if lone_outcome:
        return [UTFALL]
    top = SAMHALLSEFFEKT if rng.random() < 0.35 else UTFALL
    levels = list(range(AKTIVITET, top + 1))
    if rng.random() < 0.3:  # some chains start at a product (a decision came first)
        levels = levels[1:]
    if rng.random() < RATES["skip_level"] and len(levels) > 2:
        del levels[rng.randrange(1, len(levels) - 1)]  # EK103
    if rng.random() < RATES["stops_short"]:
        levels = levels[: rng.randrange(1, 3)]  # EK102: ends below utfall
    return levels


def shape_simple(rng: random.Random, count: int, areas: list[Area], trap: bool) -> list[Initiative]:
    """Mostly linear chains, each in one area of work."""
    nodes: list[Initiative] = []
    while len(nodes) < count:
        area = rng.choice(areas)
        levels = chain_levels(rng, rng.random() < RATES["lone_outcome"])
        if trap:
            levels = [level for level in levels if level < UTFALL] or [AKTIVITET]
        chain = [Initiative(len(nodes) + i, level, area) for i, level in enumerate(levels)]
        chain = chain[: count - len(nodes)]
        for low, high in zip(chain, chain[1:], strict=False):
            low.links.append(f"@{high.index}")
        if len(chain) > 2 and rng.random() < RATES["cycle"]:
            chain[-1].links.append(f"@{chain[0].index}")  # EK006 (and EK101)
        nodes.extend(chain)
    return nodes


def shape_branching(
    rng: random.Random, count: int, areas: list[Area], trap: bool
) -> list[Initiative]:
    """Trees of chains: fan-in towards an area's outcomes, some fan-out of activities."""
    nodes: list[Initiative] = []

    def new(level: int, area: Area) -> Initiative:
        node = Initiative(len(nodes), level, area)
        nodes.append(node)
        return node

    while len(nodes) < count:
        area = rng.choice(areas)
        tree: list[Initiative] = []
        effect = None if trap or rng.random() < 0.4 else new(SAMHALLSEFFEKT, area)
        for _ in range(rng.randint(1, 2)):
            outcome = None if trap else new(UTFALL, area)
            if effect and outcome:
                outcome.links.append(f"@{effect.index}")
            for _ in range(rng.randint(1, 3)):
                practice = new(ARBETSSATT, area)
                if outcome:
                    practice.links.append(f"@{outcome.index}")
                products = [new(PRODUKT, area) for _ in range(rng.randint(1, 2))]
                for product in products:
                    product.links.append(f"@{practice.index}")
                    for _ in range(rng.randint(0, 3)):
                        activity = new(AKTIVITET, area)
                        activity.links.append(f"@{product.index}")
                        if rng.random() < 0.15 and len(products) > 1:
                            other = products[0] if product is not products[0] else products[1]
                            activity.links.append(f"@{other.index}")
                        tree.append(activity)
                tree.append(practice)
        if tree and rng.random() < RATES["cycle"]:
            top = max(tree, key=lambda node: node.level)
            top.links.append(f"@{rng.choice(tree).index}")
    del nodes[count:]
    wanted = {f"@{node.index}" for node in nodes}
    for node in nodes:
        node.links = [link for link in node.links if link in wanted]
    return sorted(nodes, key=lambda node: (node.level, node.index))


def shape_dense(rng: random.Random, count: int, areas: list[Area], trap: bool) -> list[Initiative]:
    """Each initiative links to ten others further on, seven of them at the next level."""
    weights = (35, 25, 20, 15, 5) if not trap else (45, 30, 25, 0, 0)
    levels = sorted(rng.choices(range(5), weights=weights, k=count))
    nodes = [Initiative(i, level, rng.choice(areas)) for i, level in enumerate(levels)]
    first_at = {level: levels.index(level) for level in set(levels)}
    for node in nodes:
        later = count - node.index - 1
        want = min(10, later)
        targets: set[int] = set()
        following = [lvl for lvl in range(node.level + 1, 5) if lvl in first_at]
        if following:  # seven at the next level, if it has that many
            start = first_at[following[0]]
            stop = first_at[following[1]] if len(following) > 1 else count
            block = range(start, stop)
            targets.update(rng.sample(block, min(7, len(block))))
        while len(targets) < want:
            targets.add(rng.randrange(node.index + 1, count))
        for target in sorted(targets):
            if node.index and rng.random() < RATES["dense_back_link"]:
                target = rng.randrange(0, node.index)  # EK006/EK101
            node.links.append(f"@{target}")
    return nodes


SHAPE_BUILDERS = {"simple": shape_simple, "branching": shape_branching, "dense": shape_dense}


def assign_ids(rng: random.Random, nodes: list[Initiative]) -> None:
    """Readable unique ids, then links resolved from ``@index`` to ids."""
    by_index: dict[int, Initiative] = {}
    for number_, node in enumerate(nodes, start=1):
        node.id = f"{node.area.key}-{ID_STEMS[node.level]}-{number_}"
        by_index[node.index] = node
    for node in nodes[1:]:
        if rng.random() < RATES["duplicate_id"]:
            node.id = nodes[0].id  # EK004; links to it now go to the first of the two
    for node in nodes:
        node.links = list(dict.fromkeys(by_index[int(link[1:])].id for link in node.links))
        if node.links and rng.random() < RATES["unknown_link"]:
            node.links[-1] = node.links[-1] + "x"  # EK005, with a suggestion


def write_point(w: PlanWriter, indent: int, key: str | None, point: dict[str, str]) -> None:
    """A measurement point as a flow mapping: ``{år: 2023, kvinnor: 28.0, män: 34.5}``."""
    body = ", ".join(f"{w.word(name)}: {value}" for name, value in point.items())
    if key is None:
        w.lines.append(f"{' ' * indent}- {{{body}}}")
    else:
        w.add(indent, key, f"{{{body}}}")


def write_indicator(
    w: PlanWriter, measure: Measure, scope: str | None, children: bool, ended: bool
) -> None:
    """One indicator with baseline, target and measurements, with the odd gap."""
    rng = w.rng
    integer = measure.enhet in ("antal", "kronor")
    women, men = ("flickor", "pojkar") if children else ("kvinnor", "män")
    lo, hi = measure.low, measure.high
    first, second = rng.uniform(lo, hi), rng.uniform(lo, hi)
    middle = (first + second) / 2
    by_sex = rng.random() >= RATES["not_by_sex"]
    widened = rng.random() < RATES["widened"]

    def point(year: int, share: float) -> dict[str, str]:
        # share: how far the gap has closed (negative: widened)
        a = first + (middle - first) * share
        b = second + (middle - second) * share
        values = {"år": str(year)}
        if by_sex:
            values[women], values[men] = number(a, integer), number(b, integer)
        if not by_sex or rng.random() < 0.2:
            values["totalt"] = number(a + b if integer else (a + b) / 2, integer)
        return values

    w.lines.append(f"      - namn: {scalar(measure.namn)}")
    if rng.random() >= RATES["no_source"]:
        w.add(8, "källa", scalar(measure.kalla))
    w.add(8, "enhet", scalar(measure.enhet))
    if scope:
        w.add(8, "omfång", w.word(scope))
    if measure.riktning != "utjämna" or rng.random() < 0.3:
        w.add(8, "riktning", w.word(measure.riktning))
    has_baseline = rng.random() >= RATES["no_baseline"]
    if has_baseline:
        write_point(w, 8, "utgångsläge", point(2023, 0.0))
    if rng.random() >= RATES["no_target"]:
        write_point(w, 8, "mål", point(2027, 1.0))
    if ended and rng.random() < RATES["no_follow_up"]:
        return  # EK205: the end has passed, no measurement after the baseline
    w.add(8, "mätningar")
    for step, year in enumerate(range(2024, 2024 + rng.randint(1, 3)), start=1):
        share = -0.15 * step if widened else 0.25 * step
        write_point(w, 10, None, point(year, share))


def write_initiative(w: PlanWriter, node: Initiative, place: str) -> None:
    """One initiative with the evidence its level calls for, and the odd gap."""
    rng = w.rng
    area, level = node.area, node.level
    declared: int | None = level if rng.random() >= RATES["undeclared"] else None
    gap = rng.random()
    overclaimed = level == ARBETSSATT and gap < RATES["overclaimed"]
    underclaimed = level == PRODUKT and gap < RATES["underclaimed"]
    if overclaimed:
        declared = UTFALL  # EK106 (and the outcome rules)
    if underclaimed:
        declared = AKTIVITET  # EK107

    kind = "annan"
    if level == AKTIVITET:
        no_cue = declared is None and rng.random() < RATES["no_cue"]
        namn = fill(rng.choice(NO_CUE_NAMES if no_cue else ACTIVITY_NAMES), area, place)
    elif level == PRODUKT:
        kind, template = rng.choice(PRODUCT_KINDS)
        namn = fill(template, area, place)
    elif level == ARBETSSATT:
        namn = fill(rng.choice(PRACTICE_NAMES), area, place)
        namn = namn[:1].upper() + namn[1:]
    elif level == UTFALL:
        namn = fill(rng.choice(OUTCOME_NAMES), area, place)
    else:
        namn = fill(rng.choice(EFFECT_NAMES), area, place)

    w.lines.append(f"  - id: {scalar(node.id)}")
    w.add(4, "namn", scalar(namn))
    if rng.random() < RATES["description"]:
        w.add(4, "beskrivning", ">-")
        w.lines.append(f"      {rng.choice(DESCRIPTIONS)}")
    if declared is not None:
        w.add(4, "nivå", w.word(LEVELS[declared]))
    if rng.random() >= RATES["no_owner"]:
        w.add(4, "ansvarig", scalar(rng.choice(area.owners)))
        if rng.random() < RATES["duplicate_key"]:
            w.add(4, "ansvarig", scalar(rng.choice(area.owners)))  # EK003

    start_year = 2024 + min(level, 3) // 2
    ends = {AKTIVITET: 2024, PRODUKT: 2025, ARBETSSATT: 2027, UTFALL: 2027, SAMHALLSEFFEKT: 2027}
    end_year = ends[level]
    ended_outcome = level >= UTFALL and rng.random() < 0.2
    if ended_outcome:
        end_year = 2025
    passed = end_year < 2026
    status = "genomförd" if passed else rng.choice(("pågående", "pågående", "planerad"))
    if passed and rng.random() < RATES["overdue"]:
        status = "pågående"  # EK306
    w.add(4, "status", w.word(status))
    w.add(4, "start", f"{start_year}-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}")
    w.add(
        4,
        "slut",
        f"{end_year}-12-31"
        if level >= ARBETSSATT
        else f"{end_year}-{rng.randint(7, 12):02d}-{rng.randint(1, 28):02d}",
    )

    effective = declared if declared is not None else level
    outcome = effective >= UTFALL
    if (outcome and rng.random() >= RATES["no_delmal"]) or (not outcome and rng.random() < 0.4):
        if rng.random() < 0.5:
            w.add(4, "delmål", f"[{area.delmal}]")
        else:
            w.add(4, "delmål", f"[{w.word(DELMAL_SHORT[area.delmal])}]")
    if (effective == UTFALL and rng.random() >= RATES["no_malgrupp"]) or (
        effective != UTFALL and rng.random() < 0.3
    ):
        w.add(4, "målgrupp", scalar(area.malgrupp))
    if node.links:
        if len(node.links) == 1 and rng.random() < RATES["single_link"]:
            w.add(4, "leder_till", scalar(node.links[0]))
        else:
            w.add(4, "leder_till", "[" + ", ".join(node.links) + "]")

    no_decision = False
    if level == PRODUKT:
        no_decision = rng.random() < RATES["no_decision"]
        if not no_decision:
            w.add(4, "beslut")
            w.add(6, "datum", f"{start_year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            w.add(6, "av", scalar(rng.choice(DECIDERS)))
            if rng.random() < 0.6:
                w.add(
                    6,
                    "diarienummer",
                    f"{rng.choice(('KS', 'SN', 'KFN', 'RS'))} {start_year}/{rng.randint(10, 999)}",
                )
        w.add(4, "produkt", "{" + f"typ: {w.word(kind)}" + "}")
    if level == ARBETSSATT and rng.random() >= RATES["no_application"]:
        w.add(4, "tillämpning")
        w.add(6, "av", scalar(area.personal))
        w.add(6, "sedan", f"{start_year}-{rng.randint(1, 12):02d}-01")

    indicators: list[tuple[Measure, str | None]] = []
    if level == ARBETSSATT and rng.random() < RATES["org_indicator"]:
        share = Measure(
            f"Andel ärenden där {area.personal.lower()} använt det nya stödet",
            "procent",
            "Stickprov i ärendesystemet",
            10,
            90,
            "öka",
        )
        indicators.append((share, "organisation"))
    if level == UTFALL and rng.random() >= RATES["no_indicator"]:
        chosen = rng.sample(area.measures, rng.randint(1, len(area.measures)))
        indicators += [(measure, "målgrupp" if rng.random() < 0.3 else None) for measure in chosen]
    if level == SAMHALLSEFFEKT:
        indicators.append((area.effect, "samhälle"))
    if indicators:
        w.add(4, "indikatorer")
        for measure, scope in indicators:
            children = area.children and scope != "samhälle"
            write_indicator(w, measure, scope, children, ended_outcome)

    waived = no_decision and rng.random() < 0.5
    if waived or (level < UTFALL and not node.links and rng.random() < 0.2):
        w.add(4, "undantag")
        code = "EK304" if waived else "EK102"
        reason = (
            "Produkten fastställdes av enhetschefen inom ramen för ledningssystemet."
            if waived
            else "Insatsen följs upp i nästa plan när resultaten finns."
        )
        w.lines.append(f"      - regel: {code}")
        w.add(8, "motivering", scalar(reason))


def organisation(rng: random.Random) -> tuple[str, str, str]:
    """An organisation's name, type and place."""
    place = rng.choice(PLACES)
    kind = rng.choices(("kommun", "region", "myndighet", "lärosäte", "annan"), (6, 2, 2, 1, 1))[0]
    names = {
        "kommun": f"{place} kommun",
        "region": f"Region {place}",
        "myndighet": f"Myndigheten för {rng.choice(AGENCY_TOPICS)}",
        "lärosäte": f"Högskolan i {place}",
        "annan": f"{place} Bostäder AB",
    }
    return names[kind], kind, place


def plan_text(index: int, initiatives: int, shape: str, seed: int) -> str:
    """The YAML text of plan ``index``: deterministic in its arguments."""
    if shape not in SHAPE_BUILDERS:
        raise ValueError(f"unknown shape {shape!r}; choose one of {', '.join(SHAPES)}")
    rng = plan_rng(seed, index)
    w = PlanWriter(rng, fold=rng.random() < RATES["fold_plan"])
    name, kind, place = organisation(rng)
    areas = rng.sample(AREAS, rng.randint(2, 4))
    trap = rng.random() < RATES["activity_trap"]
    nodes = SHAPE_BUILDERS[shape](rng, initiatives, areas, trap)
    assign_ids(rng, nodes)

    first = rng.choice((2023, 2024, 2024, 2025))
    w.lines += [
        f"# {name} – plan för jämställdhetsintegrering {first}–{first + 3}",
        f"# Genererad av bench/generate.py (plan {index}, form {shape}, frö {seed}).",
        "",
        "version: 1",
        f"organisation: {scalar(name)}",
    ]
    if rng.random() < 0.6:
        w.add(0, "kortnamn", "".join(part[0] for part in name.split()).upper())
    w.add(0, "typ", w.word(kind))
    w.add(0, "period", "{" + f"{w.word('från')}: {first}, till: {first + 3}" + "}")
    if rng.random() < 0.5:
        w.add(0, "uppdrag", "Handlingsplan enligt CEMR-deklarationen")
    w.lines.append("")
    w.add(0, "insatser", None if nodes else "[]")
    for position, node in enumerate(nodes):
        if position:
            w.lines.append("")
        write_initiative(w, node, place)
    text = w.text()

    if index % BROKEN_EVERY == 41:
        text = text.replace("\n  - id:", "\n  - id: [", 1)  # EK001: unclosed flow sequence
    elif index % BROKEN_EVERY == 83:
        text = text.replace("    ansvarig:", "    ansvarg:", 1)  # EK002 with a suggestion
    return text


def iter_plans(plans: int, per_plan: int, shape: str, seed: int) -> Iterator[tuple[str, str]]:
    """``(file name, YAML text)`` for each plan, in order."""
    width = max(4, len(str(plans - 1)))
    for index in range(plans):
        yield f"plan-{index:0{width}d}.yaml", plan_text(index, per_plan, shape, seed)


def read_manifest(out: Path) -> Manifest | None:
    """The manifest of an earlier run in ``out``, if there is a readable one."""
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        manifest = Manifest(**data)
    except (OSError, ValueError, TypeError):
        return None
    if all((out / name).is_file() for name in manifest.files):
        return manifest
    return None


def generate(out: Path, plans: int, per_plan: int, shape: str, seed: int) -> Manifest:
    """Write ``plans`` plan files of ``per_plan`` initiatives each into ``out``.

    Earlier ``plan-*.yaml`` files in ``out`` are removed first, so the folder holds
    exactly one generated set (and its manifest).
    """
    if plans < 1 or per_plan < 0:
        raise ValueError("need at least one plan and a non-negative number of initiatives")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("plan-*.yaml"):
        old.unlink()
    files: list[str] = []
    total = largest = 0
    for name, text in iter_plans(plans, per_plan, shape, seed):
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        files.append(name)
        total += len(data)
        largest = max(largest, len(data))
    manifest = Manifest(plans, per_plan, shape, seed, files, plans * per_plan, total, largest)
    (out / MANIFEST).write_text(json.dumps(manifest.__dict__, indent=1), encoding="utf-8")
    return manifest


def ensure(out: Path, plans: int, per_plan: int, shape: str, seed: int) -> Manifest:
    """Reuse the files in ``out`` when they were generated with these arguments."""
    manifest = read_manifest(out)
    if manifest is not None and manifest.matches(plans, per_plan, shape, seed):
        return manifest
    return generate(out, plans, per_plan, shape, seed)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python bench/generate.py OUT --plans N ...``."""
    parser = argparse.ArgumentParser(
        description="Generate realistic synthetic plan files for the benchmarks.",
        epilog=f"Check the result with: effektkedja check OUT --today {TODAY}",
    )
    parser.add_argument(
        "out",
        type=Path,
        metavar="OUT",
        help="folder to write plan-*.yaml into (earlier plan-*.yaml files there are replaced)",
    )
    parser.add_argument(
        "--plans", type=int, default=1, metavar="N", help="number of plan files (default: 1)"
    )
    parser.add_argument(
        "--initiatives-per-plan",
        type=int,
        default=50,
        metavar="M",
        help="initiatives in each plan (default: 50)",
    )
    parser.add_argument(
        "--shape",
        choices=SHAPES,
        default="simple",
        help="shape of the link graph (default: simple)",
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    args = parser.parse_args(argv)
    if args.plans < 1 or args.initiatives_per_plan < 0:
        parser.error("--plans must be at least 1 and --initiatives-per-plan at least 0")
    manifest = generate(args.out, args.plans, args.initiatives_per_plan, args.shape, args.seed)
    print(
        f"{manifest.plans} plans, {manifest.initiatives} initiatives, "
        f"{manifest.bytes / 1e6:.1f} MB ({args.shape}, seed {args.seed}) in {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
