"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run whose tool driver lists every rule in the registry (so ``ruleIndex``
means the same in every report), with the rule's documentation as help. Every
finding is a result, accepted ones too: those carry a suppression with the
plan's ``motivering``, so viewers show them as dismissed rather than lose them.
Locations are relative to ``%SRCROOT%``, the directory the check ran in.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from effektkedja import __version__
from effektkedja.domain import Severity
from effektkedja.engine import PlanResult, Summary
from effektkedja.findings import Finding
from effektkedja.render.ci import Fingerprinter, artifact_uri, describe
from effektkedja.render.stream import JsonArray, copy, dumps, key, spool
from effektkedja.rules import CODES, rule, rule_doc

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/effektkedja/"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "effektkedja/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
RULE_INDEX = {code: index for index, code in enumerate(CODES)}


def _driver(lang: str) -> dict[str, Any]:
    """The tool: effektkedja, with every rule of the registry."""
    return {
        "name": "effektkedja",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": INFORMATION_URI,
        "language": lang,
        "rules": [_rule(code, lang) for code in CODES],
    }


def write(
    results: Iterable[PlanResult],
    summary: Summary,
    lang: str,
    out: TextIO,
    indent: int | None,
    cwd: Path | None = None,
) -> None:
    """Write the SARIF log to ``out`` as ``results`` arrive, holding no more than one plan.

    The results wait in a spool file while the artifacts (one per plan file) are
    gathered, since the log lists the artifacts first; paths are relative to
    ``cwd`` (default: the current directory).
    """
    here = Path.cwd() if cwd is None else cwd
    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[str, int] = {}
    waiting = spool()
    sarif_results = JsonArray(waiting, indent, 3)
    fingerprint = Fingerprinter(here)
    for result in results:
        location = _artifact_location(result.path, here)
        if location["uri"] not in artifact_index:
            artifact_index[location["uri"]] = len(artifacts)
            artifacts.append({"location": location})
        for finding in result.findings:
            sarif_results.add(_result(finding, fingerprint(finding), lang, here, artifact_index))
    run: dict[str, Any] = {
        "tool": {"driver": _driver(lang)},
        "language": lang,
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {SRCROOT: {"uri": _directory_uri(here)}},
        "artifacts": artifacts,
    }
    head: dict[str, Any] = {"$schema": SCHEMA, "version": "2.1.0"}
    out.write("{")
    for number, (name, part) in enumerate(head.items()):
        out.write(key(name, indent, 0, first=number == 0) + dumps(part, indent, 1))
    out.write(key("runs", indent, 0) + "[")
    if indent is not None:
        out.write("\n" + " " * (indent * 2))
    out.write("{")
    for number, (name, value) in enumerate(run.items()):
        out.write(key(name, indent, 2, first=number == 0) + dumps(value, indent, 3))
    out.write(key("results", indent, 2) + "[")
    copy(waiting, out)
    waiting.close()
    out.write(sarif_results.close())
    if indent is None:
        out.write("}]}\n")
    else:
        out.write("\n" + " " * (indent * 2) + "}\n" + " " * indent + "]\n}\n")


def document(results: list[PlanResult], lang: str, cwd: Path | None = None) -> dict[str, Any]:
    """The SARIF log as Python data, with paths relative to ``cwd`` (default: the current one)."""
    out = io.StringIO()
    write(results, Summary(), lang, out, None, cwd)
    loaded: dict[str, Any] = json.loads(out.getvalue())
    return loaded


def render(results: list[PlanResult], summary: Summary, lang: str) -> str:
    """Serialise the SARIF log (indented, å/ä/ö kept as they are)."""
    out = io.StringIO()
    write(results, summary, lang, out, 2)
    return out.getvalue()


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
    uri, relative = artifact_uri(path, cwd)  # cached: see relative_path
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
