"""Classification: which level of the results chain an initiative sits at, and why.

SPEC.md section 4: the inferred level is the highest level whose structured
evidence is present; without evidence, the cue words of ``namn`` (then
``beskrivning``) decide by the rule of :func:`decide`, the words themselves being
the table of :mod:`effektkedja.cues`; without a cue, ``aktivitet`` by default. The
effective level is the declared ``nivå`` where given, else the inferred one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from effektkedja.cues import DEFAULT_CUES, CueHit, CueTable
from effektkedja.domain import Basis, Level, Scope
from effektkedja.messages import Message
from effektkedja.model import Initiative


@dataclass(frozen=True, slots=True)
class Classification:
    """An initiative's levels and how they were decided."""

    level: Level  # the effective level, used for all chain analysis
    declared: Level | None
    inferred: Level
    inferred_basis: Basis  # evidence, text or default
    reasons: tuple[Message, ...]
    cue: str | None = None  # the word that decided a text-based inference

    @property
    def basis(self) -> Basis:
        """How the effective level was decided."""
        return Basis.DECLARED if self.declared is not None else self.inferred_basis


# --- wording -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextCue:
    """The level a text's cue words suggest, and which words decided (SPEC.md section 4).

    ``rule`` is ``"only"`` (one level among the cues), ``"first"`` (the earliest cue
    decides over later ones of other levels; ``other`` is the first of those) or
    ``"practice"`` (an arbetssätt cue goes before an earlier produkt cue, ``other``).
    """

    level: Level
    word: str
    rule: Literal["only", "first", "practice"]
    other: CueHit | None = None


def decide(hits: list[CueHit]) -> TextCue | None:
    """Which of a text's cues decides its level.

    If the earliest cue is an aktivitet or utfall cue, it decides; otherwise an
    arbetssätt cue anywhere does; otherwise the earliest (produkt) cue.
    """
    if not hits:
        return None
    first = hits[0]
    if first.level is Level.PRODUKT:
        practice = next((hit for hit in hits if hit.level is Level.ARBETSSATT), None)
        if practice is not None:
            return TextCue(Level.ARBETSSATT, practice.word, "practice", first)
    other = next((hit for hit in hits if hit.level is not first.level), None)
    return TextCue(first.level, first.word, "only" if other is None else "first", other)


def find_cue(text: str, cues: CueTable | None = None) -> tuple[Level, str] | None:
    """The level the cue words in ``text`` suggest, with the deciding word as written."""
    found = decide((DEFAULT_CUES if cues is None else cues).find(text))
    return None if found is None else (found.level, found.word)


def _text_reason(found: TextCue, field_name: str) -> Message:
    field = Message(_FIELDS[field_name])
    if found.other is None:
        return Message(
            "reason.text_cue", {"word": found.word, "field": field, "level": found.level.value}
        )
    return Message(
        "reason.text_cue_practice" if found.rule == "practice" else "reason.text_cue_first",
        {
            "word": found.word,
            "level": found.level.value,
            "other": found.other.word,
            "other_level": found.other.level.value,
            "field": field,
        },
    )


_FIELDS = {"namn": "reason.field.namn", "beskrivning": "reason.field.beskrivning"}


# --- classification ----------------------------------------------------------------------


def _evidence(initiative: Initiative) -> tuple[Level, list[Message]] | None:
    """The highest level the structured evidence supports, with the fields that show it."""
    society = [i.name for i in initiative.indicators if i.scope is Scope.SAMHALLE]
    if society:
        return Level.SAMHALLSEFFEKT, [
            Message("reason.evidence_society", {"indicator": n}) for n in society
        ]
    target = [i.name for i in initiative.indicators if i.scope is Scope.MALGRUPP]
    if target:
        return Level.UTFALL, [
            Message("reason.evidence_target_group", {"indicator": n}) for n in target
        ]
    if initiative.application is not None:
        return Level.ARBETSSATT, [
            Message("reason.evidence_application", {"by": initiative.application.by})
        ]
    reasons = []
    if initiative.decision is not None:
        reasons.append(
            Message(
                "reason.evidence_decision",
                {"by": initiative.decision.by, "date": initiative.decision.date.text},
            )
        )
    if initiative.product is not None:
        reasons.append(Message("reason.evidence_product", {"type": initiative.product.type.value}))
    if reasons:
        return Level.PRODUKT, reasons
    return None


def classify(initiative: Initiative, cues: CueTable | None = None) -> Classification:
    """Classify one initiative (SPEC.md section 4).

    ``cues`` is the run's cue table (:func:`effektkedja.cues.compile_cues`, built
    once per run with the config's ``[cues]``); the built-in table by default.
    """
    declared = initiative.level
    reasons: list[Message] = []
    if declared is not None:
        reasons.append(Message("reason.declared", {"level": declared.value}))
    cue_word = None
    evidence = _evidence(initiative)
    if evidence is not None:
        inferred, found = evidence
        basis = Basis.EVIDENCE
        reasons.extend(found)
    else:
        table = DEFAULT_CUES if cues is None else cues
        for field_name, text in (
            ("namn", initiative.name),
            ("beskrivning", initiative.description),
        ):
            cue = decide(table.find(text)) if text else None
            if cue is not None:
                inferred, cue_word, basis = cue.level, cue.word, Basis.TEXT
                reasons.append(_text_reason(cue, field_name))
                break
        else:
            inferred, basis = Level.AKTIVITET, Basis.DEFAULT
            if declared is None:
                reasons.append(Message("reason.default"))
            elif declared is Level.AKTIVITET:
                reasons.append(Message("reason.declared_nothing_else"))
            else:
                reasons.append(Message("reason.declared_unsupported"))
    return Classification(
        level=declared if declared is not None else inferred,
        declared=declared,
        inferred=inferred,
        inferred_basis=basis,
        reasons=tuple(reasons),
        cue=cue_word,
    )
