"""``--format gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON array with one object per counted finding (accepted ones are left out),
holding the fields GitLab reads: ``description``, ``check_name``,
``fingerprint``, ``severity`` and ``location.path`` / ``location.lines.begin``.
GitLab compares fingerprints between the source and target branch of a merge
request, so they are stable across runs and unique within a report
(:func:`effektkedja.render.ci.fingerprints`). No byte order mark: GitLab's
parser rejects one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from effektkedja.domain import Severity
from effektkedja.engine import PlanResult, Summary
from effektkedja.render.ci import describe, fingerprints, relative_path

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def document(results: list[PlanResult], lang: str, cwd: Path | None = None) -> list[dict[str, Any]]:
    """The report as Python data; paths are made relative to ``cwd`` (default: the current one)."""
    counted = [finding for result in results for finding in result.findings if not finding.accepted]
    return [
        {
            "description": describe(finding, lang),
            "check_name": finding.rule,
            "fingerprint": fingerprint,
            "severity": SEVERITIES[finding.severity],
            "location": {
                "path": relative_path(finding.path, cwd),
                "lines": {"begin": max(1, finding.line)},
            },
        }
        for finding, fingerprint in zip(counted, fingerprints(counted, cwd), strict=True)
    ]


def render(results: list[PlanResult], summary: Summary, lang: str) -> str:
    """Serialise the report (indented, å/ä/ö kept as they are)."""
    return json.dumps(document(results, lang), ensure_ascii=False, indent=2) + "\n"
