"""The report context: check results turned into plain data for a template.

:func:`build_context` gives dicts, lists, strings, numbers, booleans and None
only, so that any jinja2 template (the bundled one or a user's) can use it
without knowing the engine. Every text is raw, exactly as the plan or the
catalogue has it: templates escape at the point of use (``md``, ``cell``,
``code``, ``mermaid_label``; see :mod:`effektkedja.report.escape`). The shape is
documented for template authors in ``docs/report-context.md``.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Sequence
from datetime import date
from typing import Any

from effektkedja import __version__
from effektkedja.chain import Chain
from effektkedja.classify import Classification
from effektkedja.domain import LEVELS, Basis, Delmal, Level, Severity
from effektkedja.engine import InitiativeResult, PlanResult, Summary
from effektkedja.findings import Finding
from effektkedja.messages import render, text
from effektkedja.model import Indicator, Initiative, Plan, Point
from effektkedja.portfolio import GOALS, Organisation, common_findings, organisation
from effektkedja.report import figures
from effektkedja.report.advice import Role, advice_for
from effektkedja.report.texts import TEXTS
from effektkedja.rules import RULES, rule_doc

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
#: Organisation types led by elected politicians (the others by a head or a board).
POLITICAL = ("kommun", "region")
#: Longest initiative name shown in a diagram box; the tables show the whole name.
LABEL_LENGTH = 70
#: Above these sizes a Mermaid diagram is not readable (and GitHub may refuse it).
DIAGRAM_MAX_NODES = 120
DIAGRAM_MAX_EDGES = 300
STAIRCASE_WIDTH = 24
STAIRCASE_STEP = 3
#: A portfolio report of more plans than this leaves out the per-plan sections:
#: past some fifteen plans the report is too long to read, and each plan has its own.
PORTFOLIO_PLAN_SECTIONS = 15
#: How many rules the portfolio's table of the most common findings shows.
PORTFOLIO_TOP_RULES = 10
#: The rules that say a file could not be read as a plan.
UNREADABLE_RULES = ("EK001", "EK002")

CLASS_STYLES = {
    Severity.ERROR: "fill:#fee2e2,stroke:#b91c1c,color:#111827",
    Severity.WARNING: "fill:#fef3c7,stroke:#b45309,color:#111827",
    Severity.INFO: "fill:#e0f2fe,stroke:#0369a1,color:#111827",
}
ARROWS = {"normal": "-->", "skip": "-.->", "backward": "==>"}
LINK_STYLES = {
    "skip": "stroke:#b45309,stroke-width:2px",
    "backward": "stroke:#b91c1c,stroke-width:3px",
}


class Texts:
    """The report texts of one language, with counting and list helpers."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.table = TEXTS[lang]

    def __call__(self, key: str, **args: Any) -> str:
        return self.table[key].format(**args)

    def count(self, noun: str, n: int) -> str:
        """``n`` with ``noun`` in singular or plural ("1 insats", "3 insatser")."""
        form = "one" if n == 1 else "other"
        return self(f"n.{noun}.{form}", n=n)

    def join(self, items: Sequence[str], word: str = "and") -> str:
        """``a, b och c``; with ``word="or"``: ``a, b eller c``."""
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + f" {self(word)} " + items[-1]

    def level(self, level: Level) -> str:
        return self(f"level.{level.value}")


def build_context(
    results: Sequence[PlanResult],
    summary: Summary,
    lang: str,
    today: date,
    portfolio: bool = False,
) -> dict[str, Any]:
    """The context of a report on ``results`` (documented in ``docs/report-context.md``).

    With ``portfolio`` the report is a portfolio report: the roll-up across the
    plans (``portfolio``) comes first, then the plans one by one unless there are
    more than :data:`PORTFOLIO_PLAN_SECTIONS` of them. The ``portfolio`` key is
    there either way, so that a template can always use it.
    """
    t = Texts(lang)
    plans = [_plan(result, t, today) for result in results]
    several = len(plans) != 1
    if portfolio:
        title = t("title_portfolio", plans=t.count("plan", len(plans)))
    elif several:
        title = t("title_many", count=len(plans))
    elif plans[0]["readable"]:
        title = t("title_one", organisation=plans[0]["title"])
    else:
        title = plans[0]["title"]
    return {
        "lang": lang,
        "today": today.isoformat(),
        "version": __version__,
        "t": dict(t.table),
        "title": title,
        "several": several,
        "combined": _combined(plans, summary, t),
        "portfolio": _portfolio(results, plans, summary, t, portfolio),
        "plans": plans,
        "footer": t("footer", version=__version__, date=today.isoformat()),
    }


# --- one plan ------------------------------------------------------------------------------


def _plan(result: PlanResult, t: Texts, today: date) -> dict[str, Any]:
    plan, chain = result.plan, result.chain
    counted = [f for f in result.findings if not f.accepted]
    findings = _findings(result, t)
    if plan is None or chain is None:
        name = result.organisation
        return {
            "path": result.path,
            "readable": False,
            "title": name if name else t("title_unreadable", path=result.path),
            "facts": _facts(result, None, t, today),
            "summary": _empty_summary(result, t),
            "diagram": _empty_diagram(),
            "levels": [
                {"value": level.value, "label": t.level(level), "note": "", "initiatives": []}
                for level in LEVELS
            ],
            "initiatives": [],
            "indicators": [],
            "any_share": False,
            "findings": findings,
            "delmal": {"goals": [], "covered": 0, "sentence": "", "overall": t("s_delmal_goal")},
        }
    severity = _worst_severity(counted)
    per_id: dict[str, int] = {}
    for finding in counted:
        if finding.initiative is not None:
            per_id[finding.initiative] = per_id.get(finding.initiative, 0) + 1
    initiatives = [
        _initiative(item, plan.initiatives[item.index], chain, severity, per_id, t)
        for item in result.initiatives
    ]
    indicators = [
        _indicator(item, indicator, t)
        for item in result.initiatives
        for indicator in plan.initiatives[item.index].indicators
    ]
    return {
        "path": result.path,
        "readable": True,
        "title": plan.organisation,
        "facts": _facts(result, plan, t, today),
        "summary": _summary(result, plan, chain, t),
        "diagram": _diagram(initiatives, chain, t),
        "levels": [
            {
                "value": level.value,
                "label": t.level(level),
                "note": t.table.get(f"level_note.{level.value}", ""),
                "initiatives": [i for i in initiatives if i["level"] == level.value],
            }
            for level in LEVELS
        ],
        "initiatives": initiatives,
        "indicators": indicators,
        "any_share": any(p["share"] is not None for i in indicators for p in i["points"]),
        "findings": findings,
        "delmal": _delmal(initiatives, t),
    }


def _facts(result: PlanResult, plan: Plan | None, t: Texts, today: date) -> dict[str, Any]:
    organisation = plan.organisation if plan is not None else result.organisation
    period = None
    kind = None
    if plan is not None:
        kind = plan.type.value if plan.type is not None else None
        if plan.period is not None:
            start, end = plan.period.start, plan.period.end
            if start is not None and end is not None:
                period = t("period_both", start=start.text, end=end.text)
            elif start is not None:
                period = t("period_from", start=start.text)
            elif end is not None:
                period = t("period_to", end=end.text)
    facts: dict[str, Any] = {
        "organisation": organisation,
        "short_name": plan.short_name if plan is not None else None,
        "type": kind,
        "type_label": t(f"type.{kind}") if kind is not None else None,
        "period": period,
        "assignment": plan.assignment if plan is not None else None,
        "path": result.path,
        "report_date": today.isoformat(),
    }
    rows = [
        ("fact_organisation", facts["organisation"]),
        ("fact_short_name", facts["short_name"]),
        ("fact_type", facts["type_label"]),
        ("fact_period", facts["period"]),
        ("fact_assignment", facts["assignment"]),
        ("fact_file", facts["path"]),
        ("fact_report_date", facts["report_date"]),
    ]
    facts["list"] = [{"label": t(key), "value": value} for key, value in rows if value]
    return facts


# --- summary -------------------------------------------------------------------------------


def chain_starts(chain: Chain) -> list[int]:
    """Where each chain starts: initiatives nothing leads to, then one per unreached cycle.

    Every initiative belongs to at least one chain this way, even in a plan whose
    links form a cycle with no way in (EK006).
    """
    size = len(chain.initiatives)
    seen = [False] * size
    starts: list[int] = []

    def mark(start: int) -> None:
        queue = deque([start])
        seen[start] = True
        while queue:
            node = queue.popleft()
            for nxt in chain.successors[node]:
                if not seen[nxt]:
                    seen[nxt] = True
                    queue.append(nxt)

    for root in chain.roots:
        starts.append(root)
        mark(root)
    for index in range(size):
        if not seen[index]:
            starts.append(index)
            mark(index)
    return starts


def _measured(initiative: Initiative) -> bool:
    """True when an indicator has a point with values for women and men."""
    return any(
        point.has_sexes for indicator in initiative.indicators for point in _points(indicator)
    )


def _findings_sentence(counts: dict[str, int], t: Texts) -> str:
    if not any(counts.values()):
        return t("s_findings_none")
    args = {
        "errors": t.count("error", counts["error"]),
        "warnings": t.count("warning", counts["warning"]),
        "infos": t.count("info", counts["info"]),
    }
    if counts["accepted"]:
        return t("s_findings_accepted", accepted=t.count("accepted", counts["accepted"]), **args)
    return t("s_findings", **args)


def _counts(findings: Sequence[Finding]) -> dict[str, int]:
    counts = {severity.value: 0 for severity in SEVERITIES}
    counts["accepted"] = 0
    for finding in findings:
        if finding.accepted:
            counts["accepted"] += 1
        else:
            counts[finding.severity.value] += 1
    return counts


def _summary(result: PlanResult, plan: Plan, chain: Chain, t: Texts) -> dict[str, Any]:
    levels = chain.levels
    total = len(levels)
    starts = chain_starts(chain)
    tops = [chain.reach[start] for start in starts]
    reaching = sum(1 for level in chain.reach if level.is_outcome)
    outcomes = [i for i, level in enumerate(levels) if level.is_outcome]
    measured = sum(1 for i in outcomes if _measured(plan.initiatives[i]))
    chains_outcome = sum(1 for level in tops if level.is_outcome)
    counts = _counts(result.findings)
    rows = []
    for level in LEVELS:
        count = sum(1 for x in levels if x is level)
        rows.append(
            {
                "value": level.value,
                "label": t.level(level),
                "short": t(f"level_short.{level.value}"),
                "count": count,
                "share": round(100 * count / total, 1) if total else 0.0,
                "share_text": figures.format_percent(100 * count / total, t.lang) if total else "–",
                "chains": sum(1 for x in tops if x is level),
            }
        )
    sentences: list[str] = []
    if not total:
        sentences.append(t("s_no_initiatives"))
    else:
        sentences.append(t("s_reach", reached=reaching, total=t.count("initiative", total)))
        sentences.append(_chains_sentence(tops, t))
        if outcomes:
            sentences.append(t("s_measured", measured=measured, outcomes=len(outcomes)))
        else:
            sentences.append(t("s_no_outcome"))
    sentences.append(_findings_sentence(counts, t))
    return {
        "initiatives": total,
        "levels": rows,
        "staircase": _staircase(rows),
        "reaching": reaching,
        "chains": len(starts),
        "chains_outcome": chains_outcome,
        "outcomes": len(outcomes),
        "measured": measured,
        "findings": counts,
        "sentences": sentences,
    }


def _chains_sentence(tops: list[Level], t: Texts) -> str:
    """ "3 av 5 kedjor når utfall eller samhällseffekt; 1 kedja stannar vid aktivitet och 1 vid
    produkt." """
    if len(tops) == 1:
        key = "s_chains_one_reaches" if tops[0].is_outcome else "s_chains_one_stops"
        return t(key, level=_level_word(tops[0], t))
    outcome = sum(1 for level in tops if level.is_outcome)
    sentence = t("s_chains", outcome=outcome, chains=t.count("chain", len(tops)))
    stops = [
        (level, sum(1 for x in tops if x is level)) for level in LEVELS if not level.is_outcome
    ]
    stops = [(level, n) for level, n in stops if n]
    parts = []
    for position, (level, n) in enumerate(stops):
        name = _level_word(level, t)
        if position == 0:
            parts.append(t("s_stops_first", chains=t.count("chain", n), level=name))
        else:
            parts.append(t("s_stops_next", n=n, level=name))
    if parts:
        sentence += "; " + t.join(parts)
    return sentence + "."


def _level_word(level: Level, t: Texts) -> str:
    """A level inside a sentence: "produkt" in Swedish, "product (produkt)" in English."""
    label = t.level(level)
    return label.lower() if t.lang == "sv" else label[0].lower() + label[1:]


def _staircase(rows: list[dict[str, Any]]) -> list[str]:
    """Initiatives per level as bars climbing from aktivitet up to samhällseffekt."""
    peak = max((row["count"] for row in rows), default=0) or 1
    width = max(len(row["short"]) for row in rows)
    lines = []
    for rank, row in reversed(list(enumerate(rows))):
        count = row["count"]
        bar = "█" * max(1 if count else 0, round(STAIRCASE_WIDTH * count / peak))
        indent = " " * (STAIRCASE_STEP * rank)
        lines.append(f"{row['short'].ljust(width)}  {indent}{bar or '·'} {count}")
    return lines


def _empty_summary(result: PlanResult, t: Texts) -> dict[str, Any]:
    counts = _counts(result.findings)
    rows = [
        {
            "value": level.value,
            "label": t.level(level),
            "short": t(f"level_short.{level.value}"),
            "count": 0,
            "share": 0.0,
            "share_text": "–",
            "chains": 0,
        }
        for level in LEVELS
    ]
    return {
        "initiatives": 0,
        "levels": rows,
        "staircase": [],
        "reaching": 0,
        "chains": 0,
        "chains_outcome": 0,
        "outcomes": 0,
        "measured": 0,
        "findings": counts,
        "sentences": [_findings_sentence(counts, t)],
    }


# --- initiatives ---------------------------------------------------------------------------


def _worst_severity(counted: list[Finding]) -> dict[str, Severity]:
    """The most severe counted finding of each initiative id."""
    worst: dict[str, Severity] = {}
    for finding in counted:
        if finding.initiative is None:
            continue
        current = worst.get(finding.initiative)
        if current is None or finding.severity.weight > current.weight:
            worst[finding.initiative] = finding.severity
    return worst


def _basis_text(cls: Classification, t: Texts) -> str:
    reasons = "; ".join(text(r, t.lang) for r in cls.reasons if r.key != "reason.declared")
    if cls.basis is Basis.DECLARED:
        if cls.inferred_basis in (Basis.EVIDENCE, Basis.TEXT) and cls.inferred != cls.declared:
            return t(
                "basis_declared_differs", inferred=_level_word(cls.inferred, t), reasons=reasons
            )
        if cls.inferred_basis is Basis.EVIDENCE:
            return t("basis_declared_supported", reasons=reasons)
        return t("basis_declared")
    if cls.basis is Basis.EVIDENCE:
        return t("basis_evidence", reasons=reasons)
    if cls.basis is Basis.TEXT:
        return t("basis_text", reasons=reasons)
    return t("basis_default")


def _goal(goal: Delmal, t: Texts) -> dict[str, Any]:
    number = goal.value
    return {
        "number": number,
        "short": t(f"delmal_short.{number}"),
        "name": t(f"delmal.{number}"),
    }


def _initiative(
    item: InitiativeResult,
    initiative: Initiative,
    chain: Chain,
    worst: dict[str, Severity],
    per_id: dict[str, int],
    t: Texts,
) -> dict[str, Any]:
    cls = item.classification
    goals = [_goal(goal, t) for goal in initiative.delmal]
    status = initiative.status.value if initiative.status is not None else None
    severity = worst.get(initiative.id)
    # With duplicate ids (EK004) findings are attributed to the first initiative.
    own = chain.index.get(initiative.id) == item.index
    return {
        "index": item.index,
        "id": initiative.id,
        "node": f"n{item.index}",
        "line": item.line,
        "name": initiative.name,
        "description": initiative.description,
        "owner": initiative.owner,
        "status": status,
        "status_label": t(f"status.{status}") if status is not None else None,
        "level": cls.level.value,
        "level_label": t.level(cls.level),
        "declared": cls.declared.value if cls.declared is not None else None,
        "inferred": cls.inferred.value,
        "basis": cls.basis.value,
        "basis_text": _basis_text(cls, t),
        "reasons": [text(reason, t.lang) for reason in cls.reasons],
        "delmal": goals,
        "delmal_text": ", ".join(f"{g['number']} {g['short']}" for g in goals),
        "target_group": initiative.target_group,
        "leads_to": list(initiative.leads_to),
        "reach": chain.reach[item.index].value,
        "measured": _measured(initiative),
        "severity": severity.value if severity is not None and own else None,
        "findings": per_id.get(initiative.id, 0) if own else 0,
    }


# --- the diagram ---------------------------------------------------------------------------


def _empty_diagram() -> dict[str, Any]:
    return {
        "shown": False,
        "too_large": False,
        "columns": [],
        "edges": [],
        "spacers": [],
        "classes": [],
        "link_styles": [],
        "legend": [],
        "note": "",
    }


def _label(initiative: dict[str, Any]) -> str:
    name: str = initiative["name"]
    name = " ".join(name.split())
    if len(name) > LABEL_LENGTH:
        name = name[: LABEL_LENGTH - 1].rstrip() + "…"
    if initiative["severity"] in (Severity.ERROR.value, Severity.WARNING.value):
        name = "⚠ " + name
    return name


def _diagram(initiatives: list[dict[str, Any]], chain: Chain, t: Texts) -> dict[str, Any]:
    """The chain as data for a Mermaid flowchart: one column (subgraph) per level."""
    diagram = _empty_diagram()
    edges: list[dict[str, Any]] = []
    for link in chain.links:
        if link.target is None:
            continue
        here, there = chain.levels[link.source], chain.levels[link.target]
        kind = "backward" if there < here else "skip" if there.rank - here.rank >= 2 else "normal"
        edges.append(
            {
                "index": len(edges),
                "source": f"n{link.source}",
                "target": f"n{link.target}",
                "kind": kind,
                "arrow": ARROWS[kind],
            }
        )
    if not initiatives:
        diagram["note"] = t("chain_empty")
        return diagram
    if len(initiatives) > DIAGRAM_MAX_NODES or len(edges) > DIAGRAM_MAX_EDGES:
        diagram["too_large"] = True
        diagram["note"] = t("chain_too_large", nodes=len(initiatives), edges=len(edges))
        return diagram

    columns: list[dict[str, Any]] = []
    for rank, level in enumerate(LEVELS, start=1):
        nodes = [
            {"id": i["node"], "label": _label(i), "initiative": i["id"], "severity": i["severity"]}
            for i in initiatives
            if i["level"] == level.value
        ]
        if nodes:
            columns.append(
                {"id": f"s{rank}", "level": level.value, "label": t.level(level), "nodes": nodes}
            )

    # Invisible links keep each column to the right of the one before it: a node
    # that nothing below it leads to would otherwise be drawn in the first column.
    rank_of = {i["node"]: Level(i["level"]).rank for i in initiatives}
    fed = {e["target"] for e in edges if rank_of[e["source"]] < rank_of[e["target"]]}
    spacers: list[dict[str, Any]] = []
    for previous, column in zip(columns, columns[1:], strict=False):
        anchor = previous["nodes"][0]["id"]
        for node in column["nodes"]:
            if node["id"] not in fed:
                spacers.append(
                    {"index": len(edges) + len(spacers), "source": anchor, "target": node["id"]}
                )

    classes = []
    for severity in SEVERITIES:
        members = [i["node"] for i in initiatives if i["severity"] == severity.value]
        if members:
            classes.append(
                {"name": f"sev_{severity.value}", "style": CLASS_STYLES[severity], "nodes": members}
            )
    link_styles = []
    for kind in ("skip", "backward"):
        indices = [e["index"] for e in edges if e["kind"] == kind]
        if indices:
            link_styles.append({"kind": kind, "indices": indices, "style": LINK_STYLES[kind]})

    legend = [t("legend_normal")]
    if any(e["kind"] == "skip" for e in edges):
        legend.append(t("legend_skip"))
    if any(e["kind"] == "backward" for e in edges):
        legend.append(t("legend_backward"))
    if classes:
        legend.append(t("legend_flagged"))
    diagram.update(
        shown=True,
        columns=columns,
        edges=edges,
        spacers=spacers,
        classes=classes,
        link_styles=link_styles,
        legend=legend,
        note=t("chain_intro"),
    )
    return diagram


# --- indicators ----------------------------------------------------------------------------


def _points(indicator: Indicator) -> list[Point]:
    measurements = sorted(indicator.measurements, key=lambda p: (p.first_day, p.last_day))
    points = [indicator.baseline] if indicator.baseline is not None else []
    points.extend(measurements)
    if indicator.target is not None:
        points.append(indicator.target)
    return points


def _number(value: float | None, lang: str) -> str | None:
    return figures.format_number(value, lang) if value is not None else None


def _trend_label(trend: str | None, point_kind: str, t: Texts) -> str | None:
    """ "↘ minskar"; for the target "↘ ska minska" (planned, not observed)."""
    if trend is None:
        return None
    return t(f"trend_target.{trend}" if point_kind == "target" else f"trend.{trend}")


def _indicator(item: InitiativeResult, indicator: Indicator, t: Texts) -> dict[str, Any]:
    lang = t.lang
    youth = any(p.girls is not None or p.boys is not None for p in _points(indicator))
    female, male = ("sex.girls", "sex.boys") if youth else ("sex.female", "sex.male")
    female_word, male_word = t(female), t(male)
    kind = figures.share_kind(indicator.unit)
    kinds = []
    if indicator.baseline is not None:
        kinds.append("baseline")
    kinds.extend("measurement" for _ in indicator.measurements)
    if indicator.target is not None:
        kinds.append("target")

    points: list[dict[str, Any]] = []
    previous: tuple[float, int] | None = None
    rates = False
    for point_kind, point in zip(kinds, _points(indicator), strict=True):
        value_f, value_m = point.female, point.male
        gap = figures.gap(value_f, value_m)
        trend = None
        places = 0
        if gap is not None and value_f is not None and value_m is not None:
            places = figures.gap_decimals(value_f, value_m)
            if previous is not None:
                trend = figures.trend(previous[0], gap, max(places, previous[1]))
            previous = (gap, places)
        share = figures.share(value_f, value_m, kind)
        if kind == "procent" and figures.percentages_are_rates(value_f, value_m):
            rates = True
        balance = None
        if share is not None:
            balance = share.balance
            if youth and balance != "even":
                balance = "girls" if balance == "women" else "boys"
        points.append(
            {
                "kind": point_kind,
                "kind_label": t(f"point.{point_kind}"),
                "when": point.when,
                "female": value_f,
                "male": value_m,
                "total": point.total,
                "female_text": _number(value_f, lang),
                "male_text": _number(value_m, lang),
                "total_text": _number(point.total, lang),
                "gap": gap,
                "gap_text": figures.format_number(gap, lang, digits=places, signed=True)
                if gap is not None
                else None,
                "trend": trend,
                "arrow": figures.ARROWS[trend] if trend is not None else None,
                "trend_label": _trend_label(trend, point_kind, t),
                "share": share.percent if share is not None else None,
                "share_text": figures.format_percent(share.percent, lang)
                if share is not None
                else None,
                "balance": balance,
                "balance_label": t(f"balance.{balance}") if balance is not None else None,
            }
        )

    sentences = []
    gapped = [p for p in points if p["gap"] is not None]
    base = next((p for p in gapped if p["kind"] == "baseline"), None)
    latest = next((p for p in reversed(gapped) if p["kind"] == "measurement"), None)
    if base is not None and latest is not None:
        places = max(figures.gap_decimals(p["female"], p["male"]) for p in (base, latest))
        change = figures.trend(base["gap"], latest["gap"], places) or "same"
        sentences.append(
            t(
                "s_gap_change",
                **{"from": base["when"], "to": latest["when"]},
                female=female_word,
                male=male_word,
                change=t(f"change.{change}"),
                before=base["gap_text"],
                after=latest["gap_text"],
            )
        )
    target = next((p for p in gapped if p["kind"] == "target"), None)
    if target is not None:
        sentences.append(t("s_target_gap", when=target["when"], gap=target["gap_text"]))
    if rates:
        sentences.append(t("s_rates", female=female_word, male=male_word))
    if indicator.scope.value == "samhälle":
        sentences.append(t("s_society_indicator"))

    return {
        "initiative": item.id,
        "initiative_name": item.name,
        "level": item.classification.level.value,
        "name": indicator.name,
        "source": indicator.source,
        "unit": indicator.unit,
        "scope": indicator.scope.value,
        "scope_label": t(f"scope.{indicator.scope.value}"),
        "direction": indicator.direction.value,
        "direction_label": t(f"direction.{indicator.direction.value}"),
        "female_word": female_word,
        "male_word": male_word,
        "female_label": female_word.capitalize(),
        "male_label": male_word.capitalize(),
        "gap_label": t("col_gap", female=female_word, male=male_word),
        "share_label": t("col_share_female", female=female_word),
        "share_kind": kind,
        "has_total": any(p["total"] is not None for p in points),
        "has_share": any(p["share"] is not None for p in points),
        "points": points,
        "sentences": sentences,
    }


# --- findings and advice -------------------------------------------------------------------


def _roles(roles: Sequence[Role], plan_type: str | None, t: Texts) -> str:
    variant = "political" if plan_type is None or plan_type in POLITICAL else "other"
    labels = []
    for role in roles:
        key = "role.strategist" if role is Role.STRATEGIST else f"role.{role.value}.{variant}"
        labels.append(t(key))
    return t.join(labels)


def _rule_title(code: str, lang: str) -> str:
    try:
        return rule_doc(code, lang).title
    except (OSError, KeyError):
        info = RULES.get(code)
        return info.name if info is not None else code


def _findings(result: PlanResult, t: Texts) -> dict[str, Any]:
    plan = result.plan
    names = {}
    levels: dict[str, Level] = {}
    plan_type = None
    if plan is not None:
        plan_type = plan.type.value if plan.type is not None else None
        for item in reversed(result.initiatives):  # the first of a duplicated id wins
            names[item.id] = item.name
            levels[item.id] = item.classification.level
    groups = []
    for severity in SEVERITIES:
        found = [f for f in result.findings if not f.accepted and f.severity is severity]
        rules = []
        for code in sorted({f.rule for f in found}):
            advice = advice_for(code)
            items = []
            for finding in (f for f in found if f.rule == code):
                level = levels.get(finding.initiative) if finding.initiative else None
                items.append(
                    {
                        "initiative": finding.initiative,
                        "initiative_name": names.get(finding.initiative)
                        if finding.initiative
                        else None,
                        "where": finding.initiative or t("plan_level"),
                        "line": finding.line,
                        "column": finding.column,
                        "at": t("at_line", line=finding.line),
                        "message": render(finding.message, finding.args, t.lang),
                        "advice": advice.for_level(level, t.lang) if advice else None,
                    }
                )
            rules.append(
                {
                    "code": code,
                    "title": _rule_title(code, t.lang),
                    "count": len(items),
                    "advice": advice.text(t.lang) if advice else None,
                    "roles": [role.value for role in advice.roles] if advice else [],
                    "who": _roles(advice.roles, plan_type, t) if advice else None,
                    "more": t("more_info", code=code),
                    "findings": items,
                }
            )
        groups.append(
            {
                "severity": severity.value,
                "label": t(f"severity.{severity.value}"),
                "count": len(found),
                "rules": rules,
            }
        )
    accepted = [
        {
            "rule": f.rule,
            "title": _rule_title(f.rule, t.lang),
            "initiative": f.initiative,
            "initiative_name": names.get(f.initiative) if f.initiative else None,
            "line": f.line,
            "message": render(f.message, f.args, t.lang),
            "reason": f.reason,
        }
        for f in result.findings
        if f.accepted
    ]
    counts = _counts(result.findings)
    return {
        "counts": counts,
        "total": counts["error"] + counts["warning"] + counts["info"],
        "groups": groups,
        "accepted": accepted,
    }


# --- delmål --------------------------------------------------------------------------------


def _delmal(initiatives: list[dict[str, Any]], t: Texts) -> dict[str, Any]:
    goals = []
    for goal in Delmal:
        outcomes: list[str] = []
        others: list[str] = []
        for item in initiatives:
            if any(g["number"] == goal.value for g in item["delmal"]):
                (outcomes if Level(item["level"]).is_outcome else others).append(item["id"])
        goals.append(
            {**_goal(goal, t), "covered": bool(outcomes), "outcomes": outcomes, "others": others}
        )
    covered = sum(1 for goal in goals if goal["covered"])
    sentence = t("s_delmal", covered=covered) if covered else t("s_delmal_none")
    return {"goals": goals, "covered": covered, "sentence": sentence, "overall": t("s_delmal_goal")}


# --- several plans -------------------------------------------------------------------------


def _combined(plans: list[dict[str, Any]], summary: Summary, t: Texts) -> dict[str, Any]:
    rows = []
    for plan in plans:
        counts = plan["findings"]["counts"]
        rows.append(
            {
                "title": plan["title"]
                if plan["readable"]
                else plan["facts"]["organisation"] or plan["path"],
                "path": plan["path"],
                "readable": plan["readable"],
                "initiatives": plan["summary"]["initiatives"],
                "levels": [row["count"] for row in plan["summary"]["levels"]],
                "reaching": plan["summary"]["reaching"],
                "errors": counts["error"],
                "warnings": counts["warning"],
                "infos": counts["info"],
                "accepted": counts["accepted"],
            }
        )
    readable = [plan for plan in plans if plan["readable"]]
    with_outcome = sum(1 for plan in readable if plan["summary"]["outcomes"])
    unreadable = len(plans) - len(readable)
    sentences = [
        t(
            "s_combined_plans",
            plans=t.count("plan", len(plans)),
            initiatives=t.count("initiative", summary.initiatives),
        )
    ]
    if summary.initiatives:
        sentences.append(
            t(
                "s_reach",
                reached=summary.reaching_outcome,
                total=t.count("initiative", summary.initiatives),
            )
        )
    if readable:
        sentences.append(
            t(
                "s_combined_outcome",
                with_outcome=with_outcome,
                readable=t.count("plan", len(readable)),
            )
        )
    if unreadable:
        sentences.append(t("s_combined_unreadable", count=t.count("plan", unreadable)))
    totals = {"error": summary.errors, "warning": summary.warnings, "info": summary.infos}
    sentences.append(_findings_sentence({**totals, "accepted": summary.accepted}, t))
    return {
        "levels": [{"value": level.value, "label": t.level(level)} for level in LEVELS],
        "rows": rows,
        "totals": {
            "plans": summary.plans,
            "initiatives": summary.initiatives,
            "levels": [summary.levels[level] for level in LEVELS],
            "reaching": summary.reaching_outcome,
            "errors": summary.errors,
            "warnings": summary.warnings,
            "infos": summary.infos,
            "accepted": summary.accepted,
        },
        "sentences": sentences,
    }


# --- portfolio -----------------------------------------------------------------------------


def _ratio(part: int, whole: int, t: Texts) -> str | None:
    """ "91 % (10 av 11)"; None when there is nothing to divide by."""
    if not whole:
        return None
    percent = figures.format_percent(round(100 * part / whole), t.lang)
    return t("share_of", percent=percent, part=part, whole=whole)


def _portfolio_row(row: Organisation, plan: dict[str, Any], t: Texts) -> dict[str, Any]:
    title = plan["title"] if plan["readable"] else plan["facts"]["organisation"] or plan["path"]
    return {
        "title": title,
        "path": row.path,
        "readable": row.valid,
        "type": row.type,
        "type_label": t(f"type.{row.type}") if row.type is not None else None,
        "initiatives": row.initiatives,
        "levels": [row.levels[level] for level in LEVELS],
        "reaching": row.reaching_outcome,
        "reaching_share": row.reaching_share,
        "reaching_text": _ratio(row.reaching_outcome, row.initiatives, t),
        "outcomes": row.outcomes,
        "outcome_indicators": row.outcome_indicators,
        "disaggregated": row.sex_disaggregated,
        "disaggregated_share": row.sex_disaggregated_share,
        "disaggregated_text": _ratio(row.sex_disaggregated, row.outcome_indicators, t),
        "delmal": list(row.delmal),
        "errors": row.errors,
        "warnings": row.warnings,
        "infos": row.infos,
        "accepted": row.accepted,
    }


def _unreadable(result: PlanResult, title: str, t: Texts) -> dict[str, Any]:
    """Why a plan could not be read: its first EK001/EK002 finding and how many more."""
    reasons = [f for f in result.findings if f.rule in UNREADABLE_RULES and not f.accepted]
    if not reasons:  # --ignore EK001 leaves the file unread but says nothing
        reasons = [f for f in result.findings if not f.accepted]
    first = reasons[0] if reasons else None
    return {
        "path": result.path,
        "title": title,
        "organisation": result.organisation,
        "rule": first.rule if first is not None else None,
        "line": first.line if first is not None else None,
        "at": t("at_line", line=first.line) if first is not None else None,
        "message": render(first.message, first.args, t.lang) if first is not None else None,
        "more": len(reasons) - 1 if reasons else 0,
        "more_text": t("more_reasons", count=len(reasons) - 1) if len(reasons) > 1 else None,
    }


def _portfolio(
    results: Sequence[PlanResult],
    plans: list[dict[str, Any]],
    summary: Summary,
    t: Texts,
    shown: bool,
) -> dict[str, Any]:
    """The roll-up across all plans: organisations, delmål, common findings, staircase."""
    organisations = [organisation(result) for result in results]
    rows = [_portfolio_row(row, plan, t) for row, plan in zip(organisations, plans, strict=True)]
    # Two files of one organisation (two versions, a copy) are told apart by their path.
    titles = Counter(row["title"] for row in rows)
    for row in rows:
        row["label"] = (
            t("title_with_path", title=row["title"], path=row["path"])
            if titles[row["title"]] > 1
            else row["title"]
        )
    readable = [row for row in rows if row["readable"]]
    indicators = sum(row["outcome_indicators"] for row in rows)
    disaggregated = sum(row["disaggregated"] for row in rows)
    totals = {
        "plans": len(rows),
        "readable": len(readable),
        "initiatives": summary.initiatives,
        "levels": [summary.levels[level] for level in LEVELS],
        "reaching": summary.reaching_outcome,
        "reaching_text": _ratio(summary.reaching_outcome, summary.initiatives, t),
        "outcomes": sum(row["outcomes"] for row in rows),
        "with_outcome": sum(1 for row in readable if row["outcomes"]),
        "outcome_indicators": indicators,
        "disaggregated": disaggregated,
        "disaggregated_text": _ratio(disaggregated, indicators, t),
        "errors": summary.errors,
        "warnings": summary.warnings,
        "infos": summary.infos,
        "accepted": summary.accepted,
    }
    goals, delmal_sentence = _portfolio_goals(readable, t)
    findings, findings_more = _portfolio_findings(results, t)
    unreadable = [
        _unreadable(result, row["label"], t)
        for result, row in zip(results, rows, strict=True)
        if not row["readable"]
    ]
    level_rows = [
        {
            "value": level.value,
            "label": t.level(level),
            "short": t(f"level_short.{level.value}"),
            "count": summary.levels[level],
        }
        for level in LEVELS
    ]
    plan_sections = len(rows) <= PORTFOLIO_PLAN_SECTIONS
    note = ""
    if not plan_sections:
        example = next((row["path"] for row in readable), rows[0]["path"])
        note = t(
            "s_portfolio_no_sections",
            plans=t.count("plan", len(rows)),
            limit=PORTFOLIO_PLAN_SECTIONS,
            example=f"effektkedja report {example}",
        )
    return {
        "shown": shown,
        "plan_sections": plan_sections,
        "limit": PORTFOLIO_PLAN_SECTIONS,
        "note": note,
        "sentences": _portfolio_sentences(totals, summary, len(unreadable), t),
        "levels": [{"value": level.value, "label": t.level(level)} for level in LEVELS],
        "rows": rows,
        "totals": totals,
        "goals": goals,
        "delmal_sentence": delmal_sentence,
        "findings": findings,
        "findings_more": findings_more,
        "staircase": _staircase(level_rows) if summary.initiatives else [],
        "unreadable": unreadable,
        "unreadable_sentence": t("s_portfolio_unreadable_intro")
        if unreadable
        else t("s_portfolio_all_readable"),
    }


def _portfolio_goals(readable: list[dict[str, Any]], t: Texts) -> tuple[list[dict[str, Any]], str]:
    """Per delmål: outcomes naming it and organisations with one; the sentence on coverage."""
    goals = [
        {
            **_goal(goal, t),
            "outcomes": sum(row["delmal"][position] for row in readable),
            "organisations": sum(1 for row in readable if row["delmal"][position]),
        }
        for position, goal in enumerate(GOALS)
    ]
    covered = [goal for goal in goals if goal["organisations"]]
    if not readable:
        return goals, t("s_portfolio_delmal_unread")
    if not covered:
        return goals, t("s_portfolio_delmal_none")
    sentence = t("s_portfolio_delmal", covered=len(covered))
    missing = [
        t("goal_ref", number=goal["number"], short=goal["short"])
        for goal in goals
        if not goal["organisations"]
    ]
    if missing:
        sentence += " " + t("s_portfolio_delmal_missing", goals=t.join(missing, "or"))
    return goals, sentence


def _portfolio_findings(
    results: Sequence[PlanResult], t: Texts
) -> tuple[list[dict[str, Any]], str | None]:
    """The most common findings across the plans, and a sentence on the rules left out."""
    ranked = common_findings(results)
    shown = [
        {
            "code": item.rule,
            "severity": item.severity.value,
            "severity_label": t(f"severity_one.{item.severity.value}"),
            "title": _rule_title(item.rule, t.lang),
            "count": item.count,
            "plans": item.plans,
        }
        for item in ranked[:PORTFOLIO_TOP_RULES]
    ]
    hidden = ranked[PORTFOLIO_TOP_RULES:]
    if not hidden:
        return shown, None
    more = t(
        "s_portfolio_findings_more",
        rules=t.count("rule", len(hidden)),
        findings=t.count("finding", sum(item.count for item in hidden)),
    )
    return shown, more


def _portfolio_sentences(
    totals: dict[str, Any], summary: Summary, unreadable: int, t: Texts
) -> list[str]:
    """A few sentences on the whole portfolio, before its tables."""
    sentences = [
        t(
            "s_combined_plans",
            plans=t.count("plan", totals["plans"]),
            initiatives=t.count("initiative", summary.initiatives),
        )
    ]
    if summary.initiatives:
        sentences.append(
            t(
                "s_reach",
                reached=summary.reaching_outcome,
                total=t.count("initiative", summary.initiatives),
            )
        )
    if totals["readable"]:
        sentences.append(
            t(
                "s_combined_outcome",
                with_outcome=totals["with_outcome"],
                readable=t.count("plan", totals["readable"]),
            )
        )
        if totals["outcome_indicators"]:
            sentences.append(
                t(
                    "s_portfolio_measured",
                    disaggregated=totals["disaggregated"],
                    indicators=totals["outcome_indicators"],
                )
            )
        else:
            sentences.append(t("s_portfolio_no_indicators"))
    if unreadable:
        sentences.append(t("s_portfolio_unreadable", count=t.count("plan", unreadable)))
    counts = {"error": summary.errors, "warning": summary.warnings, "info": summary.infos}
    sentences.append(_findings_sentence({**counts, "accepted": summary.accepted}, t))
    return sentences
