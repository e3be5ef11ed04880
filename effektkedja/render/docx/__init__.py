"""The Word report (``effektkedja report --format docx``): the report view as a .docx document.

    results → :func:`~effektkedja.views.report.report_view` → python-docx → bytes

The same content as the Markdown and HTML reports, laid out for people who put
it in an annual report or send it on: the report title in the style *Title*,
sections in *Heading 1*–*3* (Word shows them as Rubrik 1–3 in Swedish, so the
navigation pane and a table of contents work), tables with a header row that is
repeated on every page and rows that are not split. The chain is a table by
level (initiative, where it leads, its findings): the SVG drawing of the HTML
report would need an SVG renderer such as cairosvg to become a picture Word
shows, so the table is the chain here.

The document language is set in the styles (Swedish, or English with ``--lang
en``) so that spelling, hyphenation and screen readers use the right one; the
title, language, creator and date are in the document properties. Plan text is
only ever text: it is never a field code, a hyperlink or markup, characters XML
cannot hold are dropped, and bidi overrides are shown as ``<U+202E>``. The file
is a plain .docx (no macros), and the same report gives the same bytes: every
date in it, the zip entries' too, is the report date.

The document is built in parts: :mod:`~effektkedja.render.docx.writer` (the
document, its styles and file), :mod:`~effektkedja.render.docx.tables` (tables),
:mod:`~effektkedja.render.docx.text` (cleaning plan text), and the sections in
:mod:`~effektkedja.render.docx.plan` (one plan) and
:mod:`~effektkedja.render.docx.portfolio` (several plans). python-docx is
imported when a document is built, so that ``check`` starts fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from effektkedja.engine import PlanResult, Summary
from effektkedja.render.docx.plan import SYMBOLS, write_facts, write_plan
from effektkedja.render.docx.portfolio import write_combined, write_portfolio
from effektkedja.render.docx.text import visible_text
from effektkedja.render.docx.writer import LANGUAGE_TAGS, Writer
from effektkedja.views.report import ReportView, report_view

__all__ = ["LANGUAGE_TAGS", "SYMBOLS", "render_docx", "visible_text"]


def render_docx(
    results: Iterable[PlanResult],
    summary: Summary,
    lang: str = "sv",
    today: date | None = None,
    portfolio: bool = False,
) -> bytes:
    """The Word report on ``results`` in ``lang`` (``sv`` or ``en``), as the bytes of a .docx.

    The same content as :func:`effektkedja.render.markdown.render_report` (``today`` is the
    report date, ``portfolio`` asks for the portfolio roll-up first).
    """
    when = today or date.today()
    view = report_view(list(results), summary, lang, when, portfolio)
    writer = Writer(view)
    _report(writer, view)
    return writer.save(when)


def _report(w: Writer, view: ReportView) -> None:
    """Title, then the roll-up and the plans, or the one plan's sections."""
    if view.portfolio.shown or view.several:
        # The roll-up's tables have a column per level and more: landscape pages.
        w.orientation(landscape=True, new_page=False)
        w.heading(view.title, 0)
        if view.portfolio.shown:
            write_portfolio(w, view)
        else:
            write_combined(w, view)
        if not view.portfolio.shown or view.portfolio.plan_sections:
            w.orientation(landscape=False)
            for number, plan in enumerate(view.plans):
                w.heading(plan.title, 1, new_page=number > 0)
                write_facts(w, plan)
                write_plan(w, plan, 2)
    else:
        w.heading(view.title, 0)
        write_facts(w, view.plans[0])
        write_plan(w, view.plans[0], 1)
    w.paragraph(view.footer)
