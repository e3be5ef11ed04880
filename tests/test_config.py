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

import ast
import re
import string
from datetime import date
from pathlib import Path

import pytest

from effektkedja import config as config_module
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
    assert off == ("EK301", "EK303", "EK304", "EK305", "EK306")
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


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "effektkedja.toml"
    path.write_bytes('lang = "sv" # jämställdhet\n'.encode("latin-1"))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.message.key == "config.not_utf8"


def test_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    folder = tmp_path / "effektkedja.toml"
    folder.mkdir()
    with pytest.raises(ConfigError) as caught:
        load_config(folder)
    assert caught.value.message.key == "config.unreadable"
    assert caught.value.message.args["detail"]


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
        ('select = ["EK999"]\n', "select", "EK999", None),
        ('select = ["EK3O1"]\n', "select", "EK3O1", "EK301"),
        ('ignore = ["EK1", "EX1"]\n', "ignore", "EX1", None),
        ('ignore = ["EK5"]\n', "ignore", "EK5", ANY),
        ('select = [""]\n', "select", "", None),
        ('[severity]\nEK999 = "error"\n', "severity.EK999", "EK999", None),
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


# --- the texts ---------------------------------------------------------------------------------

SOURCE = Path(config_module.__file__).read_text(encoding="utf-8")


def used_config_keys() -> set[str]:
    """Every ``config.*`` key the module names, with the ``expected``/``got`` families expanded."""
    keys = set()
    for node in ast.walk(ast.parse(SOURCE)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if re.fullmatch(r"config\.[a-z0-9_]+", node.value):
                keys.add(node.value)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            # _expected("list") and _type_error(path, key, "list", value)
            position = {"_expected": 0, "_type_error": 2}.get(node.func.id)
            if position is not None and len(node.args) > position:
                argument = node.args[position]
                if isinstance(argument, ast.Constant):
                    keys.add(f"config.expected.{argument.value}")
        elif (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and any(isinstance(t, ast.Name) and t.id == "kind" for t in node.targets)
        ):  # kind = "integer" in _got
            keys.add(f"config.got.{node.value.value}")
    return keys


def test_every_config_key_has_a_text_in_both_languages() -> None:
    used = used_config_keys()
    expected = {
        "config.syntax",
        "config.unknown_key",
        "config.got.datetime",
        "config.expected.date",
    }
    assert expected <= used
    assert used - set(TEXTS_SV) == set()
    assert set(TEXTS_SV) - used == set()  # no text left over
    assert set(TEXTS_SV) == set(TEXTS_EN)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_use_the_same_placeholders_and_name_file_and_key() -> None:
    for key, template in TEXTS_SV.items():
        assert _fields(template) == _fields(TEXTS_EN[key]), key
        assert TEXTS_SV[key] != TEXTS_EN[key] or key == "config.got.bool", key
        if not key.startswith(("config.expected.", "config.got.")):
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


# --- the documentation -------------------------------------------------------------------------

DOCS = Path(__file__).resolve().parent.parent / "docs" / "config.md"


def test_the_documented_examples_load_and_agree(tmp_path: Path) -> None:
    blocks = re.findall(r"```toml\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)
    assert len(blocks) == 2
    plain = config_from(tmp_path, blocks[0])
    project = config_from(tmp_path, blocks[1], "pyproject.toml")
    for config in (plain, project):
        assert config.select == ("EK0", "EK1", "EK3")
        assert config.off == ("EK306",)
        assert config.severity["EK301"] is Severity.ERROR
        assert config.severity["EK302"] is Severity.WARNING
    assert (plain.select, plain.ignore, plain.fail_on, plain.exclude, plain.severity) == (
        project.select,
        project.ignore,
        project.fail_on,
        project.exclude,
        project.severity,
    )
