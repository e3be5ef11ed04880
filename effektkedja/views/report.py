"""The report view: everything a report on checked plans shows, typed and worded.

    results (facts, findings) → :func:`report_view` → ReportView → a renderer
    (Markdown, HTML, Word) lays it out

Every number in it was computed by the core (:mod:`effektkedja.facts`,
:mod:`effektkedja.portfolio`); the views only choose, order, round and word.
Every text is raw, exactly as the plan or the catalogue has it: renderers
escape at the point of use. Templates read the view's attributes; the shape
is documented for template authors in docs/report-context.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from effektkedja import __version__
from effektkedja.engine import PlanResult, Summary
from effektkedja.views.plan import PlanView, plan_view
from effektkedja.views.portfolio import CombinedView, PortfolioView, combined_view, portfolio_view
from effektkedja.views.texts import Texts


@dataclass(frozen=True, slots=True)
class ReportView:
    lang: str
    today: str
    version: str
    t: dict[str, str]  # the report's headings and labels, for templates (``t.h_summary``)
    title: str
    several: bool
    combined: CombinedView
    portfolio: PortfolioView
    plans: list[PlanView]
    footer: str


def report_view(
    results: Sequence[PlanResult],
    summary: Summary,
    lang: str,
    today: date,
    portfolio: bool = False,
) -> ReportView:
    """The view of a report on ``results``.

    With ``portfolio`` the report is a portfolio report: the roll-up across the
    plans comes first, then the plans one by one unless there are more than
    :data:`~effektkedja.views.portfolio.PORTFOLIO_PLAN_SECTIONS` of them. The
    ``portfolio`` view is there either way, so that a template can always use it.
    """
    t = Texts(lang)
    plans = [plan_view(result, t, today) for result in results]
    several = len(plans) != 1
    if portfolio:
        title = t("title_portfolio", plans=t.count("plan", len(plans)))
    elif several:
        title = t("title_many", count=len(plans))
    elif plans[0].readable:
        title = t("title_one", organisation=plans[0].title)
    else:
        title = plans[0].title
    return ReportView(
        lang=lang,
        today=today.isoformat(),
        version=__version__,
        t=dict(t.table),
        title=title,
        several=several,
        combined=combined_view(plans, summary, t),
        portfolio=portfolio_view(results, plans, summary, t, portfolio),
        plans=plans,
        footer=t("footer", version=__version__, date=today.isoformat()),
    )
