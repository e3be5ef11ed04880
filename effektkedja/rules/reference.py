"""The rule catalogue as text: the `rules` table, `explain CODE` and docs/rules.md.

One source for all three: the registry (code, name, severity) and each rule's
Markdown documentation in ``docs/<lang>/``.
"""

from __future__ import annotations

from effektkedja.domain import Severity
from effektkedja.rules import rule, rule_doc, rules

SEVERITY_WORDS = {
    "sv": {Severity.ERROR: "fel", Severity.WARNING: "varning", Severity.INFO: "info"},
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"},
}
_HEADINGS = {
    "sv": ("kod", "namn", "grad", "vad den fångar"),
    "en": ("code", "name", "severity", "what it catches"),
}
_PAGE = {
    "sv": (
        "# Regler",
        "Genererad med `effektkedja rules --format markdown`; ändra i "
        "`effektkedja/rules/docs/` i stället. Regelkoderna byter aldrig betydelse.",
    ),
    "en": (
        "# Rules",
        "Generated with `effektkedja rules --format markdown --lang en`; edit "
        "`effektkedja/rules/docs/` instead. Rule codes never change meaning.",
    ),
}


def rules_table(lang: str = "sv") -> str:
    """One line per rule: code, name, default severity, title (fits 100 columns)."""
    words = SEVERITY_WORDS[lang]
    heading = _HEADINGS[lang]
    rows = [heading] + [
        (info.code, info.name, words[info.severity], rule_doc(info.code, lang).title)
        for info in rules()
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return (
        "\n".join(
            "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True))
            + "  "
            + row[3]
            for row in rows
        )
        + "\n"
    )


def explain(code: str, lang: str = "sv") -> str:
    """The full documentation of one rule as Markdown."""
    info = rule(code)
    doc = rule_doc(code, lang)
    severity = SEVERITY_WORDS[lang][info.severity]
    return f"# {code} {info.name}: {doc.title}\n\n*{severity}*\n\n{doc.body}\n"


def rules_markdown(lang: str = "sv") -> str:
    """The whole rule reference page (docs/rules.md)."""
    title, note = _PAGE[lang]
    words = SEVERITY_WORDS[lang]
    heading = _HEADINGS[lang]
    lines = [title, "", note, "", "| " + " | ".join(heading) + " |", "|---|---|---|---|"]
    for info in rules():
        code = info.code
        doc = rule_doc(code, lang)
        anchor = f"{code}-{info.name}".lower()
        lines.append(
            f"| [{code}](#{anchor}) | `{info.name}` | {words[info.severity]} | {doc.title} |"
        )
    for info in rules():
        code = info.code
        doc = rule_doc(code, lang)
        body = doc.body.replace("\n## ", "\n### ")
        if body.startswith("## "):
            body = "#" + body
        lines += [
            "",
            f"## {code} {info.name}",
            "",
            f"**{doc.title}** · {words[info.severity]}",
            "",
            body,
        ]
    return "\n".join(lines) + "\n"
