"""Classification: which level of the results chain an initiative sits at, and why.

SPEC.md section 4: the inferred level is the highest level whose structured
evidence is present; without evidence, the first Swedish cue word in ``namn``
(then ``beskrivning``) decides; without a cue, ``aktivitet`` by default. The
effective level is the declared ``nivå`` where given, else the inferred one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from effektkedja.domain import Basis, Level, Scope
from effektkedja.loader import fold
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


# --- cue words ---------------------------------------------------------------------------
#
# Stems are matched on lower-cased, ASCII-folded words, so "Utbildningarna" and
# "utbildningar" both match "utbildning". Swedish compounds put the head last:
# "analysverktyg" is a tool, so a stem at the end of a word (the head) beats one
# at its start ("utbildningsinsats" still counts as utbildning). Short stems
# that hide inside unrelated words ("kurs" in "diskurs") match whole words only.

_ACTIVITY = [
    "utbildning",
    "utbilda",
    "kartläggning",
    "kartlägga",
    "workshop",
    "seminari",
    "föreläsning",
    "föreläsa",
    "konferens",
    "studiebesök",
    "översyn",
    "granskning",
    "granska",
    "genomlysning",
    "inventering",
    "webbinari",
    "temadag",
    "studiecirkel",
    "dialogmöte",
    "analys",
    "kunskapshöjning",
    "informationsinsats",
]
_PRODUCT = [
    "policy",
    "riktlinje",
    "rutin",
    "checklist",
    "verktyg",
    "handlingsplan",
    "anvisning",
    "frågebatteri",
    "handbok",
    "handböcker",
    "metodstöd",
    "styrdokument",
    "strategi",
    "vägledning",
    "ansökningsmall",
    "bedömningsmall",
]
_PRACTICE = ["tillämpa", "tillämpning", "arbetssätt", "implementer", "använder"]
_WHOLE_WORD = {
    **dict.fromkeys(
        ("kurs", "kursen", "kursens", "kurser", "kursers", "kurserna", "kursernas"),
        Level.AKTIVITET,
    ),
    **dict.fromkeys(
        ("mall", "mallen", "mallens", "mallar", "mallars", "mallarna", "mallarnas"),
        Level.PRODUKT,
    ),
}
_WORK_VERBS = {"arbetar", "arbeta", "arbetade", "arbetat", "arbetas"}

_STEMS: dict[str, Level] = {}
for _level, _stems in (
    (Level.AKTIVITET, _ACTIVITY),
    (Level.PRODUKT, _PRODUCT),
    (Level.ARBETSSATT, _PRACTICE),
):
    for _stem in _stems:
        _STEMS[fold(_stem)] = _level

# Inflection endings a cue stem may take at the end of a word.
_SUFFIXES = (
    "", "um", "ums", "et", "ets", "er", "ers", "erna", "ernas", "en", "ens", "n", "ns", "ar",
    "ars", "arna", "arnas", "or", "ors", "orna", "ornas", "a", "an", "ans", "as", "ade", "ades",
    "at", "ats", "ad", "ande", "r", "rs", "rna", "s", "t", "ts", "de", "des", "d", "na", "e", "ss",
)  # fmt: skip
# Every inflected form of every stem: a word whose ending is one of these has it as head.
_HEADS: dict[str, Level] = {
    stem + suffix: level for stem, level in _STEMS.items() for suffix in _SUFFIXES
}
_HEAD_LENGTHS = sorted({len(head) for head in _HEADS}, reverse=True)
_STEM_LENGTHS = sorted({len(stem) for stem in _STEMS}, reverse=True)
_WORD = re.compile(r"\w+")
# Adjectives built on a cue ("strategisk", "rutinmässig") describe, they are not the thing.
_ADJECTIVE = re.compile(r"(?:isk|iska|iskt|massig|massiga|massigt|erad|erade|erat)\Z")


@lru_cache(maxsize=65_536)
def _word_level(word: str) -> Level | None:
    """The level a single (lower-cased, folded) word points to, if it is a cue.

    The longest inflected stem that ends the word wins (the compound's head);
    failing that, a stem that begins it (a modifier, "utbildningsinsats").
    Cached: plans repeat their words, and this runs for every word until a cue.
    """
    level = _WHOLE_WORD.get(word)
    if level is not None:
        return level
    size = len(word)
    for length in _HEAD_LENGTHS:
        if length <= size:
            level = _HEADS.get(word[size - length :])
            if level is not None:
                return level
    if _ADJECTIVE.search(word):
        return None
    for length in _STEM_LENGTHS:
        level = _STEMS.get(word[:length])
        if level is not None:
            return level
    return None


def find_cue(text: str) -> tuple[Level, str] | None:
    """The level suggested by the earliest cue word in ``text``, with the word as written."""
    words = list(_WORD.finditer(text))
    for index, match in enumerate(words):
        word = fold(match.group().lower())
        if (
            word in _WORK_VERBS
            and index + 1 < len(words)
            and words[index + 1].group().lower() == "enligt"
        ):
            return Level.ARBETSSATT, f"{match.group()} {words[index + 1].group()}"
        level = _word_level(word)
        if level is not None:
            return level, match.group()
    return None


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


def classify(initiative: Initiative) -> Classification:
    """Classify one initiative (SPEC.md section 4)."""
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
        for field_name, text in (
            ("namn", initiative.name),
            ("beskrivning", initiative.description),
        ):
            cue = find_cue(text) if text else None
            if cue is not None:
                inferred, cue_word = cue
                basis = Basis.TEXT
                reasons.append(
                    Message(
                        "reason.text_cue",
                        {"word": cue_word, "field": field_name, "level": inferred.value},
                    )
                )
                break
        else:
            inferred, basis = Level.AKTIVITET, Basis.DEFAULT
            reasons.append(Message("reason.default", {}))
    return Classification(
        level=declared if declared is not None else inferred,
        declared=declared,
        inferred=inferred,
        inferred_basis=basis,
        reasons=tuple(reasons),
        cue=cue_word,
    )
