"""The Word report's sections on several plans: the combined table and the portfolio overview.

:func:`write_combined` writes one row per plan and a total; :func:`write_portfolio`
writes the portfolio overview, its parts in the order of :data:`PORTFOLIO_SECTIONS`
(organisations, delmål, problems, common findings, the staircase of levels,
unreadable files). Their tables are wide: the report sets landscape pages for them.
"""

from __future__ import annotations

from collections.abc import Callable

from effektkedja.render.docx.tables import Cell, Part
from effektkedja.render.docx.writer import Writer
from effektkedja.views.portfolio import PortfolioView
from effektkedja.views.report import ReportView


def write_combined(w: Writer, view: ReportView) -> None:
    t = w.t
    combined = view.combined
    w.heading(t["h_combined"], 1)
    w.paragraph(*combined.sentences)
    header = [t["col_plan"], t["col_initiatives"], *(level.label for level in combined.levels)]
    header += [t["col_reaching"], t["col_errors"], t["col_warnings"], t["col_infos"]]
    rows: list[list[Cell]] = []
    for row in combined.rows:
        title = row.title if row.readable else f"{row.title} ({t['unreadable']})"
        rows.append(
            [title, row.initiatives, *row.levels, row.reaching, row.errors, row.warnings, row.infos]
        )
    totals = combined.totals
    rows.append(
        [
            t["total"],
            totals.initiatives,
            *totals.levels,
            totals.reaching,
            totals.errors,
            totals.warnings,
            totals.infos,
        ]
    )
    w.table(
        t["html_combined_caption"],
        header,
        rows,
        numeric=range(1, len(header)),
        bold_rows=(len(rows) - 1,),
    )


def write_portfolio(w: Writer, view: ReportView) -> None:
    """The portfolio overview: a few sentences, then its parts in order."""
    p = view.portfolio
    w.heading(w.t["h_portfolio"], 1)
    w.paragraph(*p.sentences)
    w.paragraph(p.note)
    for part in PORTFOLIO_SECTIONS:
        part(w, p)


def _organisations(w: Writer, p: PortfolioView) -> None:
    t = w.t
    w.heading(t["h_portfolio_organisations"], 2)
    w.paragraph(t["portfolio_organisations_intro"])
    header = [t["col_organisation"], t["col_type"], t["col_initiatives"]]
    header += [level.label for level in p.levels]
    header += [t["col_reaching"], t["col_disaggregated"], t["col_errors"], t["col_warnings"]]
    dash = [None] * len(p.levels)
    rows: list[list[Cell]] = []
    for row in p.rows:
        if row.readable:
            rows.append(
                [
                    row.label,
                    row.type_label,
                    row.initiatives,
                    *row.levels,
                    row.reaching_text,
                    row.disaggregated_text,
                    row.errors,
                    row.warnings,
                ]
            )
        else:
            label = f"{row.label} ({t['unreadable']})"
            rows.append([label, None, None, *dash, None, None, row.errors, row.warnings])
    totals = p.totals
    rows.append(
        [
            t["total"],
            None,
            totals.initiatives,
            *totals.levels,
            totals.reaching_text,
            totals.disaggregated_text,
            totals.errors,
            totals.warnings,
        ]
    )
    w.table(
        t["html_portfolio_caption"],
        header,
        rows,
        numeric=range(2, len(header)),
        bold_rows=(len(rows) - 1,),
    )


def _delmal_by_organisation(w: Writer, p: PortfolioView) -> None:
    t = w.t
    w.heading(t["h_portfolio_delmal"], 2)
    w.paragraph(p.delmal_sentence, t["portfolio_delmal_intro"])
    header = [t["col_organisation"], *(f"{g.number} {g.short}" for g in p.goals)]
    header.append(t["col_outcomes_all"])
    rows: list[list[Cell]] = []
    for row in p.rows:
        if row.readable:
            rows.append([row.label, *row.delmal, row.outcomes])
        else:
            rows.append([f"{row.label} ({t['unreadable']})", *([None] * len(p.goals)), None])
    rows.append([t["row_goal_outcomes"], *(g.outcomes for g in p.goals), p.totals.outcomes])
    rows.append([t["row_goal_organisations"], *(g.organisations for g in p.goals), None])
    w.table(
        t["html_portfolio_delmal_caption"],
        header,
        rows,
        numeric=range(1, len(header)),
        bold_rows=(len(rows) - 2, len(rows) - 1),
    )


def _problems_by_delmal(w: Writer, p: PortfolioView) -> None:
    t = w.t
    problems = p.problems
    w.heading(t["h_portfolio_problems"], 2)
    if not problems.problems:
        w.paragraph(problems.sentence)
        return
    w.paragraph(problems.sentence, t["portfolio_problems_intro"])
    rows: list[list[Cell]] = [
        [
            f"{row.number} {row.short}" if row.number else row.name,
            row.problems,
            row.addressed,
            row.reaching,
            row.organisations,
        ]
        for row in problems.rows
    ]
    rows.append(
        [
            t["total"],
            problems.problems,
            problems.addressed,
            problems.reaching,
            problems.with_problems,
        ]
    )
    w.table(
        t["html_portfolio_problems_caption"],
        [
            t["col_goal"],
            t["col_problems"],
            t["col_problems_addressed"],
            t["col_problems_reaching"],
            t["col_organisations"],
        ],
        rows,
        numeric=range(1, 5),
        bold_rows=(len(rows) - 1,),
    )


def _common_findings(w: Writer, p: PortfolioView) -> None:
    t = w.t
    w.heading(t["h_portfolio_findings"], 2)
    if not p.findings:
        w.paragraph(t["portfolio_findings_none"])
        return
    w.paragraph(t["portfolio_findings_intro"])
    w.table(
        t["html_portfolio_findings_caption"],
        [t["col_rule"], t["col_severity"], t["col_count"], t["col_organisations"]],
        [
            [[Part(r.code, bold=True), Part(r.title)], r.severity_label, r.count, r.plans]
            for r in p.findings
        ],
        numeric=(2, 3),
    )
    w.paragraph(p.findings_more or "")


def _staircase(w: Writer, p: PortfolioView) -> None:
    t = w.t
    w.heading(t["h_portfolio_staircase"], 2)
    if not p.staircase:
        w.paragraph(t["portfolio_no_initiatives"])
        return
    w.paragraph(t["portfolio_staircase_intro"])
    # Highest level first, as the intro says: a staircase climbing from aktivitet.
    w.table(
        t["html_portfolio_levels_caption"],
        [t["col_level"], t["col_initiatives"]],
        [[h.label, n] for h, n in reversed(list(zip(p.levels, p.totals.levels, strict=True)))],
        numeric=(1,),
    )


def _unreadable(w: Writer, p: PortfolioView) -> None:
    t = w.t
    w.heading(t["h_portfolio_unreadable"], 2)
    w.paragraph(p.unreadable_sentence)
    if not p.unreadable:
        return
    rows: list[list[Cell]] = []
    for item in p.unreadable:
        why: Cell = None
        if item.rule:
            more = f" ({item.more_text})" if item.more_text else ""
            why = [Part(item.rule, bold=True), Part(f"{item.at}: {item.message}{more}")]
        rows.append([item.path, item.organisation, why])
    w.table(
        t["html_unreadable_caption"],
        [t["col_file"], t["col_organisation"], t["col_why"]],
        rows,
    )


#: The parts of the portfolio overview in order (a new part is one function here).
PORTFOLIO_SECTIONS: tuple[Callable[[Writer, PortfolioView], None], ...] = (
    _organisations,
    _delmal_by_organisation,
    _problems_by_delmal,
    _common_findings,
    _staircase,
    _unreadable,
)
