"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run whose tool driver lists every rule in the registry (so ``ruleIndex``
means the same in every report), with the rule's documentation as help. Every
finding is a result, accepted ones too: those carry a suppression with the
plan's ``motivering``, so viewers show them as dismissed rather than lose them.
Locations are relative to ``%SRCROOT%``, the directory the check ran in.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from effektkedja import __version__
from effektkedja.domain import Severity
from effektkedja.engine import PlanResult, Summary
from effektkedja.findings import Finding
from effektkedja.render.ci import artifact_uri, describe, fingerprints
from effektkedja.rules import CODES, rule, rule_doc

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/effektkedja/"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "effektkedja/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
RULE_INDEX = {code: index for index, code in enumerate(CODES)}


def document(results: list[PlanResult], lang: str, cwd: Path | None = None) -> dict[str, Any]:
    """The SARIF log as Python data, with paths relative to ``cwd`` (default: the current one)."""
    here = Path.cwd() if cwd is None else cwd
    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[str, int] = {}
    for result in results:
        location = _artifact_location(result.path, here)
        if location["uri"] not in artifact_index:
            artifact_index[location["uri"]] = len(artifacts)
            artifacts.append({"location": location})

    findings = [finding for result in results for finding in result.findings]
    prints = fingerprints(findings, here)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "effektkedja",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "language": lang,
                        "rules": [_rule(code, lang) for code in CODES],
                    }
                },
                "language": lang,
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {SRCROOT: {"uri": _directory_uri(here)}},
                "artifacts": artifacts,
                "results": [
                    _result(finding, fingerprint, lang, here, artifact_index)
                    for finding, fingerprint in zip(findings, prints, strict=True)
                ],
            }
        ],
    }


def render(results: list[PlanResult], summary: Summary, lang: str) -> str:
    """Serialise the SARIF log (indented, å/ä/ö kept as they are)."""
    return json.dumps(document(results, lang), ensure_ascii=False, indent=2) + "\n"


def _rule(code: str, lang: str) -> dict[str, Any]:
    """A ``reportingDescriptor`` for one rule, from the registry and its documentation."""
    doc = rule_doc(code, lang)
    unit = rule(code)
    return {
        "id": code,
        "name": unit.name,
        "shortDescription": {"text": doc.title},
        "fullDescription": {"text": first_paragraph(doc.body)},
        "help": {"text": doc.body, "markdown": doc.body},
        "defaultConfiguration": {"level": LEVELS[unit.severity]},
    }


def first_paragraph(markdown: str) -> str:
    """The first paragraph of a rule doc, that is of its "what it checks" section."""
    paragraph: list[str] = []
    for line in markdown.splitlines():
        if line.startswith("#"):
            if paragraph:
                break
            continue
        if not line.strip():
            if paragraph:
                break
            continue
        paragraph.append(line.strip())
    return " ".join(paragraph)


def _directory_uri(directory: Path) -> str:
    """A ``file:`` URI for a directory; SARIF wants base URIs to end in a slash."""
    uri = directory.as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _artifact_location(path: str, cwd: Path) -> dict[str, Any]:
    uri, relative = artifact_uri(path, cwd)
    return {"uri": uri, "uriBaseId": SRCROOT} if relative else {"uri": uri}


def _result(
    finding: Finding, fingerprint: str, lang: str, cwd: Path, artifact_index: dict[str, int]
) -> dict[str, Any]:
    """One SARIF ``result``: rule, level, message, location, fingerprint, suppression."""
    location = _artifact_location(finding.path, cwd)
    if location["uri"] in artifact_index:
        location["index"] = artifact_index[location["uri"]]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": RULE_INDEX[finding.rule],
        "level": LEVELS[finding.severity],
        "message": {"text": describe(finding, lang)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": location,
                    "region": {
                        "startLine": max(1, finding.line),
                        "startColumn": max(1, finding.column),
                    },
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    if finding.accepted:
        # The exception is written in the plan itself, next to the initiative:
        # SARIF calls that an in-source suppression.
        result["suppressions"] = [{"kind": "inSource", "justification": finding.reason or ""}]
    if finding.initiative is not None:
        result["properties"] = {"initiative": finding.initiative}
    return result
