"""The rule registry: every rule code, and where its unit lives.

A rule is one module, ``effektkedja/rules/ek<nnn>.py``, defining ``RULE`` (see
:mod:`effektkedja.rules.base`), plus its documentation in ``docs/<lang>/<CODE>.md``.
This module only lists the codes and imports a rule's module when it is asked
for, so that the model can validate ``undantag`` codes and the command line can
parse ``--select`` without loading any check. Adding a rule: write its module and
its docs, add its code to :data:`CODES`, add a fixture case in tests/fixtures/rules/.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import import_module, resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from effektkedja.rules.base import Rule

#: Every rule, in the order of the catalogue. Codes never change meaning.
CODES: tuple[str, ...] = (
    "EK001", "EK002", "EK003", "EK004", "EK005", "EK006",
    "EK101", "EK102", "EK103", "EK104", "EK105", "EK106", "EK107", "EK108", "EK109",
    "EK201", "EK202", "EK203", "EK204", "EK205", "EK206", "EK207", "EK208", "EK209",
    "EK301", "EK302", "EK303", "EK304", "EK305", "EK306", "EK307",
    "EK401", "EK402", "EK403", "EK404", "EK405", "EK406", "EK407",
)  # fmt: skip
KNOWN = frozenset(CODES)


@cache
def rule(code: str) -> Rule:
    """The rule with ``code`` (KeyError for a code that is not in :data:`CODES`)."""
    if code not in KNOWN:
        raise KeyError(code)
    found: Rule = import_module(f"effektkedja.rules.{code.lower()}").RULE
    return found


def rules() -> list[Rule]:
    """Every rule, in catalogue order."""
    return [rule(code) for code in CODES]


def by_name(name: str) -> str | None:
    """The code of the rule called ``name`` (``chain-stops-short``), if there is one."""
    wanted = name.strip().lower()
    return next((item.code for item in rules() if item.name == wanted), None)


def matches(code: str, patterns: list[str] | tuple[str, ...]) -> bool:
    """True when ``code`` equals or starts with one of ``patterns``.

    ``EK1`` selects EK101-EK109; ``EK102`` only itself.
    """
    return any(code.startswith(pattern.upper()) for pattern in patterns)


def template(key: str, lang: str) -> str | None:
    """The text of a finding's message key (``EK105.one``) in ``lang``, if it names a rule."""
    code, _, variant = key.partition(".")
    if code not in KNOWN:
        return None
    return rule(code).template(variant, lang)


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
    return RuleDoc(code, meta.get("name", rule(code).name), meta.get("title", code), body.strip())
