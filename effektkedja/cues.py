"""The cue table: Swedish words in ``namn`` and ``beskrivning`` that suggest a level.

SPEC.md section 4. Without structured evidence, an initiative's wording may
suggest its level. This module is the one place that says which words do, in
which forms, and how they are found in a text; :mod:`effektkedja.classify`
decides between the cues it finds, and the docs (``docs/cues.md``,
``effektkedja explain EK108``) show the table rendered by :func:`cue_table`.

How a cue matches (docs/cues.md says the same for users):

- Texts are compared in lower case, with å, ä and ö as written (ASCII-folding
  would make "normal" end in "mal", the folded "mål").
- Each cue lists every form it matches; nouns also match in the genitive
  (a form plus ``s``). Nothing else is guessed: the table is finite.
- A noun cue also matches as the **last part of a compound** whose first part
  has at least two letters (``halvdagsutbildning``, ``jämställdhetsmål``), never
  as the first part (``utbildningsnivå``, ``rutinärende``, ``mallfil``). A few
  compounds that end like a cue but mean something else are listed as
  exceptions (``modersmål``, ``konkurs``, ``näthandel``).
- Verbs, adjectives, adverbs and the first words of a phrase match whole words
  only (``osystematiskt`` and ``oförminskad`` are not cues); a noun that ends a
  phrase matches like a noun (``jämnare könsfördelning``).
- A hyphen joins a compound: only the part after the last hyphen is matched
  (``JämKAS-analys`` is an analys).
- Some cues are cancelled by the word after or before them: ``följer upp`` is
  follow-up, not following a routine; ``målet är att`` states a purpose, and
  ``delmål 2`` or ``de jämställdhetspolitiska målen`` are the national goals, not
  goals the organisation adopted.

Users add cue words per level in the config file (``[cues]``); they are
compiled together with this table once per run by :func:`compile_cues`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from effektkedja.domain import Level

#: The levels cue words can point to (samhällseffekt needs an indicator, never a word).
CUE_LEVELS: tuple[Level, ...] = (Level.AKTIVITET, Level.PRODUKT, Level.ARBETSSATT, Level.UTFALL)

#: In ``Cue.not_before``: any number ("delmål 2" is a national sub-goal, not an adopted goal).
NUMBER = "0"

#: The shortest first part of a compound: "åmål" (Åmål) is no goal.
MIN_FIRST_PART = 2


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

#: A word: letters and digits, hyphenated parts kept together ("JämKAS-analys").
_TOKEN = re.compile(r"\w+(?:-\w+)*")


def normalize(text: str) -> str:
    """Lower case, composed å/ä/ö (a macOS file may decompose them)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.lower()


# --- user cue words (config `[cues]`) -------------------------------------------------------

#: Endings added to a user's word (its class is unknown): the common Swedish inflections.
USER_ENDINGS: tuple[str, ...] = (
    "n", "en", "et", "t", "er", "erna", "ar", "arna", "r", "rna", "na", "s", "de", "ts",
)  # fmt: skip


def user_cue(level: Level, text: str) -> Cue | None:
    """A cue from a user's word or phrase, matched like a noun of the table.

    The last word gets :data:`USER_ENDINGS` (and ``-or``/``-orna``/``-an`` for a word
    ending in ``a``, ``-et``/``-er``/``-erna`` in place of ``-um``) and matches as the
    last part of a compound; earlier words of a phrase match as written.
    """
    words = [token.rpartition("-")[2] for token in _TOKEN.findall(normalize(text))]
    if not words:
        return None
    *first, last = words
    forms = [last] + [last + ending for ending in USER_ENDINGS]
    if last.endswith("a"):
        forms += [last[:-1] + ending for ending in ("or", "orna", "an")]
    if last.endswith("um"):
        forms += [last[:-2] + ending for ending in ("et", "er", "erna")]
    forms = list(dict.fromkeys(forms))
    return Cue(level, (*((w,) for w in first), tuple(forms)), compound=True)


# --- matching -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue found in a text: where, as written, and which row of the table."""

    cue: Cue
    word: str  # the matched words as written in the text
    start: int  # character offset in the text

    @property
    def level(self) -> Level:
        return self.cue.level


class CueTable:
    """The compiled cue table: the built-in cues plus a run's user cue words.

    Build it once per run (:func:`compile_cues`); matching a word is cached. It
    pickles as its cues, and a worker process builds each table once
    (:func:`_table`), so it can travel in the check options to every file.
    """

    def __init__(self, cues: Iterable[Cue]) -> None:
        self.cues: tuple[Cue, ...] = tuple(cues)
        whole: dict[str, Cue | None] = {}
        tails: dict[str, Cue | None] = {}
        starts: dict[str, list[Cue]] = {}
        # Later cues win, so user words (last) override the built-in table.
        for cue in self.cues:
            if len(cue.forms) > 1:
                for form in cue.forms[0]:
                    starts.setdefault(form, []).append(cue)
                continue
            for form in cue.last_forms:
                whole[form] = cue
                if cue.compound:
                    tails[form] = cue
            for form in cue.excluded_forms:
                whole[form] = None
                tails[form] = None
        self._whole = whole
        self._tails = tails
        self._tail_lengths = sorted({len(form) for form in tails}, reverse=True)
        # Longer phrases first, so the longest phrase at a word wins.
        self._starts = {
            form: tuple(sorted(cues, key=lambda c: -len(c.forms))) for form, cues in starts.items()
        }
        self.word_cue = lru_cache(maxsize=65_536)(self._word_cue)

    def __reduce__(self) -> tuple[object, tuple[tuple[Cue, ...]]]:
        return _table, (self.cues,)

    def _word_cue(self, word: str) -> Cue | None:
        """The single-word cue ``word`` (lower case, one hyphen part) is a form of, if any.

        A whole form first; else the longest cue form that ends the word after a
        first part of at least two letters (an exception listed there means no cue).
        """
        if word in self._whole:
            return self._whole[word]
        size = len(word)
        for length in self._tail_lengths:
            if size - length >= MIN_FIRST_PART and word[size - length :] in self._tails:
                return self._tails[word[size - length :]]
        return None

    @staticmethod
    def _last_word_matches(cue: Cue, word: str) -> bool:
        """Whether ``word`` is a form of a phrase's last word, or a compound ending in one."""
        forms = cue.last_forms
        if word in forms:
            return True
        if not cue.compound or word.endswith(cue.excluded_forms):
            return False
        return any(len(word) - len(f) >= MIN_FIRST_PART and word.endswith(f) for f in forms)

    def find(self, text: str) -> list[CueHit]:
        """Every cue in ``text``, in order (a phrase is one hit; cancelled cues left out).

        The words of a hit are as written, but with å, ä and ö composed.
        """
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        tokens = list(_TOKEN.finditer(text))
        keys = [token.group().lower().rpartition("-")[2] for token in tokens]
        hits: list[CueHit] = []
        index = 0
        while index < len(tokens):
            word = keys[index]
            cue: Cue | None = None
            end = index
            for phrase in self._starts.get(word, ()):
                last = index + len(phrase.forms) - 1
                if (
                    last < len(tokens)
                    and all(
                        keys[index + k] in phrase.forms[k] for k in range(1, len(phrase.forms) - 1)
                    )
                    and self._last_word_matches(phrase, keys[last])
                    and _adjacent(text, tokens, index, last)
                ):
                    cue, end = phrase, last
                    break
            if cue is None:
                cue = self.word_cue(word)
            if cue is not None and not _cancelled(cue, text, tokens, keys, index, end):
                start = tokens[index].start()
                hits.append(CueHit(cue, text[start : tokens[end].end()], start))
            index = end + 1
        return hits


def _cancelled(
    cue: Cue, text: str, tokens: list[re.Match[str]], keys: list[str], first: int, last: int
) -> bool:
    """Whether the word before or after the cue at tokens ``first``..``last`` cancels it."""
    for words in cue.not_before:
        after = words.split()
        end = last + len(after)
        if end < len(tokens) and _adjacent(text, tokens, last, end):
            following = keys[last + 1 : end + 1]
            if following == after or (after == [NUMBER] and following[0].isdigit()):
                return True
    return bool(
        cue.not_after
        and first > 0
        and keys[first - 1] in cue.not_after
        and _adjacent(text, tokens, first - 1, first)
    )


def _adjacent(text: str, tokens: list[re.Match[str]], first: int, last: int) -> bool:
    """Whether tokens ``first``..``last`` are separated by white space only."""
    return all(text[tokens[k].end() : tokens[k + 1].start()].isspace() for k in range(first, last))


#: The level keys of ``[cues]``: the level values, ``arbetssätt`` also ASCII-folded.
_LEVEL_KEYS: dict[str, Level] = {
    **{level.value: level for level in CUE_LEVELS},
    "arbetssatt": Level.ARBETSSATT,
}


def compile_cues(extra: Mapping[str, Iterable[str]] | None = None) -> CueTable:
    """The cue table of a run: :data:`CUES` plus the user's words per level.

    ``extra`` maps a level value (``"aktivitet"``, ``"produkt"``, ``"arbetssätt"`` or
    ``"arbetssatt"``, ``"utfall"``; as ``Config.cues`` holds them) to words or phrases. A user word
    that is also in the table takes the user's level. Raises ``ValueError`` for a
    level that cue words cannot point to (the config reader checks this first).
    """
    if not extra:
        return DEFAULT_CUES
    added = []
    for key, words in extra.items():
        level = _LEVEL_KEYS.get(key)
        if level is None:
            raise ValueError(f"cue words cannot point to {key!r}")
        added += [cue for word in words if (cue := user_cue(level, word)) is not None]
    return _table((*CUES, *added))


@lru_cache(maxsize=8)
def _table(cues: tuple[Cue, ...]) -> CueTable:
    """One table per set of cues in a process (an unpickled table is built once)."""
    return CueTable(cues)


DEFAULT_CUES = _table(CUES)


# --- the table as documentation ---------------------------------------------------------------

_COLUMNS = {
    "sv": ("nivå", "signalord", "former", "sista led", "undantag"),
    "en": ("level", "cue", "forms", "last part", "exceptions"),
}
_DOC: dict[str, dict[str, str]] = {
    "sv": {
        "heading": "## Signalorden",
        "intro": (
            "Hela tabellen (genererad ur `effektkedja/cues.py`; mer i `docs/cues.md`). "
            "Substantiv matchar också i genitiv (+s). ”Sista led” betyder att ordet "
            "också räknas som sista led i ett sammansatt ord, aldrig som första led. "
            "Egna signalord läggs till per nivå under `[cues]` i konfigurationsfilen."
        ),
        "yes": "ja",
        "no": "nej",
        "for_example": "t.ex.",
        "not_in": "inte",
        "not_before": "inte före",
        "not_after": "inte efter",
        "number": "ett tal",
    },
    "en": {
        "heading": "## The cue words",
        "intro": (
            "The whole table (generated from `effektkedja/cues.py`; more in `docs/cues.md`, "
            "in Swedish). Nouns also match in the genitive (+s). “Last part” means the word "
            "also counts as the last part of a compound word, never as the first part. "
            "Add cue words per level under `[cues]` in the config file."
        ),
        "yes": "yes",
        "no": "no",
        "for_example": "e.g.",
        "not_in": "not",
        "not_before": "not before",
        "not_after": "not after",
        "number": "a number",
    },
}


def _quote(word: str, lang: str) -> str:
    return f"”{word}”" if lang == "sv" else f"“{word}”"


def cue_table(lang: str = "sv", cues: Iterable[Cue] = CUES) -> str:
    """The cue table as a Markdown table, one row per cue."""
    doc = _DOC[lang]
    columns = _COLUMNS[lang]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for cue in cues:
        forms = " + ".join(", ".join(word_forms) for word_forms in cue.forms)
        last_part = doc["yes"] if cue.compound else doc["no"]
        if cue.example:
            last_part += f", {doc['for_example']} {cue.example}"
        exceptions = []
        if cue.not_in:
            exceptions.append(f"{doc['not_in']} {', '.join(cue.not_in)}")
        if cue.not_before:
            words = [doc["number"] if w == NUMBER else _quote(w, lang) for w in cue.not_before]
            exceptions.append(f"{doc['not_before']} {', '.join(words)}")
        if cue.not_after:
            words = [_quote(w, lang) for w in cue.not_after]
            exceptions.append(f"{doc['not_after']} {', '.join(words)}")
        lines.append(
            f"| {cue.level.value} | {cue.label} | {forms} | {last_part} | "
            f"{'; '.join(exceptions) or '–'} |"
        )
    return "\n".join(lines) + "\n"


def cue_section(lang: str = "sv") -> str:
    """The section of the EK108 docs that shows the table (``explain EK108``)."""
    doc = _DOC[lang]
    return f"{doc['heading']}\n{doc['intro']}\n\n{cue_table(lang)}"


if __name__ == "__main__":  # pragma: no cover - `python -m effektkedja.cues [en]`
    import sys

    sys.stdout.write(cue_section(sys.argv[1] if len(sys.argv) > 1 else "sv"))
