"""The cue matcher: how the words of the cue table are found in ``namn`` and ``beskrivning``.

SPEC.md section 4. The table's rows (which words suggest which level, in which
forms) are data in :mod:`effektkedja.cue_words`; this module says how they are
found in a text, compiles a run's table with the user's cue words, and renders
the table for the docs (``docs/cues.md``, ``effektkedja explain EK108``) by
:func:`cue_table`. :mod:`effektkedja.classify` decides between the cues found.

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

from effektkedja.cue_words import CUE_LEVELS, CUES, NUMBER, Cue
from effektkedja.domain import Level

__all__ = [
    "CUE_LEVELS",
    "CUES",
    "DEFAULT_CUES",
    "MIN_FIRST_PART",
    "NUMBER",
    "USER_ENDINGS",
    "Cue",
    "CueHit",
    "CueTable",
    "compile_cues",
    "cue_section",
    "cue_table",
    "normalize",
    "user_cue",
]

#: The shortest first part of a compound: "åmål" (Åmål) is no goal.
MIN_FIRST_PART = 2

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
    "sv": ("steg", "signalord", "former", "sista led", "undantag"),
    "en": ("level", "cue", "forms", "last part", "exceptions"),
}
_DOC: dict[str, dict[str, str]] = {
    "sv": {
        "heading": "## Signalorden",
        "intro": (
            "Hela tabellen (genererad ur `effektkedja/cues.py`; mer i `docs/cues.md`). "
            "Substantiv matchar också i genitiv (+s). ”Sista led” betyder att ordet "
            "också räknas som sista led i ett sammansatt ord, aldrig som första led. "
            "Egna signalord läggs till per steg under `[cues]` i konfigurationsfilen."
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
