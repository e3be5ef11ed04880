"""The configuration file as a user meets it: through `effektkedja check`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

PLAN = """\
organisation: Testkommunen
insatser:
  - id: utbildning
    namn: Utbildning för handläggare
    status: genomförd
    leder_till: [rutin]
  - id: rutin
    namn: Ny rutin
    status: genomförd
    ansvarig: Socialförvaltningen
    beslut: {datum: 2024-01-10, av: Socialnämnden}
"""


def run(*args: str, cwd: Path, timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR",)}
    env["NO_COLOR"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "effektkedja", *args],
        cwd=cwd,
        capture_output=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
        check=False,
    )
    assert "Traceback" not in result.stderr + result.stdout
    return result


def rules_of(result: subprocess.CompletedProcess[str]) -> list[str]:
    return sorted(f["rule"] for f in json.loads(result.stdout)["findings"])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "planer").mkdir()
    (tmp_path / "planer" / "plan.yaml").write_text(PLAN, encoding="utf-8")
    return tmp_path


def test_without_config_defaults_apply(project: Path) -> None:
    result = run("check", "planer", "--format", "json", cwd=project)
    assert result.returncode == 0
    assert rules_of(result) == ["EK102", "EK105", "EK108", "EK301", "EK406"]


def test_config_found_walking_up_from_a_subfolder(project: Path) -> None:
    (project / "effektkedja.toml").write_text('ignore = ["EK3"]\n', encoding="utf-8")
    result = run("check", "plan.yaml", "--format", "json", cwd=project / "planer")
    assert rules_of(result) == ["EK102", "EK105", "EK108", "EK406"]


def test_pyproject_table(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.effektkedja]\nselect = ["EK1"]\n', encoding="utf-8"
    )
    result = run("check", "planer", "--format", "json", cwd=project)
    assert rules_of(result) == ["EK102", "EK105", "EK108"]


def test_severity_override_changes_the_exit_code(project: Path) -> None:
    (project / ".effektkedja.toml").write_text('[severity]\nEK102 = "error"\n', encoding="utf-8")
    result = run("check", "planer", "--format", "json", cwd=project)
    assert result.returncode == 1
    severities = {f["rule"]: f["severity"] for f in json.loads(result.stdout)["findings"]}
    assert severities["EK102"] == "error" and severities["EK301"] == "info"


def test_fail_on_and_lang_from_config_and_the_command_line_wins(project: Path) -> None:
    (project / "effektkedja.toml").write_text(
        'fail-on = "warning"\nlang = "en"\n', encoding="utf-8"
    )
    result = run("check", "planer", cwd=project)
    assert result.returncode == 1
    assert "the chain stops at produkt" in result.stdout
    overridden = run("check", "planer", "--fail-on", "error", "--lang", "sv", cwd=project)
    assert overridden.returncode == 0
    assert "kedjan stannar vid produkt" in overridden.stdout


def test_command_line_select_replaces_the_config_one(project: Path) -> None:
    (project / "effektkedja.toml").write_text('select = ["EK3"]\n', encoding="utf-8")
    result = run("check", "planer", "--format", "json", "--select", "EK102", cwd=project)
    assert rules_of(result) == ["EK102"]


def test_rule_switched_off_stays_off(project: Path) -> None:
    (project / "effektkedja.toml").write_text('[severity]\nEK108 = "off"\n', encoding="utf-8")
    result = run("check", "planer", "--format", "json", "--ignore", "EK301", cwd=project)
    assert rules_of(result) == ["EK102", "EK105", "EK406"]


def test_exclude_skips_files_found_in_folders_but_not_files_named(project: Path) -> None:
    (project / "planer" / "utkast-ny.yaml").write_text("organisation: [\n", encoding="utf-8")
    (project / "effektkedja.toml").write_text('exclude = ["utkast-*.yaml"]\n', encoding="utf-8")
    assert run("check", "planer", cwd=project).returncode == 0
    named = run("check", "planer/utkast-ny.yaml", cwd=project)
    assert named.returncode == 1 and "EK001" in named.stdout


def test_explicit_config_path(project: Path) -> None:
    (project / "strikt.toml").write_text('fail-on = "info"\n', encoding="utf-8")
    assert run("check", "planer", cwd=project).returncode == 0
    assert run("check", "planer", "--config", "strikt.toml", cwd=project).returncode == 1


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ('selekt = ["EK1"]\n', "selekt"),
        ('fail-on = "allt"\n', "fail-on"),
        ('[severity]\nEK999 = "error"\n', "EK999"),
        ("select = [\n", "rad"),
    ],
)
def test_invalid_config_is_a_usage_error_naming_the_key(
    project: Path, content: str, named: str
) -> None:
    (project / "effektkedja.toml").write_text(content, encoding="utf-8")
    result = run("check", "planer", cwd=project)
    assert result.returncode == 2
    assert "effektkedja.toml" in result.stderr and named in result.stderr
    assert result.stdout == ""


def test_missing_explicit_config(project: Path) -> None:
    result = run("check", "planer", "--config", "finns-inte.toml", cwd=project)
    assert result.returncode == 2 and "finns-inte.toml" in result.stderr


# --- hostile configuration files ---------------------------------------------------------------
# In process where a hang is impossible; the backtracking patterns run in a subprocess,
# where a hang fails the test after TIMEOUT instead of stopping the suite.

TIMEOUT = 60  # generous: a hang fails the test, a slow machine does not


def invoke(
    *args: str, cwd: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    """Run the command in this process; any exception fails the test."""
    from effektkedja.cli import main

    monkeypatch.chdir(cwd)
    monkeypatch.setenv("NO_COLOR", "1")
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def deep_lists(path: Path) -> None:
    path.write_text("select = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")


def huge(path: Path) -> None:
    with path.open("wb") as file:
        file.truncate(2 * 1024**3)  # sparse: 2 GiB that take no room


HOSTILE = {
    "nested 5,000 deep": (deep_lists, "rad 1, kolumn 26: listor och tabeller"),
    "a reversed range": (
        lambda path: path.write_text('exclude = ["[z-a].yaml"]\n', encoding="utf-8"),
        "”[z-a].yaml” i ”exclude” går inte att tolka som mönster",
    ),
    "2 GiB": (huge, "större än 1 MiB"),
    "Latin-1": (lambda path: path.write_bytes(b"# \xe5r\n"), "rad 1, kolumn 3: "),
    "a NUL": (lambda path: path.write_bytes(b'lang = "sv"\0\n'), "NUL-tecken"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
@pytest.mark.parametrize("command", [("check", "planer"), ("rules",)])
def test_a_hostile_config_is_one_line_and_exit_2(
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: str,
    command: tuple[str, ...],
) -> None:
    make, said = HOSTILE[case]
    config = project / "effektkedja.toml"
    make(config)
    code, out, err = invoke(*command, cwd=project, monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2
    assert out == ""
    assert err.startswith(f"effektkedja: fel: {config}") and err.count("\n") == 1, err
    assert said in err


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (lambda path: Path("/dev/zero"), "en enhetsfil"),
        (lambda path: (os.mkfifo(path / "rör.toml"), path / "rör.toml")[1], "en namngiven pipe"),
        (lambda path: path / "planer", "en mapp"),
    ],
)
def test_config_option_on_something_not_a_regular_file(
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], Path],
    kind: str,
) -> None:
    target = make(project)
    code, out, err = invoke(
        "check",
        "planer",
        "--config",
        str(target),
        cwd=project,
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 2
    assert err.startswith(f"effektkedja: fel: {target}: konfigurationsfilen är ingen vanlig fil ")
    assert kind in err and err.count("\n") == 1


def test_config_option_on_a_missing_file_still_says_it_does_not_exist(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = invoke(
        "check",
        "planer",
        "--config",
        "saknas.toml",
        cwd=project,
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert (code, err) == (2, "effektkedja: fel: konfigurationsfilen finns inte: saknas.toml\n")


@pytest.mark.parametrize(
    ("pattern", "where"),
    [
        ("**/" * 14 + "zz", "/".join(["d"] * 60) + "/plan.yaml"),  # many folders deep
        ("*a" * 14 + "*b", "a" * 200 + ".yaml"),  # a long file name
    ],
)
def test_exclude_patterns_that_would_backtrack_finish(
    project: Path, pattern: str, where: str
) -> None:
    # With Python's re either pattern takes hours on its path (exponential backtracking).
    (project / "effektkedja.toml").write_text(f"exclude = ['{pattern}']\n", encoding="utf-8")
    plan = project / "planer" / where
    plan.parent.mkdir(parents=True, exist_ok=True)
    plan.write_text(PLAN, encoding="utf-8")
    result = run("check", "planer", "--format", "json", cwd=project, timeout=TIMEOUT)
    assert result.returncode == 0
    assert len(json.loads(result.stdout)["plans"]) == 2


def test_cue_words_from_the_config_decide_a_level(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "planer" / "plan.yaml").write_text(
        "organisation: X\ninsatser:\n  - id: a\n    namn: Hackathon för handläggare\n",
        encoding="utf-8",
    )

    def level() -> tuple[str, str]:
        code, out, _ = invoke(
            "check",
            "planer",
            "--format",
            "json",
            cwd=project,
            monkeypatch=monkeypatch,
            capsys=capsys,
        )
        initiative = json.loads(out)["plans"][0]["initiatives"][0]
        return initiative["inferred_level"], initiative["basis"]

    assert level() == ("aktivitet", "default")
    (project / "effektkedja.toml").write_text('[cues]\nprodukt = ["Hackathon"]\n', "utf-8")
    assert level() == ("produkt", "text")
