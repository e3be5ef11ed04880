"""End-to-end tests: the installed command, run in a subprocess, on real files.

Every test here starts ``python -m effektkedja`` or the ``effektkedja`` console
script (the one installed next to the running interpreter) and looks only at
what a user or a CI job sees: the exit code, stdout and stderr. Plans written
for a test live in ``tmp_path``; the examples are read, never changed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import Result, invoke
from tests.conftest import CLEAN_PLAN

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TODAY = "2026-11-23"
LEVELS = ["aktivitet", "produkt", "arbetssätt", "utfall", "samhällseffekt"]
SEVERITIES = {"error", "warning", "info"}
BASES = {"declared", "evidence", "text", "default"}
FINDING_LINE = re.compile(r"^(\S+):(\d+):(\d+): (EK\d{3}) (.+)$")
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
# SGR parameters that set a foreground or background colour.
COLOUR_SGR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m")

# --------------------------------------------------------------------------- plans


# One more aktivitet that leads nowhere: exactly one warning (EK102).
STRAY_ACTIVITY = """\
  - id: workshop-chefer
    namn: Workshop för chefer om jämställd styrning
    nivå: aktivitet
    ansvarig: HR-avdelningen
    status: genomförd
"""
WARNING_PLAN = CLEAN_PLAN + STRAY_ACTIVITY

# The clean plan with `ansvarig` removed from the samhällseffekt: exactly one info (EK301).
INFO_PLAN = CLEAN_PLAN.replace("    ansvarig: Kommunledningen\n", "")

# The stray activity's EK102 accepted through `undantag`.
MOTIVERING = "Workshoppen är kompetensstöd för cheferna och ska inte leda vidare i kedjan."
ACCEPTED_PLAN = (
    WARNING_PLAN
    + f"""\
    undantag:
      - regel: EK102
        motivering: {MOTIVERING}
"""
)

# A link to an id that does not exist: one error (EK005).
ERROR_PLAN = CLEAN_PLAN.replace("leder_till: [timmar]", "leder_till: [timmarna]")

INVALID_YAML = "organisation: X\ninsatser:\n  - id: a\n    namn: foo: bar: [\n"
INVALID_PLAN = "organisation: X\ninsatser:\n  - id: a\n    nman: Utbildning\n"


# --------------------------------------------------------------------------- helpers


def console_script() -> str:
    """The ``effektkedja`` console script installed beside the running interpreter."""
    found = shutil.which("effektkedja", path=str(Path(sys.executable).parent))
    assert found, "the effektkedja console script is not installed next to sys.executable"
    return found


def environment(color: bool = False, **extra: str | None) -> dict[str, str]:
    """A predictable environment: UTF-8, default width, no colour unless forced."""
    env = dict(os.environ)
    for name in ("NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "COLUMNS", "LINES", "TTY_COMPATIBLE"):
        env.pop(name, None)
    env["PYTHONUTF8"] = "1"
    if color:
        env["FORCE_COLOR"] = "1"
        env["TERM"] = "xterm-256color"
    else:
        env["NO_COLOR"] = "1"
    for name, value in extra.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def run(
    *args: str | Path,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    script: bool = False,
) -> subprocess.CompletedProcess[str] | Result:
    """Run the command: in-process, or as the installed console script with ``script``."""
    if not script:
        done = invoke(*args, cwd=cwd or ROOT, env=env if env is not None else environment())
        assert "Traceback" not in done.stderr + done.stdout, done.stderr
        return done
    result = subprocess.run(
        [console_script(), *map(str, args)],
        cwd=cwd or ROOT,
        env=env if env is not None else environment(),
        capture_output=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout
    return result


def check_json(*args: str | Path, **kwargs: object) -> tuple[int, dict]:
    """``check ... --format json --today TODAY``: the exit code and the parsed document."""
    result = run("check", *args, "--format", "json", "--today", TODAY, **kwargs)  # type: ignore[arg-type]
    assert result.stdout, result.stderr
    return result.returncode, json.loads(result.stdout)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rules(document: dict, accepted: bool | None = False) -> list[str]:
    """The rule codes of the findings (only unaccepted ones unless ``accepted`` is None/True)."""
    return [
        f["rule"] for f in document["findings"] if accepted is None or f["accepted"] is accepted
    ]


def example_files() -> list[Path]:
    """The example plans at the top of examples/ (subfolders hold other stories)."""
    files = sorted(EXAMPLES.glob("*.yaml"))
    assert files, "no examples found"
    return files


def example_args() -> list[str]:
    """The top-level examples as command-line arguments, relative to the repository."""
    return [f"examples/{p.name}" for p in example_files()]


def finding_lines(output: str) -> list[re.Match[str]]:
    return [m for m in map(FINDING_LINE.match, output.splitlines()) if m]


def snapshot(folder: Path) -> dict[str, tuple[bool, int, int, bytes | None]]:
    """Every entry below ``folder`` (hidden ones too): kind, size, mtime and content."""
    state = {}
    for path in sorted(folder.rglob("*")):
        stat = path.lstat()
        content = path.read_bytes() if path.is_file() else None
        state[str(path.relative_to(folder))] = (
            path.is_dir(),
            stat.st_size,
            stat.st_mtime_ns,
            content,
        )
    stat = folder.stat()
    state["."] = (True, 0, stat.st_mtime_ns, None)
    return state


@pytest.fixture(scope="module")
def examples_json() -> dict:
    code, document = check_json(*example_files())
    assert code == 0
    return document


@pytest.fixture(scope="module")
def examples_text() -> str:
    result = run("check", *example_args(), "--today", TODAY)
    assert result.returncode == 0, result.stderr
    return result.stdout


# --------------------------------------------------------------------------- --version


def test_version_console_script() -> None:
    from effektkedja import __version__

    result = run("--version", script=True)
    assert result.returncode == 0
    assert result.stdout.strip() == f"effektkedja {__version__}"


def test_version_python_m() -> None:
    from effektkedja import __version__

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout == f"effektkedja {__version__}\n"
    assert result.stderr == ""


def test_version_matches_installed_metadata() -> None:
    from importlib.metadata import version

    assert run("--version").stdout.split() == ["effektkedja", version("effektkedja")]


def test_console_script_and_python_m_agree(tmp_path: Path) -> None:
    plan = write(tmp_path, "plan.yaml", WARNING_PLAN)
    args = ("check", plan, "--today", TODAY, "--format", "json")
    by_module = run(*args)
    by_script = run(*args, script=True)
    assert by_module.returncode == by_script.returncode == 0
    assert by_module.stdout == by_script.stdout


# --------------------------------------------------------------------------- exit codes


@pytest.mark.parametrize("script", [False, True], ids=["python-m", "console-script"])
def test_clean_plan_exits_0(tmp_path: Path, script: bool) -> None:
    plan = write(tmp_path, "plan.yaml", CLEAN_PLAN)
    for fail_on in ("error", "warning", "info", "never"):
        result = run("check", plan, "--today", TODAY, "--fail-on", fail_on, script=script)
        assert result.returncode == 0, (fail_on, result.stdout)
    code, document = check_json(plan)
    assert code == 0
    assert document["findings"] == []
    assert document["summary"]["initiatives"] == 5


def test_today_defaults_to_the_real_date(tmp_path: Path) -> None:
    plan = write(tmp_path, "plan.yaml", CLEAN_PLAN)
    result = run("check", plan, script=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert run("check", plan, "--today", "2030-01-01").returncode == 0


def test_fixture_plans_have_the_findings_the_tests_rely_on(tmp_path: Path) -> None:
    _, warning = check_json(write(tmp_path, "w.yaml", WARNING_PLAN))
    assert rules(warning) == ["EK102"]
    assert warning["findings"][0]["severity"] == "warning"
    _, info = check_json(write(tmp_path, "i.yaml", INFO_PLAN))
    assert rules(info) == ["EK301"]
    assert info["findings"][0]["severity"] == "info"
    _, error = check_json(write(tmp_path, "e.yaml", ERROR_PLAN))
    assert "EK005" in rules(error)
    assert {f["severity"] for f in error["findings"]} >= {"error"}


@pytest.mark.parametrize(
    ("plan", "fail_on", "expected"),
    [
        (WARNING_PLAN, None, 0),
        (WARNING_PLAN, "error", 0),
        (WARNING_PLAN, "warning", 1),
        (WARNING_PLAN, "info", 1),
        (WARNING_PLAN, "never", 0),
        (INFO_PLAN, None, 0),
        (INFO_PLAN, "error", 0),
        (INFO_PLAN, "warning", 0),
        (INFO_PLAN, "info", 1),
        (INFO_PLAN, "never", 0),
        (ERROR_PLAN, None, 1),
        (ERROR_PLAN, "error", 1),
        (ERROR_PLAN, "warning", 1),
        (ERROR_PLAN, "info", 1),
        (ERROR_PLAN, "never", 0),
    ],
    ids=lambda value: {
        WARNING_PLAN: "warning-only",
        INFO_PLAN: "info-only",
        ERROR_PLAN: "error",
    }.get(value, str(value)),
)
def test_fail_on(tmp_path: Path, plan: str, fail_on: str | None, expected: int) -> None:
    path = write(tmp_path, "plan.yaml", plan)
    args = ["check", path, "--today", TODAY]
    if fail_on is not None:
        args += ["--fail-on", fail_on]
    result = run(*args)
    assert result.returncode == expected, result.stdout + result.stderr


@pytest.mark.parametrize("script", [False, True], ids=["python-m", "console-script"])
def test_fail_on_is_the_same_for_json(tmp_path: Path, script: bool) -> None:
    cases = [
        (WARNING_PLAN, "warning", 1),
        (WARNING_PLAN, "error", 0),
        (INFO_PLAN, "info", 1),
        (INFO_PLAN, "warning", 0),
        (ERROR_PLAN, "error", 1),
        (ERROR_PLAN, "never", 0),
    ]
    for plan, fail_on, expected in cases:
        path = write(tmp_path, "plan.yaml", plan)
        result = run(
            "check", path, "--today", TODAY, "--format", "json", "--fail-on", fail_on, script=script
        )
        assert result.returncode == expected, (fail_on, result.stdout)


def test_fail_on_counts_findings_in_any_of_several_files(tmp_path: Path) -> None:
    clean = write(tmp_path, "a.yaml", CLEAN_PLAN)
    warning = write(tmp_path, "b.yaml", WARNING_PLAN)
    assert run("check", clean, warning, "--today", TODAY, "--fail-on", "warning").returncode == 1
    assert run("check", warning, clean, "--today", TODAY, "--fail-on", "warning").returncode == 1
    assert run("check", clean, "--today", TODAY, "--fail-on", "warning").returncode == 0


def test_accepted_finding_does_not_fail(tmp_path: Path) -> None:
    plan = write(tmp_path, "plan.yaml", ACCEPTED_PLAN)
    for fail_on in ("error", "warning", "info"):
        result = run("check", plan, "--today", TODAY, "--fail-on", fail_on)
        assert result.returncode == 0, (fail_on, result.stdout)


SCRIPT_USAGE_CASES = (
    ["check", "{plan}", "--bogus"],
    ["check", "{tmp}/finns-inte.yaml"],
    ["check", "{empty}"],
    ["check", "{plan}", "--today", "igår"],
)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["check", "{plan}", "--bogus"], id="unknown-option"),
        pytest.param(["check", "{plan}", "-Z"], id="unknown-short-option"),
        pytest.param(["--bogus"], id="unknown-global-option"),
        pytest.param(["check", "{tmp}/finns-inte.yaml"], id="missing-path"),
        pytest.param(["check", "{plan}", "{tmp}/finns-inte.yaml"], id="one-missing-path"),
        pytest.param(["check"], id="no-path"),
        pytest.param(["check", "{plan}", "--today", "2026-13-01"], id="today-bad-month"),
        pytest.param(["check", "{plan}", "--today", "23/11/2026"], id="today-bad-format"),
        pytest.param(["check", "{plan}", "--today", "igår"], id="today-word"),
        pytest.param(["check", "{plan}", "--today", ""], id="today-empty"),
        pytest.param(["check", "{plan}", "--select", "EK999"], id="select-unknown-code"),
        pytest.param(["check", "{plan}", "--select", "EK102,XY1"], id="select-unknown-in-list"),
        pytest.param(["check", "{plan}", "--ignore", "EK9"], id="ignore-unknown-prefix"),
        pytest.param(["check", "{empty}"], id="folder-without-yaml"),
        pytest.param(["check", "{plan}", "--format", "xml"], id="unknown-format"),
        pytest.param(["check", "{plan}", "--fail-on", "critical"], id="unknown-fail-on"),
        pytest.param(["check", "{plan}", "--lang", "de"], id="unknown-lang"),
        pytest.param(["kolla", "{plan}"], id="unknown-command"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    plan = write(tmp_path, "plan.yaml", CLEAN_PLAN)
    empty = tmp_path / "tom mapp"
    empty.mkdir()
    (empty / "anteckningar.txt").write_text("inte en plan\n", encoding="utf-8")
    write(empty, ".dold/plan.yaml", CLEAN_PLAN)  # hidden: does not count
    filled = [a.format(plan=plan, tmp=tmp_path, empty=empty) for a in args]
    scripts = (False, True) if args in SCRIPT_USAGE_CASES else (False,)
    for script in scripts:
        result = run(*filled, script=script)
        assert result.returncode == 2, (filled, result.stdout, result.stderr)
        assert result.stderr.strip(), "a usage error explains itself on stderr"


def test_usage_error_messages_name_the_problem(tmp_path: Path) -> None:
    missing = tmp_path / "saknas.yaml"
    result = run("check", missing)
    assert result.returncode == 2
    assert str(missing) in result.stderr
    result = run("check", write(tmp_path, "p.yaml", CLEAN_PLAN), "--today", "2026-02-30")
    assert result.returncode == 2
    assert "2026-02-30" in result.stderr
    result = run("check", write(tmp_path, "p.yaml", CLEAN_PLAN), "--select", "EK999")
    assert result.returncode == 2
    assert "EK999" in result.stderr


@pytest.mark.parametrize(
    ("content", "rule"),
    [
        pytest.param(INVALID_YAML.encode(), "EK001", id="bad-yaml"),
        pytest.param(b"organisation: X\ninsatser: [\n", "EK001", id="unclosed-flow"),
        pytest.param(b"organisation: X\n\tinsatser: []\n", "EK001", id="tab"),
        pytest.param(b"\xff\xfe\x00organisation", "EK001", id="not-utf8"),
        pytest.param(
            b"organisation: X\ninsatser: []\n---\norganisation: Y\n", None, id="two-documents"
        ),
        pytest.param(INVALID_PLAN.encode(), "EK002", id="unknown-key"),
        pytest.param(b"", "EK002", id="empty-file"),
        pytest.param(b"# bara en kommentar\n", "EK002", id="only-comment"),
        pytest.param(b"- en\n- lista\n", "EK002", id="top-level-list"),
        pytest.param(b"just text\n", "EK002", id="top-level-scalar"),
        pytest.param(b"organisation: X\n", "EK002", id="missing-insatser"),
        pytest.param(b"organisation: X\ninsatser: 12\n", "EK002", id="insatser-not-list"),
        pytest.param(b"version: 2\norganisation: X\ninsatser: []\n", "EK002", id="version-2"),
        pytest.param(
            "organisation: X\ninsatser:\n  - id: a\n    namn: A\n    nivå: toppen\n".encode(),
            "EK002",
            id="bad-level",
        ),
        pytest.param(
            b"organisation: X\ninsatser:\n  - id: a\n    namn: A\n    undantag:\n"
            b"      - regel: EK102\n",
            "EK002",
            id="undantag-without-motivering",
        ),
    ],
)
@pytest.mark.parametrize("output", ["text", "json"])
def test_broken_files_give_findings_not_tracebacks(
    tmp_path: Path, content: bytes, rule: str | None, output: str
) -> None:
    path = tmp_path / "trasig.yaml"
    path.write_bytes(content)
    result = run("check", path, "--today", TODAY, "--format", output)
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(r"\bEK00[12]\b", result.stdout), result.stdout
    if rule is not None:
        assert rule in result.stdout
    if output == "json":
        document = json.loads(result.stdout)
        assert document["plans"] == [
            {
                "path": str(path),
                "organisation": document["plans"][0]["organisation"],
                "initiatives": [],
                "problems": [],
            }
        ]
        assert document["summary"]["errors"] >= 1


def test_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    bad = write(tmp_path, "a-trasig.yaml", INVALID_YAML)
    good = write(tmp_path, "b-bra.yaml", CLEAN_PLAN)
    code, document = check_json(bad, good)
    assert code == 1
    assert [p["path"] for p in document["plans"]] == [str(bad), str(good)]
    assert document["plans"][1]["organisation"] == "Åkerö kommun"
    assert len(document["plans"][1]["initiatives"]) == 5
    assert {f["path"] for f in document["findings"]} == {str(bad)}


def test_duplicate_key_is_ek003_error(tmp_path: Path) -> None:
    plan = write(
        tmp_path,
        "plan.yaml",
        CLEAN_PLAN.replace(
            "    nivå: aktivitet\n", "    nivå: aktivitet\n    niva: aktivitet\n", 1
        ),
    )
    code, document = check_json(plan)
    assert code == 1
    assert "EK003" in rules(document)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_unreadable_file_is_ek001(tmp_path: Path) -> None:
    path = write(tmp_path, "plan.yaml", CLEAN_PLAN)
    path.chmod(0)
    try:
        code, document = check_json(path)
    finally:
        path.chmod(0o644)
    assert code == 1
    assert rules(document) == ["EK001"]
    assert document["plans"][0]["initiatives"] == []


def test_dangling_symlink_in_folder_is_ek001(tmp_path: Path) -> None:
    root = tmp_path / "planer"
    good = write(root, "a.yaml", CLEAN_PLAN)
    dangling = root / "b.yaml"
    try:
        dangling.symlink_to(tmp_path / "borta" / "plan.yaml")
    except OSError:
        pytest.skip("symbolic links are not available")
    code, document = check_json(root)
    assert code == 1
    assert document["plans"][0]["path"] == str(good)
    assert document["plans"][1] == {
        "path": str(dangling),
        "organisation": None,
        "initiatives": [],
        "problems": [],
    }
    assert [(f["rule"], f["path"]) for f in document["findings"]] == [("EK001", str(dangling))]
    result = run("check", root, "--today", TODAY)
    assert result.returncode == 1
    assert [m.group(4) for m in finding_lines(result.stdout)] == ["EK001"]


# --------------------------------------------------------------------------- JSON


def test_json_document_shape(examples_json: dict) -> None:
    document = examples_json
    assert list(document) == ["schema_version", "plans", "findings", "summary"]
    assert document["schema_version"] == 1
    assert [p["path"] for p in document["plans"]] == [
        str(EXAMPLES / p.name) for p in example_files()
    ]
    for plan in document["plans"]:
        assert set(plan) == {"path", "organisation", "initiatives", "problems"}
        assert isinstance(plan["organisation"], str)
        assert plan["initiatives"]
        for item in plan["initiatives"]:
            assert list(item) == [
                "id",
                "name",
                "line",
                "level",
                "declared_level",
                "inferred_level",
                "basis",
                "reasons",
                "result",
                "indicators",
            ]
            outcome = item["level"] in ("utfall", "samhällseffekt")
            assert (item["result"] is not None) == outcome
            assert item["result"] in (None, "planned", "measured", "improved", "worsened")
            for indicator in item["indicators"]:
                assert list(indicator) == [
                    "name", "line", "unit", "scope", "direction", "sexes", "points", "latest",
                    "gap_change",
                ]  # fmt: skip
                kinds = [point["kind"] for point in indicator["points"]]
                assert kinds == sorted(kinds, key=["baseline", "measurement", "target"].index)
                assert indicator["latest"] in [None, *indicator["points"]]
            assert isinstance(item["id"], str) and item["id"]
            assert isinstance(item["name"], str) and item["name"]
            assert isinstance(item["line"], int) and item["line"] >= 1
            assert item["level"] in LEVELS
            assert item["declared_level"] is None or item["declared_level"] in LEVELS
            assert item["inferred_level"] in LEVELS
            assert item["basis"] in BASES
            assert isinstance(item["reasons"], list) and item["reasons"]
            assert all(isinstance(reason, str) and reason for reason in item["reasons"])
            if item["declared_level"] is not None:
                assert item["level"] == item["declared_level"]
                assert item["basis"] == "declared"
            else:
                assert item["level"] == item["inferred_level"]
                assert item["basis"] != "declared"
    assert document["findings"]
    for finding in document["findings"]:
        assert list(finding) == [
            "rule",
            "severity",
            "path",
            "line",
            "column",
            "initiative",
            "message",
            "accepted",
        ]
        assert re.fullmatch(r"EK\d{3}", finding["rule"])
        assert finding["severity"] in SEVERITIES
        assert finding["path"] in {p["path"] for p in document["plans"]}
        assert isinstance(finding["line"], int) and finding["line"] >= 1
        assert isinstance(finding["column"], int) and finding["column"] >= 1
        assert finding["initiative"] is None or isinstance(finding["initiative"], str)
        assert isinstance(finding["message"], str) and finding["message"]
        assert "\n" not in finding["message"]
        assert isinstance(finding["accepted"], bool)
    summary = document["summary"]
    assert list(summary) == [
        "plans",
        "initiatives",
        "levels",
        "errors",
        "warnings",
        "infos",
        "accepted",
        "organisations",
    ]
    assert list(summary["levels"]) == LEVELS
    accepted = [finding for finding in document["findings"] if finding["accepted"]]
    assert summary["accepted"] == len(accepted) > 0


def test_json_summary_adds_up(examples_json: dict) -> None:
    document = examples_json
    summary = document["summary"]
    initiatives = [i for plan in document["plans"] for i in plan["initiatives"]]
    assert summary["plans"] == len(document["plans"]) == len(example_files())
    assert summary["initiatives"] == len(initiatives)
    assert summary["levels"] == {
        level: sum(1 for i in initiatives if i["level"] == level) for level in LEVELS
    }
    counted = [f for f in document["findings"] if not f["accepted"]]
    assert summary["errors"] == sum(1 for f in counted if f["severity"] == "error")
    assert summary["warnings"] == sum(1 for f in counted if f["severity"] == "warning")
    assert summary["infos"] == sum(1 for f in counted if f["severity"] == "info")
    # Initiative ids in findings belong to the plan they were found in.
    ids = {plan["path"]: {i["id"] for i in plan["initiatives"]} for plan in document["plans"]}
    for finding in document["findings"]:
        if finding["initiative"] is not None:
            assert finding["initiative"] in ids[finding["path"]], finding


def test_json_keeps_swedish_letters(tmp_path: Path) -> None:
    path = write(tmp_path, "plan.yaml", WARNING_PLAN)
    result = run("check", path, "--format", "json", "--today", TODAY)
    assert "Åkerö kommun" in result.stdout
    assert "\\u00" not in result.stdout
    document = json.loads(result.stdout)
    assert document["plans"][0]["organisation"] == "Åkerö kommun"
    ids = [i["id"] for i in document["plans"][0]["initiatives"]]
    assert ids == [
        "kartläggning",
        "frågebatteri",
        "tillämpning",
        "timmar",
        "delmål-omsorg",
        "workshop-chefer",
    ]
    assert document["plans"][0]["initiatives"][4]["level"] == "samhällseffekt"
    assert document["summary"]["levels"]["arbetssätt"] == 1


def test_json_initiative_lines_and_levels(tmp_path: Path) -> None:
    path = write(tmp_path, "plan.yaml", WARNING_PLAN)
    _, document = check_json(path)
    lines = WARNING_PLAN.splitlines()
    for item in document["plans"][0]["initiatives"]:
        assert lines[item["line"] - 1].strip() == f"- id: {item['id']}"
    levels = {i["id"]: (i["level"], i["basis"]) for i in document["plans"][0]["initiatives"]}
    assert levels["kartläggning"] == ("aktivitet", "declared")
    assert levels["delmål-omsorg"] == ("samhällseffekt", "declared")
    [stray] = document["findings"]
    assert (stray["rule"], stray["initiative"], stray["line"], stray["column"]) == (
        "EK102",
        "workshop-chefer",
        WARNING_PLAN.splitlines().index("  - id: workshop-chefer") + 1,
        5,
    )


def test_json_inferred_levels_without_declared(tmp_path: Path) -> None:
    plan = """\
organisation: Testmyndigheten
insatser:
  - id: ett
    namn: Något som görs
    ansvarig: X
    tillämpning: {av: Handläggare}
"""
    _, document = check_json(write(tmp_path, "plan.yaml", plan))
    [item] = document["plans"][0]["initiatives"]
    assert item["declared_level"] is None
    assert item["inferred_level"] == item["level"] == "arbetssätt"
    assert item["basis"] == "evidence"


def test_json_unreadable_plan_still_listed(tmp_path: Path) -> None:
    bad_yaml = write(tmp_path, "a.yaml", INVALID_YAML)
    bad_plan = write(tmp_path, "b.yaml", INVALID_PLAN)
    code, document = check_json(bad_yaml, bad_plan)
    assert code == 1
    assert document["plans"] == [
        {"path": str(bad_yaml), "organisation": None, "initiatives": [], "problems": []},
        {"path": str(bad_plan), "organisation": "X", "initiatives": [], "problems": []},
    ]
    by_path = {
        p: [f["rule"] for f in document["findings"] if f["path"] == p]
        for p in (str(bad_yaml), str(bad_plan))
    }
    assert by_path[str(bad_yaml)] == ["EK001"]
    assert by_path[str(bad_plan)] and set(by_path[str(bad_plan)]) == {"EK002"}
    assert document["summary"]["plans"] == 2
    assert document["summary"]["initiatives"] == 0
    assert document["summary"]["levels"] == dict.fromkeys(LEVELS, 0)
    assert document["summary"]["errors"] == len(document["findings"])
    ek001 = document["findings"][0]
    assert (ek001["line"], ek001["severity"], ek001["accepted"]) == (4, "error", False)
    unknown = [f for f in document["findings"] if "nman" in f["message"]]
    assert unknown and unknown[0]["line"] == 4 and unknown[0]["column"] == 5
    assert "namn" in unknown[0]["message"]  # the "did you mean"


def test_json_accepted_findings(tmp_path: Path) -> None:
    path = write(tmp_path, "plan.yaml", ACCEPTED_PLAN)
    code, document = check_json(path, "--fail-on", "info")
    assert code == 0
    [finding] = document["findings"]
    assert finding["rule"] == "EK102"
    assert finding["initiative"] == "workshop-chefer"
    assert finding["accepted"] is True
    summary = document["summary"]
    assert (summary["errors"], summary["warnings"], summary["infos"]) == (0, 0, 0)


def test_json_accepted_findings_in_example(examples_json: dict) -> None:
    accepted = {(f["rule"], f["initiative"]) for f in examples_json["findings"] if f["accepted"]}
    assert ("EK304", "mall-manadsrapport") in accepted
    assert ("EK102", "erfarenhetsutbyte-jim") in accepted


def test_json_english_messages(tmp_path: Path) -> None:
    paths = [EXAMPLES / "myndighet-aktivitetsfallan.yaml", write(tmp_path, "p.yaml", INFO_PLAN)]
    _, swedish = check_json(*paths)
    _, english = check_json(*paths, "--lang", "en")
    assert len(swedish["findings"]) == len(english["findings"]) > 3
    for sv, en in zip(swedish["findings"], english["findings"], strict=True):
        assert {k: v for k, v in sv.items() if k != "message"} == {
            k: v for k, v in en.items() if k != "message"
        }
        assert sv["message"] != en["message"], sv
    messages = " ".join(f["message"] for f in english["findings"])
    assert "the chain" in messages.lower()
    assert "kedjan" not in messages and "saknas" not in messages and "ingen " not in messages
    # Enum values stay Swedish in every language; reasons follow --lang.
    for sv_plan, en_plan in zip(swedish["plans"], english["plans"], strict=True):
        for sv_item, en_item in zip(sv_plan["initiatives"], en_plan["initiatives"], strict=True):
            assert sv_item["level"] == en_item["level"]
            assert sv_item["basis"] == en_item["basis"]
        assert [i["reasons"] for i in sv_plan["initiatives"]] != [
            i["reasons"] for i in en_plan["initiatives"]
        ]
    assert english["summary"] == swedish["summary"]
    assert list(english["summary"]["levels"]) == LEVELS


def test_json_is_unaffected_by_colour(tmp_path: Path) -> None:
    path = write(tmp_path, "plan.yaml", WARNING_PLAN)
    result = run("check", path, "--format", "json", "--today", TODAY, env=environment(color=True))
    assert "\x1b" not in result.stdout
    json.loads(result.stdout)


# --------------------------------------------------------------------------- --select / --ignore


@pytest.fixture(scope="module")
def all_rules() -> list[str]:
    _, document = check_json(*example_files())
    found = rules(document)
    # The examples must exercise several families for the filters to mean anything.
    assert {code[:3] for code in found} >= {"EK1", "EK2", "EK3"}
    return found


def _filtered(*options: str) -> list[str]:
    code, document = check_json(*example_files(), *options)
    assert code == 0
    return rules(document)


def test_select_prefix(all_rules: list[str]) -> None:
    selected = _filtered("--select", "EK1")
    assert selected == [code for code in all_rules if code.startswith("EK1")]
    assert selected
    assert all(re.fullmatch(r"EK10[1-8]", code) for code in selected)
    assert _filtered("--select", "EK10") == selected


def test_select_codes_comma_separated_and_repeated(all_rules: list[str]) -> None:
    wanted = {"EK102", "EK304"}
    expected = [code for code in all_rules if code in wanted]
    assert set(expected) == wanted
    assert _filtered("--select", "EK102,EK304") == expected
    assert _filtered("--select", "EK102", "--select", "EK304") == expected
    assert _filtered("--select", "EK102, EK304") == expected


def test_select_mixes_codes_and_prefixes(all_rules: list[str]) -> None:
    expected = [code for code in all_rules if code.startswith("EK3") or code == "EK206"]
    assert _filtered("--select", "EK3,EK206") == expected
    assert _filtered("--select", "EK3", "--select", "EK206") == expected


def test_ignore_codes_and_prefixes(all_rules: list[str]) -> None:
    assert _filtered("--ignore", "EK1") == [c for c in all_rules if not c.startswith("EK1")]
    expected = [c for c in all_rules if c not in {"EK102", "EK108"} and not c.startswith("EK3")]
    assert _filtered("--ignore", "EK102,EK108", "--ignore", "EK3") == expected


def test_select_and_ignore_together(all_rules: list[str]) -> None:
    expected = [c for c in all_rules if c.startswith("EK1") and c != "EK102"]
    assert _filtered("--select", "EK1", "--ignore", "EK102") == expected


def test_select_applies_to_text_and_to_accepted_findings(all_rules: list[str]) -> None:
    result = run("check", "examples", "--today", TODAY, "--select", "EK2", "-v")
    shown = [m.group(4) for m in finding_lines(result.stdout)]
    assert shown and all(code.startswith("EK2") for code in shown)
    _, document = check_json(EXAMPLES, "--select", "EK2")
    assert not any(f["accepted"] for f in document["findings"])  # EK102/EK304 filtered out


def test_select_decides_the_exit_code() -> None:
    path = EXAMPLES / "myndighet-aktivitetsfallan.yaml"
    # EK108 is info only: --fail-on warning passes.
    assert (
        run("check", path, "--today", TODAY, "--select", "EK108", "--fail-on", "warning").returncode
        == 0
    )
    assert (
        run("check", path, "--today", TODAY, "--select", "EK108", "--fail-on", "info").returncode
        == 1
    )
    assert run("check", path, "--today", TODAY, "--fail-on", "warning").returncode == 1
    assert (
        run(
            "check", path, "--today", TODAY, "--ignore", "EK1,EK305", "--fail-on", "warning"
        ).returncode
        == 0
    )


def test_summary_counts_only_selected(tmp_path: Path) -> None:
    path = write(tmp_path, "p.yaml", WARNING_PLAN)
    _, document = check_json(path, "--ignore", "EK102")
    assert document["findings"] == []
    assert document["summary"]["warnings"] == 0
    # Classification is not a rule: initiatives are still listed.
    assert len(document["plans"][0]["initiatives"]) == 6


# --------------------------------------------------------------------------- text


def test_text_finding_lines_match_json(examples_text: str, examples_json: dict) -> None:
    """One finding = one unwrapped line, and exactly the unaccepted findings are shown."""
    lines = finding_lines(examples_text)
    shown = [(m.group(1), int(m.group(2)), int(m.group(3)), m.group(4), m.group(5)) for m in lines]
    relative = {str(EXAMPLES / p.name): f"examples/{p.name}" for p in example_files()}
    expected = [
        (relative[f["path"]], f["line"], f["column"], f["rule"], f["message"])
        for f in examples_json["findings"]
        if not f["accepted"]
    ]
    initiatives = [f["initiative"] for f in examples_json["findings"] if not f["accepted"]]
    assert len(shown) == len(expected)
    # The text line may name the initiative before the message ("id: message").
    shown = [
        (*rest, _strip_initiative(message, initiative))
        for (*rest, message), initiative in zip(shown, initiatives, strict=True)
    ]
    assert shown == expected
    # Every line that names a position is a well-formed finding line.
    for line in examples_text.splitlines():
        if re.match(r"^\S+\.ya?ml:\d+", line):
            assert FINDING_LINE.fullmatch(line), line


def _strip_initiative(message: str, initiative: str | None) -> str:
    if initiative is not None and message.startswith(f"{initiative}: "):
        return message[len(initiative) + 2 :]
    return message


def test_text_groups_findings_by_file_in_the_order_given() -> None:
    order = [
        "examples/region-projektmedel.yaml",
        "examples/kommun-hemtjanst.yaml",
        "examples/myndighet-aktivitetsfallan.yaml",
    ]
    result = run("check", *order, "--today", TODAY)
    paths = [m.group(1) for m in finding_lines(result.stdout)]
    assert _runs(paths) == order
    for path in order:
        positions = [
            (int(m.group(2)), int(m.group(3)))
            for m in finding_lines(result.stdout)
            if m.group(1) == path
        ]
        assert positions == sorted(positions), path
    # Each file's header comes before its findings.
    text = result.stdout
    for path in order:
        header = next(
            i
            for i, line in enumerate(text.splitlines())
            if line.startswith(path) and not FINDING_LINE.match(line)
        )
        first = next(i for i, line in enumerate(text.splitlines()) if line.startswith(path + ":"))
        assert header < first


def test_text_folder_results_sorted(examples_text: str) -> None:
    paths = [m.group(1) for m in finding_lines(examples_text)]
    expected = [f"examples/{p.name}" for p in example_files()]
    assert _runs(paths) == expected


def _runs(items: list[str]) -> list[str]:
    """Consecutive distinct values; a value may not come back after another one."""
    runs: list[str] = []
    for item in items:
        if not runs or runs[-1] != item:
            assert item not in runs, f"{item} is not grouped: {items}"
            runs.append(item)
    return runs


def test_text_summary_counts(examples_text: str, examples_json: dict) -> None:
    summary = examples_json["summary"]
    tail = examples_text[examples_text.index("Sammanfattning") :]
    assert re.search(rf"\b{summary['plans']} planer, {summary['initiatives']} insatser\b", tail)
    assert re.search(
        rf"\b{summary['errors']} fel, {summary['warnings']} varningar, "
        rf"{summary['infos']} upplysning(ar)?\b",
        tail,
    ), tail
    accepted = sum(1 for f in examples_json["findings"] if f["accepted"])
    assert re.search(rf"\b{accepted} godtagna undantag\b", tail)


def test_text_summary_single_plan(tmp_path: Path) -> None:
    result = run("check", write(tmp_path, "p.yaml", INFO_PLAN), "--today", TODAY)
    tail = result.stdout[result.stdout.index("Sammanfattning") :]
    assert re.search(r"\b1 plan, 5 insatser\b", tail)
    # Singular where there is one: "1 upplysning", never "1 upplysningar".
    assert re.search(r"\b0 fel, 0 varningar, 1 upplysning$", tail, re.M)


def test_text_staircase_top_down(examples_text: str, examples_json: dict) -> None:
    stairs = _staircase(examples_text)
    assert [level for level, _ in stairs] == list(reversed(LEVELS))
    assert dict(stairs) == examples_json["summary"]["levels"]


def test_text_staircase_with_empty_levels(tmp_path: Path) -> None:
    result = run("check", write(tmp_path, "p.yaml", WARNING_PLAN), "--today", TODAY)
    stairs = _staircase(result.stdout)
    assert stairs == [
        ("samhällseffekt", 1),
        ("utfall", 1),
        ("arbetssätt", 1),
        ("produkt", 1),
        ("aktivitet", 2),
    ]


def _staircase(output: str) -> list[tuple[str, int]]:
    tail = output[output.index("Sammanfattning") :]
    stairs = []
    for line in tail.splitlines():
        words = line.split()
        if words and words[0] in LEVELS and re.search(r"\d+$", line):
            stairs.append((words[0], int(re.search(r"(\d+)$", line).group(1))))
    return stairs


def test_text_verbose_shows_levels_reasons_and_accepted() -> None:
    path = EXAMPLES / "kommun-hemtjanst.yaml"
    result = run("check", "examples/kommun-hemtjanst.yaml", "--today", TODAY, "-v")
    assert result.returncode == 0
    _, document = check_json(path)
    basis_words = {
        "declared": "angiven",
        "evidence": "underlag",
        "text": "ordval",
        "default": "standard",
    }
    lines = result.stdout.splitlines()
    for item in document["plans"][0]["initiatives"]:
        assert any(
            item["id"] in line and item["level"] in line and basis_words[item["basis"]] in line
            for line in lines
        ), item
        for reason in item["reasons"]:
            assert reason in result.stdout, reason
    # The accepted finding is shown, with its motivering, only in verbose mode.
    accepted = [line for line in lines if " EK304 " in line]
    assert len(accepted) == 1
    assert "Mallen är ett internt arbetsunderlag" in accepted[0]
    assert FINDING_LINE.match(accepted[0])
    plain = run("check", "examples/kommun-hemtjanst.yaml", "--today", TODAY).stdout
    assert " EK304 " not in plain
    assert "Mallen är ett internt arbetsunderlag" not in plain


def test_text_verbose_long_form_and_motivering(tmp_path: Path) -> None:
    path = write(tmp_path, "p.yaml", ACCEPTED_PLAN)
    short = run("check", path, "--today", TODAY, "-v")
    long = run("check", path, "--today", TODAY, "--verbose")
    assert short.stdout == long.stdout
    assert MOTIVERING in short.stdout
    [line] = [m.group(0) for m in finding_lines(short.stdout)]
    assert " EK102 " in line and MOTIVERING in line
    assert "workshop-chefer" in short.stdout
    plain = run("check", path, "--today", TODAY)
    assert MOTIVERING not in plain.stdout
    assert not finding_lines(plain.stdout)


def test_text_verbose_english(tmp_path: Path) -> None:
    path = write(tmp_path, "p.yaml", WARNING_PLAN)
    result = run("check", path, "--today", TODAY, "-v", "--lang", "en")
    _, document = check_json(path, "--lang", "en")
    basis_words = {
        "declared": "declared",
        "evidence": "evidence",
        "text": "wording",
        "default": "default",
    }
    for item in document["plans"][0]["initiatives"]:
        assert any(
            item["id"] in line and item["level"] in line and basis_words[item["basis"]] in line
            for line in result.stdout.splitlines()
        ), item
        for reason in item["reasons"]:
            assert reason in result.stdout


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(
    "target", [*(f"examples/{p.name}" for p in sorted(EXAMPLES.glob("*.yaml"))), "examples"]
)
def test_text_lines_fit_80_columns(target: str, lang: str) -> None:
    result = run("check", target, "--today", TODAY, "--lang", lang)
    too_long = [
        line
        for line in result.stdout.splitlines()
        if len(line) > 80 and not FINDING_LINE.match(line)
    ]
    assert not too_long, "\n".join(too_long)


def test_text_no_ansi_when_piped_or_no_color(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "p.yaml",
        ACCEPTED_PLAN + STRAY_ACTIVITY.replace("workshop-chefer", "workshop-två"),
    )
    outputs = [
        run("check", path, "--today", TODAY, "-v", env=environment(NO_COLOR=None)),  # piped
        run("check", path, "--today", TODAY, "-v", env=environment(NO_COLOR="1")),
        run("check", path, "--today", TODAY, "-v", "--no-color", env=environment(NO_COLOR=None)),
        run("check", path, "--today", TODAY, "-v", script=True),
    ]
    for result in outputs:
        assert "\x1b" not in result.stdout
        assert "\x1b" not in result.stderr
    assert len({r.stdout for r in outputs}) == 1


def test_text_colour_when_forced(tmp_path: Path) -> None:
    path = write(tmp_path, "p.yaml", WARNING_PLAN)
    coloured = run("check", path, "--today", TODAY, env=environment(color=True))
    assert "\x1b[" in coloured.stdout
    assert COLOUR_SGR.search(coloured.stdout), repr(coloured.stdout)
    plain = run("check", path, "--today", TODAY)
    assert ANSI.sub("", coloured.stdout) == plain.stdout
    assert coloured.returncode == plain.returncode == 0


def test_no_color_env_beats_force_color_for_colours(tmp_path: Path) -> None:
    path = write(tmp_path, "p.yaml", WARNING_PLAN)
    result = run("check", path, "--today", TODAY, env=environment(color=True, NO_COLOR="1"))
    assert not COLOUR_SGR.search(result.stdout), repr(result.stdout)


def test_no_color_flag_beats_force_color_for_colours(tmp_path: Path) -> None:
    path = write(tmp_path, "p.yaml", WARNING_PLAN)
    result = run("check", path, "--today", TODAY, "--no-color", env=environment(color=True))
    assert not COLOUR_SGR.search(result.stdout), repr(result.stdout)


@pytest.mark.parametrize("how", ["flag", "env"])
def test_no_color_gives_plain_text_even_when_colour_is_forced(tmp_path: Path, how: str) -> None:
    """``--no-color``/``NO_COLOR`` mean plain text: no escape sequences at all (bold, dim too)."""
    path = write(tmp_path, "p.yaml", WARNING_PLAN)
    if how == "flag":
        result = run("check", path, "--today", TODAY, "--no-color", env=environment(color=True))
    else:
        result = run("check", path, "--today", TODAY, env=environment(color=True, NO_COLOR="1"))
    assert "\x1b[" not in result.stdout, repr(result.stdout[:200])


def test_text_english(tmp_path: Path) -> None:
    path = write(tmp_path, "p.yaml", WARNING_PLAN)
    result = run("check", path, "--today", TODAY, "--lang", "en")
    _, document = check_json(path, "--lang", "en")
    assert result.returncode == 0
    assert "Summary" in result.stdout
    assert re.search(r"\b1 plan, 6 initiatives\b", result.stdout)
    assert re.search(r"\b0 errors, 1 warning, 0 notes\b", result.stdout)
    for word in ("Sammanfattning", "insatser", "varningar", "anmärkningar"):
        assert word not in result.stdout
    [line] = finding_lines(result.stdout)
    finding = document["findings"][0]
    assert _strip_initiative(line.group(5), finding["initiative"]) == finding["message"]
    assert "chain" in line.group(5)
    # Level names are enum values and stay Swedish in the staircase.
    assert [level for level, _ in _staircase_en(result.stdout)] == list(reversed(LEVELS))


def _staircase_en(output: str) -> list[tuple[str, int]]:
    return _staircase(output.replace("Summary", "Sammanfattning"))


def test_text_english_usage_error() -> None:
    result = run("check", "finns-inte.yaml", "--lang", "en")
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert "finns inte" not in result.stderr


def test_text_clean_plan_says_so(tmp_path: Path) -> None:
    result = run("check", write(tmp_path, "p.yaml", CLEAN_PLAN), "--today", TODAY)
    assert result.returncode == 0
    assert not finding_lines(result.stdout)
    assert "inga fynd" in result.stdout
    assert re.search(r"\b0 fel, 0 varningar, 0 upplysningar\b", result.stdout)


def test_text_broken_file_shows_finding_line(tmp_path: Path) -> None:
    write(tmp_path, "trasig.yaml", INVALID_YAML)
    result = run("check", "trasig.yaml", "--today", TODAY, cwd=tmp_path)
    assert result.returncode == 1
    [line] = finding_lines(result.stdout)
    assert (line.group(1), line.group(2), line.group(4)) == ("trasig.yaml", "4", "EK001")


# --------------------------------------------------------------------------- folders and paths


def test_folder_is_searched_recursively_sorted_hidden_skipped(tmp_path: Path) -> None:
    root = tmp_path / "planer"
    expected = [
        write(root, "a.yml", CLEAN_PLAN),
        write(root, "b.yaml", WARNING_PLAN),
        write(root, "sub/c.yaml", INFO_PLAN),
        write(root, "sub/deeper/d.yml", CLEAN_PLAN),
        write(root, "sub/deeper/e.yaml", CLEAN_PLAN),
    ]
    write(root, ".hidden/x.yaml", INVALID_YAML)
    write(root, "sub/.git/y.yaml", INVALID_YAML)
    write(root, "notes.txt", INVALID_YAML)
    write(root, "sub/plan.yaml.bak", INVALID_YAML)
    write(root, "sub/data.json", "{}")
    code, document = check_json(root)
    assert code == 0, document["findings"]
    assert [p["path"] for p in document["plans"]] == [str(p) for p in expected]
    assert document["summary"]["plans"] == 5
    assert rules(document) == ["EK102", "EK301"]
    # The same from inside the folder, with a relative path.
    code, document = check_json(".", cwd=root)
    assert [Path(p["path"]) for p in document["plans"]] == [p.relative_to(root) for p in expected]


def test_files_and_folders_mixed(tmp_path: Path) -> None:
    root = tmp_path / "planer"
    a = write(root, "a.yaml", CLEAN_PLAN)
    b = write(root, "b.yaml", WARNING_PLAN)
    lone = write(tmp_path, "ensam.yaml", INFO_PLAN)
    _, document = check_json(lone, root)
    assert [p["path"] for p in document["plans"]] == [str(lone), str(a), str(b)]


def test_explicit_file_is_checked_whatever_its_name(tmp_path: Path) -> None:
    path = write(tmp_path, "plan.txt", WARNING_PLAN)
    code, document = check_json(path)
    assert code == 0
    assert [p["path"] for p in document["plans"]] == [str(path)]
    assert rules(document) == ["EK102"]


def test_same_file_twice_is_checked_once(tmp_path: Path) -> None:
    root = tmp_path / "planer"
    path = write(root, "a.yaml", WARNING_PLAN)
    (root / "sub").mkdir()
    for args in (
        [path, path],
        [path, root / "." / "a.yaml"],
        [path, root / "sub" / ".." / "a.yaml"],
    ):
        code, document = check_json(*args)
        assert len(document["plans"]) == 1, args
        assert rules(document) == ["EK102"], args
        assert document["summary"]["warnings"] == 1
    result = run("check", "a.yaml", "./a.yaml", "a.yaml", "--today", TODAY, cwd=root)
    assert result.returncode == 0
    assert len(finding_lines(result.stdout)) == 1


@pytest.mark.parametrize("order", ["file-then-folder", "folder-then-file", "folder-twice"])
def test_file_also_reached_through_a_folder_is_checked_once(tmp_path: Path, order: str) -> None:
    """A folder whose plans were all named already is not "a folder with no plans"."""
    root = tmp_path / "planer"
    path = write(root, "a.yaml", WARNING_PLAN)
    args = {
        "file-then-folder": [path, root],
        "folder-then-file": [root, path],
        "folder-twice": [root, root],
    }[order]
    result = run("check", *args, "--format", "json", "--today", TODAY)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert [p["path"] for p in document["plans"]] == [str(path)]
    assert rules(document) == ["EK102"]


def test_paths_with_spaces_and_swedish_letters(tmp_path: Path) -> None:
    folder = tmp_path / "mina planer" / "Åre och Örebro"
    path = write(folder, "plan för år 2025.yaml", WARNING_PLAN)
    other = write(folder, "ärenden.yml", INFO_PLAN)
    code, document = check_json(tmp_path / "mina planer")
    assert code == 0
    assert [p["path"] for p in document["plans"]] == [str(path), str(other)]
    assert document["findings"][0]["path"] == str(path)
    result = run("check", "mina planer", "--today", TODAY, "--fail-on", "info", cwd=tmp_path)
    assert result.returncode == 1
    relative = str(Path("mina planer") / "Åre och Örebro" / "plan för år 2025.yaml")
    lines = [line for line in result.stdout.splitlines() if line.startswith(relative + ":")]
    assert len(lines) == 1
    assert re.fullmatch(re.escape(relative) + r":\d+:\d+: EK102 .+", lines[0])
    result = run("check", relative, "--today", TODAY, script=True, cwd=tmp_path)
    assert result.returncode == 0
    assert relative in result.stdout


# --------------------------------------------------------------------------- no writes


def test_check_never_writes_into_the_checked_folder(tmp_path: Path) -> None:
    root = tmp_path / "planer"
    shutil.copytree(EXAMPLES, root)
    write(root, "trasig.yaml", INVALID_YAML)
    write(root, "ogiltig.yaml", INVALID_PLAN)
    write(root, "undermapp/ren.yml", CLEAN_PLAN)
    write(root, ".dold/plan.yaml", CLEAN_PLAN)
    before = snapshot(root)
    runs = [
        ("check", "."),
        ("check", ".", "-v"),
        ("check", ".", "--format", "json"),
        ("check", ".", "--format", "json", "--lang", "en", "--fail-on", "never"),
        ("check", "kommun-hemtjanst.yaml", "-v", "--no-color"),
        ("check", ".", "--select", "EK1", "--ignore", "EK102"),
        ("check", ".", "--bogus"),
    ]
    for args in runs:
        run(*args, "--today", TODAY, cwd=root)
        run(*args, "--today", TODAY, cwd=root, script=True, env=environment(color=True))
    run("check", root, "--today", TODAY, cwd=tmp_path)
    assert snapshot(root) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["planer"]


def test_examples_are_not_touched() -> None:
    before = snapshot(EXAMPLES)
    run("check", "examples", "--today", TODAY, "-v")
    run("check", "examples", "--today", TODAY, "--format", "json")
    assert snapshot(EXAMPLES) == before
