"""Unit tests for effektkedja.classify: inferred and effective level, basis and reasons."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from effektkedja.classify import Classification, classify, find_cue
from effektkedja.cues import DEFAULT_CUES, compile_cues
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


# --- wording: every cue word of SPEC.md section 4 in every form ------------------------------

#: Written out by hand from SPEC.md section 4 (not read from the table): each word in
#: every inflection, and compounds on their last part.
SPEC_FORMS = {
    Level.AKTIVITET: """
        utbildning utbildningen utbildningar utbildningarna utbildningens halvdagsutbildning
        kartläggning kartläggningen kartläggningar kartläggningarna lönekartläggningen
        workshop workshopen workshoppar workshopparna workshops
        seminarium seminariet seminarier seminarierna föreläsning föreläsningen
        föreläsningar föreläsningarna översyn översynen översyner översynerna
        analys analysen analyser analyserna jämställdhetsanalys jämställdhetsanalysen
        jämställdhetsanalyser konsekvensanalysen kampanj kampanjen kampanjer kampanjerna
        informationskampanj informationsinsats informationsinsatsen informationsinsatser
        informationsinsatserna mentorsprogram mentorsprogrammet mentorsprogrammen
        webbinarium webbinariet webbinarier webbinarierna studiebesök studiebesöket
        studiebesöken uppföljning uppföljningen uppföljningar uppföljningarna
        resultatuppföljning utvärdering utvärderingen utvärderingar utvärderingarna
    """,
    Level.PRODUKT: """
        policy policyn policyer policyerna jämställdhetspolicy riktlinje riktlinjen
        riktlinjer riktlinjerna rutin rutinen rutiner rutinerna handläggningsrutinen
        checklista checklistan checklistor checklistorna jämställdhetschecklista
        verktyg verktyget verktygen analysverktyg handlingsplan handlingsplanen
        handlingsplaner handlingsplanerna mall mallen mallar mallarna bedömningsmall
        anvisning anvisningen anvisningar anvisningarna budgetanvisningen strategi
        strategin strategier strategierna stödmaterial stödmaterialet stödmaterialen
        frågebatteri frågebatteriet frågebatterier frågebatterierna mål målet målen
        delmål delmålet delmålen jämställdhetsmål jämställdhetsmålen
    """,
    Level.ARBETSSATT: """
        tillämpar tillämpas tillämpa tillämpade tillämpat använder används använda
        använde följer följs följa följde löpande kontinuerlig kontinuerligt
        kontinuerliga systematiskt systematisk systematiska
    """,
    Level.UTFALL: "färre minskad minskat minskade",
}
SPEC_PHRASES = {
    Level.ARBETSSATT: ["arbetar enligt", "arbetade enligt", "arbetas enligt"],
    Level.UTFALL: [
        "ökad andel",
        "ökade andelen",
        "ökade andelar",
        "ökad kvinnoandel",
        "ökat antal",
        "ökade antalet",
        "fler kvinnor",
        "fler män",
        "fler flickor",
        "fler pojkar",
        "jämnare fördelning",
        "jämnare fördelningen",
        "jämnare könsfördelning",
        "jämn fördelning",
        "jämna fördelningen",
        "jämn resursfördelning",
        "jämställd fördelning",
        "jämställda fördelningen",
    ],
}
SPEC_CASES = [
    pytest.param(level, form, id=form)
    for level, forms in SPEC_FORMS.items()
    for form in forms.split()
] + [pytest.param(level, form, id=form) for level, forms in SPEC_PHRASES.items() for form in forms]


@pytest.mark.parametrize(("level", "word"), SPEC_CASES)
def test_every_spec_cue_word_in_every_form(level: Level, word: str) -> None:
    for written in (word, word.capitalize()):
        cls = classify_data(namn=f"{written} i verksamheten")
        assert (cls.inferred, cls.basis, cls.cue) == (level, Basis.TEXT, written)


@pytest.mark.parametrize(
    ("name", "level", "word"),
    [
        ("Kurs i genusmedveten budgetering", Level.AKTIVITET, "Kurs"),
        ("Chefskurserna", Level.AKTIVITET, "Chefskurserna"),
        ("Två seminarier", Level.AKTIVITET, "seminarier"),
        ("Förvaltningen utbildar alla chefer", Level.AKTIVITET, "utbildar"),
        ("Kartlägga beviljade timmar", Level.AKTIVITET, "Kartlägga"),
        ("Webinariet om bemötande", Level.AKTIVITET, "Webinariet"),
        ("Handboken för handläggare", Level.PRODUKT, "Handboken"),
        ("Styrdokumenten", Level.PRODUKT, "Styrdokumenten"),
        ("Nytt arbetssätt i hemtjänsten", Level.ARBETSSATT, "arbetssätt"),
        ("Tillämpningen av metoden", Level.ARBETSSATT, "Tillämpningen"),
        ("Skillnaden mellan kvinnor och män minskar", Level.UTFALL, "minskar"),
        ("Timmarna fördelas jämnare", Level.UTFALL, "fördelas jämnare"),
        # A hyphen joins a compound: its last part counts.
        ("JämKAS-analys av försörjningsstödet", Level.AKTIVITET, "JämKAS-analys"),
        # Several spaces between the words of a phrase, and upper case.
        ("FLER  MÄN söker stödet", Level.UTFALL, "FLER  MÄN"),
        # Decomposed å/ä/ö (as a macOS editor may save them) match too.
        ("Kartla\u0308ggning av timmar", Level.AKTIVITET, "Kartläggning"),
    ],
)
def test_more_cue_words(name: str, level: Level, word: str) -> None:
    assert find_cue(name) == (level, word)


@pytest.mark.parametrize(
    "name",
    [
        # A cue as the first part of a compound is not a cue (SPEC.md section 4).
        "Höjd utbildningsnivå bland inskrivna kvinnor",
        "Utbildningsförvaltningens budget",
        "Rutinärenden i kundtjänsten",
        "Mallfilen i dokumentsystemet",
        "Målgruppen i hemtjänsten",
        "Seminarieserie för projektägare",
        "Policydokumentet",
        "Verktygslådan",
        "Kursplanen i svenska",
        # Compounds that end like a cue but are other words.
        "Modersmålsundervisning och modersmålet",
        "Mellanmål på fritids",
        "Önskemål från brukarna",
        "För ändamålet",
        "Hemmål och bortamål i damlaget",
        "Åmåls kommun",
        "Elever i årskurs 9",
        "Diskursen om makt",
        "Konkurser i regionen",
        "Ökad näthandel",
        # Derived and negated words, and words that only look like cues.
        "Strategisk styrning",
        "Rutinerad personal",
        "Rutinmässig hantering",
        "Analytisk förmåga",
        "Osystematiskt arbete",
        "Oförminskad takt",
        "Normal och optimal bemanning",
        "Flera kvinnor och män",
        "Arbetar vidare med frågan",
        "Möte med chefer",
        # Cancelled by the word after or before.
        "Enhetscheferna följer upp beviljade timmar",
        "Målet är att kvinnor och män får lika stöd",
        "Med målet att stärka kvinnor",
        "Ökad jämställdhet inom delmål 2",
        "Bidrag till de jämställdhetspolitiska målen",
        # Å, ä and ö as written: without them "mål" would be "mal" (normal, optimal).
        "Kartlaggning av timmar",
    ],
)
def test_words_that_are_not_cues(name: str) -> None:
    assert find_cue(name) is None
    cls = classify_data(namn=name)
    assert (cls.inferred, cls.basis) == (Level.AKTIVITET, Basis.DEFAULT)


def test_a_cancelling_word_only_cancels_where_it_stands() -> None:
    assert find_cue("Delmålen är beslutade") == (Level.PRODUKT, "Delmålen")
    assert find_cue("Målet, är det beslutat?") == (Level.PRODUKT, "Målet")
    assert find_cue("Följer, upp till, rutinen") == (Level.ARBETSSATT, "Följer")


# --- which cue decides (SPEC.md section 4) -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "level", "word"),
    [
        # The earliest cue is an aktivitet or utfall cue: it decides.
        ("Utbildning i att tillämpa den nya rutinen", Level.AKTIVITET, "Utbildning"),
        ("Fler män söker samtalsstödet", Level.UTFALL, "Fler män"),
        ("Fler män söker stödet", Level.UTFALL, "Fler män"),
        ("Ökad andel kvinnor bland dem som får stöd", Level.UTFALL, "Ökad andel"),
        ("Jämnare fördelning av timmar enligt ny rutin", Level.UTFALL, "Jämnare fördelning"),
        # Otherwise an arbetssätt cue anywhere wins.
        ("Rutinen tillämpas på alla vårdcentraler", Level.ARBETSSATT, "tillämpas"),
        ("Handläggarna följer checklistan", Level.ARBETSSATT, "följer"),
        ("Löpande uppföljning av beslut", Level.ARBETSSATT, "Löpande"),
        ("Checklistan används av alla handläggare", Level.ARBETSSATT, "används"),
        # Otherwise the earliest produkt cue.
        ("Checklista för workshops", Level.PRODUKT, "Checklista"),
        ("Rutin för jämnare fördelning", Level.PRODUKT, "Rutin"),
        ("Nya jämställdhetsmål för nämnden", Level.PRODUKT, "jämställdhetsmål"),
        ("Riktlinje och utbildning", Level.PRODUKT, "Riktlinje"),
        ("Analysverktyg för resursfördelning", Level.PRODUKT, "Analysverktyg"),
    ],
)
def test_which_cue_decides(name: str, level: Level, word: str) -> None:
    cls = classify_data(namn=name)
    assert (cls.inferred, cls.basis, cls.cue) == (level, Basis.TEXT, word)


def test_reasons_name_the_word_and_the_rule() -> None:
    def both(name: str) -> tuple[str, str]:
        cls = classify_data(namn=name)
        (sv,), (en,) = reasons(cls), reasons(cls, "en")
        return sv, en

    assert both("Utbildningar för chefer") == (
        "ordet ”Utbildningar” i namnet tyder på aktivitet",
        "the word “Utbildningar” in the name suggests aktivitet",
    )
    assert both("Rutinen tillämpas på alla vårdcentraler") == (
        "ordet ”tillämpas” (arbetssätt) går före ”Rutinen” (produkt) i namnet",
        "the word “tillämpas” (arbetssätt) takes precedence over “Rutinen” (produkt) in the name",
    )
    assert both("Utbildning i att tillämpa den nya rutinen") == (
        "ordet ”Utbildning” (aktivitet) står först i namnet, före ”tillämpa” (arbetssätt)",
        "the word “Utbildning” (aktivitet) comes first in the name, before “tillämpa” (arbetssätt)",
    )
    assert both("Checklista för workshops")[0] == (
        "ordet ”Checklista” (produkt) står först i namnet, före ”workshops” (aktivitet)"
    )
    # Cues of one level only: no rule to name.
    assert both("Rutin och checklista")[0] == "ordet ”Rutin” i namnet tyder på produkt"


def test_name_comes_before_description() -> None:
    cls = classify_data(namn="Rutin för bistånd", beskrivning="Handläggarna tillämpar den")
    assert cls.inferred is Level.PRODUKT
    assert reasons(cls) == ["ordet ”Rutin” i namnet tyder på produkt"]


def test_description_is_used_when_the_name_has_no_cue() -> None:
    cls = classify_data(namn="Jämställd hemtjänst", beskrivning="Handläggarna tillämpar rutinen")
    assert cls.inferred is Level.ARBETSSATT
    assert cls.basis is Basis.TEXT
    assert reasons(cls) == [
        "ordet ”tillämpar” (arbetssätt) står först i beskrivningen, före ”rutinen” (produkt)"
    ]
    assert reasons(cls, "en") == [
        "the word “tillämpar” (arbetssätt) comes first in the description, before “rutinen” "
        "(produkt)"
    ]


def test_no_cue_means_aktivitet_by_default() -> None:
    cls = classify_data(namn="Jämställd hemtjänst", beskrivning="Fler timmar till kvinnor")
    assert cls.inferred is Level.AKTIVITET
    assert cls.level is Level.AKTIVITET
    assert cls.basis is Basis.DEFAULT
    assert cls.cue is None
    assert reasons(cls) == ["inget i insatsen pekar ut ett steg; aktivitet antas"]


# --- user cue words (config [cues]) --------------------------------------------------------------


def classify_with(cues: dict[str, list[str]], **fields: Any) -> Classification:
    fields.setdefault("id", "insats")
    return classify(Initiative.model_validate(fields), compile_cues(cues))


def test_user_cue_words_match_in_inflections_and_as_last_part() -> None:
    cues = {"aktivitet": ["hackathon"], "arbetssätt": ["arbetar utifrån"], "utfall": ["lista"]}
    for name, level, word in [
        ("Hackathon om jämställda e-tjänster", Level.AKTIVITET, "Hackathon"),
        ("Hackathonet i mars", Level.AKTIVITET, "Hackathonet"),
        ("Kodhackathons för unga", Level.AKTIVITET, "Kodhackathons"),
        ("Personalen arbetar utifrån metoden", Level.ARBETSSATT, "arbetar utifrån"),
        ("Personalen ARBETAR  UTIFRÅNS metoden", Level.ARBETSSATT, "ARBETAR  UTIFRÅNS"),
        ("Väntelistorna", Level.UTFALL, "Väntelistorna"),
    ]:
        cls = classify_with(cues, namn=name)
        assert (cls.inferred, cls.basis, cls.cue) == (level, Basis.TEXT, word), name
    for name in ("Hackathonplanen", "Arbetar med metoden", "Utifrån metoden"):
        assert classify_with(cues, namn=name).basis is Basis.DEFAULT, name


def test_user_cue_words_follow_the_same_precedence() -> None:
    cues = {"produkt": ["likabehandlingsplan"]}
    cls = classify_with(cues, namn="Likabehandlingsplanen tillämpas i alla skolor")
    assert (cls.inferred, cls.cue) == (Level.ARBETSSATT, "tillämpas")
    assert classify_with(cues, namn="Likabehandlingsplanen").inferred is Level.PRODUKT


def test_a_user_word_takes_the_users_level_and_the_default_table_is_untouched() -> None:
    cls = classify_with({"aktivitet": ["mål"]}, namn="Mål för nämnden")
    assert cls.inferred is Level.AKTIVITET
    assert classify_data(namn="Mål för nämnden").inferred is Level.PRODUKT
    assert find_cue("Hackathon") is None


def test_user_cues_accept_levels_as_the_config_gives_them() -> None:
    assert compile_cues(None) is DEFAULT_CUES
    assert compile_cues({}) is DEFAULT_CUES
    table = compile_cues({Level.UTFALL: ["kortare väntetid"], "arbetssatt": ["jobbar enligt"]})
    assert find_cue("Kortare väntetider för kvinnor", table) == (
        Level.UTFALL,
        "Kortare väntetider",
    )
    assert find_cue("Vi jobbar enligt metoden", table) == (Level.ARBETSSATT, "jobbar enligt")
    assert compile_cues({"produkt": ["", "  ", "!"]}) is DEFAULT_CUES
    hyphen = compile_cues({"aktivitet": ["e-learning", "hackathon!"]})
    assert find_cue("E-learningen om bemötande", hyphen) == (Level.AKTIVITET, "E-learningen")
    assert find_cue("Hackathonet", hyphen) == (Level.AKTIVITET, "Hackathonet")


def test_a_compiled_table_travels_to_worker_processes() -> None:
    """The engine sends the check options, cue table included, to worker processes."""
    table = compile_cues({"aktivitet": ["hackathon"]})
    copy = pickle.loads(pickle.dumps(table))
    assert find_cue("Hackathonet", copy) == (Level.AKTIVITET, "Hackathonet")
    assert copy is pickle.loads(pickle.dumps(table))  # built once per process
    assert pickle.loads(pickle.dumps(DEFAULT_CUES)) is DEFAULT_CUES
    for level in ("samhällseffekt", "nivå"):
        with pytest.raises(ValueError):
            compile_cues({level: ["ord"]})


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
        "ordet ”Utbildning” i namnet tyder på aktivitet",
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


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_declared_level_is_never_said_to_be_assumed(lang: str) -> None:
    """Issue 13: "utfall (angiven)" must not be followed by "aktivitet antas"."""
    cls = classify_data(namn="Jämställt anhörigstöd", nivå="utfall")
    assert reasons(cls, lang) == [
        {"sv": "nivå: utfall anges i planen", "en": "nivå: utfall declared in the plan"}[lang],
        {
            "sv": "inget underlag eller ordval i insatsen stöder det angivna steget",
            "en": "no evidence or wording in the initiative supports the declared level",
        }[lang],
    ]
    cls = classify_data(namn="Jämställt anhörigstöd", nivå="aktivitet")
    assert (
        reasons(cls, lang)[1]
        == {
            "sv": "inget underlag eller ordval i insatsen pekar ut ett annat steg",
            "en": "no evidence or wording in the initiative points to another level",
        }[lang]
    )
    for level in Level:
        for text_ in reasons(classify_data(namn="Jämställt anhörigstöd", nivå=level.value), lang):
            assert "antas" not in text_ and "assumed" not in text_


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
