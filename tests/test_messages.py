"""Unit tests for effektkedja.messages: both catalogues are complete and render alike."""

from __future__ import annotations

import string

import pytest

from effektkedja.findings import describe
from effektkedja.messages import LANGUAGES, Message, catalogue, render, text
from effektkedja.rules import CODES, rule, template
from tests.conftest import check_text


def test_every_rule_has_its_message_in_both_languages_with_the_same_placeholders() -> None:
    for code in CODES:
        unit = rule(code)
        assert unit.messages, code
        for variant, (sv, en) in unit.messages.items():
            assert sv.strip() and en.strip(), (code, variant)
            assert sv != en, (code, variant)
            assert _placeholders(sv) == _placeholders(en), (code, variant)


def test_swedish_and_english_have_the_same_keys() -> None:
    assert set(catalogue("sv")) == set(catalogue("en"))


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_swedish_and_english_use_the_same_placeholders() -> None:
    sv, en = catalogue("sv"), catalogue("en")
    different = {
        key: (_placeholders(sv[key]), _placeholders(en[key]))
        for key in sv.keys() & en.keys()
        if _placeholders(sv[key]) != _placeholders(en[key])
    }
    assert different == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_is_a_non_empty_template(lang: str) -> None:
    for key, text_ in catalogue(lang).items():
        assert text_.strip(), key
        _placeholders(text_)  # raises on a broken text_


def test_the_two_languages_actually_differ() -> None:
    sv, en = catalogue("sv"), catalogue("en")
    same = [key for key in sv if sv[key] == en[key]]
    # A few texts may coincide (a placeholder and a quoted key); most must be translated.
    assert len(same) < len(sv) // 10, same


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        catalogue("de")


# --- rendering ------------------------------------------------------------------------------


def test_did_you_mean_only_with_a_suggestion() -> None:
    args = {"key": "namm", "where": Message("where.plan")}
    assert render("EK002.unknown_key", {**args, "suggestion": "namn"}, "sv", template) == (
        "okänd nyckel ”namm” i planen (menade du ”namn”?)"
    )
    assert render("EK002.unknown_key", {**args, "suggestion": "namn"}, "en", template) == (
        "unknown key “namm” in the plan (did you mean “namn”?)"
    )
    for empty in (None, ""):
        for lang in LANGUAGES:
            rendered = render("EK002.unknown_key", {**args, "suggestion": empty}, lang, template)
            assert "menade du" not in rendered and "did you mean" not in rendered
            assert "namm" in rendered
    assert render("EK002.unknown_key", args, "sv", template) == "okänd nyckel ”namm” i planen"


def test_message_arguments_are_rendered_in_the_same_language() -> None:
    args = {"key": "namn", "where": Message("where.initiative", {"id": "a"})}
    assert render("EK002.missing", args, "sv", template) == "nyckeln ”namn” saknas i insatsen ”a”"
    assert render("EK002.missing", args, "en", template) == (
        "the key “namn” is missing in the initiative “a”"
    )
    assert text(Message("where.initiative", {"id": "a"}), "en") == "the initiative “a”"


def test_a_missing_argument_does_not_break_rendering() -> None:
    rendered = render("EK102", {}, "sv", template)
    assert rendered.startswith("kedjan stannar vid ")
    assert "{" not in rendered


def test_swedish_is_the_default_language() -> None:
    finding = check_text("organisation: X\ninsatser:\n  - {id: a, namn: Utbildning}\n").findings[0]
    assert render(finding.message, finding.args, lookup=template) == describe(finding, "sv")
    assert describe(finding, "sv") != describe(finding, "en")


def test_every_finding_of_the_rule_fixtures_renders_in_both_languages() -> None:
    """Every message variant the rules use exists: the fixtures make each rule fire."""
    from tests.test_rule_fixtures import CASES, check_case

    for _, _, case in CASES:
        for finding in check_case(case).findings:
            for lang in LANGUAGES:
                rendered = describe(finding, lang)
                assert rendered != finding.message and "{" not in rendered, (case, rendered)


def test_every_finding_of_a_messy_plan_renders_in_both_languages() -> None:
    result = check_text(
        """\
organisation: X
period: {från: 2024, till: 2025}
insatser:
  - id: a
    namn: Utbildning
    nivå: utfall
    slut: 2025-06-30
    status: pågående
    leder_till: [b, saknas]
    indikatorer:
      - namn: Andel
        utgångsläge: {år: 2023, kvinnor: 40, män: 60}
        mätningar: [{år: 2025, kvinnor: 30, män: 70}]
  - id: b
    namn: Rutin
    nivå: arbetssätt
    leder_till: a
  - id: b
    namn: Kopia
"""
    )
    assert len(result.findings) > 10
    for finding in result.findings:
        for lang in LANGUAGES:
            rendered = describe(finding, lang)
            assert rendered != finding.message, finding.message
            assert "{" not in rendered and "–" not in rendered, (finding.message, rendered)
        assert describe(finding, "sv") != describe(finding, "en")


def test_the_systems_reasons_are_told_in_the_readers_language() -> None:
    import errno

    from effektkedja.messages import os_reason

    full = os_reason(OSError(errno.ENOSPC, "No space left on device"))
    assert render("err.stdout_failed", {"detail": full}, "sv") == (
        "kunde inte skriva till standard ut: det finns inget utrymme kvar på enheten"
    )
    assert render("err.stdout_failed", {"detail": full}, "en") == (
        "could not write to standard output: no space left on the device"
    )
    # A reason without a text of our own keeps the system's words.
    rare = os_reason(OSError(errno.ECHILD, "No child processes"))
    assert render("err.stdout_failed", {"detail": rare}, "sv").endswith(": No child processes")
