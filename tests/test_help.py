"""``--help`` and usage errors speak one language, metavariables included (in-process)."""

from __future__ import annotations

import re

import pytest

from effektkedja.cli import help_language, main
from effektkedja.cli.spec import COMMANDS, TEXTS

#: English words that must never appear in Swedish help (typer's and click's defaults
#: among them: "Show this message and exit.", "Usage:", "Options", "<bool>").
ENGLISH = re.compile(
    r"\b(Usage|Options|Arguments|Commands|Show|message|exit|Install|completion|default|"
    r"required|FILE|PATH|OPTIONS|COMMAND|bool|list|str)\b"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["", *(command.name for command in COMMANDS)])
def test_swedish_help_has_no_english(capsys: pytest.CaptureFixture[str], command: str) -> None:
    args = [command, "--help"] if command else ["--help"]
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert out.startswith("Användning: effektkedja")
    assert "Flaggor:" in out and "-h, --help" in out
    for name in ("--help", "--no-color", "--install-completion", "--show-completion"):
        out = out.replace(name, "")
    found = ENGLISH.findall(out)
    # Option names (--format) and values (json, markdown, excel-sv) are identifiers.
    assert found == [], found


@pytest.mark.parametrize("command", [command.name for command in COMMANDS])
def test_english_help_with_lang_en(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = run(capsys, command, "--help", "--lang", "en")
    assert code == 0
    assert out.startswith(f"Usage: effektkedja {command} [OPTIONS]")
    assert "Options:" in out
    assert not re.search(r"[åäö]", out.split("Options:")[1].replace("--", "").lower()) or (
        command in ("check", "report")  # Swedish level names and file patterns are terms
    )


def test_lang_from_the_environment_for_help() -> None:
    assert help_language([], {"LANG": "en_GB.UTF-8"}) == "en"
    assert help_language([], {"LANG": "sv_SE.UTF-8"}) == "sv"
    assert help_language([], {"LANG": "C.UTF-8"}) == "sv"
    assert help_language(["--lang", "sv"], {"LANG": "en_US.UTF-8"}) == "sv"
    assert help_language(["--lang=en"], {}) == "en"


def test_every_text_exists_in_both_languages() -> None:
    assert TEXTS["sv"].keys() == TEXTS["en"].keys()
    for command in COMMANDS:
        for key in (command.help, *(a.help for a in command.args), *(o.help for o in command.opts)):
            assert key in TEXTS["sv"], key
        for opt in command.opts:
            if opt.metavar:
                assert f"mv.{opt.metavar}" in TEXTS["sv"], opt.metavar


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--formt", "json", "x.yaml"], "okänd flagga ”--formt” (menade du ”--format”?)"),
        (["check", "-f", "jsn", "x.yaml"], "”jsn” är inget giltigt värde för ”-f”"),
        (["chek", "x.yaml"], "okänt kommando ”chek” (menade du ”check”?)"),
        (["check"], "argumentet SÖKVÄG... saknas"),
        (["check", "--jobs", "0", "x.yaml"], "”--jobs” ska vara ett heltal som är minst 1"),
        (["check", "x.yaml", "--today"], "flaggan ”--today” behöver ett värde (ÅÅÅÅ-MM-DD)"),
        (["check", "--verbose=ja", "x.yaml"], "flaggan ”--verbose” tar inget värde"),
        (["diff", "a.yaml"], "argumentet NY saknas"),
        (["explain", "EK102", "EK103"], "för många argument: ”EK103”"),
    ],
)
def test_usage_errors_are_swedish_and_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert err.startswith("effektkedja: fel: ")
    assert message in err
    assert "Hjälp: effektkedja" in err


def test_usage_errors_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--formt", "json", "x.yaml", "--lang", "en")
    assert code == 2
    assert "effektkedja: error: unknown option “--formt” (did you mean “--format”?)" in err


def test_no_arguments_shows_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 2 and out.startswith("Användning:")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and re.fullmatch(r"effektkedja \d+\.\d+\.\d+\n", out)


def test_options_after_paths_and_equals_and_short_forms(
    capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    from tests.conftest import EXAMPLES

    plan = str(EXAMPLES / "kommun-hemtjanst.yaml")
    first = run(capsys, "check", plan, "--format=json", "--today=2026-11-23")
    second = run(capsys, "check", "-fjson", "--today", "2026-11-23", "--", plan)
    assert first[0] == second[0] == 0
    assert first[1] == second[1] and first[1].startswith("{")
