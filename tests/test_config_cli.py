"""The configuration file as a user meets it: through `effektkedja check`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PLAN = """\
organisation: Testkommunen
insatser:
  - id: utbildning
    namn: Utbildning för handläggare
    leder_till: [rutin]
  - id: rutin
    namn: Ny rutin
    ansvarig: Socialförvaltningen
    beslut: {datum: 2024-01-10, av: Socialnämnden}
"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR",)}
    env["NO_COLOR"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "effektkedja", *args],
        cwd=cwd,
        capture_output=True,
        encoding="utf-8",
        env=env,
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
