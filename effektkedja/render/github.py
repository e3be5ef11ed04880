"""``--format github``: GitHub Actions workflow commands, shown as annotations on a pull request.

One command per counted finding (accepted ones are left out), each file's
commands inside ``::group::`` / ``::endgroup::`` so the job log folds per file::

    ::group::plans/kommun.yaml
    ::warning file=plans/kommun.yaml,line=80,col=5,title=EK102 chain-stops-short::utbildning: …
    ::endgroup::
    ::notice::1 plan, 11 insatser · 0 fel, 1 varningar, 0 info

Values are escaped exactly as ``@actions/core`` does (``escapeData`` and
``escapeProperty`` in ``packages/core/src/command.ts``), which the runner undoes
before it shows them: a plan's own text can never end a command early or start
a new one.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import TextIO

from effektkedja.domain import Severity
from effektkedja.engine import PlanResult, Summary
from effektkedja.render.ci import describe, relative_path
from effektkedja.render.totals import accepted_text, findings_text, plans_text
from effektkedja.rules import rule
from effektkedja.sanitize import visible

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """A command's message: ``%``, CR and LF percent-encoded (toolkit ``escapeData``)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A property value: as data, plus ``:`` and ``,`` (toolkit ``escapeProperty``)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str], message: str) -> str:
    """One workflow command line, ``::name key=value,…::message``, escaped."""
    line = f"::{name}"
    if properties:
        line += " " + ",".join(
            f"{key}={escape_property(value)}" for key, value in properties.items()
        )
    # The message is for people: control characters and bidi overrides in plan text are
    # shown as <U+XXXX>, so they can neither colour the log nor reorder what is read.
    shown = "\r".join(visible(part) for part in message.split("\r"))
    return f"{line}::{escape_data(shown)}"


def write(
    results: Iterable[PlanResult],
    summary: Summary,
    lang: str,
    out: TextIO,
    indent: int | None = None,
) -> None:
    """Write workflow commands to ``out`` as ``results`` arrive (``indent`` is not used)."""
    for result in results:
        counted = [finding for finding in result.findings if not finding.accepted]
        if not counted:
            continue
        lines = [command("group", {}, relative_path(result.path))]
        for finding in counted:
            properties = {
                "file": relative_path(finding.path),
                "line": str(finding.line),
                "col": str(finding.column),
                "title": f"{finding.rule} {rule(finding.rule).name}",
            }
            lines.append(command(COMMANDS[finding.severity], properties, describe(finding, lang)))
        lines.append(command("endgroup", {}, ""))
        out.write("\n".join(lines) + "\n")
    out.write(command("notice", {}, _totals(summary, lang)) + "\n")


def render(results: list[PlanResult], summary: Summary, lang: str) -> str:
    """Workflow commands for all counted findings, grouped per file, then the totals."""
    out = io.StringIO()
    write(results, summary, lang, out)
    return out.getvalue()


def _totals(summary: Summary, lang: str) -> str:
    """The summary line: plans, initiatives, findings by severity, accepted exceptions."""
    parts = [plans_text(summary, lang), findings_text(summary, lang)]
    accepted = accepted_text(summary, lang)
    if accepted is not None:
        parts.append(accepted)
    return " · ".join(parts)
