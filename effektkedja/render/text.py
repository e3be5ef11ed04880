"""``--format text``: findings one per line, grouped by file, and a staircase summary.

Each finding is ``path:line:col: CODE message`` on one line (never wrapped, so
editors and grep can follow it), coloured by severity on a terminal and plain
when piped. With ``verbose`` every initiative's level, basis and reasons follow,
and the chains are drawn as a tree.

A rule that gathers others (``Rule.folds``: EK109 gathers EK102) shows their
findings under its own line: one indented line naming the rule and the
initiatives, or with ``verbose`` each gathered finding indented in full. They
are still counted: the summary's errors, warnings and info are those of every
other format, and it says how many of them were gathered.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TextIO

from effektkedja.domain import LEVELS, Severity
from effektkedja.engine import PlanResult, Summary
from effektkedja.findings import LOADING_RULES, Finding, describe
from effektkedja.messages import Count, render, text
from effektkedja.render.totals import accepted_text, findings_text, plans_text, reach_text
from effektkedja.rules import rule, rule_doc
from effektkedja.sanitize import for_terminal

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
BAR_WIDTH = 36
LABEL_WIDTH = 15
STEP_INDENT = 3
#: How many initiative ids a line of gathered findings names before "and N more".
FOLDED_IDS = 20
FOLDED_INDENT = "    "
#: The SGR codes of the few styles the text format uses.
SGR = {"bold": "1", "dim": "2", "italic": "3", "red": "31", "green": "32", "yellow": "33",
       "magenta": "35", "cyan": "36"}  # fmt: skip


def wants_color(stream: TextIO, allowed: bool = True) -> bool:
    """Colour only on a terminal, never with ``--no-color`` or ``NO_COLOR``; ``FORCE_COLOR``
    asks for it anywhere (as rich and most tools read these variables)."""
    if not allowed or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


class Console:
    """Writes lines to a stream, styled with ANSI codes when colour is on.

    Plain ANSI text is all the text format needs; no terminal library is loaded,
    which keeps a check's start-up short.
    """

    def __init__(self, stream: TextIO | None = None, color: bool = True) -> None:
        self.stream = stream
        self.color = wants_color(stream or sys.stdout, color)
        self.lines: list[str] = []

    def style(self, value: str, style: str) -> str:
        if not self.color or not style or not value:
            return value
        codes = ";".join(SGR[word] for word in style.split())
        return f"\x1b[{codes}m{value}\x1b[0m"

    def print(self, *parts: tuple[str, str] | str) -> None:
        """One line from parts: text, or (text, style)."""
        self.lines.append(
            "".join(part if isinstance(part, str) else self.style(*part) for part in parts)
        )

    def flush(self) -> None:
        if self.lines:
            (self.stream or sys.stdout).write("\n".join(self.lines) + "\n")
            self.lines.clear()


def make_console(stream: TextIO | None = None, color: bool = True) -> Console:
    """A console that colours only when allowed (``--no-color``, ``NO_COLOR``, a pipe)."""
    return Console(stream, color)


def one_line(text: str) -> str:
    """Plan text on one line, with nothing in it that a terminal or CI log would act on."""
    return for_terminal(text)


def gathered(findings: Sequence[Finding]) -> dict[int, list[Finding]]:
    """Counted findings gathered under another, by the position of the one gathering them.

    A rule's ``folds`` names the rules whose findings it gathers; they go under the
    first counted finding of that rule in ``findings``. Accepted findings are never
    gathered (they are shown, with their reason, in verbose output).
    """
    first: dict[str, int] = {}
    for position, finding in enumerate(findings):
        if not finding.accepted:
            first.setdefault(finding.rule, position)
    into = {
        code: first[folder]
        for folder in first
        for code in rule(folder).folds
        if code in first and code != folder
    }
    groups: dict[int, list[Finding]] = {}
    if into:
        for finding in findings:
            if not finding.accepted and finding.rule in into:
                groups.setdefault(into[finding.rule], []).append(finding)
    return groups


class TextReport:
    """Writes check results for people to read."""

    def __init__(self, console: Console, lang: str = "sv", verbose: bool = False) -> None:
        self.console = console
        self.lang = lang
        self.verbose = verbose
        self.folded = 0  # counted findings shown gathered under another, over all plans
        self.folders: set[str] = set()  # the rules they were gathered under

    def t(self, key: str, **args: object) -> str:
        return render(key, args, self.lang)

    def plan(self, result: PlanResult) -> None:
        """One file: a header, its findings, and in verbose mode levels and chains."""
        out = self.console
        if result.readable:
            about = self.t(
                "out.plan_header",
                organisation=result.organisation,
                count=Count(len(result.initiatives), "initiative"),
            )
        elif result.organisation is not None:
            about = self.t("out.plan_invalid", organisation=result.organisation)
        else:
            about = self.t("out.plan_unreadable")
        out.print((one_line(result.path), "bold"))
        out.print(("  " + one_line(about), "dim"))
        groups = gathered(result.findings)
        inside = {id(finding) for group in groups.values() for finding in group}
        shown = 0
        for position, finding in enumerate(result.findings):
            if (finding.accepted and not self.verbose) or id(finding) in inside:
                continue
            shown += 1
            out.print(*self._line(finding))
            group = groups.get(position)
            if group:
                for line in self._gathered(finding, group):
                    out.print(*line)
        if not shown:
            out.print(("  " + self.t("out.no_findings"), "green"))
        if self.verbose and result.readable:
            self._levels(result)
            self._chains(result)
        out.print("")
        out.flush()  # each file is reported and let go

    def _line(self, finding: Finding, indent: str = "") -> list[tuple[str, str] | str]:
        """One finding: ``path:line:col: CODE initiative: message``."""
        parts: list[tuple[str, str] | str] = [indent, (f"{one_line(finding.where)}:", "dim"), " "]
        parts += [(finding.rule, "dim" if finding.accepted else STYLES[finding.severity]), " "]
        if finding.initiative is not None and finding.rule not in LOADING_RULES:
            parts.append((f"{one_line(finding.initiative)}: ", "bold"))
        parts.append((one_line(describe(finding, self.lang)), "dim" if finding.accepted else ""))
        if finding.accepted:
            reason = one_line(self.t("out.accepted", reason=finding.reason))
            parts.append((f" [{reason}]", "dim italic"))
        detail = finding.args.get("detail")
        if self.verbose and isinstance(detail, str):
            parts.append((f" ({one_line(detail)})", "dim"))
        return parts

    def _gathered(self, folder: Finding, group: list[Finding]) -> list[list[tuple[str, str] | str]]:
        """The findings ``folder`` gathers: one line per rule, or each in full with -v."""
        self.folded += len(group)
        self.folders.add(folder.rule)
        if self.verbose:
            return [self._line(finding, FOLDED_INDENT) for finding in group]
        lines: list[list[tuple[str, str] | str]] = []
        for code in dict.fromkeys(finding.rule for finding in group):
            found = [finding for finding in group if finding.rule == code]
            names = [one_line(f.initiative or f.cell or f"{f.line}:{f.column}") for f in found]
            listed = ", ".join(names[:FOLDED_IDS])
            if len(names) > FOLDED_IDS:
                listed += " " + self.t("out.folded_more", count=len(names) - FOLDED_IDS)
            worst = max((f.severity for f in found), key=lambda severity: severity.weight)
            said = self.t(
                "out.folded",
                title=rule_doc(code, self.lang).title,
                count=Count(len(found), "initiative"),
                ids=listed,
            )
            lines.append(
                [(FOLDED_INDENT + "↳ ", "dim"), (code, STYLES[worst]), " ", one_line(said)]
            )
        return lines

    def _levels(self, result: PlanResult) -> None:
        out = self.console
        out.print(("  " + self.t("out.initiatives_title"), "bold"))
        for item in result.initiatives:
            cls = item.classification
            basis = self.t("basis." + cls.basis.value)
            out.print("    ", (one_line(item.id), "bold"), "  ", (cls.level.value, "magenta"),
                      (f" ({basis})", "dim"))  # fmt: skip
            for reason in cls.reasons:
                out.print(("      · " + one_line(text(reason, self.lang)), "dim"))

    def _chains(self, result: PlanResult) -> None:
        """The chains as a tree: each initiative expanded once, later mentions point back up
        (linear in size even for dense or cyclic graphs)."""
        facts = result.facts
        if facts is None or not facts.initiatives:
            return
        out = self.console
        items = facts.initiatives
        out.print(("  " + self.t("out.chains_title"), "bold"))
        expanded: set[int] = set()
        seen = " " + self.t("out.seen_above")
        # (index, prefix for its line, prefix for its children); roots are siblings.
        starts = list(facts.chain_starts)
        stack = [
            (index, "  ", position == len(starts) - 1) for position, index in enumerate(starts)
        ][::-1]
        while stack:
            index, prefix, last = stack.pop()
            branch = "└── " if last else "├── "
            label: list[tuple[str, str] | str] = [
                (prefix + branch, "dim"),
                one_line(items[index].id),
                (f" ({items[index].level.value})", "magenta"),
            ]
            if index in expanded:
                out.print(*label, (seen, "dim"))
                continue
            expanded.add(index)
            out.print(*label)
            children = items[index].successors
            inner = prefix + ("    " if last else "│   ")
            for position in range(len(children) - 1, -1, -1):
                stack.append((children[position], inner, position == len(children) - 1))

    def summary(self, summary: Summary) -> None:
        """The totals, the staircase of levels and the count of findings."""
        out = self.console
        out.print((f"{self.t('out.summary_title')}: {plans_text(summary, self.lang)}", "bold"))
        if summary.initiatives:
            self.staircase(summary)
            out.print(reach_text(summary, self.lang))
        style = (
            "bold red" if summary.errors else "bold yellow" if summary.warnings else "bold green"
        )
        tally: list[tuple[str, str] | str] = [(findings_text(summary, self.lang), style)]
        if self.folded:
            rules = ", ".join(sorted(self.folders))
            tally.append(" · " + self.t("out.folded_count", count=self.folded, rules=rules))
        accepted = accepted_text(summary, self.lang)
        if accepted is not None:
            tally.append(" · " + accepted)
        out.print(*tally)
        out.flush()

    def staircase(self, summary: Summary) -> None:
        """Initiatives per level as bars climbing from aktivitet up to samhällseffekt."""
        out = self.console
        out.print(self.t("out.staircase_title"))
        peak = max(summary.levels.values(), default=0) or 1
        for level in reversed(LEVELS):
            count = summary.levels[level]
            bar = "█" * max(1 if count else 0, round(BAR_WIDTH * count / peak))
            out.print("  " + level.value.ljust(LABEL_WIDTH), " " * (STEP_INDENT * (level.rank - 1)),
                      (bar or "·", "magenta" if count else "dim"), f" {count}")  # fmt: skip
