"""Unit tests for effektkedja.messages: both catalogues are complete and render alike."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from effektkedja.domain import Basis
from effektkedja.messages import LANGUAGES, Message, catalogue, render, text
from effektkedja.rules import RULES
from tests.conftest import check_text

PACKAGE = Path(__file__).resolve().parent.parent / "effektkedja"
SOURCES = [
    path
    for path in sorted(PACKAGE.rglob("*.py"))
    if "messages" not in path.relative_to(PACKAGE).parts
]
KEY = re.compile(r"(?:EK\d{3}|reason|out|err|where|got|basis)\.[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*")


def _trees() -> list[tuple[Path, ast.AST]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in SOURCES]


def _call_name(node: ast.Call) -> str:
    func = node.func
    return (
        func.id
        if isinstance(func, ast.Name)
        else func.attr
        if isinstance(func, ast.Attribute)
        else ""
    )


def _constants(node: ast.AST | None) -> list[str]:
    """String constants an argument can take (a literal, or either arm of ``x if c else y``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _constants(node.body) + _constants(node.orelse)
    return []


def literal_keys() -> set[str]:
    """Every string literal in the package that looks like a message key."""
    keys = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and KEY.fullmatch(node.value)
            ):
                keys.add(node.value)
    return keys


def loader_keys() -> set[str]:
    """Message keys of loader problems: ``<rule>.<message>`` as the engine builds them."""
    keys = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            if name == "LoadProblem" and len(node.args) >= 3:
                for rule in _constants(node.args[0]):
                    keys.update(f"{rule}.{message}" for message in _constants(node.args[2]))
            elif name == "_LoadError" and len(node.args) >= 2:
                keys.update(f"EK001.{message}" for message in _constants(node.args[1]))
    return keys


def custom_error_keys() -> set[str]:
    """EK002 keys of the model's own errors (``ek_enum`` becomes ``EK002.enum``)."""
    keys = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) == "PydanticCustomError":
                for kind in _constants(node.args[0] if node.args else None):
                    assert kind.startswith("ek_"), kind
                    keys.add(f"EK002.{kind[3:]}")
    return keys


def hit_keys() -> set[str]:
    """Message keys given to rule hits (``Hit("EK004", loc, "EK004", ...)``)."""
    keys = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) == "Hit" and len(node.args) >= 3:
                keys.update(_constants(node.args[2]))
    return keys


def got_keys() -> set[str]:
    """``got.<kind>`` for every kind the validator's ``_got`` can name (built with an f-string)."""
    keys = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "_got":
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Return):
                        keys.update(f"got.{kind}" for kind in _constants(inner.value))
    return keys


def used_keys() -> set[str]:
    keys = literal_keys() | loader_keys() | custom_error_keys() | hit_keys() | got_keys()
    keys |= {f"basis.{basis.value}" for basis in Basis}
    return keys


# --- the scan itself finds what it should ------------------------------------------------------


def test_the_source_scan_finds_keys_of_every_kind() -> None:
    keys = used_keys()
    for expected in (
        "EK002.unknown_key",
        "EK002.enum",
        "EK002.point_mixed",
        "EK001.tab",
        "EK001.alias_bomb",
        "EK003.duplicate_key",
        "EK004",
        "EK306",
        "reason.default",
        "out.summary_title",
        "err.interrupted",
        "where.point",
        "got.none",
        "basis.text",
        "EK001.not_utf8.latin1",
        "EK002.date_nonexistent",
        "EK001.unreadable",
        "err.bad_code",
    ):
        assert expected in keys, expected
    assert len(keys) > 80


# --- completeness ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_key_used_in_the_code_is_in_the_catalogue(lang: str) -> None:
    missing = sorted(used_keys() - set(catalogue(lang)))
    assert missing == []


def test_every_rule_beyond_loading_has_a_message() -> None:
    for code in RULES:
        if code in ("EK001", "EK002", "EK003"):
            for lang in LANGUAGES:
                assert any(key.startswith(code + ".") for key in catalogue(lang)), code
        else:
            for lang in LANGUAGES:
                assert code in catalogue(lang), (code, lang)


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
    for key, template in catalogue(lang).items():
        assert template.strip(), key
        _placeholders(template)  # raises on a broken template


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
    assert render("EK002.unknown_key", {**args, "suggestion": "namn"}, "sv") == (
        "okänd nyckel ”namm” i planen (menade du ”namn”?)"
    )
    assert render("EK002.unknown_key", {**args, "suggestion": "namn"}, "en") == (
        "unknown key “namm” in the plan (did you mean “namn”?)"
    )
    for empty in (None, ""):
        for lang in LANGUAGES:
            rendered = render("EK002.unknown_key", {**args, "suggestion": empty}, lang)
            assert "menade du" not in rendered and "did you mean" not in rendered
            assert "namm" in rendered
    assert render("EK002.unknown_key", args, "sv") == "okänd nyckel ”namm” i planen"


def test_message_arguments_are_rendered_in_the_same_language() -> None:
    message = Message(
        "EK002.missing", {"key": "namn", "where": Message("where.initiative", {"id": "a"})}
    )
    assert text(message, "sv") == "nyckeln ”namn” saknas i insatsen ”a”"
    assert text(message, "en") == "the key “namn” is missing in the initiative “a”"


def test_a_missing_argument_does_not_break_rendering() -> None:
    rendered = render("EK102", {}, "sv")
    assert rendered.startswith("kedjan stannar vid ")
    assert "{" not in rendered


def test_swedish_is_the_default_language() -> None:
    assert render("EK301") == render("EK301", {}, "sv") != render("EK301", {}, "en")


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
            rendered = render(finding.message, finding.args, lang)
            assert rendered != finding.message, finding.message
            assert "{" not in rendered and "–" not in rendered, (finding.message, rendered)
        assert render(finding.message, finding.args, "sv") != render(
            finding.message, finding.args, "en"
        )
