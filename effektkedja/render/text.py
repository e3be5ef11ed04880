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

from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.padding import Padding
from rich.text import Text
from rich.tree import Tree

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


def make_console(stream: TextIO | None = None, color: bool = True) -> Console:
    """A console that colours only when allowed (``--no-color``, ``NO_COLOR``, a pipe)."""
    return Console(
        file=stream,
        color_system="auto" if color else None,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
    )


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
        out.print(Text(one_line(result.path), style="bold"))
        out.print(Text("  " + one_line(about), style="dim"))
        groups = gathered(result.findings)
        inside = {id(finding) for group in groups.values() for finding in group}
        lines = []
        shown = 0
        for position, finding in enumerate(result.findings):
            if (finding.accepted and not self.verbose) or id(finding) in inside:
                continue
            shown += 1
            lines.append(self._line(finding))
            group = groups.get(position)
            if group:
                lines.extend(self._gathered(finding, group))
        if lines and out.color_system is None:
            # Plain output (a pipe, --no-color): no styles to render, write the text.
            out.file.write("".join(line.plain + "\n" for line in lines))
        elif lines:
            # One print per file: rich's cost is per call, and a dense plan has thousands.
            out.print(Text("\n").join(lines))
        if not shown:
            out.print(Text("  " + self.t("out.no_findings"), style="green"))
        if self.verbose and result.readable:
            self._levels(result)
            self._chains(result)
        out.print()

    def _line(self, finding: Finding, indent: str = "") -> Text:
        """One finding: ``path:line:col: CODE initiative: message``."""
        line = Text(indent)
        line.append(f"{one_line(finding.where)}:", style="dim")
        line.append(" ")
        style = "dim" if finding.accepted else STYLES[finding.severity]
        line.append(finding.rule, style=style)
        line.append(" ")
        if finding.initiative is not None and finding.rule not in LOADING_RULES:
            line.append(f"{one_line(finding.initiative)}: ", style="bold")
        line.append(
            one_line(describe(finding, self.lang)),
            style="dim" if finding.accepted else "",
        )
        if finding.accepted:
            line.append(
                " [" + one_line(self.t("out.accepted", reason=finding.reason)) + "]",
                style="dim italic",
            )
        detail = finding.args.get("detail")
        if self.verbose and isinstance(detail, str):
            line.append(f" ({one_line(detail)})", style="dim")
        return line

    def _gathered(self, folder: Finding, group: list[Finding]) -> list[Text]:
        """The findings ``folder`` gathers: one line per rule, or each in full with -v."""
        self.folded += len(group)
        self.folders.add(folder.rule)
        if self.verbose:
            return [self._line(finding, FOLDED_INDENT) for finding in group]
        lines = []
        for code in dict.fromkeys(finding.rule for finding in group):
            found = [finding for finding in group if finding.rule == code]
            names = [one_line(f.initiative or f.cell or f"{f.line}:{f.column}") for f in found]
            listed = ", ".join(names[:FOLDED_IDS])
            if len(names) > FOLDED_IDS:
                listed += " " + self.t("out.folded_more", count=len(names) - FOLDED_IDS)
            worst = max((f.severity for f in found), key=lambda severity: severity.weight)
            line = Text(FOLDED_INDENT + "↳ ", style="dim")
            line.append(code, style=STYLES[worst])
            line.append(" ")
            line.append(
                one_line(
                    self.t(
                        "out.folded",
                        title=rule_doc(code, self.lang).title,
                        count=Count(len(found), "initiative"),
                        ids=listed,
                    )
                )
            )
            lines.append(line)
        return lines

    def _levels(self, result: PlanResult) -> None:
        out = self.console
        out.print(Text("  " + self.t("out.initiatives_title"), style="bold"))
        for item in result.initiatives:
            cls = item.classification
            line = Text("    ")
            line.append(item.id, style="bold")
            line.append("  ")
            line.append(cls.level.value, style="magenta")
            line.append(f" ({self.t('basis.' + cls.basis.value)})", style="dim")
            out.print(line)
            for reason in cls.reasons:
                out.print(Text("      · " + one_line(text(reason, self.lang)), style="dim"))

    def _chains(self, result: PlanResult) -> None:
        facts = result.facts
        if facts is None or not facts.initiatives:
            return
        items = facts.initiatives
        tree = Tree(Text(self.t("out.chains_title"), style="bold"), guide_style="dim")
        expanded: set[int] = set()

        def label(index: int) -> Text:
            node = Text(items[index].id)
            node.append(f" ({items[index].level.value})", style="magenta")
            return node

        def grow(branch: Tree, index: int) -> None:
            # Each initiative is expanded once; later mentions point back up. This
            # keeps the drawing linear in size even for dense or cyclic graphs.
            stack = [(branch, index)]
            while stack:
                parent, current = stack.pop()
                if current in expanded:
                    parent.add(label(current).append(" " + self.t("out.seen_above"), style="dim"))
                    continue
                expanded.add(current)
                child = parent.add(label(current))
                for nxt in reversed(items[current].successors):
                    stack.append((child, nxt))

        for index in facts.chain_starts:
            grow(tree, index)
        self.console.print(Padding(tree, (0, 0, 0, 2)))

    def summary(self, summary: Summary) -> None:
        """The totals, the staircase of levels and the count of findings."""
        out = self.console
        out.print(
            Text(f"{self.t('out.summary_title')}: {plans_text(summary, self.lang)}", style="bold")
        )
        if summary.initiatives:
            self.staircase(summary)
            out.print(Text(reach_text(summary, self.lang)))
        tally = Text()
        style = (
            "bold red" if summary.errors else "bold yellow" if summary.warnings else "bold green"
        )
        tally.append(findings_text(summary, self.lang), style=style)
        if self.folded:
            tally.append(
                " · "
                + self.t(
                    "out.folded_count",
                    count=self.folded,
                    rules=", ".join(sorted(self.folders)),
                )
            )
        accepted = accepted_text(summary, self.lang)
        if accepted is not None:
            tally.append(" · " + accepted)
        out.print(tally)

    def staircase(self, summary: Summary) -> None:
        """Initiatives per level as bars climbing from aktivitet up to samhällseffekt."""
        out = self.console
        out.print(Text(self.t("out.staircase_title")))
        peak = max(summary.levels.values(), default=0) or 1
        for level in reversed(LEVELS):
            count = summary.levels[level]
            bar = "█" * max(1 if count else 0, round(BAR_WIDTH * count / peak))
            line = Text("  " + level.value.ljust(LABEL_WIDTH))
            line.append(" " * (STEP_INDENT * (level.rank - 1)))
            line.append(bar or "·", style="magenta" if count else "dim")
            line.append(f" {count}")
            out.print(line)
