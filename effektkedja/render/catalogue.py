"""The rule catalogue for people: the `rules` table, `explain CODE` and docs/rules.md.

One source for all three: the registry (code, name, severity) and each rule's
Markdown documentation in ``docs/<lang>/``.
"""

from __future__ import annotations

import re

from effektkedja.domain import Severity
from effektkedja.rules import rule, rule_doc, rules

SEVERITY_WORDS = {
    "sv": {Severity.ERROR: "fel", Severity.WARNING: "varning", Severity.INFO: "upplysning"},
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"},
}
#: The columns of the catalogue. The rule names (``chain-stops-short``) are English
#: identifiers: the Swedish catalogue leaves them out and gives the Swedish title.
_HEADINGS = {
    "sv": ("kod", "grad", "vad den fångar"),
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


def _row(code: str, lang: str) -> tuple[str, ...]:
    """A rule's row of the catalogue: code, (English name,) severity, title."""
    info = rule(code)
    severity = SEVERITY_WORDS[lang][info.severity]
    title = rule_doc(code, lang).title
    return (code, severity, title) if lang == "sv" else (code, info.name, severity, title)


def rules_table(lang: str = "sv") -> str:
    """One line per rule: code, (name,) default severity, title (fits 100 columns)."""
    rows = [_HEADINGS[lang]] + [_row(info.code, lang) for info in rules()]
    fixed = len(rows[0]) - 1
    widths = [max(len(row[i]) for row in rows) for i in range(fixed)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row[:fixed], widths, strict=True))
        + "  "
        + row[fixed]
        for row in rows
    ]
    return "\n".join(lines) + "\n"


def explain(code: str, lang: str = "sv") -> str:
    """The full documentation of one rule as Markdown."""
    info = rule(code)
    doc = rule_doc(code, lang)
    severity = SEVERITY_WORDS[lang][info.severity]
    name = "" if lang == "sv" else f" {info.name}"
    return f"# {code}{name}: {doc.title}\n\n*{severity}*\n\n{doc.body}\n"


def anchor(code: str, lang: str) -> str:
    """The anchor of a rule's section on the rules page."""
    return code.lower() if lang == "sv" else f"{code}-{rule(code).name}".lower()


def rules_markdown(lang: str = "sv") -> str:
    """The whole rule reference page (docs/rules.md)."""
    title, note = _PAGE[lang]
    words = SEVERITY_WORDS[lang]
    heading = _HEADINGS[lang]
    lines = [title, "", note, "", "| " + " | ".join(heading) + " |", "|---" * len(heading) + "|"]
    for info in rules():
        code, *middle, title_ = _row(info.code, lang)
        cells = [f"[{code}](#{anchor(code, lang)})"]
        cells += [f"`{value}`" if value == info.name else value for value in middle]
        lines.append("| " + " | ".join([*cells, title_]) + " |")
    for info in rules():
        code = info.code
        doc = rule_doc(code, lang)
        body = doc.body.replace("\n## ", "\n### ")
        if body.startswith("## "):
            body = "#" + body
        lines += [
            "",
            f"## {code}" if lang == "sv" else f"## {code} {info.name}",
            "",
            f"**{doc.title}** · {words[info.severity]}",
            "",
            body,
        ]
    return "\n".join(lines) + "\n"


_FENCE = re.compile(r"^```")
_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`")


def plain(markdown: str) -> str:
    """A rule's Markdown as plain text for a pipe or a file: no markup left to read.

    Headings are underlined, code blocks indented, and emphasis and backticks
    dropped; lists and paragraphs stay as they are.
    """
    lines: list[str] = []
    in_code = False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            lines.append("    " + line if line else "")
            continue
        heading = re.match(r"^(#+)\s+(.*)$", line)
        text = _EMPHASIS.sub(lambda m: next(g for g in m.groups() if g is not None), line)
        if heading is not None:
            title = _EMPHASIS.sub(lambda m: next(g for g in m.groups() if g), heading.group(2))
            lines += [title, ("=" if len(heading.group(1)) == 1 else "-") * len(title)]
        else:
            lines.append(text)
    return "\n".join(lines).rstrip() + "\n"
