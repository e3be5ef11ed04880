"""The findings view: gaps grouped by severity and rule, each with its advice and who acts.

Advice and titles come from the rules themselves (the registry); a rule that
gathers others (``Rule.folds``, EK109 gathering EK102) shows them under itself
when it fired, so a list of measures without links reads as one finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from effektkedja.domain import Level, Severity
from effektkedja.engine import PlanResult
from effektkedja.findings import Finding, describe
from effektkedja.rules import rule, rule_doc
from effektkedja.rules.base import Role
from effektkedja.views.texts import Texts

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
#: Organisation types led by elected politicians (the others by a head or a board).
POLITICAL = ("kommun", "region")


@dataclass(frozen=True, slots=True)
class FindingItem:
    """One finding under its rule."""

    initiative: str | None
    initiative_name: str | None
    where: str  # the initiative's id, "problemet …" or "hela planen"
    line: int
    column: int
    cell: str | None
    at: str
    message: str
    advice: str | None  # level-specific advice, where the rule has one
    problem: str | None = None  # the problem a finding on no initiative is about


@dataclass(frozen=True, slots=True)
class RuleGroup:
    """The findings of one rule, with the rule's title, advice and who takes the next step."""

    code: str
    title: str
    count: int
    advice: str | None
    roles: list[str]
    who: str | None
    more: str
    findings: list[FindingItem]
    folded: list[FindingItem]  # findings of rules this one gathers (EK109: the EK102s)
    folded_note: str | None


@dataclass(frozen=True, slots=True)
class SeverityGroup:
    severity: str
    label: str
    count: int
    rules: list[RuleGroup]


@dataclass(frozen=True, slots=True)
class AcceptedItem:
    """A finding the plan accepts with an ``undantag`` and its ``motivering``."""

    rule: str
    title: str
    initiative: str | None
    initiative_name: str | None
    line: int
    message: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class Counts:
    """Counted findings by severity, and accepted ones."""

    error: int
    warning: int
    info: int
    accepted: int

    def __getitem__(self, key: str) -> int:  # templates written for the dict form
        value: int = getattr(self, key)
        return value


@dataclass(frozen=True, slots=True)
class FindingsView:
    counts: Counts
    total: int
    groups: list[SeverityGroup]
    accepted: list[AcceptedItem]


def counts(findings: Sequence[Finding]) -> Counts:
    tally = {"error": 0, "warning": 0, "info": 0, "accepted": 0}
    for finding in findings:
        tally["accepted" if finding.accepted else finding.severity.value] += 1
    return Counts(**tally)


def rule_title(code: str, lang: str) -> str:
    return rule_doc(code, lang).title


def roles_text(roles: Sequence[Role], plan_type: str | None, t: Texts) -> str:
    """Who takes the next step, in words that fit the organisation type."""
    variant = "political" if plan_type is None or plan_type in POLITICAL else "other"
    labels = [
        t("role.strategist") if role is Role.STRATEGIST else t(f"role.{role.value}.{variant}")
        for role in roles
    ]
    return t.join(labels)


def findings_view(result: PlanResult, t: Texts) -> FindingsView:
    """The findings of one plan, grouped, with advice."""
    names: dict[str, str] = {}
    levels: dict[str, Level] = {}
    for item in reversed(result.initiatives):  # the first of a duplicated id wins
        names[item.id] = item.name
        levels[item.id] = item.level
    plan_type = result.facts.type if result.facts is not None else None

    def item_of(finding: Finding) -> FindingItem:
        advice = rule(finding.rule).advice
        level = levels.get(finding.initiative) if finding.initiative else None
        problem = finding.args.get("problem") if finding.initiative is None else None
        where = t("problem_ref", id=problem) if isinstance(problem, str) else t("plan_level")
        return FindingItem(
            initiative=finding.initiative,
            initiative_name=names.get(finding.initiative) if finding.initiative else None,
            where=finding.initiative or where,
            line=finding.line,
            column=finding.column,
            cell=finding.cell,
            at=finding.cell or t("at_line", line=finding.line),
            message=describe(finding, t.lang),
            advice=advice.for_level(level, t.lang) if advice else None,
            problem=problem if isinstance(problem, str) else None,
        )

    counted = [f for f in result.findings if not f.accepted]
    present = {f.rule for f in counted}
    folded_into = {
        code: folder for folder in present for code in rule(folder).folds if code in present
    }
    groups = []
    for severity in SEVERITIES:
        found = [f for f in counted if f.severity is severity and f.rule not in folded_into]
        rules = []
        for code in sorted({f.rule for f in found}):
            unit = rule(code)
            advice = unit.advice
            folded = [item_of(f) for f in counted if folded_into.get(f.rule) == code]
            rules.append(
                RuleGroup(
                    code=code,
                    title=rule_title(code, t.lang),
                    count=sum(1 for f in found if f.rule == code),
                    advice=advice.text(t.lang) if advice else None,
                    roles=[role.value for role in advice.roles] if advice else [],
                    who=roles_text(advice.roles, plan_type, t) if advice else None,
                    more=t("more_info", code=code),
                    findings=[item_of(f) for f in found if f.rule == code],
                    folded=folded,
                    folded_note=t("folded", count=t.count("finding", len(folded)))
                    if folded
                    else None,
                )
            )
        groups.append(
            SeverityGroup(
                severity=severity.value,
                label=t(f"severity.{severity.value}"),
                count=sum(group.count + len(group.folded) for group in rules),
                rules=rules,
            )
        )
    accepted = [
        AcceptedItem(
            rule=f.rule,
            title=rule_title(f.rule, t.lang),
            initiative=f.initiative,
            initiative_name=names.get(f.initiative) if f.initiative else None,
            line=f.line,
            message=describe(f, t.lang),
            reason=f.reason,
        )
        for f in result.findings
        if f.accepted
    ]
    tally = counts(result.findings)
    return FindingsView(
        counts=tally,
        total=tally.error + tally.warning + tally.info,
        groups=groups,
        accepted=accepted,
    )
