"""The cue table's rows: Swedish words in ``namn`` and ``beskrivning`` that suggest a level.

SPEC.md section 4. Without structured evidence, an initiative's wording may
suggest its level. This module is the one place that says which words do and in
which forms: it is data, one :class:`Cue` per row. :mod:`effektkedja.cues` finds
them in a text (and says how, for compounds, phrases and exceptions) and renders
the table for the docs; :mod:`effektkedja.classify` decides between the cues found.
"""

from __future__ import annotations

from dataclasses import dataclass

from effektkedja.domain import Level

#: The levels cue words can point to (samhällseffekt needs an indicator, never a word).
CUE_LEVELS: tuple[Level, ...] = (Level.AKTIVITET, Level.PRODUKT, Level.ARBETSSATT, Level.UTFALL)

#: In ``Cue.not_before``: any number ("delmål 2" is a national sub-goal, not an adopted goal).
NUMBER = "0"


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of the cue table: a word or phrase, its forms and what it suggests.

    ``forms`` holds the forms of each word of the phrase (one tuple for a single
    word); ``compound`` says whether the last word also matches as the last part of
    a compound; ``not_in`` lists compounds ending in the cue that are not the cue;
    ``not_before`` lists words or phrases that cancel the cue when they follow it
    (:data:`NUMBER` stands for any number), ``not_after`` words that cancel it when
    they precede it.
    """

    level: Level
    forms: tuple[tuple[str, ...], ...]
    compound: bool = False
    not_in: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    example: str = ""  # a compound that matches, shown in the docs

    @property
    def label(self) -> str:
        """The cue as the table names it: the first form of each word."""
        return " ".join(forms[0] for forms in self.forms)

    @property
    def last_forms(self) -> tuple[str, ...]:
        """Every form the last word matches, genitives of nouns included."""
        forms = self.forms[-1]
        if not self.compound:
            return forms
        return forms + tuple(f + "s" for f in forms if not f.endswith(("s", "x", "z")))

    @property
    def excluded_forms(self) -> tuple[str, ...]:
        """Every form of the compounds in ``not_in`` ("modersmålet", "konkurser")."""
        stem = self.forms[-1][0]
        prefixes = [compound[: len(compound) - len(stem)] for compound in self.not_in]
        return tuple(prefix + form for prefix in prefixes for form in self.last_forms)


def _noun(
    level: Level,
    word: str,
    forms: str,
    example: str = "",
    not_in: str = "",
    not_before: tuple[str, ...] = (),
    not_after: str = "",
) -> Cue:
    return Cue(
        level,
        ((word, *forms.split()),),
        compound=True,
        not_in=tuple(not_in.split()),
        not_before=not_before,
        not_after=tuple(not_after.split()),
        example=example,
    )


def _word(level: Level, word: str, forms: str = "", not_before: tuple[str, ...] = ()) -> Cue:
    return Cue(level, ((word, *forms.split()),), not_before=not_before)


def _phrase(
    level: Level, *words: str, noun: bool = True, example: str = "", not_in: str = ""
) -> Cue:
    """A phrase: each argument is the forms of one word; a last ``noun`` matches in compounds."""
    return Cue(
        level,
        tuple(tuple(word.split()) for word in words),
        compound=noun,
        not_in=tuple(not_in.split()),
        example=example,
    )


A, P, S, U = Level.AKTIVITET, Level.PRODUKT, Level.ARBETSSATT, Level.UTFALL
_FORDELNING = "fördelning fördelningen fördelningar fördelningarna"

#: The cue table: at least SPEC.md section 4's words, in this order, then a few more.
CUES: tuple[Cue, ...] = (
    # --- aktivitet: a one-off effort ----------------------------------------------------
    _noun(A, "utbildning", "utbildningen utbildningar utbildningarna", "halvdagsutbildning"),
    _noun(A, "kartläggning", "kartläggningen kartläggningar kartläggningarna", "lönekartläggning"),
    _noun(
        A,
        "workshop",
        "workshopen workshoppar workshopparna workshopar workshoparna workshops",
        "dialogworkshop",
    ),
    _noun(A, "seminarium", "seminariet seminarier seminarierna", "frukostseminarium"),
    _noun(A, "föreläsning", "föreläsningen föreläsningar föreläsningarna", "gästföreläsning"),
    _noun(A, "översyn", "översynen översyner översynerna", "löneöversyn"),
    _noun(A, "analys", "analysen analyser analyserna", "konsekvensanalys"),
    _noun(
        A,
        "jämställdhetsanalys",
        "jämställdhetsanalysen jämställdhetsanalyser jämställdhetsanalyserna",
    ),
    _noun(A, "kampanj", "kampanjen kampanjer kampanjerna", "informationskampanj"),
    _noun(
        A,
        "informationsinsats",
        "informationsinsatsen informationsinsatser informationsinsatserna",
    ),
    _noun(A, "mentorsprogram", "mentorsprogrammet mentorsprogrammen"),
    _noun(
        A,
        "webbinarium",
        "webbinariet webbinarier webbinarierna webinarium webinariet webinarier webinarierna",
    ),
    _noun(A, "studiebesök", "studiebesöket studiebesöken"),
    _noun(A, "uppföljning", "uppföljningen uppföljningar uppföljningarna", "resultatuppföljning"),
    _noun(A, "utvärdering", "utvärderingen utvärderingar utvärderingarna", "självutvärdering"),
    _noun(
        A,
        "kurs",
        "kursen kurser kurserna",
        "chefskurs",
        not_in="årskurs diskurs konkurs exkurs rekurs växelkurs aktiekurs",
    ),
    _noun(A, "konferens", "konferensen konferenser konferenserna"),
    _noun(A, "granskning", "granskningen granskningar granskningarna", "ärendegranskning"),
    _noun(A, "genomlysning", "genomlysningen genomlysningar genomlysningarna"),
    _noun(A, "inventering", "inventeringen inventeringar inventeringarna"),
    _noun(A, "temadag", "temadagen temadagar temadagarna"),
    _noun(A, "studiecirkel", "studiecirkeln studiecirklar studiecirklarna"),
    _noun(A, "dialogmöte", "dialogmötet dialogmöten dialogmötena"),
    _word(A, "utbilda", "utbildar utbildas utbildade utbildades utbildat utbildats"),
    _word(A, "kartlägga", "kartlägger kartläggs kartlade kartlades kartlagt kartlagts"),
    _word(A, "granska", "granskar granskas granskade granskades granskat granskats"),
    # --- produkt: something decided that can change more --------------------------------
    _noun(P, "policy", "policyn policys policyer policyerna", "jämställdhetspolicy"),
    _noun(P, "riktlinje", "riktlinjen riktlinjer riktlinjerna", "handläggningsriktlinje"),
    _noun(P, "rutin", "rutinen rutiner rutinerna", "handläggningsrutin"),
    _noun(P, "checklista", "checklistan checklistor checklistorna", "jämställdhetschecklista"),
    _noun(P, "verktyg", "verktyget verktygen", "analysverktyg"),
    _noun(P, "handlingsplan", "handlingsplanen handlingsplaner handlingsplanerna"),
    _noun(P, "mall", "mallen mallar mallarna", "bedömningsmall"),
    _noun(P, "anvisning", "anvisningen anvisningar anvisningarna", "budgetanvisning"),
    _noun(P, "strategi", "strategin strategier strategierna", "jämställdhetsstrategi"),
    _noun(P, "stödmaterial", "stödmaterialet stödmaterialen"),
    _noun(P, "frågebatteri", "frågebatteriet frågebatterier frågebatterierna"),
    _noun(
        P,
        "mål",
        "målet målen",
        "delmål, jämställdhetsmål",
        not_in="modersmål mellanmål kvällsmål brottmål tvistemål hemmål bortamål självmål "
        "ändamål önskemål spörsmål",
        not_before=("är att", "att", NUMBER),
        not_after="jämställdhetspolitiska jämställdhetspolitiskt nationella globala",
    ),
    _noun(P, "handbok", "handboken handböcker handböckerna"),
    _noun(P, "metodstöd", "metodstödet metodstöden"),
    _noun(P, "styrdokument", "styrdokumentet styrdokumenten"),
    _noun(
        P,
        "vägledning",
        "vägledningen vägledningar vägledningarna",
        not_in="studievägledning yrkesvägledning",
    ),
    # --- arbetssätt: the new way is applied in regular work -----------------------------
    _word(S, "tillämpar", "tillämpa tillämpas tillämpade tillämpades tillämpat tillämpats"),
    _word(S, "använder", "använda används använde användes använt använts"),
    _word(S, "följer", "följa följs följde följdes följt följts", not_before=("upp",)),
    Cue(
        S,
        (
            ("arbetar", "arbeta", "arbetas", "arbetade", "arbetades", "arbetat", "arbetats"),
            ("enligt",),
        ),
    ),
    _word(S, "löpande"),
    _word(S, "kontinuerlig", "kontinuerligt kontinuerliga"),
    _word(S, "systematiskt", "systematisk systematiska"),
    _noun(S, "arbetssätt", "arbetssättet arbetssätten"),
    _noun(S, "tillämpning", "tillämpningen tillämpningar tillämpningarna"),
    # --- utfall: a change for the target group ------------------------------------------
    _phrase(
        U,
        "ökad ökat ökade",
        "andel andelen andelar andelarna",
        example="ökad kvinnoandel",
        not_in="handel",
    ),
    _phrase(U, "ökat ökad ökade", "antal antalet antalen", example="ökat elevantal"),
    _phrase(U, "fler", "kvinnor", noun=False),
    _phrase(U, "fler", "män", noun=False),
    _phrase(U, "fler", "flickor", noun=False),
    _phrase(U, "fler", "pojkar", noun=False),
    _word(U, "färre"),
    _word(U, "minskad", "minskat minskade minska minskar minskas minskades minskats"),
    _phrase(U, "jämnare", _FORDELNING, example="jämnare könsfördelning"),
    _phrase(U, "jämn jämnt jämna", _FORDELNING, example="jämn resursfördelning"),
    _phrase(U, "jämställd jämställt jämställda", _FORDELNING),
    _phrase(U, "fördelas fördelades fördelats", "jämnare jämnt jämställt", noun=False),
)
