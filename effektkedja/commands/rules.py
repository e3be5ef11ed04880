"""``effektkedja rules`` and ``effektkedja explain CODE``: the rule catalogue."""

from __future__ import annotations

import json
import sys

from effektkedja.commands import EXIT_OK, fail


def run_rules(output_format: str, lang: str) -> int:
    """Print the catalogue as a table (text), Markdown (docs/rules.md) or JSON."""
    from effektkedja.render.catalogue import rules_markdown, rules_table
    from effektkedja.rules import rule_doc, rules

    if output_format == "markdown":
        sys.stdout.write(rules_markdown(lang))
    elif output_format == "json":
        catalogue = [
            {
                "code": info.code,
                "name": info.name,
                "severity": info.severity.value,
                "title": rule_doc(info.code, lang).title,
            }
            for info in rules()
        ]
        sys.stdout.write(json.dumps(catalogue, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(rules_table(lang))
    return EXIT_OK


def run_explain(code: str, lang: str, color: bool) -> int:
    """Print one rule's documentation; an unknown code is a usage error with a suggestion."""
    from effektkedja.model import suggest
    from effektkedja.render.catalogue import explain, plain
    from effektkedja.rules import CODES, by_name, rules

    wanted = code.strip().upper()
    if wanted not in CODES:
        named = by_name(code)
        if named is None:
            choices = [*CODES, *(item.name for item in rules())]
            raise fail("err.unknown_rule", lang, value=code, suggestion=suggest(code, choices))
        wanted = named
    text = explain(wanted, lang)
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        Console(color_system="auto" if color else None).print(Markdown(text))
    else:
        sys.stdout.write(plain(text))
    return EXIT_OK
