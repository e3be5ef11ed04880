"""The rule registry: every rule code, its name, default severity and where it lives.

This module is deliberately light (no rule logic is imported here) so that the
model can validate ``undantag`` codes and the CLI can list rules without loading
the checks. The checks live in one module per rule family; each rule's user
documentation (what, why, how to fix, example) is Markdown in ``docs/<lang>/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from effektkedja.domain import Severity

E, W, N = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What the registry knows of a rule without importing its check."""

    code: str
    name: str
    severity: Severity
    family: str  # the module in effektkedja.rules that produces it


RULES: dict[str, RuleInfo] = {
    info.code: info
    for info in (
        RuleInfo("EK001", "invalid-yaml", E, "loading"),
        RuleInfo("EK002", "invalid-plan", E, "loading"),
        RuleInfo("EK003", "duplicate-key", E, "loading"),
        RuleInfo("EK004", "duplicate-id", E, "links"),
        RuleInfo("EK005", "unknown-link", E, "links"),
        RuleInfo("EK006", "link-cycle", E, "links"),
        RuleInfo("EK101", "backward-link", W, "links"),
        RuleInfo("EK102", "chain-stops-short", W, "links"),
        RuleInfo("EK103", "skipped-level", W, "links"),
        RuleInfo("EK104", "unreached-outcome", W, "links"),
        RuleInfo("EK105", "no-outcome", W, "links"),
        RuleInfo("EK106", "overclaimed-level", W, "levels"),
        RuleInfo("EK107", "underclaimed-level", N, "levels"),
        RuleInfo("EK108", "level-from-wording", N, "levels"),
        RuleInfo("EK201", "not-sex-disaggregated", W, "indicators"),
        RuleInfo("EK202", "outcome-without-indicator", W, "indicators"),
        RuleInfo("EK203", "missing-baseline", W, "indicators"),
        RuleInfo("EK204", "missing-target", N, "indicators"),
        RuleInfo("EK205", "follow-up-missing", W, "indicators"),
        RuleInfo("EK206", "gap-widened", W, "indicators"),
        RuleInfo("EK207", "missing-source", N, "indicators"),
        RuleInfo("EK301", "missing-owner", N, "governance"),
        RuleInfo("EK302", "missing-delmal", W, "governance"),
        RuleInfo("EK303", "missing-malgrupp", W, "governance"),
        RuleInfo("EK304", "product-without-decision", N, "governance"),
        RuleInfo("EK305", "practice-without-application", W, "governance"),
        RuleInfo("EK306", "overdue-status", N, "governance"),
    )
}

#: Rule families run on a valid plan, in this order.
FAMILIES: tuple[str, ...] = ("links", "levels", "indicators", "governance")


def matches(code: str, patterns: list[str] | tuple[str, ...]) -> bool:
    """True when ``code`` equals or starts with one of ``patterns``.

    ``EK1`` selects EK101-EK108; ``EK102`` only itself.
    """
    return any(code.startswith(pattern.upper()) for pattern in patterns)


@dataclass(frozen=True, slots=True)
class RuleDoc:
    """A rule's user documentation in one language."""

    code: str
    name: str
    title: str
    body: str  # Markdown: what it checks, why it matters, how to fix, example


@cache
def rule_doc(code: str, lang: str = "sv") -> RuleDoc:
    """Read a rule's documentation (front matter + Markdown) shipped with the package."""
    text = (
        resources.files("effektkedja.rules")
        .joinpath("docs")
        .joinpath(lang)
        .joinpath(f"{code}.md")
        .read_text(encoding="utf-8")
    )
    meta: dict[str, str] = {}
    body = text
    if text.startswith("---\n"):
        head, _, body = text[4:].partition("\n---\n")
        for line in head.splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    return RuleDoc(code, meta.get("name", RULES[code].name), meta.get("title", code), body.strip())
