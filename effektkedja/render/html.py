"""The HTML report (``effektkedja report --format html``): one self-contained, accessible page.

    results → :func:`~effektkedja.views.report.report_view` → ``templates/report.html.j2``
      (autoescape on) → HTML

The page has the Markdown report's content, laid out for people who read it in a
browser or print it: the chain drawn as inline SVG (:mod:`.svg_chain`) with the
same information as a table, and each indicator as a small chart
(:mod:`.svg_chart`) beside its data table. Styles are inline; there are no
scripts, fonts, images or requests, so the file works offline, with JavaScript
off and in a mail attachment. Plan text is always escaped: jinja2's autoescape
for the page, :func:`effektkedja.render.svgtext.escape` inside the figures.
Bidi overrides and control characters are dropped from plan text, so a name
cannot reorder what the reader sees.

The accessibility target is WCAG 2.1 AA (what the Swedish accessibility law asks
of public-sector web content); ``tests/test_html_report.py`` checks every bundled
example with axe-core in a real Chromium and prints it to PDF.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from effektkedja.domain import LEVELS
from effektkedja.engine import PlanResult, Summary
from effektkedja.messages import count
from effektkedja.messages.numbers import format_number
from effektkedja.render.svg_chain import (
    ChainEdge,
    ChainNode,
    ChainText,
    chain_svg,
    flag_sample,
    link_sample,
)
from effektkedja.render.svg_chart import ChartPoint, ChartText, chart_svg
from effektkedja.render.svgtext import clean
from effektkedja.views.report import report_view
from effektkedja.views.texts import report_texts

if TYPE_CHECKING:  # jinja2 is imported when a report is rendered, not before
    from jinja2 import Environment

__all__ = ["HTML_TEMPLATE", "PALETTE", "breakable", "environment", "render_html"]

#: The bundled page template, in ``effektkedja/render/templates/``.
HTML_TEMPLATE = "report.html.j2"

#: The report's colours, light and dark. Text colours have a contrast of at least
#: 4.5:1 against ``background`` and ``surface``, graphics at least 3:1 (tested).
PALETTE: dict[str, dict[str, str]] = {
    "light": {
        "background": "#ffffff",
        "surface": "#f4f6f8",
        "text": "#1a1a1a",
        "muted": "#4a4a4a",
        "link": "#0b57d0",
        "focus": "#0b57d0",
        "border": "#5b6670",
        "grid": "#d0d5da",
        "bar": "#3b5b7a",
        "normal": "#3b4650",
        "skip": "#8a4b00",
        "backward": "#b3261e",
        "error": "#b3261e",
        "warning": "#7a4f00",
        "info": "#1f5fa8",
        "female": "#7b2d8e",
        "male": "#00616b",
        "mark": "#ffffff",
    },
    "dark": {
        "background": "#121417",
        "surface": "#1e2228",
        "text": "#e8eaed",
        "muted": "#b6bcc4",
        "link": "#8ab4f8",
        "focus": "#8ab4f8",
        "border": "#9aa4ae",
        "grid": "#3a4048",
        "bar": "#8fb3d9",
        "normal": "#c9d1d9",
        "skip": "#f0b45a",
        "backward": "#ff8a80",
        "error": "#ff8a80",
        "warning": "#f0c05a",
        "info": "#8ab4f8",
        "female": "#e0a3f0",
        "male": "#5fd4d0",
        "mark": "#121417",
    },
}
#: Which palette entries are text (4.5:1) and which are graphics (3:1).
TEXT_COLOURS = ("text", "muted", "link", "error", "warning", "info", "female", "male")
GRAPHIC_COLOURS = ("border", "bar", "normal", "skip", "backward", "focus")

_RANK = {level.value: level.rank for level in LEVELS}
#: Words at least this long get line-break opportunities (``<wbr>``) every ``_CHUNK`` characters.
_LONG_WORD = re.compile(r"(\S{25,})")
_CHUNK = 12


@functools.cache
def environment() -> Environment:
    """The jinja2 environment of the HTML report: autoescape on, undefined names are errors.

    Made once per process, so jinja2 compiles each template once, not once per report.
    """
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("effektkedja.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["text"] = breakable
    env.filters["plain"] = clean
    env.filters["fill"] = _fill
    env.globals.update(
        chain_figure=_chain_figure,
        link_sample=_link_sample,
        flag_sample=lambda: _markup(flag_sample()),
        indicator_chart=_indicator_chart,
        css_variables=_css_variables,
        bar_width=_bar_width,
    )
    return env


def render_html(
    results: Iterable[PlanResult],
    summary: Summary,
    lang: str = "sv",
    today: date | None = None,
    portfolio: bool = False,
) -> str:
    """The HTML report on ``results`` in ``lang`` (``sv`` or ``en``), as one page.

    The same content as :func:`effektkedja.render.markdown.render_report` (``today`` is the
    report date, ``portfolio`` asks for the portfolio roll-up first).
    """
    view = report_view(list(results), summary, lang, today or date.today(), portfolio)
    context = {name: getattr(view, name) for name in view.__dataclass_fields__}
    text = environment().get_template(HTML_TEMPLATE).render(context)
    return "\n".join(line.rstrip() for line in text.splitlines() if line.strip()) + "\n"


# --- reading the context ---------------------------------------------------------------------


def _get(item: Any, name: str) -> Any:
    """``item.name`` for a view object, ``item[name]`` for the dicts of today's context."""
    if isinstance(item, Mapping):
        return item[name]
    return getattr(item, name)


def _texts(lang: str) -> Mapping[str, str]:
    return report_texts(lang)


def _count(lang: str, noun: str, n: int) -> str:
    return count(n, noun, lang)


def breakable(value: object) -> Any:
    """Plan text for HTML content: :func:`clean`, escaped, with ``<wbr>`` inside very long words.

    A word of 25 characters or more (a pasted URL, a hostile name) may then wrap
    in a narrow table column or on paper instead of running off the page; the
    words themselves are unchanged (``<wbr>`` adds no character). Not for
    ``<title>`` or attribute values: use the ``plain`` filter there.
    """
    from markupsafe import Markup, escape

    parts = _LONG_WORD.split(clean(value))
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append("<wbr>".join(str(escape(chunk)) for chunk in _chunks(part)))
        else:
            out.append(str(escape(part)))
    return Markup("".join(out))


def _chunks(word: str) -> list[str]:
    """``word`` in pieces of about ``_CHUNK`` characters, never splitting a mark from its letter."""
    pieces = []
    start = 0
    while start < len(word):
        end = min(start + _CHUNK, len(word))
        while end < len(word) and (
            unicodedata.combining(word[end]) or word[end] in "\u200d\ufe0e\ufe0f"
        ):
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


def _fill(template: str, **args: Any) -> str:
    """A report text with its ``{placeholders}`` filled in (plan text cleaned first)."""
    return template.format(**{key: clean(value) for key, value in args.items()})


# --- the chain -------------------------------------------------------------------------------


def _chain_figure(plan: Any, prefix: str, lang: str) -> Any:
    """The plan's chain as inline SVG markup (already escaped inside)."""
    from markupsafe import Markup

    t = _texts(lang)
    initiatives = _get(plan, "initiatives")
    nodes = [
        ChainNode(
            _get(i, "node"),
            _get(i, "name"),
            _RANK[_get(i, "level")],
            _get(i, "severity"),
        )
        for i in initiatives
    ]
    edges = [
        ChainEdge(_get(e, "source"), _get(e, "target"), _get(e, "kind"))
        for e in _get(_get(plan, "diagram"), "edges")
    ]
    levels = [_get(level, "label") for level in _get(plan, "levels")]
    text = ChainText(
        title=t["html_chain_title"].format(organisation=clean(_get(plan, "title"))),
        description=_chain_description(initiatives, edges, levels, lang),
        levels=levels,
        flags={key: t[f"severity_one.{key}"].capitalize() for key in ("error", "warning", "info")},
        empty=t["html_chain_empty_column"],
    )
    return Markup(chain_svg(nodes, edges, text, id_prefix=f"{prefix}-chain"))


def _link_sample(kind: str) -> Any:
    return _markup(link_sample(kind))


def _markup(svg: str) -> Any:
    """SVG built (and escaped) in Python, as markup the template does not escape again."""
    from markupsafe import Markup

    return Markup(svg)


def _chain_description(
    initiatives: Sequence[Any], edges: Sequence[ChainEdge], labels: list[str], lang: str
) -> str:
    t = _texts(lang)
    counts = [
        t["html_chain_desc_level"].format(
            level=label, n=sum(1 for i in initiatives if _get(i, "level") == level.value)
        )
        for level, label in zip(LEVELS, labels, strict=True)
    ]
    skip = sum(1 for e in edges if e.kind == "skip")
    backward = sum(1 for e in edges if e.kind == "backward")
    if not edges:
        links = t["html_chain_desc_none"]
    elif skip or backward:
        links = t["html_chain_desc_kinds"].format(
            links=_count(lang, "link", len(edges)), skip=skip, backward=backward
        )
    else:
        links = t["html_chain_desc_links"].format(links=_count(lang, "link", len(edges)))
    text = t["html_chain_desc"].format(
        initiatives=_count(lang, "initiative", len(initiatives)),
        levels=", ".join(counts),
        links=links,
    )
    flagged = sum(1 for i in initiatives if _get(i, "severity") is not None)
    if flagged:
        text += " " + t["html_chain_desc_flagged"].format(count=_count(lang, "initiative", flagged))
    return text


# --- indicators ------------------------------------------------------------------------------


def _indicator_chart(indicator: Any, prefix: str, lang: str) -> Any:
    """The indicator's chart as inline SVG markup, or None when it has no values to draw."""
    from markupsafe import Markup

    t = _texts(lang)
    points = _get(indicator, "points")
    chart_points = [
        ChartPoint(
            clean(_get(p, "when")),
            _get(p, "female"),
            _get(p, "male"),
            _get(p, "kind") == "target",
        )
        for p in points
    ]
    female, male = _get(indicator, "female_word"), _get(indicator, "male_word")
    name = clean(_get(indicator, "name"))
    text = ChartText(
        title=t["html_chart_title"].format(name=name, female=female, male=male),
        description=_chart_description(indicator, t),
        female=_get(indicator, "female_label"),
        male=_get(indicator, "male_label"),
        target=t["html_chart_target_word"],
        unit=clean(_get(indicator, "unit")) or None,
    )
    svg = chart_svg(
        chart_points,
        text,
        lambda value: format_number(value, lang),
        id_prefix=prefix,
    )
    return Markup(svg) if svg is not None else None


def _chart_description(indicator: Any, t: Mapping[str, str]) -> str:
    points = _get(indicator, "points")
    measured = [p for p in points if _get(p, "kind") != "target"]
    sentences = []
    for sex, label in (("female", "female_label"), ("male", "male_label")):
        values = [
            t["html_chart_value"].format(value=_get(p, f"{sex}_text"), when=clean(_get(p, "when")))
            for p in measured
            if _get(p, sex) is not None
        ]
        if values:
            sentences.append(
                t["html_chart_series"].format(sex=_get(indicator, label), values=", ".join(values))
            )
    target = next((p for p in points if _get(p, "kind") == "target"), None)
    if target is not None:
        sentences.append(
            t["html_chart_target"].format(
                when=clean(_get(target, "when")),
                female=_get(indicator, "female_word"),
                male=_get(indicator, "male_word"),
                female_value=_get(target, "female_text") or "–",
                male_value=_get(target, "male_text") or "–",
            )
        )
    return " ".join(sentences)


# --- style -----------------------------------------------------------------------------------


def _css_variables(mode: str) -> str:
    """The palette as CSS custom properties (``--ek-text: #1a1a1a;`` …)."""
    return " ".join(f"--ek-{name}: {value};" for name, value in PALETTE[mode].items())


def _bar_width(count: int, peak: int) -> str:
    """A bar's width in per cent of the widest, for the decorative bars in the level tables."""
    if not peak or not count:
        return "0"
    return f"{max(2.0, 100 * count / peak):.1f}"
