"""Rendering a :class:`~effektkedja.diff.PlanDiff`: plain text, Markdown and JSON.

- ``text`` is for the terminal: the year's story in plain lines, level moves first.
- ``markdown`` is for a pull-request comment: headings and GFM tables; every piece
  of plan text is escaped with the report's filters (:mod:`effektkedja.render.escape`),
  so names with pipes, newlines, backticks or HTML cannot break a table.
- ``json`` is for machines: the keys ``added``, ``removed``, ``changed``,
  ``level_changes``, ``findings_opened``, ``findings_closed``, ``indicator_changes``,
  plus ``old`` and ``new`` (path, organisation, valid). Keys in English, level
  values the Swedish enum words; documented in docs/diff.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from effektkedja.diff import (
    ClosedFinding,
    FieldChange,
    IndicatorChange,
    PlanDiff,
)
from effektkedja.domain import GapChange
from effektkedja.facts import PointFacts, gap_amount
from effektkedja.findings import Finding, describe
from effektkedja.messages import gap_text as gap_text_of
from effektkedja.messages import number
from effektkedja.messages.diff_texts import text
from effektkedja.render.escape import cell, code, md

#: The JSON words for a change of the gap (stable since the first version of the format).
_TRENDS = {
    GapChange.NARROWED: "narrowing",
    GapChange.WIDENED: "widening",
    GapChange.UNCHANGED: "unchanged",
}

#: Keys whose old and new values are too long to show; a diff only says they changed.
LONG_FIELDS = frozenset({"beskrivning"})

T = Callable[..., str]


def _texts(lang: str) -> T:
    def t(key: str, **args: Any) -> str:
        return text(key, lang, **args)

    return t


def _one_line(value: str) -> str:
    return " ".join(value.split()) if ("\n" in value or "\r" in value) else value


# --- pieces shared by text and Markdown -----------------------------------------------------


def summary_line(diff: PlanDiff, lang: str) -> str:
    """The counts in one line."""
    up = sum(1 for change in diff.level_changes if change.up)
    return text(
        "diff.summary",
        lang,
        added=len(diff.added),
        removed=len(diff.removed),
        changed=len(diff.changed),
        up=up,
        down=len(diff.level_changes) - up,
        closed=len(diff.findings_closed),
        opened=len(diff.findings_opened),
        indicators=len(diff.indicator_changes),
    )


def _scalar(value: Any) -> bool:
    if isinstance(value, list):
        return all(_scalar(item) for item in value)
    return value is None or isinstance(value, str | int | float)


def _value(value: Any, lang: str) -> str:
    if value is None or value == []:
        return "–"
    if isinstance(value, list):
        return ", ".join(_value(item, lang) for item in value)
    if isinstance(value, float):
        return number(value, lang)
    return _one_line(str(value))


def field_text(change: FieldChange, lang: str) -> str:
    """``nivå: produkt → arbetssätt``, or ``tillämpning lades till`` for long or nested keys."""
    if change.field not in LONG_FIELDS and _scalar(change.old) and _scalar(change.new):
        return text(
            "diff.field_value",
            lang,
            field=change.field,
            old=_value(change.old, lang),
            new=_value(change.new, lang),
        )
    if change.old in (None, [], {}):
        return text("diff.field_added", lang, field=change.field)
    if change.new in (None, [], {}):
        return text("diff.field_removed", lang, field=change.field)
    return text("diff.field_changed", lang, field=change.field)


def _sex_words(change: IndicatorChange, t: T) -> tuple[str, str]:
    if change.facts.youth:
        return t("diff.sex.girls"), t("diff.sex.boys")
    return t("diff.sex.female"), t("diff.sex.male")


def point_text(point: PointFacts, youth: bool, lang: str) -> str:
    """``2025 (kvinnor 29,4, män 32,2)``: a measurement with the plan's own words."""
    t = _texts(lang)
    values = []
    female, male = (
        ("diff.sex.girls", "diff.sex.boys") if youth else ("diff.sex.female", "diff.sex.male")
    )
    for key, value in ((female, point.female), (male, point.male), ("diff.sex.total", point.total)):
        if value is not None:
            values.append(f"{t(key)} {number(value, lang)}")
    return t("diff.point", when=point.when, values=", ".join(values) or "–")


def measurements_text(change: IndicatorChange, lang: str) -> str | None:
    """``nya mätningar: ...`` or None when there are none."""
    if not change.new_measurements:
        return None
    points = "; ".join(point_text(p, change.facts.youth, lang) for p in change.new_measurements)
    return text("diff.new_measurements", lang, points=points, count=len(change.new_measurements))


def _gap(change: IndicatorChange, point: PointFacts, lang: str, short: bool = False) -> str:
    """The gap at ``point`` in words, at the precision of the indicator's values."""
    facts = change.new if change.new is not None and point in change.new.points else change.old
    assert facts is not None
    return gap_text_of(gap_amount(facts, point, short), lang)


def gap_text(change: IndicatorChange, lang: str) -> str | None:
    """How the gap between women and men moved, in one sentence (None when nothing is known).

    Against OLD's latest measurement ("sedan förra versionen"), or against its
    baseline where it had none ("sedan utgångsläget"), and says which.
    """
    t = _texts(lang)
    female, male = _sex_words(change, t)
    before, after = change.gap_from, change.gap_to
    if before is not None and after is not None:
        trend = change.trend.value if change.trend is not None else "unchanged"
        key = "diff.gap_moved.baseline" if change.since_baseline else "diff.gap_moved"
        return t(
            key,
            female=female,
            male=male,
            change=t(f"diff.change.{trend}"),
            before=_gap(change, before, lang),
            after=_gap(change, after, lang),
            **{"from": before.when, "to": after.when},
        )
    if after is not None:
        return t(
            "diff.gap_now", female=female, male=male, after=_gap(change, after, lang), to=after.when
        )
    if before is not None:
        return t(
            "diff.gap_was",
            female=female,
            male=male,
            before=_gap(change, before, lang),
            **{"from": before.when},
        )
    return None


def finding_message(finding: Finding, lang: str) -> str:
    """The finding's message in ``lang``, on one line."""
    return _one_line(describe(finding, lang))


def _who(finding: Finding, t: T) -> str:
    return finding.initiative if finding.initiative is not None else t("diff.plan_level")


def _title(diff: PlanDiff, t: T) -> str:
    organisation = diff.new.organisation or diff.old.organisation
    if organisation is None:
        return t("diff.title_unnamed")
    return t("diff.title", organisation=_one_line(organisation))


def _unreadable(diff: PlanDiff) -> list[str]:
    return [side.path for side in (diff.old, diff.new) if not side.valid]


# --- text ------------------------------------------------------------------------------------


def render_text(diff: PlanDiff, lang: str = "sv") -> str:
    """The change for people at a terminal: plain lines, no colour, no Markdown."""
    t = _texts(lang)
    lines = [_title(diff, t), "  " + t("diff.versions", old=diff.old.path, new=diff.new.path)]
    if diff.old.organisation != diff.new.organisation and diff.comparable:
        lines.append(
            "  "
            + t("diff.organisation_changed", old=diff.old.organisation, new=diff.new.organisation)
        )
    for path in _unreadable(diff):
        lines.append("  " + t("diff.not_comparable", path=path))
    lines.append("")
    if diff.empty:
        lines.append(t("diff.nothing"))
        return "\n".join(lines) + "\n"
    lines.append(summary_line(diff, lang))

    def section(key: str, body: list[str]) -> None:
        if body:
            lines.extend(["", t(key), *body])

    section(
        "diff.section.levels",
        [
            f"  {'↑' if c.up else '↓'} "
            + t("diff.level_moved", id=c.id, old=c.old.value, new=c.new.value)
            + f" ({t('diff.up' if c.up else 'diff.down')})"
            for c in diff.level_changes
        ],
    )
    section(
        "diff.section.added",
        [f"  + {r.id} ({r.level.value}): {_one_line(r.name)}" for r in diff.added],
    )
    section(
        "diff.section.removed",
        [f"  - {r.id} ({r.level.value}): {_one_line(r.name)}" for r in diff.removed],
    )
    changed: list[str] = []
    for change in diff.changed:
        changed.append(f"  ~ {change.id}")
        changed.extend(f"      {field_text(f, lang)}" for f in change.fields)
    section("diff.section.changed", changed)
    indicators: list[str] = []
    for item in diff.indicator_changes:
        indicators.append(f"  {item.initiative} · {_one_line(item.indicator)}")
        if item.status != "changed":
            indicators.append(f"      {t('diff.indicator_' + item.status)}")
        for sentence in (measurements_text(item, lang), gap_text(item, lang)):
            if sentence is not None:
                indicators.append(f"      {sentence}")
    section("diff.section.indicators", indicators)
    section("diff.section.closed", [_closed_line(c, t, lang) for c in diff.findings_closed])
    section("diff.section.opened", [_finding_line("+", f, t, lang) for f in diff.findings_opened])
    return "\n".join(lines) + "\n"


def _finding_line(mark: str, finding: Finding, t: T, lang: str) -> str:
    severity = t(f"diff.severity.{finding.severity.value}")
    return (
        f"  {mark} {finding.rule} ({severity}) {_who(finding, t)}: {finding_message(finding, lang)}"
    )


def _closed_line(closed: ClosedFinding, t: T, lang: str) -> str:
    line = _finding_line("✓", closed.finding, t, lang)
    return line + f" [{t('diff.accepted')}]" if closed.accepted else line


# --- Markdown --------------------------------------------------------------------------------


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    """A GFM table; cells must already be escaped."""
    out = [
        "| " + " | ".join(cell(h) for h in headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
    ]
    out.extend("| " + " | ".join(row) + " |" for row in rows)
    return out


def render_markdown(diff: PlanDiff, lang: str = "sv") -> str:
    """The change as a Markdown comment (GitHub/GitLab flavoured), safe for any plan text."""
    t = _texts(lang)
    lines = [f"## {md(_title(diff, t))}", "", f"{code(diff.old.path)} → {code(diff.new.path)}"]
    if diff.old.organisation != diff.new.organisation and diff.comparable:
        lines += [
            "",
            md(
                t("diff.organisation_changed", old=diff.old.organisation, new=diff.new.organisation)
            ),
        ]
    for path in _unreadable(diff):
        lines += ["", md(t("diff.not_comparable", path=path))]
    lines.append("")
    if diff.empty:
        lines.append(md(t("diff.nothing")))
        return "\n".join(lines) + "\n"
    lines.append(md(summary_line(diff, lang)))

    def section(key: str, headers: list[str], rows: list[list[str]]) -> None:
        if rows:
            lines.extend(["", f"### {md(t(key))}", "", *_table(headers, rows)])

    c = {
        key: t(f"diff.col.{key}")
        for key in (
            "initiative",
            "name",
            "level",
            "from",
            "to",
            "direction",
            "changes",
            "indicator",
            "measurements",
            "gap",
            "trend",
            "rule",
            "severity",
            "message",
        )
    }
    section(
        "diff.section.levels",
        [c["initiative"], c["name"], c["from"], c["to"], c["direction"]],
        [
            [
                code(change.id),
                cell(change.name),
                cell(change.old.value),
                cell(change.new.value),
                cell(("↑ " + t("diff.up")) if change.up else ("↓ " + t("diff.down"))),
            ]
            for change in diff.level_changes
        ],
    )
    for key, refs in (("diff.section.added", diff.added), ("diff.section.removed", diff.removed)):
        section(
            key,
            [c["initiative"], c["name"], c["level"]],
            [[code(r.id), cell(r.name), cell(r.level.value)] for r in refs],
        )
    section(
        "diff.section.changed",
        [c["initiative"], c["changes"]],
        [
            [code(change.id), cell("; ".join(field_text(f, lang) for f in change.fields))]
            for change in diff.changed
        ],
    )
    section(
        "diff.section.indicators",
        [c["initiative"], c["indicator"], c["measurements"], c["gap"], c["trend"]],
        [_indicator_row(item, t, lang) for item in diff.indicator_changes],
    )
    finding_headers = [c["rule"], c["severity"], c["initiative"], c["message"]]
    section(
        "diff.section.closed",
        finding_headers,
        [
            _finding_row(closed.finding, t, lang, t("diff.accepted") if closed.accepted else None)
            for closed in diff.findings_closed
        ],
    )
    section(
        "diff.section.opened",
        finding_headers,
        [_finding_row(finding, t, lang) for finding in diff.findings_opened],
    )
    return "\n".join(lines) + "\n"


def _indicator_row(item: IndicatorChange, t: T, lang: str) -> list[str]:
    points = "; ".join(point_text(p, item.facts.youth, lang) for p in item.new_measurements)
    if item.status != "changed":
        points = t(f"diff.indicator_{item.status}") + (f": {points}" if points else "")
    known = [g for g in (item.gap_from, item.gap_to) if g is not None]
    gap = " → ".join(f"{g.when}: {_gap(item, g, lang, short=True)}" for g in known)
    trend = t(f"diff.trend.{item.trend.value}") if item.trend is not None else ""
    if trend and item.since_baseline:
        trend += " " + t("diff.since_baseline")
    return [code(item.initiative), cell(item.indicator), cell(points), cell(gap), cell(trend)]


def _finding_row(finding: Finding, t: T, lang: str, note: str | None = None) -> list[str]:
    message = finding_message(finding, lang) + (f" ({note})" if note else "")
    return [
        code(finding.rule),
        cell(t(f"diff.severity.{finding.severity.value}")),
        code(_who(finding, t)),
        cell(message),
    ]


# --- JSON ------------------------------------------------------------------------------------


def _point(point: PointFacts) -> dict[str, Any]:
    return {"when": point.when, "female": point.female, "male": point.male, "total": point.total}


def _finding(finding: Finding, lang: str) -> dict[str, Any]:
    from effektkedja.render.json import finding_fields

    return finding_fields(finding, lang)


def document(diff: PlanDiff, lang: str = "sv") -> dict[str, Any]:
    """The JSON document as Python data (see docs/diff.md for every key)."""

    def gap(point: PointFacts | None) -> dict[str, Any] | None:
        return None if point is None else {"when": point.when, "value": point.gap}

    return {
        "old": {
            "path": diff.old.path,
            "organisation": diff.old.organisation,
            "valid": diff.old.valid,
        },
        "new": {
            "path": diff.new.path,
            "organisation": diff.new.organisation,
            "valid": diff.new.valid,
        },
        "added": [{"id": r.id, "name": r.name, "level": r.level.value} for r in diff.added],
        "removed": [{"id": r.id, "name": r.name, "level": r.level.value} for r in diff.removed],
        "changed": [
            {
                "id": change.id,
                "name": change.name,
                "fields": [{"field": f.field, "from": f.old, "to": f.new} for f in change.fields],
            }
            for change in diff.changed
        ],
        "level_changes": [
            {"id": change.id, "from": change.old.value, "to": change.new.value}
            for change in diff.level_changes
        ],
        "findings_opened": [_finding(f, lang) for f in diff.findings_opened],
        "findings_closed": [
            {**_finding(closed.finding, lang), "accepted": closed.accepted}
            for closed in diff.findings_closed
        ],
        "indicator_changes": [
            {
                "initiative": item.initiative,
                "indicator": item.indicator,
                "status": item.status,
                "unit": item.facts.unit,
                "sexes": ["flickor", "pojkar"] if item.facts.youth else ["kvinnor", "män"],
                "new_measurements": [_point(p) for p in item.new_measurements],
                "gap": {
                    "from": gap(item.gap_from),
                    "to": gap(item.gap_to),
                    "trend": _TRENDS[item.trend] if item.trend is not None else None,
                    "compared_with": "baseline" if item.since_baseline else "previous",
                },
            }
            for item in diff.indicator_changes
        ],
    }


def render_json(diff: PlanDiff, lang: str = "sv") -> str:
    """The JSON document, indented, UTF-8 text (å/ä/ö as they are)."""
    return json.dumps(document(diff, lang), ensure_ascii=False, indent=2) + "\n"


#: The renderers by ``--format`` name.
RENDERERS: dict[str, Callable[[PlanDiff, str], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "json": render_json,
}
