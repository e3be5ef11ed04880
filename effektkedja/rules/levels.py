"""Rules on classification: declared levels that evidence or wording do not bear out."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Basis
from effektkedja.findings import Hit, PlanContext


def overclaimed_level(ctx: PlanContext) -> Iterator[Hit]:
    """EK106: the declared nivå is above what evidence or wording shows.

    When nothing points anywhere (basis default) this rule keeps quiet; EK202,
    EK304 and EK305 say what is missing instead.
    """
    for index, cls in enumerate(ctx.classes):
        if (
            cls.declared is not None
            and cls.inferred_basis in (Basis.EVIDENCE, Basis.TEXT)
            and cls.declared > cls.inferred
        ):
            yield Hit(
                "EK106",
                ("insatser", index, "nivå"),
                "EK106",
                {
                    "declared": cls.declared.value,
                    "inferred": cls.inferred.value,
                    "why": cls.reasons[1],
                },
                index,
            )


def underclaimed_level(ctx: PlanContext) -> Iterator[Hit]:
    """EK107: the structured evidence supports a higher level than the declared nivå."""
    for index, cls in enumerate(ctx.classes):
        if (
            cls.declared is not None
            and cls.inferred_basis is Basis.EVIDENCE
            and cls.inferred > cls.declared
        ):
            yield Hit(
                "EK107",
                ("insatser", index, "nivå"),
                "EK107",
                {
                    "declared": cls.declared.value,
                    "inferred": cls.inferred.value,
                    "why": cls.reasons[1],
                },
                index,
            )


def level_from_wording(ctx: PlanContext) -> Iterator[Hit]:
    """EK108: the level rests on wording alone."""
    for index, cls in enumerate(ctx.classes):
        if cls.basis is Basis.TEXT:
            yield Hit(
                "EK108",
                ("insatser", index),
                "EK108",
                {"level": cls.level.value, "word": cls.cue or ""},
                index,
            )


CHECKS = {
    "EK106": overclaimed_level,
    "EK107": underclaimed_level,
    "EK108": level_from_wording,
}
