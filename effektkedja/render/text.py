"""``--format text``: findings one per line, grouped by file, and a staircase summary.

Each finding is ``path:line:col: CODE message`` on one line (never wrapped, so
editors and grep can follow it), coloured by severity on a terminal and plain
when piped. With ``verbose`` every initiative's level, basis and reasons follow,
and the chains are drawn as a tree.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.padding import Padding
from rich.text import Text
from rich.tree import Tree

from effektkedja.domain import LEVELS, Severity
from effektkedja.engine import PlanResult, Summary
from effektkedja.findings import LOADING_RULES, describe
from effektkedja.messages import Count, render, text
from effektkedja.render.totals import accepted_text, findings_text, plans_text, reach_text
from effektkedja.sanitize import for_terminal

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
BAR_WIDTH = 36
LABEL_WIDTH = 15
STEP_INDENT = 3


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


class TextReport:
    """Writes check results for people to read."""

    def __init__(self, console: Console, lang: str = "sv", verbose: bool = False) -> None:
        self.console = console
        self.lang = lang
        self.verbose = verbose

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
        shown = [f for f in result.findings if self.verbose or not f.accepted]
        lines = []
        for finding in shown:
            line = Text()
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
            lines.append(line)
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
