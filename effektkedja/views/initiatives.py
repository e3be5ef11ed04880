"""Each initiative as the reports show it, and the initiatives per level, chain and delmål.

An :class:`InitiativeView` holds an initiative's level and why (the basis in
words), its delmål, its result and its most severe finding. The sections per
level, the chain as rows (lowest step first, with where each link leads) and the
table per delmål are built from these views.
"""

from __future__ import annotations

from dataclasses import dataclass

from effektkedja.chain import Chain
from effektkedja.classify import Classification
from effektkedja.domain import LEVELS, Basis, Delmal, Level, Severity
from effektkedja.facts import InitiativeFacts
from effektkedja.findings import Finding
from effektkedja.messages import text
from effektkedja.model import Initiative
from effektkedja.views.goals import Goal, goal_view
from effektkedja.views.texts import Texts


@dataclass(frozen=True, slots=True)
class InitiativeView:
    index: int
    id: str
    node: str
    line: int
    name: str
    description: str | None
    owner: str | None
    status: str | None
    status_label: str | None
    level: str
    level_label: str
    declared: str | None
    inferred: str
    basis: str
    basis_text: str
    reasons: list[str]
    delmal: list[Goal]
    delmal_text: str
    target_group: str | None
    leads_to: list[str]
    reach: str
    measured: bool
    result: str | None  # planned | measured | improved | worsened (utfall and above)
    result_label: str | None
    severity: str | None
    findings: int


@dataclass(frozen=True, slots=True)
class LevelSection:
    value: str
    label: str
    note: str
    initiatives: list[InitiativeView]


@dataclass(frozen=True, slots=True)
class DelmalGoal:
    number: int
    short: str
    name: str
    covered: bool
    outcomes: list[str]
    others: list[str]


@dataclass(frozen=True, slots=True)
class DelmalView:
    goals: list[DelmalGoal]
    covered: int
    sentence: str
    overall: str


@dataclass(frozen=True, slots=True)
class ChainLink:
    """Where an initiative leads: the target's name and step, and how the link moves."""

    name: str
    level: str  # the target's step, as a label
    kind: str  # normal | skip | backward
    note: str | None  # "hoppar över steg", "går bakåt"; None for the next step


@dataclass(frozen=True, slots=True)
class ChainRow:
    """One initiative in the chain as text: its links and its findings (lowest step first)."""

    initiative: InitiativeView
    links: list[ChainLink]
    severity: str | None
    flag: str | None  # "Varning: 1 fynd": the most severe finding in words, with the count
    severity_label: str | None
    findings_text: str | None


def basis_text(cls: Classification, t: Texts) -> str:
    reasons = "; ".join(text(r, t.lang) for r in cls.reasons if r.key != "reason.declared")
    if cls.basis is Basis.DECLARED:
        if cls.inferred_basis in (Basis.EVIDENCE, Basis.TEXT) and cls.inferred != cls.declared:
            return t("basis_declared_differs", inferred=t.level_word(cls.inferred), reasons=reasons)
        if cls.inferred_basis is Basis.EVIDENCE:
            return t("basis_declared_supported", reasons=reasons)
        return t("basis_declared")
    if cls.basis is Basis.EVIDENCE:
        return t("basis_evidence", reasons=reasons)
    if cls.basis is Basis.TEXT:
        return t("basis_text", reasons=reasons)
    return t("basis_default")


def worst_severity(findings: list[Finding]) -> dict[str, Severity]:
    """The most severe counted finding of each initiative id."""
    worst: dict[str, Severity] = {}
    for finding in findings:
        if finding.accepted or finding.initiative is None:
            continue
        current = worst.get(finding.initiative)
        if current is None or finding.severity.weight > current.weight:
            worst[finding.initiative] = finding.severity
    return worst


def initiative_view(
    item: InitiativeFacts,
    initiative: Initiative,
    own: bool,
    severity: Severity | None,
    count: int,
    t: Texts,
) -> InitiativeView:
    """One initiative as the report shows it (``own``: the first of its id, see EK004)."""
    cls = item.classification
    goals = [goal_view(goal, t) for goal in initiative.delmal]
    status = initiative.status.value if initiative.status is not None else None
    return InitiativeView(
        index=item.index,
        id=item.id,
        node=f"n{item.index}",
        line=item.line,
        name=item.name,
        description=initiative.description,
        owner=item.owner,
        status=status,
        status_label=t(f"status.{status}") if status is not None else None,
        level=cls.level.value,
        level_label=t.level(cls.level),
        declared=cls.declared.value if cls.declared is not None else None,
        inferred=cls.inferred.value,
        basis=cls.basis.value,
        basis_text=basis_text(cls, t),
        reasons=[text(reason, t.lang) for reason in cls.reasons],
        delmal=goals,
        delmal_text=", ".join(f"{g.number} {g.short}" for g in goals),
        target_group=initiative.target_group,
        leads_to=list(initiative.leads_to),
        reach=item.reach.value,
        measured=item.sex_disaggregated,
        result=item.result.value if item.result is not None else None,
        result_label=t(f"result.{item.result.value}") if item.result is not None else None,
        # With duplicate ids (EK004) findings are attributed to the first initiative.
        severity=severity.value if severity is not None and own else None,
        findings=count if own else 0,
    )


def delmal_view(initiatives: list[InitiativeView], t: Texts) -> DelmalView:
    """Per delmål: the initiatives naming it, utfall and above apart from the others."""
    goals = []
    for goal in Delmal:
        outcomes: list[str] = []
        others: list[str] = []
        for item in initiatives:
            if any(g.number == goal.value for g in item.delmal):
                (outcomes if Level(item.level).is_outcome else others).append(item.id)
        base = goal_view(goal, t)
        goals.append(
            DelmalGoal(base.number, base.short, base.name, bool(outcomes), outcomes, others)
        )
    covered = sum(1 for goal in goals if goal.covered)
    sentence = t("s_delmal", covered=covered) if covered else t("s_delmal_none")
    return DelmalView(goals, covered, sentence, t("s_delmal_goal"))


def chain_rows(initiatives: list[InitiativeView], chain: Chain, t: Texts) -> list[ChainRow]:
    """The chain as rows, one per initiative from aktivitet up, for every layout's table."""
    links: dict[int, list[ChainLink]] = {}
    for link in chain.links:
        kind = chain.kind(link)
        if kind is None or link.target is None:
            continue
        target = initiatives[link.target]
        note = t.table.get(f"link_kind.{kind.value}")
        links.setdefault(link.source, []).append(
            ChainLink(target.name, target.level_label, kind.value, note)
        )
    rows = []
    for item in sorted(initiatives, key=lambda i: Level(i.level).rank):
        severity = item.severity
        label = t(f"severity_one.{severity}").capitalize() if severity is not None else None
        counted = t.count("finding", item.findings) if severity is not None else None
        rows.append(
            ChainRow(
                initiative=item,
                links=links.get(item.index, []),
                severity=severity,
                flag=t("html_flag", severity=label, count=counted) if severity else None,
                severity_label=label,
                findings_text=counted,
            )
        )
    return rows


def level_sections(initiatives: list[InitiativeView], t: Texts) -> list[LevelSection]:
    """The initiatives per level, one section for each of the five levels."""
    return [
        LevelSection(
            value=level.value,
            label=t.level(level),
            note=t.table.get(f"level_note.{level.value}", ""),
            initiatives=[i for i in initiatives if i.level == level.value],
        )
        for level in LEVELS
    ]
