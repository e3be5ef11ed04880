"""Unit tests for effektkedja.config: finding, reading and validating the config file, excludes.

Where the configuration is found: in each folder from the start folder up to the
filesystem root, the first of these that exists wins,

1. ``effektkedja.toml``,
2. ``.effektkedja.toml``,
3. ``pyproject.toml``, only when it has a ``[tool.effektkedja]`` table (one without
   it is passed over and the search goes on upward);

so a nearer folder always beats a farther one, and files are never merged.
"""

from __future__ import annotations

import os
import re
import string
from datetime import date
from pathlib import Path

import pytest

from effektkedja.config import Config, ConfigError, excluded, find_config, load_config
from effektkedja.domain import Severity
from effektkedja.messages import catalogue, text
from effektkedja.messages.config_texts import TEXTS_EN, TEXTS_SV
from effektkedja.rules import CODES

TABLE = "[tool.effektkedja]\n"


def write(path: Path, content: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def config_from(tmp_path: Path, content: str, name: str = "effektkedja.toml") -> Config:
    return load_config(write(tmp_path / name, content))


def error_from(tmp_path: Path, content: str, name: str = "effektkedja.toml") -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        config_from(tmp_path, content, name)
    return caught.value


# --- finding ---------------------------------------------------------------------------------


def test_a_config_in_the_start_folder_is_found(tmp_path: Path) -> None:
    found = write(tmp_path / "effektkedja.toml")
    assert find_config(tmp_path) == found


def test_the_search_walks_up_from_a_nested_folder(tmp_path: Path) -> None:
    found = write(tmp_path / "effektkedja.toml")
    nested = tmp_path / "planer" / "2025" / "kommuner"
    nested.mkdir(parents=True)
    assert find_config(nested) == found


def test_a_file_as_start_means_its_folder(tmp_path: Path) -> None:
    found = write(tmp_path / ".effektkedja.toml")
    plan = write(tmp_path / "planer" / "plan.yaml", "organisation: X\n")
    assert find_config(plan) == found


def test_the_default_start_is_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = write(tmp_path / "effektkedja.toml")
    (tmp_path / "planer").mkdir()
    monkeypatch.chdir(tmp_path / "planer")
    assert find_config() == found


def test_a_relative_start_is_walked_up_from_its_absolute_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = write(tmp_path / "effektkedja.toml")
    (tmp_path / "a" / "b").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "a")
    assert find_config(Path("b")) == found
    assert find_config(Path("b/../..")) == found


@pytest.mark.parametrize(
    ("present", "winner"),
    [
        (("effektkedja.toml", ".effektkedja.toml", "pyproject.toml"), "effektkedja.toml"),
        (("effektkedja.toml", "pyproject.toml"), "effektkedja.toml"),
        ((".effektkedja.toml", "pyproject.toml"), ".effektkedja.toml"),
        (("effektkedja.toml", ".effektkedja.toml"), "effektkedja.toml"),
        (("pyproject.toml",), "pyproject.toml"),
    ],
)
def test_precedence_within_one_folder(
    tmp_path: Path, present: tuple[str, ...], winner: str
) -> None:
    for name in present:
        write(tmp_path / name, TABLE if name == "pyproject.toml" else "")
    assert find_config(tmp_path) == tmp_path / winner


def test_a_nearer_folder_beats_a_farther_one_whatever_the_file_name(tmp_path: Path) -> None:
    write(tmp_path / "effektkedja.toml")
    nearer = write(tmp_path / "projekt" / "pyproject.toml", TABLE + 'lang = "en"\n')
    assert find_config(tmp_path / "projekt") == nearer


def test_a_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    found = write(tmp_path / "effektkedja.toml")
    write(tmp_path / "projekt" / "pyproject.toml", '[project]\nname = "effektkedja"\n')
    write(tmp_path / "projekt" / "pyproject2.toml", TABLE)  # not a name that is looked for
    assert find_config(tmp_path / "projekt") == found


def test_a_pyproject_with_only_other_tools_is_passed_over(tmp_path: Path) -> None:
    found = write(tmp_path / "effektkedja.toml")
    write(tmp_path / "projekt" / "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    assert find_config(tmp_path / "projekt") == found


def test_a_pyproject_with_a_subtable_of_ours_counts(tmp_path: Path) -> None:
    found = write(tmp_path / "pyproject.toml", '[tool.effektkedja.severity]\nEK301 = "off"\n')
    assert find_config(tmp_path) == found
    assert load_config(found).off == ("EK301",)


def test_a_broken_pyproject_of_someone_else_is_passed_over(tmp_path: Path) -> None:
    found = write(tmp_path / "effektkedja.toml")
    write(tmp_path / "projekt" / "pyproject.toml", "[project\nname = 'x'\n")
    assert find_config(tmp_path / "projekt") == found


def test_a_broken_pyproject_that_configures_us_is_found_and_its_error_reported(
    tmp_path: Path,
) -> None:
    write(tmp_path / "effektkedja.toml")
    broken = write(tmp_path / "projekt" / "pyproject.toml", TABLE + "select = [EK1]\n")
    assert find_config(tmp_path / "projekt") == broken
    with pytest.raises(ConfigError) as caught:
        load_config(broken)
    assert caught.value.message.key == "config.syntax"
    assert caught.value.message.args["line"] == 2


def test_a_huge_pyproject_counts_only_when_it_begins_by_configuring_us(tmp_path: Path) -> None:
    found = write(tmp_path / "effektkedja.toml")
    other = tmp_path / "andras" / "pyproject.toml"
    write(other, '[project]\nname = "x"\n')
    with other.open("ab") as file:
        file.truncate(2 * 1024**3)
    assert find_config(other.parent) == found
    ours = write(tmp_path / "vår" / "pyproject.toml", TABLE + "# " + "x" * 1024 * 1024 + "\n")
    assert find_config(ours.parent) == ours
    with pytest.raises(ConfigError) as caught:
        load_config(ours)
    assert caught.value.message.key == "config.too_large"


def test_a_pyproject_built_to_break_the_parser_is_passed_over_unless_it_is_ours(
    tmp_path: Path,
) -> None:
    found = write(tmp_path / "effektkedja.toml")
    write(tmp_path / "andras" / "pyproject.toml", "x = " + "[" * 5000 + "]" * 5000 + "\n")
    assert find_config(tmp_path / "andras") == found
    ours = write(tmp_path / "vår" / "pyproject.toml", TABLE + "x = " + "[" * 5000 + "\n")
    assert find_config(ours.parent) == ours


def test_a_folder_named_like_a_config_file_is_not_a_config(tmp_path: Path) -> None:
    found = write(tmp_path / "effektkedja.toml")
    (tmp_path / "inne" / "effektkedja.toml").mkdir(parents=True)
    assert find_config(tmp_path / "inne") == found


def test_nothing_found_gives_none(tmp_path: Path) -> None:
    if find_config(tmp_path) is not None:
        pytest.skip("a configuration file above the temporary folder")
    (tmp_path / "a" / "b").mkdir(parents=True)
    write(tmp_path / "a" / "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config(tmp_path / "a" / "b") is None


# --- reading every key -----------------------------------------------------------------------

FULL = """\
select = ["EK1", "ek201", "EK3"]
ignore = ["EK108"]
fail-on = "warning"
lang = "en"
exclude = ["arkiv/**", "**/utkast-*.yaml", "gamla/"]
today = 2026-11-23

[severity]
EK301 = "warning"
EK3 = "error"
EK306 = "off"
"""


def test_every_key_is_read(tmp_path: Path) -> None:
    config = config_from(tmp_path, FULL)
    assert config.path == tmp_path / "effektkedja.toml"
    assert config.folder == tmp_path
    assert config.select == ("EK1", "EK201", "EK3")
    assert config.ignore == ("EK108",)
    assert config.fail_on == "warning"
    assert config.lang == "en"
    assert config.exclude == ("arkiv/**", "**/utkast-*.yaml", "gamla/")
    assert config.today == date(2026, 11, 23)
    assert config.off == ("EK306",)
    assert config.severity == {
        "EK301": Severity.WARNING,
        "EK302": Severity.ERROR,
        "EK303": Severity.ERROR,
        "EK304": Severity.ERROR,
        "EK305": Severity.ERROR,
        "EK307": Severity.ERROR,
    }


def test_an_empty_file_means_every_default(tmp_path: Path) -> None:
    config = config_from(tmp_path, "# inga inställningar än\n")
    assert config == Config(tmp_path / "effektkedja.toml")
    assert (config.select, config.ignore, config.exclude, config.off) == ((), (), (), ())
    assert (config.fail_on, config.lang, config.today) == (None, None, None)
    assert config.severity == {}


def test_the_pyproject_form_reads_the_table_only(tmp_path: Path) -> None:
    content = (
        '[project]\nname = "planer"\n\n[tool.ruff]\nline-length = 100\n\n'
        + TABLE
        + 'fail-on = "info"\nselect = ["EK2"]\n\n[tool.effektkedja.severity]\nEK204 = "warning"\n'
    )
    config = config_from(tmp_path, content, "pyproject.toml")
    assert config.fail_on == "info"
    assert config.select == ("EK2",)
    assert config.severity == {"EK204": Severity.WARNING}


def test_the_config_is_frozen(tmp_path: Path) -> None:
    config = config_from(tmp_path, 'lang = "sv"\n')
    with pytest.raises(AttributeError):
        config.lang = "en"  # type: ignore[misc]


def test_codes_may_be_one_comma_separated_text_like_on_the_command_line(tmp_path: Path) -> None:
    config = config_from(tmp_path, 'select = "EK1, ek201"\nignore = "EK108"\n')
    assert config.select == ("EK1", "EK201")
    assert config.ignore == ("EK108",)


def test_today_may_be_a_quoted_date(tmp_path: Path) -> None:
    assert config_from(tmp_path, 'today = "2025-06-30"\n').today == date(2025, 6, 30)


@pytest.mark.parametrize("value", ["error", "warning", "info", "never"])
def test_every_fail_on_value_is_accepted(tmp_path: Path, value: str) -> None:
    assert config_from(tmp_path, f'fail-on = "{value}"\n').fail_on == value


def test_a_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "effektkedja.toml"
    path.write_bytes(b'\xef\xbb\xbflang = "en"\n')
    assert load_config(path).lang == "en"


def test_any_file_name_given_explicitly_is_read_at_top_level(tmp_path: Path) -> None:
    assert config_from(tmp_path, 'lang = "en"\n', "ci.toml").lang == "en"


# --- severity overrides ------------------------------------------------------------------------


def severities(tmp_path: Path, table: str) -> tuple[dict[str, Severity], tuple[str, ...]]:
    config = config_from(tmp_path, "[severity]\n" + table)
    return config.severity, config.off


def test_a_prefix_applies_to_every_matching_rule(tmp_path: Path) -> None:
    severity, off = severities(tmp_path, 'EK2 = "error"\n')
    assert severity == {code: Severity.ERROR for code in CODES if code.startswith("EK2")}
    assert off == ()


def test_an_exact_code_beats_a_prefix_in_either_order(tmp_path: Path) -> None:
    for table in ('EK3 = "error"\nEK301 = "warning"\n', 'EK301 = "warning"\nEK3 = "error"\n'):
        severity, _ = severities(tmp_path, table)
        assert severity["EK301"] is Severity.WARNING
        assert severity["EK302"] is Severity.ERROR


def test_the_longest_prefix_wins(tmp_path: Path) -> None:
    severity, _ = severities(tmp_path, 'EK = "info"\nEK0 = "warning"\nEK00 = "error"\n')
    assert severity["EK001"] is Severity.ERROR
    assert severity["EK101"] is Severity.INFO
    assert set(severity) == set(CODES)


def test_off_switches_rules_off_and_an_exact_code_can_switch_one_back_on(tmp_path: Path) -> None:
    severity, off = severities(tmp_path, 'EK3 = "off"\nEK302 = "error"\n')
    assert off == ("EK301", "EK303", "EK304", "EK305", "EK306", "EK307")
    assert severity == {"EK302": Severity.ERROR}


def test_codes_in_severity_are_case_insensitive(tmp_path: Path) -> None:
    severity, _ = severities(tmp_path, 'ek204 = "warning"\n')
    assert severity == {"EK204": Severity.WARNING}


def test_an_override_may_repeat_the_default(tmp_path: Path) -> None:
    severity, _ = severities(tmp_path, 'EK001 = "error"\n')
    assert severity == {"EK001": Severity.ERROR}


# --- errors: each names the file and the key ---------------------------------------------------


def test_a_toml_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    error = error_from(tmp_path, 'lang = "sv"\nselect = [EK1]\n')
    assert error.key is None
    assert error.path == tmp_path / "effektkedja.toml"
    assert error.message.key == "config.syntax"
    assert (error.message.args["line"], error.message.args["column"]) == (2, 11)
    assert error.message.args["detail"] == "Invalid value"
    assert error.message.args["path"] == str(tmp_path / "effektkedja.toml")


def test_a_syntax_error_at_the_end_points_at_the_last_line(tmp_path: Path) -> None:
    error = error_from(tmp_path, 'lang = "sv"\n[severity')
    assert error.message.key == "config.syntax"
    assert (error.message.args["line"], error.message.args["column"]) == (2, 10)
    assert "end of document" not in error.message.args["detail"]


def test_a_repeated_toml_key_is_a_syntax_error(tmp_path: Path) -> None:
    error = error_from(tmp_path, 'lang = "sv"\nlang = "en"\n')
    assert error.message.key == "config.syntax"
    assert error.message.args["line"] == 2


def test_a_file_that_is_not_utf8_is_named_with_the_position_of_the_first_bad_byte(
    tmp_path: Path,
) -> None:
    path = tmp_path / "effektkedja.toml"
    path.write_bytes('lang = "sv"\n# jämställdhet\n'.encode("latin-1"))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.message.key == "config.not_utf8"
    assert (caught.value.message.args["line"], caught.value.message.args["column"]) == (2, 4)


def test_a_file_with_a_nul_character_is_named_with_its_position(tmp_path: Path) -> None:
    path = tmp_path / "effektkedja.toml"
    path.write_bytes(b'lang = "sv"\nfail-on = "error"\x00\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.message.key == "config.nul"
    assert (caught.value.message.args["line"], caught.value.message.args["column"]) == (2, 18)


def test_a_utf16_file_is_not_taken_for_broken_toml(tmp_path: Path) -> None:
    # Notepad's "Unicode": without a BOM it decodes as UTF-8 with a NUL after each letter.
    path = tmp_path / "effektkedja.toml"
    path.write_bytes('lang = "en"\n'.encode("utf-16-le"))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.message.key == "config.nul"
    path.write_bytes('lang = "en"\n'.encode("utf-16"))  # with its BOM
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.message.key == "config.not_utf8"


def test_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    write(tmp_path / "fil")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "fil" / "effektkedja.toml")  # a file is no folder
    assert caught.value.message.key == "config.unreadable"
    assert caught.value.message.args["detail"]


def test_a_folder_is_not_a_regular_file(tmp_path: Path) -> None:
    folder = tmp_path / "effektkedja.toml"
    folder.mkdir()
    with pytest.raises(ConfigError) as caught:
        load_config(folder)
    assert caught.value.message.key == "config.not_a_file"
    assert caught.value.message.args["kind"].key == "config.kind.folder"


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "effektkedja.toml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError) as caught:
        load_config(fifo)
    assert caught.value.message.args["kind"].key == "config.kind.fifo"


def test_a_device_is_not_a_regular_file() -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(Path("/dev/zero"))
    assert caught.value.message.key == "config.not_a_file"
    assert caught.value.message.args["kind"].key == "config.kind.device"


def test_a_huge_file_is_refused_by_what_is_read(tmp_path: Path) -> None:
    path = tmp_path / "effektkedja.toml"
    with path.open("wb") as file:
        file.truncate(2 * 1024**3)  # 2 GiB of zeros, sparse: nothing on disk
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.message.key == "config.too_large"
    assert caught.value.message.args["limit"] == 1


def test_the_size_limit_is_one_mebibyte(tmp_path: Path) -> None:
    line = "# " + "x" * 61 + "\n"  # 64 bytes
    path = write(tmp_path / "effektkedja.toml", line * (1024 * 1024 // 64))
    assert load_config(path) == Config(path)
    path.write_text(line * (1024 * 1024 // 64) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.message.key == "config.too_large"


def test_lists_nested_thousands_deep_are_refused_with_their_position(tmp_path: Path) -> None:
    # tomllib recurses once per level: 5,000 overflow Python's stack.
    error = error_from(tmp_path, 'lang = "sv"\nselect = ' + "[" * 5000 + "]" * 5000 + "\n")
    assert error.message.key == "config.too_deep"
    assert (error.message.args["line"], error.message.args["column"]) == (2, 26)
    assert error.message.args["limit"] == 16


def test_inline_tables_nested_deep_are_refused_too(tmp_path: Path) -> None:
    error = error_from(tmp_path, "a = " + "{b = " * 3000 + "1" + "}" * 3000 + "\n")
    assert error.message.key == "config.too_deep"


def test_brackets_in_strings_and_comments_are_no_nesting(tmp_path: Path) -> None:
    brackets = "[" * 40
    config = config_from(
        tmp_path,
        f"# {brackets}\n"
        f'[cues]\naktivitet = ["{brackets}", \'{brackets}\', "\\"{brackets}"]\n'
        f'produkt = ["""mall{brackets}\n"""]\n',
    )
    assert config.cues["aktivitet"] == (brackets, '"' + brackets)  # the same word once
    assert config.cues["produkt"] == ("mall" + brackets,)


def test_a_key_of_many_dotted_parts_is_refused_with_its_position(tmp_path: Path) -> None:
    # tomllib takes time and memory quadratic in the number of parts of a dotted key.
    error = error_from(tmp_path, "\ncues." + ".".join(["a"] * 50_000) + " = 1\n")
    assert error.message.key == "config.long_key"
    assert (error.message.args["line"], error.message.args["column"]) == (
        2,
        35,
    )  # the dot before part 17
    header = error_from(tmp_path, "[" + ".".join(["a"] * 50_000) + "]\n")
    assert header.message.key == "config.long_key"


def test_dots_in_quoted_keys_values_and_comments_are_no_key_parts(tmp_path: Path) -> None:
    dots = "." * 40
    error = error_from(tmp_path, f'# {dots}\n[cues]\nutfall = ["fler{dots}"]\n"{dots}".x = 1\n')
    assert (error.key, error.message.key) == (f'cues."{dots}"', "config.unknown_level")


def test_a_pyproject_given_explicitly_must_have_the_table(tmp_path: Path) -> None:
    error = error_from(tmp_path, '[project]\nname = "x"\n', "pyproject.toml")
    assert error.message.key == "config.no_table"
    assert error.key is None


def test_a_tool_effektkedja_that_is_not_a_table(tmp_path: Path) -> None:
    error = error_from(tmp_path, '[tool]\neffektkedja = "ja"\n', "pyproject.toml")
    assert (error.key, error.message.key) == ("tool.effektkedja", "config.bad_type")


@pytest.mark.parametrize(
    ("content", "key", "suggestion"),
    [
        ('selct = ["EK1"]\n', "selct", "select"),
        ('fail_on = "warning"\n', "fail_on", "fail-on"),
        ('language = "en"\n', "language", "lang"),
        ('excludes = ["arkiv/"]\n', "excludes", "exclude"),
        ('[severities]\nEK301 = "off"\n', "severities", "severity"),
        ('"fail on" = "info"\n', '"fail on"', "fail-on"),
        ('"färg" = true\n', '"färg"', None),
    ],
)
def test_an_unknown_key_is_named_with_a_suggestion(
    tmp_path: Path, content: str, key: str, suggestion: str | None
) -> None:
    error = error_from(tmp_path, content)
    assert error.message.key == "config.unknown_key"
    assert error.key == key
    assert error.message.args["key"] == key
    assert error.message.args["suggestion"] == suggestion


def test_in_pyproject_keys_are_named_in_full(tmp_path: Path) -> None:
    error = error_from(tmp_path, TABLE + 'selct = ["EK1"]\n', "pyproject.toml")
    assert error.key == "tool.effektkedja.selct"
    assert error.message.args["suggestion"] == "tool.effektkedja.select"
    error = error_from(
        tmp_path, TABLE + '[tool.effektkedja.severity]\nEK999 = "off"\n', "pyproject.toml"
    )
    assert error.key == "tool.effektkedja.severity.EK999"


@pytest.mark.parametrize(
    ("content", "key", "expected", "got"),
    [
        ("select = 1\n", "select", "list", "integer"),
        ("ignore = { EK1 = true }\n", "ignore", "list", "table"),
        ("exclude = true\n", "exclude", "list", "bool"),
        ('fail-on = ["error"]\n', "fail-on", "text", "list"),
        ("lang = 1.5\n", "lang", "text", "float"),
        ('severity = "error"\n', "severity", "table", "text"),
        ("[severity]\nEK301 = 2\n", "severity.EK301", "text", "integer"),
        ("today = 2026\n", "today", "date", "integer"),
        ("today = 2026-11-23T10:00:00\n", "today", "date", "datetime"),
        ("today = 10:00:00\n", "today", "date", "time"),
    ],
)
def test_a_wrong_type_is_named(
    tmp_path: Path, content: str, key: str, expected: str, got: str
) -> None:
    error = error_from(tmp_path, content)
    assert error.message.key == "config.bad_type"
    assert error.key == key
    assert error.message.args["expected"].key == f"config.expected.{expected}"
    assert error.message.args["got"].key == f"config.got.{got}"


@pytest.mark.parametrize(
    ("content", "key", "got"),
    [
        ('select = ["EK1", 2]\n', "select", "integer"),
        ('exclude = ["arkiv/", ["gamla/"]]\n', "exclude", "list"),
        ("ignore = [2026-01-01]\n", "ignore", "date"),
    ],
)
def test_a_wrong_entry_in_a_list_is_named(tmp_path: Path, content: str, key: str, got: str) -> None:
    error = error_from(tmp_path, content)
    assert (error.key, error.message.key) == (key, "config.bad_item")
    assert error.message.args["got"].key == f"config.got.{got}"


@pytest.mark.parametrize(
    ("content", "key", "value", "suggestion"),
    [
        ('fail-on = "warnings"\n', "fail-on", "warnings", "warning"),
        ('fail-on = "Error"\n', "fail-on", "Error", "error"),
        ('lang = "de"\n', "lang", "de", None),
        ('lang = "svenska"\n', "lang", "svenska", None),
        ('[severity]\nEK301 = "warn"\n', "severity.EK301", "warn", "warning"),
        ('[severity]\nEK3 = "fatal"\n', "severity.EK3", "fatal", None),
    ],
)
def test_a_bad_value_is_named_with_the_allowed_values(
    tmp_path: Path, content: str, key: str, value: str, suggestion: str | None
) -> None:
    error = error_from(tmp_path, content)
    assert error.message.key == "config.bad_value"
    assert error.key == key
    assert error.message.args["value"] == value
    assert error.message.args["suggestion"] == suggestion
    assert error.message.args["allowed"]


def test_allowed_severities_include_off(tmp_path: Path) -> None:
    error = error_from(tmp_path, '[severity]\nEK301 = "none"\n')
    assert error.message.args["allowed"] == "error, warning, info, off"


ANY = "<any suggestion>"


@pytest.mark.parametrize(
    ("content", "key", "value", "suggestion"),
    [
        ('select = ["EK9999"]\n', "select", "EK9999", None),
        ('select = ["EK3O1"]\n', "select", "EK3O1", "EK301"),
        ('ignore = ["EK1", "EX1"]\n', "ignore", "EX1", None),
        ('ignore = ["EK5"]\n', "ignore", "EK5", ANY),
        ('select = [""]\n', "select", "", None),
        ('[severity]\nEK9999 = "error"\n', "severity.EK9999", "EK9999", None),
        ('[severity]\nEK2O4 = "error"\n', "severity.EK2O4", "EK2O4", "EK204"),
        ('[severity]\nEK30 = "error"\nEK5 = "info"\n', "severity.EK5", "EK5", ANY),
        ('[severity]\n"EK 301" = "info"\n', 'severity."EK 301"', "EK 301", "EK301"),
    ],
)
def test_an_unknown_rule_code_or_prefix_is_named(
    tmp_path: Path, content: str, key: str, value: str, suggestion: str | None
) -> None:
    error = error_from(tmp_path, content)
    assert error.message.key == "config.bad_code"
    assert error.key == key
    assert error.message.args["value"] == value
    if suggestion is not ANY:
        assert error.message.args["suggestion"] == suggestion


def test_the_same_code_twice_in_different_case(tmp_path: Path) -> None:
    error = error_from(tmp_path, '[severity]\nEK301 = "info"\nek301 = "error"\n')
    assert error.message.key == "config.duplicate_code"
    assert error.key == "severity.ek301"
    assert error.message.args["other"] == "severity.EK301"


@pytest.mark.parametrize("value", ["23/11/2026", "2026-02-30", "2026", "idag", "2026-1-5"])
def test_a_bad_date_is_named(tmp_path: Path, value: str) -> None:
    error = error_from(tmp_path, f'today = "{value}"\n')
    assert (error.key, error.message.key) == ("today", "config.bad_date")
    assert error.message.args["value"] == value


@pytest.mark.parametrize("pattern", ["", "/", "!arkiv/", "../andra/*.yaml", "a/../b", "  "])
def test_a_pattern_that_cannot_work_is_refused(tmp_path: Path, pattern: str) -> None:
    error = error_from(tmp_path, f'exclude = ["arkiv/", "{pattern}"]\n')
    assert (error.key, error.message.key) == ("exclude", "config.bad_pattern")
    assert error.message.args["value"] == pattern


def test_the_first_problem_in_file_order_of_the_keys_is_reported(tmp_path: Path) -> None:
    error = error_from(tmp_path, 'lang = "de"\nselct = []\n')
    assert error.key == "selct"  # unknown keys are checked before any value


# --- cue words ---------------------------------------------------------------------------------


def test_cue_words_are_read_per_level_under_the_canonical_level_name(tmp_path: Path) -> None:
    config = config_from(
        tmp_path,
        "[cues]\n"
        'aktivitet = ["hackathon", "Prova  på-dag"]\n'
        'produkt = ["kokbok"]\n'
        'arbetssatt = ["vardagsrutin"]\n'
        '"utfall" = ["fler kvinnor söker"]\n',
    )
    assert config.cues == {
        "aktivitet": ("hackathon", "prova på-dag"),
        "produkt": ("kokbok",),
        "arbetssätt": ("vardagsrutin",),
        "utfall": ("fler kvinnor söker",),
    }


def test_the_level_may_be_written_with_swedish_letters_when_quoted(tmp_path: Path) -> None:
    config = config_from(tmp_path, '[cues]\n"arbetssätt" = ["Lärgrupp"]\n')
    assert config.cues == {"arbetssätt": ("lärgrupp",)}


def test_cues_are_optional_and_a_repeated_word_counts_once(tmp_path: Path) -> None:
    assert config_from(tmp_path, 'lang = "sv"\n').cues == {}
    config = config_from(tmp_path, 'cues = { aktivitet = ["Hackathon", "hackathon "] }\n')
    assert config.cues == {"aktivitet": ("hackathon",)}


def test_cues_in_pyproject(tmp_path: Path) -> None:
    config = config_from(
        tmp_path, TABLE + '[tool.effektkedja.cues]\naktivitet = ["hackathon"]\n', "pyproject.toml"
    )
    assert config.cues == {"aktivitet": ("hackathon",)}
    error = error_from(
        tmp_path, TABLE + '[tool.effektkedja.cues]\naktivitt = ["x"]\n', "pyproject.toml"
    )
    assert error.key == "tool.effektkedja.cues.aktivitt"
    assert error.message.args["suggestion"] == "tool.effektkedja.cues.aktivitet"


@pytest.mark.parametrize(
    ("content", "key", "suggestion"),
    [
        ('aktiviteter = ["x"]', "cues.aktiviteter", "cues.aktivitet"),
        ('"samhällseffekt" = ["x"]', 'cues."samhällseffekt"', None),
        ('hackathon = ["x"]', "cues.hackathon", None),
    ],
)
def test_a_level_cues_cannot_be_given_for_is_named(
    tmp_path: Path, content: str, key: str, suggestion: str | None
) -> None:
    error = error_from(tmp_path, "[cues]\n" + content + "\n")
    assert (error.key, error.message.key) == (key, "config.unknown_level")
    assert error.message.args["allowed"] == "aktivitet, produkt, arbetssätt, utfall"
    assert error.message.args["suggestion"] == suggestion


@pytest.mark.parametrize(
    ("content", "key", "message", "got"),
    [
        ("cues = 1", "cues", "config.bad_type", "integer"),
        ('[cues]\naktivitet = "hackathon"', "cues.aktivitet", "config.bad_type", "text"),
        ('[cues]\nprodukt = ["mall", 3]', "cues.produkt", "config.bad_item", "integer"),
    ],
)
def test_cue_words_of_the_wrong_type_are_named(
    tmp_path: Path, content: str, key: str, message: str, got: str
) -> None:
    error = error_from(tmp_path, content + "\n")
    assert (error.key, error.message.key) == (key, message)
    assert error.message.args["got"].key == f"config.got.{got}"


def test_one_level_twice_and_one_word_under_two_levels_are_refused(tmp_path: Path) -> None:
    error = error_from(tmp_path, '[cues]\n"arbetssätt" = ["a"]\narbetssatt = ["b"]\n')
    assert (error.key, error.message.key) == ("cues.arbetssatt", "config.duplicate_level")
    assert error.message.args["other"] == 'cues."arbetssätt"'
    error = error_from(tmp_path, '[cues]\naktivitet = ["Kokbok"]\nprodukt = ["kokbok"]\n')
    assert (error.key, error.message.key) == ("cues.produkt", "config.duplicate_cue")
    assert (error.message.args["value"], error.message.args["other"]) == (
        "kokbok",
        "cues.aktivitet",
    )


def test_an_empty_cue_word_is_refused(tmp_path: Path) -> None:
    error = error_from(tmp_path, '[cues]\nutfall = ["fler män", "  "]\n')
    assert (error.key, error.message.key) == ("cues.utfall", "config.empty_cue")


# --- what the file says reaches the terminal as text --------------------------------------------


@pytest.mark.usefixtures("merged")
def test_control_characters_from_the_file_are_shown_escaped(tmp_path: Path) -> None:
    for content in (
        '"\\u001b]0;pwned\\u0007" = 1\n',  # an unknown key
        'lang = "\\u001b[2J"\n',  # a bad value
        'exclude = ["!\\u202eLMTH.yaml"]\n',  # a pattern, with a right-to-left override
    ):
        error = error_from(tmp_path, content)
        for lang in ("sv", "en"):
            shown = text(error.message, lang)
            assert not re.search(r"[\x00-\x1f\x7f-\x9f\u202e]", shown), shown
    assert "\\u001B[2J" in text(error_from(tmp_path, 'lang = "\\u001b[2J"\n').message)


def test_value_problems_are_reported_in_the_order_of_the_keys_in_the_file(tmp_path: Path) -> None:
    assert error_from(tmp_path, 'today = "idag"\nselect = 1\n').key == "today"
    assert error_from(tmp_path, 'select = 1\ntoday = "idag"\n').key == "select"


# --- the texts ---------------------------------------------------------------------------------

#: A file showing each problem, by the message key it gives (bytes: written as they are).
PROBLEMS: dict[str, str | bytes] = {
    "config.not_utf8": b"# \xe4\n",
    "config.nul": b"# \x00\n",
    "config.syntax": "select = [EK1]\n",
    "config.too_deep": "a = " + "[" * 17 + "]" * 17 + "\n",
    "config.long_key": ".".join("a" * 17) + " = 1\n",
    "config.unknown_key": 'selct = ["EK1"]\n',
    "config.bad_type": "select = 1\n",
    "config.bad_item": 'select = ["EK1", 2]\n',
    "config.bad_value": 'fail-on = "warnings"\n',
    "config.bad_code": 'select = ["EK999"]\n',
    "config.duplicate_code": '[severity]\nEK301 = "info"\nek301 = "error"\n',
    "config.bad_date": 'today = "idag"\n',
    "config.bad_pattern": 'exclude = ["!arkiv/"]\n',
    "config.bad_glob": 'exclude = ["[z-a].yaml"]\n',
    "config.long_pattern": f'exclude = ["{"a" * 300}"]\n',
    "config.many_patterns": f"exclude = {[f'a{n}' for n in range(101)]}\n",
    "config.unknown_level": '[cues]\n"samhällseffekt" = ["välfärd"]\n',
    "config.duplicate_level": '[cues]\n"arbetssätt" = ["a"]\narbetssatt = ["b"]\n',
    "config.empty_cue": '[cues]\naktivitet = [" "]\n',
    "config.duplicate_cue": '[cues]\naktivitet = ["hackathon"]\nprodukt = ["Hackathon"]\n',
}
#: Problems that need more than a file's content.
SITUATIONS = {"config.no_table", "config.unreadable", "config.not_a_file", "config.too_large"}
#: Message families used as arguments of other messages.
FAMILIES = ("config.expected.", "config.got.", "config.kind.")


@pytest.mark.parametrize("key", sorted(PROBLEMS))
def test_every_problem_renders_in_both_languages_with_every_placeholder_filled(
    tmp_path: Path, key: str
) -> None:
    path = tmp_path / "effektkedja.toml"
    content = PROBLEMS[key]
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        write(path, content)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = caught.value.message
    assert message.key == key
    for lang, texts in (("sv", TEXTS_SV), ("en", TEXTS_EN)):
        assert _fields(texts[key]) <= set(message.args), (key, lang)
        rendered = text(message, lang)
        assert rendered.startswith(str(path)) and "–" not in rendered, rendered


def test_every_text_is_a_problem_shown_or_a_part_of_one() -> None:
    assert set(PROBLEMS).isdisjoint(SITUATIONS)
    problems = {key for key in TEXTS_SV if not key.startswith(FAMILIES)}
    assert problems == set(PROBLEMS) | SITUATIONS
    assert set(TEXTS_SV) == set(TEXTS_EN)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_use_the_same_placeholders_and_name_file_and_key() -> None:
    for key, template in TEXTS_SV.items():
        assert _fields(template) == _fields(TEXTS_EN[key]), key
        assert TEXTS_SV[key] != TEXTS_EN[key] or key == "config.got.bool", key
        if not key.startswith(FAMILIES):
            assert "path" in _fields(template), key
        if key in {"config.unknown_key", "config.bad_type", "config.bad_value", "config.bad_code"}:
            assert "key" in _fields(template), key


@pytest.fixture
def merged(monkeypatch: pytest.MonkeyPatch) -> None:
    """The catalogues with the config texts in them, as they will be once merged."""
    for lang, texts in (("sv", TEXTS_SV), ("en", TEXTS_EN)):
        table = catalogue(lang)
        for key, value in texts.items():
            monkeypatch.setitem(table, key, value)


@pytest.mark.usefixtures("merged")
def test_errors_render_naming_file_key_and_suggestion(tmp_path: Path) -> None:
    error = error_from(tmp_path, 'fail_on = "warning"\n')
    path = tmp_path / "effektkedja.toml"
    assert text(error.message, "sv") == (
        f"{path}: okänd inställning ”fail_on” (menade du ”fail-on”?)"
    )
    assert (
        text(error.message, "en") == f"{path}: unknown setting “fail_on” (did you mean “fail-on”?)"
    )


@pytest.mark.usefixtures("merged")
def test_a_type_error_renders_what_was_expected_and_got(tmp_path: Path) -> None:
    error = error_from(tmp_path, "select = 1\n")
    assert text(error.message, "sv").endswith(
        "”select” ska vara en lista med texter, inte ett heltal"
    )
    assert text(error.message, "en").endswith("“select” must be a list of texts, not an integer")


@pytest.mark.usefixtures("merged")
def test_a_syntax_error_renders_with_its_position(tmp_path: Path) -> None:
    error = error_from(tmp_path, "select = [EK1]\n")
    assert ", rad 1, kolumn 11: ogiltig TOML: Invalid value" in text(error.message, "sv")


# --- excluding ---------------------------------------------------------------------------------


def exclusion(tmp_path: Path, *patterns: str) -> Config:
    return Config(tmp_path / "effektkedja.toml", exclude=patterns)


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        # a folder and everything below it
        ("arkiv/**", "arkiv/plan.yaml", True),
        ("arkiv/**", "arkiv/2019/plan.yaml", True),
        ("arkiv/**", "planer/arkiv/plan.yaml", False),
        ("arkiv/**", "arkiv.yaml", False),
        # a name at any depth
        ("**/utkast-*.yaml", "utkast-1.yaml", True),
        ("**/utkast-*.yaml", "planer/2025/utkast-hemtjanst.yaml", True),
        ("**/utkast-*.yaml", "planer/slututkast-1.yaml", False),
        ("utkast-*.yaml", "planer/utkast-2.yaml", True),
        ("*.yml", "planer/a.yml", True),
        ("*.yml", "planer/a.yaml", False),
        # folders only
        ("gamla/", "gamla/plan.yaml", True),
        ("gamla/", "planer/gamla/2019/plan.yaml", True),
        ("gamla/", "planer/gamla", False),  # a file called gamla
        # anchored at the config file's folder
        ("/gamla", "gamla/plan.yaml", True),
        ("/gamla", "planer/gamla/plan.yaml", False),
        ("planer/2019", "planer/2019/plan.yaml", True),
        ("planer/2019", "andra/planer/2019/plan.yaml", False),
        ("./planer/*.yaml", "planer/a.yaml", True),
        ("./planer/*.yaml", "x/planer/a.yaml", False),
        # * and ? stay within one segment, ** spans any number
        ("planer/*.yaml", "planer/2025/a.yaml", False),
        ("planer/**/*.yaml", "planer/a.yaml", True),
        ("planer/**/*.yaml", "planer/2025/kv1/a.yaml", True),
        ("plan-?.yaml", "plan-1.yaml", True),
        ("plan-?.yaml", "plan-12.yaml", False),
        ("plan-[0-9].yaml", "plan-7.yaml", True),
        ("plan-[!0-9].yaml", "plan-a.yaml", True),
        ("plan-[!0-9].yaml", "plan-7.yaml", False),
        ("**", "plan.yaml", True),
        # names with letters and characters that mean something in regular expressions
        ("målgrupp (kopia).yaml", "planer/målgrupp (kopia).yaml", True),
        ("a+b.yaml", "aab.yaml", False),
        # case matters, as in git
        ("Arkiv/", "arkiv/plan.yaml", False),
    ],
)
def test_exclude_patterns(tmp_path: Path, pattern: str, path: str, expected: bool) -> None:
    target = tmp_path / path
    write(target)
    assert excluded(target, exclusion(tmp_path, pattern)) is expected


def test_a_folder_itself_can_be_excluded_so_discovery_can_skip_it(tmp_path: Path) -> None:
    for name in ("arkiv", "gamla", "planer/2019"):
        (tmp_path / name).mkdir(parents=True)
    config = exclusion(tmp_path, "arkiv/**", "gamla/", "planer/2019")
    assert excluded(tmp_path / "arkiv", config)
    assert excluded(tmp_path / "gamla", config)
    assert excluded(tmp_path / "planer" / "2019", config)
    assert not excluded(tmp_path / "planer", config)


def test_patterns_are_relative_to_the_config_files_folder(tmp_path: Path) -> None:
    config = Config(tmp_path / "projekt" / "pyproject.toml", exclude=("/arkiv",))
    assert excluded(tmp_path / "projekt" / "arkiv" / "a.yaml", config)
    assert not excluded(tmp_path / "arkiv" / "a.yaml", config)


def test_paths_outside_the_config_folder_and_the_folder_itself_are_never_excluded(
    tmp_path: Path,
) -> None:
    config = Config(tmp_path / "projekt" / "effektkedja.toml", exclude=("**",))
    assert not excluded(tmp_path / "annat" / "plan.yaml", config)
    assert not excluded(tmp_path / "projekt", config)
    assert excluded(tmp_path / "projekt" / "plan.yaml", config)


def test_relative_paths_are_taken_from_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "planer" / "gamla" / "a.yaml")
    monkeypatch.chdir(tmp_path / "planer")
    config = exclusion(tmp_path, "planer/gamla/")
    assert excluded(Path("gamla/a.yaml"), config)
    assert not excluded(Path("a.yaml"), config)


def test_a_symlinked_path_is_matched_through_its_real_location(tmp_path: Path) -> None:
    write(tmp_path / "projekt" / "arkiv" / "a.yaml")
    link = tmp_path / "genväg"
    link.symlink_to(tmp_path / "projekt", target_is_directory=True)
    config = Config(tmp_path / "projekt" / "effektkedja.toml", exclude=("arkiv/",))
    assert excluded(link / "arkiv" / "a.yaml", config)


def test_no_patterns_exclude_nothing(tmp_path: Path) -> None:
    assert not excluded(tmp_path / "plan.yaml", Config(tmp_path / "effektkedja.toml"))


def test_exclude_read_from_a_file_works_end_to_end(tmp_path: Path) -> None:
    config = config_from(tmp_path, 'exclude = ["arkiv/", "**/utkast-*.yaml"]\n')
    kept = write(tmp_path / "planer" / "kommun.yaml")
    draft = write(tmp_path / "planer" / "utkast-kommun.yaml")
    old = write(tmp_path / "arkiv" / "2019.yaml")
    assert [excluded(path, config) for path in (kept, draft, old)] == [False, True, True]


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("#utkast.yaml", "#utkast.yaml", True),  # a character, not a comment
        ("plan \\[kopia\\].yaml", "plan [kopia].yaml", True),  # \\ makes [ a character
        ("plan [kopia].yaml", "plan k.yaml", True),  # ... without it, [kopia] is one letter
        ("arkiv/**", "arkiv", True),  # the folder itself, so discovery skips it
        ("*", "plan.yaml", True),
    ],
)
def test_exclude_patterns_follow_gitignore(
    tmp_path: Path, pattern: str, path: str, expected: bool
) -> None:
    target = tmp_path / path
    if path == "arkiv":
        target.mkdir()
    else:
        write(target)
    assert excluded(target, exclusion(tmp_path, pattern)) is expected


@pytest.mark.parametrize("pattern", ["[z-a].yaml", "plan\\", "[[:alfa:]].yaml"])
def test_a_pattern_that_is_not_a_glob_is_named(tmp_path: Path, pattern: str) -> None:
    error = error_from(tmp_path, f"exclude = ['arkiv/', '{pattern}']\n")
    assert (error.key, error.message.key) == ("exclude", "config.bad_glob")
    assert error.message.args["value"] == pattern


def test_patterns_are_limited_in_number_and_length(tmp_path: Path) -> None:
    assert (
        len(config_from(tmp_path, f"exclude = {[f'a{n}/' for n in range(100)]}\n").exclude) == 100
    )
    error = error_from(tmp_path, f"exclude = {[f'a{n}/' for n in range(101)]}\n")
    assert (error.key, error.message.key) == ("exclude", "config.many_patterns")
    assert error.message.args["limit"] == 100
    error = error_from(tmp_path, f"exclude = ['{'*a' * 130}']\n")
    assert (error.key, error.message.key) == ("exclude", "config.long_pattern")


# --- the documentation -------------------------------------------------------------------------

DOCS = Path(__file__).resolve().parent.parent / "docs" / "config.md"


def test_the_documented_examples_load_and_agree(tmp_path: Path) -> None:
    blocks = re.findall(r"```toml\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)
    assert len(blocks) == 3
    plain = config_from(tmp_path, blocks[0])
    project = config_from(tmp_path, blocks[1], "pyproject.toml")
    for config in (plain, project):
        assert config.select == ("EK0", "EK1", "EK3")
        assert config.off == ("EK306",)
        assert config.severity["EK301"] is Severity.ERROR
        assert config.severity["EK302"] is Severity.WARNING
        assert config.cues == {
            "aktivitet": ("hackathon", "prova på-dag"),
            "arbetssätt": ("lärgrupp",),
        }
    assert (plain.select, plain.ignore, plain.fail_on, plain.exclude, plain.severity) == (
        project.select,
        project.ignore,
        project.fail_on,
        project.exclude,
        project.severity,
    )
    cues = config_from(tmp_path, blocks[2]).cues  # the example of [cues] alone
    assert set(cues) == {"aktivitet", "produkt", "arbetssätt", "utfall"}


@pytest.mark.usefixtures("merged")
def test_the_documented_error_messages_are_the_ones_given(tmp_path: Path) -> None:
    documented = DOCS.read_text(encoding="utf-8")
    for content in (
        "select = " + "[" * 17 + "]" * 17 + "\n",
        'exclude = ["[z-a].yaml"]\n',
    ):
        error = error_from(tmp_path, content)
        shown = text(error.message, "sv").replace(str(tmp_path) + "/", "")
        assert f"effektkedja: fel: {shown}\n" in documented, shown
    device = text(pytest.raises(ConfigError, load_config, Path("/dev/zero")).value.message)
    assert f"effektkedja: fel: {device}\n" in documented
