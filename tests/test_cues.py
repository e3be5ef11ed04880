"""The cue table itself: what it holds, that it is consistent, and that its docs match it."""

from __future__ import annotations

import re
import sys

import pytest

from effektkedja.classify import decide
from effektkedja.cues import CUES, DEFAULT_CUES, Cue, compile_cues, cue_section, cue_table
from effektkedja.domain import Level
from effektkedja.render.catalogue import explain
from effektkedja.rules import rule_doc
from tests.conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

#: SPEC.md section 4, word for word: the cue list holds "at least" these.
SPEC_WORDS = {
    Level.AKTIVITET: "utbildning, kartläggning, workshop, seminarium, föreläsning, översyn, "
    "analys, jämställdhetsanalys, kampanj, informationsinsats, mentorsprogram, webbinarium, "
    "studiebesök, uppföljning, utvärdering",
    Level.PRODUKT: "policy, riktlinje, rutin, checklista, verktyg, handlingsplan, mall, "
    "anvisning, strategi, stödmaterial, frågebatteri, mål, delmål, jämställdhetsmål",
    Level.ARBETSSATT: "tillämpar, tillämpas, använder, används, arbetar enligt, följer, "
    "löpande, kontinuerlig, kontinuerligt, systematiskt",
    Level.UTFALL: "ökad andel, ökat antal, fler kvinnor, fler män, fler flickor, fler pojkar, "
    "färre, minskad, minskat, minskade, jämnare fördelning, jämn fördelning, "
    "jämställd fördelning",
}


@pytest.mark.parametrize(
    ("level", "word"),
    [(level, word) for level, words in SPEC_WORDS.items() for word in words.split(", ")],
)
def test_every_spec_word_is_a_cue_of_its_level(level: Level, word: str) -> None:
    (hit,) = DEFAULT_CUES.find(word)
    assert (hit.level, hit.word) == (level, word)


def test_no_form_points_to_two_levels() -> None:
    levels: dict[tuple[str, ...], set[Level]] = {}
    for cue in CUES:
        for form in cue.last_forms:
            levels.setdefault((*(f[0] for f in cue.forms[:-1]), form), set()).add(cue.level)
    assert {words: found for words, found in levels.items() if len(found) > 1} == {}


@pytest.mark.parametrize("cue", CUES, ids=[cue.label for cue in CUES])
def test_every_form_and_example_in_the_table_matches_its_row(cue: Cue) -> None:
    """The matcher finds what the table shows (no exception or other row hides a form)."""
    phrases = [" ".join(words) for words in _spellings(cue.forms)]
    examples = [e.strip() for e in cue.example.split(",") if e.strip()]
    for text in phrases + examples:
        (hit,) = DEFAULT_CUES.find(f"{text} i verksamheten")
        assert (hit.cue, hit.word) == (cue, text)


def _spellings(forms: tuple[tuple[str, ...], ...]) -> list[tuple[str, ...]]:
    """Each form of each word once, the other words in their first form."""
    first = tuple(word_forms[0] for word_forms in forms)
    return [
        first[:k] + (form,) + first[k + 1 :]
        for k, word_forms in enumerate(forms)
        for form in word_forms
    ]


# --- the docs show the table -----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_explain_ek108_shows_the_whole_table(lang: str) -> None:
    """The EK108 docs end with the generated table: `python -m effektkedja.cues LANG`."""
    body = rule_doc("EK108", lang).body
    assert body.endswith(cue_section(lang).strip()), (
        f"effektkedja/rules/docs/{lang}/EK108.md is out of date: replace its last section "
        f"with the output of `python -m effektkedja.cues {lang}`"
    )
    shown = explain("EK108", lang)
    assert cue_table(lang) in shown
    for cue in CUES:
        assert f"| {cue.level.value} | {cue.label} |" in shown


def test_docs_cues_md_has_the_table() -> None:
    page = (ROOT / "docs" / "cues.md").read_text(encoding="utf-8")
    assert cue_table("sv") in page, (
        "docs/cues.md is out of date: replace its table with `cue_table('sv')`"
    )
    assert "[cues]" in page


def test_the_config_example_in_docs_cues_md_works() -> None:
    """The `[cues]` example of docs/cues.md compiles and does what the page says."""
    page = (ROOT / "docs" / "cues.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```toml\n(.*?)```", page, re.DOTALL)
    table = compile_cues(tomllib.loads(example)["cues"])
    for text, level in [
        ("Hackathons om e-tjänster", Level.AKTIVITET),
        ("Kodhackathon", Level.AKTIVITET),
        ("Skolans likabehandlingsplan", Level.PRODUKT),
        ("Lärarna arbetar utifrån planen", Level.ARBETSSATT),
        ("Kortare väntetider för kvinnor", Level.UTFALL),
    ]:
        found = decide(table.find(text))
        assert found is not None and found.level is level, text
