"""One term per concept (docs/glossary.md) in every text the tool writes, in both languages."""

from __future__ import annotations

import re

import pytest

from effektkedja.cli.spec import TEXTS as CLI_TEXTS
from effektkedja.messages import catalogue
from effektkedja.messages.diff_texts import TEXTS_EN as DIFF_EN
from effektkedja.messages.diff_texts import TEXTS_SV as DIFF_SV
from effektkedja.rules import rule_doc, rules
from effektkedja.views.texts_en import TEXTS as REPORT_EN
from effektkedja.views.texts_sv import TEXTS as REPORT_SV

#: Words docs/glossary.md says are not used, per language.
AVOIDED = {
    "sv": [r"\banmärkning", r"avvikelse", r"\binfo\b", r"\bnivåer\b"],
    "en": [r"\bexemption", r"\bissues?\b"],
}


def texts(lang: str) -> dict[str, str]:
    """Every user-visible text of ``lang``: catalogues, report, diff, CLI, rule texts and docs."""
    found = {f"messages:{k}": v for k, v in catalogue(lang).items()}
    found |= {f"report:{k}": v for k, v in (REPORT_SV if lang == "sv" else REPORT_EN).items()}
    found |= {f"diff:{k}": v for k, v in (DIFF_SV if lang == "sv" else DIFF_EN).items()}
    found |= {f"cli:{k}": v for k, v in CLI_TEXTS[lang].items() if not k.startswith("mv.")}
    for unit in rules():
        for variant, pair in unit.messages.items():
            found[f"{unit.code}.{variant}"] = pair[0 if lang == "sv" else 1]
        if unit.advice is not None:
            found[f"{unit.code}:advice"] = unit.advice.text(lang)
        doc = rule_doc(unit.code, lang)
        prose = re.sub(r"```.*?```|`[^`]*`", "", doc.body, flags=re.S)
        found[f"{unit.code}:doc"] = f"{doc.title}\n{prose}"
    return found


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_avoided_words_are_not_used(lang: str) -> None:
    hits = [
        (key, pattern)
        for key, text in texts(lang).items()
        for pattern in AVOIDED[lang]
        if re.search(pattern, text, re.IGNORECASE)
    ]
    assert hits == []


def test_severity_words_are_the_glossarys() -> None:
    from effektkedja.messages import count

    assert [count(2, noun, "sv") for noun in ("error", "warning", "info")] == [
        "2 fel",
        "2 varningar",
        "2 upplysningar",
    ]
    assert [count(1, noun, "en") for noun in ("error", "warning", "info", "accepted")] == [
        "1 error",
        "1 warning",
        "1 note",
        "1 accepted exception",
    ]
    assert count(1, "accepted", "sv") == "1 godtaget undantag"
