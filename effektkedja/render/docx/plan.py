"""The Word report's sections on one plan, from its facts to its delmål.

:func:`write_plan` writes a plan's sections in the order of
:data:`PLAN_SECTIONS` (summary, problems, chain, levels, indicators, findings,
delmål) under headings of a given level: 1 when the report is on one plan, 2
under the plan's own heading when it is on several.
"""

from __future__ import annotations

from collections.abc import Callable

from effektkedja.messages import count
from effektkedja.render.docx.tables import Cell, Part
from effektkedja.render.docx.writer import Writer
from effektkedja.views.plan import InitiativeView, PlanView
from effektkedja.views.problems import EvidenceView

#: The symbol in front of the word that marks an initiative with findings.
SYMBOLS = {"error": "✖", "warning": "⚠", "info": "ℹ"}


def write_facts(w: Writer, plan: PlanView) -> None:
    """The plan's facts (organisation, period, …) as labelled lines."""
    w.labelled([(fact.label, fact.value) for fact in plan.facts.list])


#: One plan's sections in order; each gets the writer, the plan and its heading level.
#: A new section of the report is one function here (and one in the other layouts).
Section = Callable[[Writer, PlanView, int], None]


def write_plan(w: Writer, plan: PlanView, level: int) -> None:
    """The plan's sections under headings of ``level``; an unreadable plan has only findings."""
    if not plan.readable:
        w.paragraph(w.t["unreadable_intro"])
        _findings(w, plan, level)
        return
    for section in PLAN_SECTIONS:
        section(w, plan, level)


def _summary(w: Writer, plan: PlanView, level: int) -> None:
    t = w.t
    w.heading(t["h_summary"], level)
    w.paragraph(*plan.summary.sentences)
    w.table(
        t["html_summary_caption"],
        [t["col_level"], t["col_initiatives"], t["col_share"], t["col_chains_top"]],
        [[row.label, row.count, row.share_text, row.chains] for row in plan.summary.levels],
        numeric=(1, 2, 3),
    )


def _problems(w: Writer, plan: PlanView, level: int) -> None:
    """ "Problem och resultat": each problem's facts by sex, what addresses it, its results."""
    t = w.t
    problems = plan.problems
    w.heading(t["h_problems"], level)
    w.paragraph(problems.sentence, problems.intro or "")
    for problem in problems.problems:
        w.heading(problem.name, level + 1)
        w.labelled(
            [
                (t["col_id"], problem.id),
                (t["problem_delmal"], problem.delmal_text),
                (t["problem_target_group"], problem.target_group),
                (t["problem_analysis"], problem.analysis),
            ]
        )
        if not problem.evidence:
            w.paragraph(t["problem_no_evidence"])
        for evidence in problem.evidence:
            _evidence(w, evidence)
        if problem.addressed_by:
            w.runs([(t["problem_addressed_by"], "b")], keep=True)
            w.table(
                t["html_problem_addressed_caption"].format(problem=problem.name),
                [t["col_initiative"], t["col_level"], t["col_reach"]],
                [[_named(a.name, a.id), a.level_label, a.reach_text] for a in problem.addressed_by],
            )
        if problem.outcomes:
            w.runs([(t["problem_outcomes"], "b")], keep=True)
            w.table(
                t["html_problem_outcomes_caption"].format(problem=problem.name),
                [t["col_initiative"], t["col_level"], t["col_result"], t["col_gaps"]],
                [
                    [
                        _named(o.name, o.id),
                        o.level_label,
                        o.result_label,
                        [Part(gap.text, new_line=index > 0) for index, gap in enumerate(o.gaps)]
                        or None,
                    ]
                    for o in problem.outcomes
                ],
            )
            if problem.more_outcomes:
                w.paragraph(t["problem_more_outcomes"])
        w.runs([(problem.verdict, "b")])


def _evidence(w: Writer, evidence: EvidenceView) -> None:
    """One ``underlag``: its name, source and unit, its values by sex and the gap in words."""
    t = w.t
    w.runs([(f"{t['problem_evidence']}: {evidence.name}", "b")], keep=True)
    w.labelled([(t["ind_source"], evidence.source), (t["ind_unit"], evidence.unit)], keep=True)
    header = [t["col_when"], evidence.female_label, evidence.male_label]
    numeric = [1, 2]
    if evidence.has_total:
        numeric.append(len(header))
        header.append(t["col_total"])
    header.append(t["col_gap"])
    header += [t["col_trend"]] if evidence.has_trend else []
    if evidence.has_share:
        numeric.append(len(header))
        header += [evidence.share_label, t["col_balance"]]
    rows: list[list[Cell]] = []
    for p in evidence.points:
        row: list[Cell] = [p.when, p.female_text, p.male_text]
        row += [p.total_text] if evidence.has_total else []
        row.append(p.gap_text)
        row += [p.trend_label] if evidence.has_trend else []
        row += [p.share_text, p.balance_label] if evidence.has_share else []
        rows.append(row)
    caption = t["html_evidence_caption"].format(
        female=evidence.female_word, male=evidence.male_word, name=evidence.name
    )
    w.table(caption, header, rows, numeric=numeric)
    w.paragraph(evidence.sentence or "")


def _chain(w: Writer, plan: PlanView, level: int) -> None:
    t = w.t
    w.heading(t["h_chain"], level)
    if not plan.initiatives:
        w.paragraph(t["chain_empty"])
        return
    w.paragraph(t["docx_chain_intro"], t["docx_chain_flags"], keep=True)
    w.table(
        t["html_chain_caption"],
        [t["col_level"], t["col_initiative"], t["col_leads_to"], t["col_flag"]],
        _chain_rows(plan, w.t, w.lang),
    )


def _chain_rows(plan: PlanView, t: dict[str, str], lang: str) -> list[list[Cell]]:
    """One row per initiative, lowest level first: level, name, where it leads, its findings."""
    rows: list[list[Cell]] = []
    for row in plan.chain_rows:
        parts = [
            Part(
                f"→ {link.name} ({f'{link.level}; {link.note}' if link.note else link.level})",
                new_line=index > 0,
            )
            for index, link in enumerate(row.links)
        ]
        item = row.initiative
        rows.append(
            [item.level_label, _named(item.name, item.id), parts or None, _flag(item, t, lang)]
        )
    return rows


def _flag(item: InitiativeView, t: dict[str, str], lang: str) -> Cell:
    """ "⚠ Varning: 2 fynd": a symbol and a word, so that no colour is needed."""
    if item.severity is None:
        return None
    return [
        Part(
            t["docx_flag"].format(
                symbol=SYMBOLS[item.severity],
                severity=t[f"severity_one.{item.severity}"].capitalize(),
                count=count(item.findings, "finding", lang),
            ),
            bold=item.severity == "error",
        )
    ]


def _levels(w: Writer, plan: PlanView, level: int) -> None:
    t = w.t
    w.heading(t["h_levels"], level)
    for section in plan.levels:
        w.heading(f"{section.label} ({len(section.initiatives)})", level + 1)
        if not section.initiatives:
            w.paragraph(t["level_empty"])
            continue
        if section.note:
            w.paragraph(section.note)
        outcome = section.value in ("utfall", "samhällseffekt")
        header = [t["col_name"], t["col_owner"], t["col_delmal"], t["col_status"]]
        header += [t["col_result"]] if outcome else []
        header.append(t["col_basis"])
        rows: list[list[Cell]] = []
        for i in section.initiatives:
            row: list[Cell] = [_named(i.name, i.id), i.owner, i.delmal_text or None]
            row.append(i.status_label)
            row += [i.result_label] if outcome else []
            row.append(i.basis_text)
            rows.append(row)
        w.table(t["html_levels_caption"].format(level=section.label), header, rows)


def _indicators(w: Writer, plan: PlanView, level: int) -> None:
    t = w.t
    w.heading(t["h_indicators"], level)
    if not plan.indicators:
        w.paragraph(t["indicators_none"])
    for ind in plan.indicators:
        w.heading(ind.name, level + 1)
        w.labelled(
            [
                (t["ind_initiative"], f"{ind.initiative_name} ({ind.initiative})"),
                (t["ind_source"], ind.source),
                (t["ind_unit"], ind.unit),
                (t["ind_scope"], ind.scope_label),
                (t["ind_direction"], ind.direction_label),
            ]
        )
        if not ind.points:
            w.paragraph(t["ind_no_points"])
        else:
            header = [t["col_point"], t["col_when"], ind.female_label, ind.male_label]
            numeric = [2, 3]
            if ind.has_total:
                numeric.append(len(header))
                header.append(t["col_total"])
            header += [ind.gap_label, t["col_trend"]]
            if ind.has_share:
                numeric.append(len(header))
                header += [ind.share_label, t["col_balance"]]
            rows: list[list[Cell]] = []
            for p in ind.points:
                row: list[Cell] = [p.kind_label, p.when, p.female_text, p.male_text]
                row += [p.total_text] if ind.has_total else []
                row += [p.gap_text, p.trend_label]
                row += [p.share_text, p.balance_label] if ind.has_share else []
                rows.append(row)
            caption = t["html_indicator_caption"].format(
                female=ind.female_word, male=ind.male_word, name=ind.name
            )
            w.table(caption, header, rows, numeric=numeric)
        w.paragraph(*ind.sentences)
    if plan.any_share:
        w.paragraph(t["s_shares"])


def _findings(w: Writer, plan: PlanView, level: int) -> None:
    t = w.t
    findings = plan.findings
    w.heading(t["h_gaps"], level)
    if not findings.total:
        w.paragraph(t["gaps_none"])
    else:
        w.paragraph(t["gaps_intro"])
    for group in findings.groups:
        if not group.count:
            continue
        w.heading(f"{group.label} ({group.count})", level + 1)
        for rule in group.rules:
            w.runs([(f"{rule.code} · {rule.title} ({rule.count})", "b")], keep=True)
            if rule.advice:
                w.runs(
                    [
                        (f"{t['next_step']}: ", "i"),
                        (rule.advice + " ", ""),
                        (f"{t['who']}: ", "i"),
                        (f"{rule.who}. {rule.more}", ""),
                    ],
                    keep=True,
                )
            else:
                w.paragraph(rule.more, keep=True)
            for item in rule.findings:
                where = item.initiative or t["plan_level"]
                advice = f". {item.advice}" if item.advice else ""
                w.bullet(f"{where} ({item.at}): {item.message}{advice}")
            if rule.folded:
                w.paragraph(rule.folded_note or "")
                for item in rule.folded:
                    w.bullet(f"{item.initiative} ({item.at}): {item.message}")
    if findings.accepted:
        w.heading(t["h_accepted"], level + 1)
        w.paragraph(t["accepted_intro"])
        w.table(
            t["html_accepted_caption"],
            [t["col_rule"], t["col_initiative"], t["col_finding"], t["col_reason"]],
            [
                [
                    [Part(a.rule, bold=True), Part(a.title)],
                    a.initiative,
                    a.message,
                    a.reason,
                ]
                for a in findings.accepted
            ],
        )


def _delmal(w: Writer, plan: PlanView, level: int) -> None:
    t = w.t
    w.heading(t["h_delmal"], level)
    w.paragraph(plan.delmal.sentence, plan.delmal.overall)
    w.table(
        t["html_delmal_caption"],
        [t["col_goal"], t["col_outcomes"], t["col_others"]],
        [
            [f"{g.number}. {g.name}", ", ".join(g.outcomes) or None, ", ".join(g.others) or None]
            for g in plan.delmal.goals
        ],
    )


PLAN_SECTIONS: tuple[Section, ...] = (
    _summary,
    _problems,
    _chain,
    _levels,
    _indicators,
    _findings,
    _delmal,
)


def _named(name: str, initiative_id: str) -> list[Part]:
    """An initiative's name with its id on the next line."""
    return [Part(name), Part(initiative_id, id=True, new_line=True)]
