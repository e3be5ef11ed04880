"""``--format gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON array with one object per counted finding (accepted ones are left out),
holding the fields GitLab reads: ``description``, ``check_name``,
``fingerprint``, ``severity`` and ``location.path`` / ``location.lines.begin``.
GitLab compares fingerprints between the source and target branch of a merge
request, so they are stable across runs and unique within a report
(:class:`effektkedja.render.ci.Fingerprinter`). No byte order mark: GitLab's
parser rejects one.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from effektkedja.domain import Severity
from effektkedja.engine import PlanResult, Summary
from effektkedja.findings import Finding
from effektkedja.render.ci import Fingerprinter, describe, relative_path
from effektkedja.render.stream import JsonArray

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def _entry(finding: Finding, fingerprint: str, lang: str, cwd: Path | None) -> dict[str, Any]:
    return {
        "description": describe(finding, lang),
        "check_name": finding.rule,
        "fingerprint": fingerprint,
        "severity": SEVERITIES[finding.severity],
        "location": {
            "path": relative_path(finding.path, cwd),
            "lines": {"begin": max(1, finding.line)},
        },
    }


def write(
    results: Iterable[PlanResult],
    summary: Summary,
    lang: str,
    out: TextIO,
    indent: int | None,
    cwd: Path | None = None,
) -> None:
    """Write the report to ``out`` as ``results`` arrive, one plan's findings at a time."""
    fingerprint = Fingerprinter(cwd)
    out.write("[")
    entries = JsonArray(out, indent, 0)
    for result in results:
        for finding in result.findings:
            if not finding.accepted:
                entries.add(_entry(finding, fingerprint(finding), lang, cwd))
    out.write(entries.close() + "\n")


def document(results: list[PlanResult], lang: str, cwd: Path | None = None) -> list[dict[str, Any]]:
    """The report as Python data; paths are made relative to ``cwd`` (default: the current one)."""
    out = io.StringIO()
    write(results, Summary(), lang, out, None, cwd)
    loaded: list[dict[str, Any]] = json.loads(out.getvalue())
    return loaded


def render(results: list[PlanResult], summary: Summary, lang: str) -> str:
    """Serialise the report (indented, å/ä/ö kept as they are)."""
    out = io.StringIO()
    write(results, summary, lang, out, 2)
    return out.getvalue()
