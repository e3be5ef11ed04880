"""The totals of a check in words, shared by the text and GitHub formats."""

from __future__ import annotations

from effektkedja.engine import Summary
from effektkedja.messages import Count, render


def plans_text(summary: Summary, lang: str) -> str:
    """ "1 plan, 11 insatser"."""
    args = {
        "plans": Count(summary.plans, "plan"),
        "initiatives": Count(summary.initiatives, "initiative"),
    }
    return render("out.summary_counts", args, lang)


def findings_text(summary: Summary, lang: str) -> str:
    """ "0 fel, 5 varningar, 1 upplysning"."""
    args = {
        "errors": Count(summary.errors, "error"),
        "warnings": Count(summary.warnings, "warning"),
        "infos": Count(summary.infos, "info"),
    }
    return render("out.findings", args, lang)


def accepted_text(summary: Summary, lang: str) -> str | None:
    """ "1 godtaget undantag", or None when nothing was accepted."""
    if not summary.accepted:
        return None
    return render("out.accepted_count", {"count": Count(summary.accepted, "accepted")}, lang)


def reach_text(summary: Summary, lang: str) -> str:
    """ "10 av 11 insatser når utfall eller samhällseffekt i sin kedja"."""
    args = {"reached": summary.reaching_outcome, "total": Count(summary.initiatives, "initiative")}
    return render("out.reach", args, lang)
