"""Unit tests for effektkedja.loader: YAML bytes to data, positions and EK001/EK003 problems."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from effektkedja.loader import Loaded, Position, load
from effektkedja.messages import render
from effektkedja.model import KEY_ALIASES
from effektkedja.rules import template
from tests.conftest import check_text


def load_text(text: str) -> Loaded:
    return load(text.encode("utf-8"), KEY_ALIASES)


def only_problem(loaded: Loaded) -> tuple[str, int, int, str]:
    """The single problem of a load as (rule, line, column, message key)."""
    assert len(loaded.problems) == 1, loaded.problems
    problem = loaded.problems[0]
    return problem.rule, problem.position.line, problem.position.column, problem.message


def rendered(loaded: Loaded, lang: str = "sv") -> str:
    problem = loaded.problems[0]
    return render(f"{problem.rule}.{problem.message}", dict(problem.args), lang, template)


# --- positions -----------------------------------------------------------------------------

PLAN = """\
organisation: Exempelkommunen
insatser:
  - id: utbildning
    namn: Utbildning i jämställd biståndsbedömning
    leder_till: [rutin, uppfoljning]
  - id: rutin
    namn: Rutin för biståndsbedömning
    malgrupp: Brukare
    indikatorer:
      - namn: Timmar
        utgångsläge: {år: 2023, kvinnor: 28.0, män: 34.5}
"""


def test_source_map_gives_one_based_positions_of_keys_and_values() -> None:
    loaded = load_text(PLAN)
    source = loaded.source
    assert source.key(("organisation",)) == Position(1, 1)
    assert source.value(("organisation",)) == Position(1, 15)
    assert source.key(("insatser",)) == Position(2, 1)
    assert source.value(("insatser", 0)) == Position(3, 5)  # the start of the item's mapping
    assert source.key(("insatser", 0, "namn")) == Position(4, 5)
    assert source.value(("insatser", 0, "namn")) == Position(4, 11)


def test_source_map_finds_list_items_in_flow_and_block_style() -> None:
    source = load_text(PLAN).source
    assert source.value(("insatser", 0, "leder_till", 0)) == Position(5, 18)
    assert source.value(("insatser", 0, "leder_till", 1)) == Position(5, 25)
    assert source.value(("insatser", 1)) == Position(6, 5)
    assert source.value(("insatser", 1, "indikatorer", 0)) == Position(10, 9)
    assert source.value(("insatser", 1, "indikatorer", 0, "utgångsläge", "män")) == Position(11, 53)


def test_source_map_finds_ascii_folded_keys_by_their_canonical_name() -> None:
    loaded = load_text(PLAN)
    assert loaded.data["insatser"][1]["målgrupp"] == "Brukare"
    assert loaded.source.key(("insatser", 1, "målgrupp")) == Position(8, 5)
    assert loaded.source.value(("insatser", 1, "målgrupp")) == Position(8, 15)


def test_source_map_falls_back_to_the_deepest_existing_node() -> None:
    source = load_text(PLAN).source
    # No such entry: the list itself; no such key: the mapping that lacks it.
    assert source.value(("insatser", 0, "leder_till", 7)) == Position(5, 17)
    assert source.value(("insatser", 0, "ansvarig")) == Position(3, 5)


def test_a_single_string_where_a_list_is_accepted_has_its_own_position() -> None:
    source = load_text("insatser:\n  - id: a\n    leder_till: b\n").source
    assert source.value(("insatser", 0, "leder_till", 0)) == Position(3, 17)


def test_positions_are_right_with_windows_line_endings() -> None:
    loaded = load(b"organisation: X\r\ninsatser:\r\n  - id: a\r\n    namn: b\r\n", KEY_ALIASES)
    assert loaded.problems == []
    assert loaded.data == {"organisation": "X", "insatser": [{"id": "a", "namn": "b"}]}
    assert loaded.source.value(("insatser", 0, "namn")) == Position(4, 11)


# --- typing of scalars --------------------------------------------------------------------


def test_only_true_and_false_are_booleans() -> None:
    data = load_text("a: yes\nb: no\nc: on\nd: off\ne: y\nf: true\ng: false\nh: True\n").data
    assert data == {
        "a": "yes",
        "b": "no",
        "c": "on",
        "d": "off",
        "e": "y",
        "f": True,
        "g": False,
        "h": True,
    }
    assert data["f"] is True and data["g"] is False


def test_quoted_numbers_stay_text_and_plain_numbers_are_numbers() -> None:
    data = load_text("a: '1'\nb: \"2.5\"\nc: 3\nd: 2.5\ne: -4\n").data
    assert data == {"a": "1", "b": "2.5", "c": 3, "d": 2.5, "e": -4}
    assert type(data["c"]) is int and isinstance(data["d"], float)
    assert data["d"].source == "2.5"  # the spelling is kept for where text is asked for


def test_infinity_and_nan_become_floats() -> None:
    data = load_text("a: .inf\nb: -.inf\nc: .nan\n").data
    assert data["a"] == math.inf and data["b"] == -math.inf
    assert math.isnan(data["c"])


def test_dates_and_nulls() -> None:
    data = load_text("a: 2024-01-31\nb: null\nc: ~\nd:\n").data
    assert data == {"a": "2024-01-31", "b": None, "c": None, "d": None}


def test_standard_tags_are_understood() -> None:
    data = load_text('a: !!str 12\nb: !!int "12"\nc: !!float 1\n').data
    assert data == {"a": "12", "b": 12, "c": 1.0}


def test_a_value_that_does_not_fit_its_tag_is_ek001() -> None:
    loaded = load_text("a: 1\nb: !!bool maybe\n")
    assert only_problem(loaded) == ("EK001", 2, 4, "bad_tagged_value")
    assert loaded.data is None


def test_aliases_of_ordinary_size_work() -> None:
    data = load_text("a: &x {k: v}\nb: *x\n").data
    assert data == {"a": {"k": "v"}, "b": {"k": "v"}}


# --- duplicate keys (EK003) -----------------------------------------------------------------


def test_a_repeated_key_is_ek003_at_the_repeat_and_the_first_value_wins() -> None:
    loaded = load_text("a: 1\nb: 2\na: 3\n")
    assert only_problem(loaded) == ("EK003", 3, 1, "duplicate_key")
    assert loaded.data == {"a": 1, "b": 2}
    assert loaded.readable
    assert "”a”" in rendered(loaded)


def test_a_key_and_its_ascii_folded_spelling_are_the_same_key() -> None:
    loaded = load_text("insatser:\n  - målgrupp: Brukare\n    malgrupp: Personal\n")
    assert only_problem(loaded) == ("EK003", 3, 5, "duplicate_key")
    assert loaded.data == {"insatser": [{"målgrupp": "Brukare"}]}
    assert "malgrupp" in rendered(loaded)


def test_duplicate_key_in_a_plan_keeps_the_first_and_analysis_goes_on() -> None:
    result = check_text(
        "organisation: X\ninsatser:\n  - id: a\n    namn: Kartläggning\n    namn: Rutin\n"
    )
    ek003 = [f for f in result.findings if f.rule == "EK003"]
    assert [(f.line, f.column) for f in ek003] == [(5, 5)]
    assert result.readable
    assert result.initiatives[0].name == "Kartläggning"


# --- encodings --------------------------------------------------------------------------------


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    loaded = load(b"\xef\xbb\xbforganisation: X\nb: 1\n", KEY_ALIASES)
    assert loaded.problems == []
    assert loaded.data == {"organisation": "X", "b": 1}
    assert loaded.source.key(("organisation",)) == Position(1, 1)


def test_a_plan_with_a_byte_order_mark_checks_like_one_without() -> None:
    text = "organisation: X\ninsatser: []\n"
    with_bom = check_text("\ufeff" + text)
    without = check_text(text)
    assert [(f.rule, f.line, f.column) for f in with_bom.findings] == [
        (f.rule, f.line, f.column) for f in without.findings
    ]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_bom_is_ek001(encoding: str) -> None:
    loaded = load("organisation: Kommunen\ninsatser: []\n".encode(encoding), KEY_ALIASES)
    assert only_problem(loaded) == ("EK001", 1, 1, "utf16")
    assert loaded.data is None
    assert "UTF-16" in rendered(loaded, "sv") and "UTF-16" in rendered(loaded, "en")


def test_latin1_is_ek001_at_the_first_bad_byte_and_names_latin1() -> None:
    raw = "organisation: Kommunen\nuppdrag: Jämställdhet i vården\n".encode("latin-1")
    loaded = load(raw, KEY_ALIASES)
    assert only_problem(loaded) == ("EK001", 2, 11, "not_utf8.latin1")
    assert "Latin-1" in rendered(loaded, "sv")
    assert "Latin-1" in rendered(loaded, "en")
    assert "0xE4" in rendered(loaded)


def test_invalid_utf8_that_is_not_latin1_text_is_still_ek001() -> None:
    loaded = load(b"a: 1\nb: \x80\x81\n", KEY_ALIASES)
    rule, line, column, _ = only_problem(loaded)
    assert (rule, line, column) == ("EK001", 2, 4)
    assert "UTF-8" in rendered(loaded)


def test_binary_data_is_ek001_at_the_nul_byte() -> None:
    loaded = load(b"organisation: X\nnamn: ab\x00cd\n", KEY_ALIASES)
    assert only_problem(loaded) == ("EK001", 2, 9, "binary")
    assert loaded.data is None


def test_binary_file_checked_as_a_plan_gives_ek001_not_a_traceback() -> None:
    from effektkedja.engine import CheckOptions, check_bytes

    result = check_bytes(bytes(range(256)) * 4, "plan.yaml", CheckOptions())
    assert [f.rule for f in result.findings] == ["EK001"]
    assert not result.readable


# --- text that is not one valid YAML document -----------------------------------------------


def test_merge_conflict_markers_are_ek001_at_the_marker_line() -> None:
    text = (
        "organisation: X\ninsatser:\n<<<<<<< HEAD\n  - id: a\n=======\n  - id: b\n>>>>>>> feature\n"
    )
    loaded = load_text(text)
    assert only_problem(loaded) == ("EK001", 3, 1, "conflict_marker")
    assert "<<<<<<<" in rendered(loaded)


def test_a_lone_separator_marker_is_found_too() -> None:
    loaded = load_text("organisation: X\n=======\ninsatser: []\n")
    assert only_problem(loaded) == ("EK001", 2, 1, "conflict_marker")


def test_equals_signs_inside_a_block_text_are_not_a_conflict() -> None:
    loaded = load_text("beskrivning: |\n  Rubrik\n  =======\n  text\n")
    assert loaded.problems == []
    assert loaded.data == {"beskrivning": "Rubrik\n=======\ntext\n"}


def test_tab_indentation_is_ek001_with_the_tab_message() -> None:
    loaded = load_text("organisation: X\ninsatser:\n\t- id: a\n")
    rule, line, _, message = only_problem(loaded)
    assert (rule, line, message) == ("EK001", 3, "tab")
    assert "mellanslag" in rendered(loaded, "sv")
    assert "spaces" in rendered(loaded, "en")


def test_several_documents_are_ek001() -> None:
    loaded = load_text("organisation: A\ninsatser: []\n---\norganisation: B\ninsatser: []\n")
    assert only_problem(loaded) == ("EK001", 3, 1, "several_documents")


def test_an_explicit_start_and_end_of_one_document_is_fine() -> None:
    loaded = load_text("---\norganisation: A\n...\n")
    assert loaded.problems == []
    assert loaded.data == {"organisation": "A"}


def test_a_syntax_error_is_ek001_where_the_parser_found_it() -> None:
    loaded = load_text("organisation: X\ninsatser: [a, b\n")
    rule, line, _, message = only_problem(loaded)
    assert (rule, line, message) == ("EK001", 3, "yaml.flow_sequence")
    # Told in Swedish; the parser's own English stays in the finding's detail.
    assert rendered(loaded) == (
        "en lista inom hakparenteser [ ] är inte avslutad: ett kommatecken eller ] saknas"
    )
    assert "expected" in loaded.problems[0].args["detail"]


def test_a_mapping_as_a_key_is_ek001() -> None:
    loaded = load_text("? [a, b]\n: 1\n")
    assert only_problem(loaded) == ("EK001", 1, 3, "complex_key")


# --- hostile files ------------------------------------------------------------------------------


def test_python_tags_are_never_constructed(tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    payloads = [
        f'organisation: !!python/object/apply:os.system ["touch {target}"]\n',
        f"organisation: !!python/object/apply:os.system\n  - touch {target}\n",
        f'insatser:\n  - !!python/object/apply:subprocess.call [["touch", "{target}"]]\n',
    ]
    for payload in payloads:
        loaded = load_text(payload)
        assert [p.rule for p in loaded.problems] == ["EK001"], payload
        assert loaded.problems[0].message == "unknown_tag"
        assert loaded.data is None
    assert not target.exists()


def test_an_unknown_tag_is_ek001_at_the_tagged_value() -> None:
    loaded = load_text("organisation: X\ntyp: !kommun kommun\n")
    assert only_problem(loaded) == ("EK001", 2, 6, "unknown_tag")
    assert "!kommun" in rendered(loaded)


def test_an_alias_bomb_is_refused() -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 9):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    loaded = load_text("\n".join(lines) + "\n")  # returns: nothing is expanded 9**9 times
    rule, _, _, message = only_problem(loaded)
    assert (rule, message) == ("EK001", "alias_bomb")
    assert loaded.data is None
    assert "alias" in rendered(loaded, "sv") and "alias" in rendered(loaded, "en")


def test_nesting_beyond_the_limit_is_ek001() -> None:
    loaded = load_text("organisation: " + "[" * 100 + "]" * 100 + "\n")
    rule, line, _, message = only_problem(loaded)
    assert (rule, line, message) == ("EK001", 1, "too_deep")
    assert loaded.data is None


def test_deep_block_nesting_is_ek001() -> None:
    text = "".join("  " * depth + "niva:\n" for depth in range(120)) + "  " * 120 + "x\n"
    loaded = load_text(text)
    assert [p.message for p in loaded.problems] == ["too_deep"]


@pytest.mark.parametrize("depth", [1_000, 5_000])
def test_very_deep_nesting_is_ek001_not_a_recursion_error(depth: int) -> None:
    # A few kilobytes of brackets must not crash the program (SPEC: never a traceback).
    loaded = load_text("organisation: " + "[" * depth + "]" * depth + "\n")
    assert [(p.rule, p.message) for p in loaded.problems] == [("EK001", "too_deep")]
    assert loaded.data is None


def test_a_huge_nesting_depth_does_not_crash_the_process() -> None:
    # 200 kB of brackets: run in a child process, because a stack overflow in the
    # parser would take the test run down with it.
    script = (
        "from effektkedja.loader import load\n"
        "depth = 100_000\n"
        "loaded = load(b'organisation: ' + b'[' * depth + b']' * depth + b'\\n')\n"
        "print(*[(p.rule, p.message) for p in loaded.problems])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "('EK001', 'too_deep')"


def test_nesting_within_the_limit_is_read() -> None:
    data = load_text("a: " + "[" * 30 + "1" + "]" * 30 + "\n").data["a"]
    for _ in range(30):
        data = data[0]
    assert data == 1


# --- empty files ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "\n\n", "# bara en kommentar\n", "---\n"])
def test_an_empty_file_loads_as_no_data_without_problems(text: str) -> None:
    loaded = load_text(text)
    assert loaded.data is None
    assert loaded.problems == []
    assert loaded.readable


def test_an_empty_file_as_a_plan_is_ek002_at_1_1() -> None:
    result = check_text("")
    assert [(f.rule, f.line, f.column, f.message) for f in result.findings] == [
        ("EK002", 1, 1, "EK002.empty")
    ]
