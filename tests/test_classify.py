"""Unit tests for effektkedja.classify: inferred and effective level, basis and reasons."""

from __future__ import annotations

from typing import Any

import pytest

from effektkedja.classify import Classification, classify, find_cue
from effektkedja.domain import Basis, Level
from effektkedja.messages import text
from effektkedja.model import Initiative
from tests.conftest import check_text


def classify_data(**fields: Any) -> Classification:
    """Classify one initiative given by its (canonical) plan keys."""
    fields.setdefault("id", "insats")
    fields.setdefault("namn", "Möte med chefer")
    return classify(Initiative.model_validate(fields))


def reasons(cls: Classification, lang: str = "sv") -> list[str]:
    return [text(reason, lang) for reason in cls.reasons]


SOCIETY = {"namn": "Andel kvinnor bland chefer i kommunen", "omfång": "samhälle"}
TARGET = {"namn": "Beviljade hemtjänsttimmar"}
ORGANISATION = {"namn": "Andel utbildad personal", "omfång": "organisation"}
DECISION = {"datum": "2024-09-01", "av": "Socialnämnden"}


# --- structured evidence ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "level"),
    [
        ({"indikatorer": [SOCIETY]}, Level.SAMHALLSEFFEKT),
        ({"indikatorer": [TARGET]}, Level.UTFALL),
        ({"tillämpning": {"av": "Biståndshandläggare"}}, Level.ARBETSSATT),
        ({"beslut": DECISION}, Level.PRODUKT),
        ({"produkt": {"typ": "checklista"}}, Level.PRODUKT),
    ],
)
def test_each_level_of_structured_evidence(fields: dict[str, Any], level: Level) -> None:
    cls = classify_data(namn="Utbildning", **fields)  # evidence beats the wording
    assert cls.inferred is level
    assert cls.level is level
    assert cls.basis is Basis.EVIDENCE
    assert cls.declared is None


def test_the_highest_evidence_wins() -> None:
    cls = classify_data(
        beslut=DECISION,
        tillämpning={"av": "Handläggare"},
        indikatorer=[ORGANISATION, TARGET, SOCIETY],
    )
    assert cls.inferred is Level.SAMHALLSEFFEKT
    cls = classify_data(beslut=DECISION, tillämpning={"av": "Handläggare"})
    assert cls.inferred is Level.ARBETSSATT


def test_an_organisation_indicator_is_not_outcome_evidence() -> None:
    cls = classify_data(namn="Möte med chefer", indikatorer=[ORGANISATION])
    assert cls.inferred is Level.AKTIVITET
    assert cls.basis is Basis.DEFAULT
    cls = classify_data(indikatorer=[ORGANISATION], tillämpning={"av": "Chefer"})
    assert cls.inferred is Level.ARBETSSATT


def test_an_indicator_without_omfang_measures_the_target_group() -> None:
    cls = classify_data(indikatorer=[{"namn": "Väntetid"}])
    assert cls.inferred is Level.UTFALL


def test_evidence_reasons_name_the_deciding_fields() -> None:
    assert reasons(classify_data(beslut=DECISION)) == ["beslut av Socialnämnden (2024-09-01)"]
    assert reasons(classify_data(produkt={"typ": "verktyg"})) == ["produkt av typen verktyg"]
    assert reasons(classify_data(tillämpning={"av": "Biståndshandläggare"})) == [
        "tillämpning: används av Biståndshandläggare"
    ]
    (society,) = reasons(classify_data(indikatorer=[SOCIETY]))
    assert "Andel kvinnor bland chefer i kommunen" in society and "samhälle" in society
    (target,) = reasons(classify_data(indikatorer=[TARGET]))
    assert "Beviljade hemtjänsttimmar" in target and "målgrupp" in target
    assert reasons(classify_data(beslut=DECISION), "en") == ["beslut by Socialnämnden (2024-09-01)"]


def test_both_decision_and_product_are_given_as_reasons() -> None:
    cls = classify_data(beslut=DECISION, produkt={"typ": "rutin"})
    assert cls.inferred is Level.PRODUKT
    assert len(cls.reasons) == 2
    joined = " ".join(reasons(cls))
    assert "beslut" in joined and "rutin" in joined


# --- wording -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "level", "word"),
    [
        ("Utbildningar för chefer", Level.AKTIVITET, "Utbildningar"),
        ("Kartläggningen av resursfördelning", Level.AKTIVITET, "Kartläggningen"),
        ("Seminariet om våld i nära relationer", Level.AKTIVITET, "Seminariet"),
        ("Två seminarier", Level.AKTIVITET, "seminarier"),
        ("Workshoppar med rektorer", Level.AKTIVITET, "Workshoppar"),
        ("Föreläsningarna", Level.AKTIVITET, "Föreläsningarna"),
        ("Jämställdhetsutbildning för politiker", Level.AKTIVITET, "Jämställdhetsutbildning"),
        ("Utbildningsinsats", Level.AKTIVITET, "Utbildningsinsats"),
        ("Kurs i genusmedveten budgetering", Level.AKTIVITET, "Kurs"),
        ("Rutinen för biståndsbedömning", Level.PRODUKT, "Rutinen"),
        ("Nya riktlinjerna", Level.PRODUKT, "riktlinjerna"),
        ("Checklistan för jämställd handläggning", Level.PRODUKT, "Checklistan"),
        ("checklistor", Level.PRODUKT, "checklistor"),
        ("Policyn", Level.PRODUKT, "Policyn"),
        ("Handlingsplanen", Level.PRODUKT, "Handlingsplanen"),
        ("Analysverktyg för resursfördelning", Level.PRODUKT, "Analysverktyg"),
        ("Verktyget", Level.PRODUKT, "Verktyget"),
        ("Mallen för beslut", Level.PRODUKT, "Mallen"),
        ("Handläggarna tillämpar rutinen", Level.ARBETSSATT, "tillämpar"),
        ("Personalen arbetar enligt metoden", Level.ARBETSSATT, "arbetar enligt"),
        ("Nytt arbetssätt i hemtjänsten", Level.ARBETSSATT, "arbetssätt"),
    ],
)
def test_cue_words_in_any_inflection(name: str, level: Level, word: str) -> None:
    cls = classify_data(namn=name)
    assert cls.inferred is level
    assert cls.basis is Basis.TEXT
    assert cls.cue == word
    assert reasons(cls) == [f"ordet ”{word}” i namn tyder på {level.value}"]


def test_the_earliest_cue_wins() -> None:
    assert classify_data(namn="Utbildning i ny rutin").inferred is Level.AKTIVITET
    assert classify_data(namn="Ny rutin och utbildning av personal").inferred is Level.PRODUKT
    cls = classify_data(namn="Handläggarna tillämpar rutinen efter utbildningen")
    assert cls.inferred is Level.ARBETSSATT


def test_name_comes_before_description() -> None:
    cls = classify_data(namn="Rutin för bistånd", beskrivning="Tas fram efter en utbildning")
    assert cls.inferred is Level.PRODUKT
    assert "namn" in reasons(cls)[0]


def test_description_is_used_when_the_name_has_no_cue() -> None:
    cls = classify_data(namn="Jämställd hemtjänst", beskrivning="Handläggarna tillämpar rutinen")
    assert cls.inferred is Level.ARBETSSATT
    assert cls.basis is Basis.TEXT
    assert reasons(cls) == ["ordet ”tillämpar” i beskrivning tyder på arbetssätt"]
    assert reasons(cls, "en") == ["the word “tillämpar” in beskrivning suggests arbetssätt"]


@pytest.mark.parametrize(
    "name",
    ["Diskurs om makt", "Rutinerad personal", "Arbetar vidare med frågan", "Möte med chefer"],
)
def test_words_that_only_look_like_cues_are_not_cues(name: str) -> None:
    cls = classify_data(namn=name)
    assert cls.inferred is Level.AKTIVITET
    assert cls.basis is Basis.DEFAULT


@pytest.mark.parametrize(
    ("name", "level", "word"),
    [
        # Adjectives derived from a cue word are not inflections of it.
        ("Strategisk översyn av lönekartläggningen", Level.AKTIVITET, "översyn"),
        ("Rutinmässig kartläggning av väntetider", Level.AKTIVITET, "kartläggning"),
    ],
)
def test_derived_adjectives_do_not_count_as_cue_words(name: str, level: Level, word: str) -> None:
    assert find_cue(name) == (level, word)


def test_no_cue_means_aktivitet_by_default() -> None:
    cls = classify_data(namn="Jämställd hemtjänst", beskrivning="Fler timmar till kvinnor")
    assert cls.inferred is Level.AKTIVITET
    assert cls.level is Level.AKTIVITET
    assert cls.basis is Basis.DEFAULT
    assert cls.cue is None
    assert reasons(cls) == ["inget i insatsen pekar ut en nivå; aktivitet antas"]


# --- declared level -----------------------------------------------------------------------------


def test_a_declared_level_is_effective_and_the_inferred_one_is_still_reported() -> None:
    cls = classify_data(namn="Utbildning av handläggare", nivå="utfall")
    assert cls.level is Level.UTFALL
    assert cls.declared is Level.UTFALL
    assert cls.basis is Basis.DECLARED
    assert cls.inferred is Level.AKTIVITET
    assert cls.inferred_basis is Basis.TEXT
    assert reasons(cls) == [
        "nivå: utfall anges i planen",
        "ordet ”Utbildning” i namn tyder på aktivitet",
    ]


def test_a_declared_level_below_the_evidence() -> None:
    cls = classify_data(nivå="aktivitet", tillämpning={"av": "Lärare"})
    assert cls.level is Level.AKTIVITET
    assert cls.inferred is Level.ARBETSSATT
    assert cls.inferred_basis is Basis.EVIDENCE
    assert cls.basis is Basis.DECLARED


def test_a_declared_level_without_anything_else() -> None:
    cls = classify_data(namn="Jämställd hemtjänst", nivå="produkt")
    assert (cls.level, cls.inferred, cls.basis, cls.inferred_basis) == (
        Level.PRODUKT,
        Level.AKTIVITET,
        Basis.DECLARED,
        Basis.DEFAULT,
    )


# --- in a whole check ----------------------------------------------------------------------------


def test_classification_in_a_checked_plan() -> None:
    result = check_text(
        """\
organisation: Exempelkommunen
insatser:
  - id: utbildning
    namn: Utbildningar för handläggare
    leder_till: rutin
  - id: rutin
    namn: Ny rutin
    niva: produkt
    leder_till: tillampning
  - id: tillampning
    namn: Jämställd bedömning
    tillampning: {av: Handläggare}
    leder_till: hemtjanst
  - id: hemtjanst
    namn: Jämnare fördelning av hemtjänsttimmar
    indikatorer:
      - namn: Timmar per brukare
        omfang: malgrupp
"""
    )
    got = [
        (item.id, item.classification.level.value, item.classification.basis.value)
        for item in result.initiatives
    ]
    assert got == [
        ("utbildning", "aktivitet", "text"),
        ("rutin", "produkt", "declared"),
        ("tillampning", "arbetssätt", "evidence"),
        ("hemtjanst", "utfall", "evidence"),
    ]
    assert [item.line for item in result.initiatives] == [3, 6, 10, 14]
