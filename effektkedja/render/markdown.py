"""Markdown reports (``effektkedja report``): the report view through a jinja2 template.

    results → :func:`~effektkedja.views.report.report_view` (typed, raw text)
      → template + escaping filters → Markdown

The default template ships in ``templates/``; a user's template (``--template``)
gets the same context and filters and may include or import the bundled
partials by name. Plan text is only ever data: it is never compiled as a
template, and the filters in :mod:`effektkedja.render.escape` keep it from
becoming Markdown structure, HTML or Mermaid syntax.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from effektkedja.engine import PlanResult, Summary
from effektkedja.views.report import report_view

if TYPE_CHECKING:  # jinja2 is imported when a report is rendered, not before
    from jinja2 import Environment

__all__ = [
    "DEFAULT_TEMPLATE",
    "ReportTemplateError",
    "environment",
    "render_report",
]

#: The bundled template, in ``effektkedja/render/templates/``.
DEFAULT_TEMPLATE = "report.md.j2"
_BLANK_LINES = re.compile(r"\n{3,}")


class ReportTemplateError(Exception):
    """A user's template could not be read or rendered.

    ``path`` is the template file, ``line`` the line in it where known (else None),
    ``detail`` jinja2's description of the problem (English).
    """

    def __init__(self, path: str, line: int | None, detail: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {detail}")
        self.path = path
        self.line = line
        self.detail = detail


def environment(folder: Path | None = None) -> Environment:
    """The jinja2 environment for report templates.

    Markdown is not HTML, so autoescaping is off and escaping is explicit with
    the filters ``md``, ``cell``, ``code`` and ``mermaid_label``. Undefined names
    are errors (``StrictUndefined``). Templates are looked up in ``folder`` first
    (a user's templates), then among the bundled ones.
    """
    from jinja2 import (
        BaseLoader,
        ChoiceLoader,
        Environment,
        FileSystemLoader,
        PackageLoader,
        StrictUndefined,
    )

    from effektkedja.render.escape import FILTERS

    loaders: list[BaseLoader] = [FileSystemLoader(str(folder))] if folder is not None else []
    loaders.append(PackageLoader("effektkedja.render", "templates"))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    return env


@functools.cache
def _bundled() -> Environment:
    """The environment of the bundled templates, made once: jinja2 then compiles
    each template once per process, not once per report (some 50 ms)."""
    return environment()


def render_report(
    results: Iterable[PlanResult],
    summary: Summary,
    lang: str = "sv",
    today: date | None = None,
    template: Path | None = None,
    portfolio: bool = False,
) -> str:
    """The Markdown report on ``results`` in ``lang`` (``sv`` or ``en``).

    ``today`` is the report date (default: the real date). With ``template`` the
    user's jinja2 file is rendered instead of the bundled one; its problems raise
    :class:`ReportTemplateError`. With ``portfolio`` the report is a portfolio
    report: the roll-up across organisations first (see :func:`report_view`).
    """
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError

    view = report_view(list(results), summary, lang, today or date.today(), portfolio)
    context = {name: getattr(view, name) for name in view.__dataclass_fields__}
    if template is None:
        text = _bundled().get_template(DEFAULT_TEMPLATE).render(context)
        return _BLANK_LINES.sub("\n\n", text).strip() + "\n"
    path = Path(template)
    try:
        env = environment(path.resolve().parent)
        text = env.get_template(path.name).render(context)
    except TemplateSyntaxError as exc:
        raise ReportTemplateError(str(exc.filename or path), exc.lineno, exc.message or "") from exc
    except TemplateNotFound as exc:
        raise ReportTemplateError(str(path), None, f"template not found: {exc.name}") from exc
    except TemplateError as exc:
        raise ReportTemplateError(str(path), _template_line(exc, path), str(exc)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ReportTemplateError(str(path), None, str(exc)) from exc
    return text if text.endswith("\n") else text + "\n"


def _template_line(exc: BaseException, path: Path) -> int | None:
    """The line in the user's template where rendering failed, from the traceback."""
    tb = exc.__traceback__
    line = None
    name = path.name
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_code.co_filename.endswith(name):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
