"""The CI formats, end to end: ``check --format github|sarif|gitlab`` read as their consumers do.

Each test runs the real command (``python -m effektkedja check ... --today``) and
reads its output the way the receiving side does:

- github: a parser that follows the Actions runner (``ActionCommand.TryParseV2``:
  ``::name key=value,...::data``, split on the first ``::`` after the name, then
  the runner's unescaping), so messages and properties must survive a round trip;
- sarif: the OASIS SARIF 2.1.0 schema (``tests/fixtures/schemas``), validated with
  the validator its ``$schema`` asks for, plus what GitHub code scanning relies on
  (rule ids and indexes, relative URIs, 1-based regions, fingerprints);
- gitlab: a JSON Schema written from GitLab's Code Quality documentation, plus
  fingerprints that are stable and unique.

What a finding *should* say is computed in-process with the engine and the
message catalogue, independently of the renderers under test.
"""

from __future__ import annotations

import importlib
import io
import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema.validators import validator_for

from effektkedja.cli import main
from effektkedja.engine import CheckOptions, check_paths, discover
from effektkedja.findings import Finding, describe
from effektkedja.render.github import escape_data, escape_property
from effektkedja.rules import CODES, rule
from tests.cli import Result, invoke

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCHEMAS = ROOT / "tests" / "fixtures" / "schemas"
TODAY = "2026-11-23"
FORMATS = ("github", "sarif", "gitlab")
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
GITLAB_SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
LOADING_CODES = {"EK001", "EK002", "EK003"}
# RFC 3986: a URI reference holds only these characters, and % only as %HH.
URI_CHARACTERS = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")

# --------------------------------------------------------------------------- plans

# Names that try to break out of a workflow command (%, :, ",", "::", CR/LF, text that
# looks like an escape) and two identical findings (the same nameless-baseline
# indicator twice) that must still get different GitLab fingerprints.
MOTIVERING = "Målet sätts i budgeten 2026: 50 %, inte 40 – se beslut KS 2025/12."
HOSTILE_PLAN = """\
organisation: "Kommun: 50%, test"
insatser:
  - id: utbildning.ek
    namn: "Utbildning: 50%, inte: 40"
    nivå: aktivitet
    ansvarig: HR
  - id: mål_1
    namn: Jämnare fördelning
    nivå: utfall
    ansvarig: Socialförvaltningen
    målgrupp: Brukare
    delmål: [4]
    indikatorer:
      - namn: "Andel 50%, inte: 40 %0A %2C %25 ::warning::falsk"
        källa: SCB
        utgångsläge: {år: 2023, totalt: 50}
      - namn: |
          Första raden: 50%,
          andra raden, %3A
        källa: SCB
      - namn: "rad ett\\r\\nrad två: 10%, slut"
        källa: SCB
      - namn: Samma indikator
        källa: SCB
      - namn: Samma indikator
        källa: SCB
    undantag:
      - regel: EK204
        motivering: "Målet sätts i budgeten 2026: 50 %, inte 40 – se beslut KS 2025/12."
"""

CLEAN_PLAN = """\
organisation: Åkerö kommun
problem:
  - id: ojämn-hemtjänst
    namn: Män beviljas fler hemtjänsttimmar än kvinnor med likartade behov
    underlag:
      - namn: Timmar per brukare och månad
        värden: [{år: 2023, kvinnor: 28.0, män: 34.0}]
insatser:
  - id: rutin
    namn: Rutin för jämställd biståndsbedömning
    nivå: produkt
    slut: 2027
    ansvarig: Socialförvaltningen
    beslut: {datum: 2024-06-01, av: Socialnämnden}
    problem: ojämn-hemtjänst
    leder_till: [tillämpning]
  - id: tillämpning
    namn: Handläggarna bedömer enligt rutinen
    nivå: arbetssätt
    slut: 2027
    ansvarig: Socialförvaltningen
    tillämpning: {av: Biståndshandläggare, sedan: 2024-09-01}
    leder_till: [timmar]
  - id: timmar
    namn: Hemtjänsttimmar fördelas jämnare
    nivå: utfall
    slut: 2027
    ansvarig: Socialförvaltningen
    delmål: [4]
    målgrupp: Äldre med hemtjänst
    indikatorer:
      - namn: Timmar per brukare och månad
        källa: Verksamhetssystemet
        utgångsläge: {år: 2023, kvinnor: 28.0, män: 34.0}
        mål: {år: 2027, kvinnor: 31.0, män: 31.0}
"""

INVALID_YAML = "organisation: X\ninsatser:\n  - id: a\n    namn: [b\n"
INVALID_PLAN = "organisation: X\ninsatser:\n  - id: a\n    nman: Utbildning\n"
HOSTILE_FILE = "plan, 50%: å ö.yaml"


# --------------------------------------------------------------------------- helpers


def run(*args: str | Path, cwd: Path = ROOT) -> Result:
    """``effektkedja check ARGS --today TODAY`` in ``cwd`` (in-process)."""
    env = dict(os.environ, NO_COLOR="1")
    result = invoke("check", *args, "--today", TODAY, cwd=cwd, env=env)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def output(output_format: str, *args: str | Path, cwd: Path = ROOT, lang: str = "sv") -> str:
    """The command's stdout in ``output_format`` (findings do not make this fail)."""
    result = run(*args, "--format", output_format, "--lang", lang, "--fail-on", "never", cwd=cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout


def expected_findings(paths: list[str], cwd: Path) -> list[Finding]:
    """The findings the engine reports for ``paths`` (as given, relative to ``cwd``)."""
    here = Path.cwd()
    os.chdir(cwd)
    try:
        options = CheckOptions(today=date.fromisoformat(TODAY))
        return [f for result in check_paths(discover(paths), options) for f in result.findings]
    finally:
        os.chdir(here)


def expected_message(finding: Finding, lang: str = "sv") -> str:
    """What the text format shows after the code: ``id: message`` where there is an id."""
    message = describe(finding, lang)
    if finding.initiative is not None and finding.rule not in LOADING_CODES:
        return f"{finding.initiative}: {message}"
    return message


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def schema(name: str) -> Any:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def validate(document: Any, schema_name: str) -> None:
    """Validate with the validator the schema's own ``$schema`` names (all errors listed)."""
    loaded = schema(schema_name)
    validator_class = validator_for(loaded)
    validator_class.check_schema(loaded)
    errors = sorted(validator_class(loaded).iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def assert_uri_reference(uri: str) -> None:
    """``uri`` is a valid, relative URI reference (no scheme, no leading slash)."""
    assert URI_CHARACTERS.match(uri), uri
    assert not urlsplit(uri).scheme, uri
    assert not uri.startswith("/"), uri


# --------------------------------------------------------------------------- github parser


@dataclass(frozen=True)
class Command:
    name: str
    properties: dict[str, str]
    data: str


def unescape_data(value: str) -> str:
    """The runner's ``UnescapeData``: its mappings applied in order, ``%25`` last."""
    for token, replacement in (("\r", "%0D"), ("\n", "%0A"), ("%", "%25")):
        value = value.replace(replacement, token)
    return value


def unescape_property(value: str) -> str:
    """The runner's ``UnescapeProperty``: as data plus ``%3A`` and ``%2C``, ``%25`` last."""
    mappings = (("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C"), ("%", "%25"))
    for token, replacement in mappings:
        value = value.replace(replacement, token)
    return value


def parse_command(line: str) -> Command:
    """One workflow command line as the Actions runner reads it (``TryParseV2``)."""
    assert line.startswith("::"), line
    end = line.index("::", 2)
    info = line[2:end]
    name, _, rest = info.partition(" ")
    properties: dict[str, str] = {}
    for part in rest.strip().split(","):
        if part:
            key, separator, value = part.partition("=")
            assert separator and value, f"property without value in {line!r}"
            properties[key] = unescape_property(value)
    return Command(name, properties, unescape_data(line[end + 2 :]))


def parse_github(text: str) -> list[Command]:
    assert text.endswith("\n")
    return [parse_command(line) for line in text.splitlines()]


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A folder with the hostile plan (under a hostile file name) and the clean plan."""
    write(tmp_path, HOSTILE_FILE, HOSTILE_PLAN)
    write(tmp_path, "ren.yaml", CLEAN_PLAN)
    return tmp_path


# --------------------------------------------------------------------------- github


@given(st.text())
def test_github_escaping_round_trips_through_the_runner(text: str) -> None:
    assert unescape_data(escape_data(text)) == text
    assert unescape_property(escape_property(text)) == text
    assert not set("\r\n") & set(escape_data(text))
    assert not set("\r\n:,") & set(escape_property(text))


def test_github_escaping_matches_the_toolkit() -> None:
    # The toolkit's own escapes: %, CR, LF in data; also : and , in properties.
    assert escape_data("50%\r\n: a,b") == "50%25%0D%0A: a,b"
    assert escape_property("50%\r\n: a,b") == "50%25%0D%0A%3A a%2Cb"
    assert escape_data("%0A") == "%250A"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_github_messages_and_properties_round_trip(hostile: Path, lang: str) -> None:
    paths = [HOSTILE_FILE, "ren.yaml"]
    commands = parse_github(output("github", *paths, cwd=hostile, lang=lang))
    counted = [f for f in expected_findings(paths, hostile) if not f.accepted]
    *body, totals = commands
    assert totals.name == "notice" and not totals.properties
    annotations = [c for c in body if c.name in COMMANDS.values()]

    assert len(annotations) == len(counted)
    for command, finding in zip(annotations, counted, strict=True):
        assert command.name == COMMANDS[finding.severity.value]
        assert command.properties == {
            "file": HOSTILE_FILE,
            "line": str(finding.line),
            "col": str(finding.column),
            "title": f"{finding.rule} {rule(finding.rule).name}",
        }
        assert command.data == expected_message(finding, lang)
    # The hostile texts came through intact, line breaks included.
    datas = "\n".join(c.data for c in annotations)
    assert "Andel 50%, inte: 40 %0A %2C %25 ::warning::falsk" in datas
    assert "Första raden: 50%,\nandra raden, %3A\n" in datas
    assert "rad ett\r\nrad två: 10%, slut" in datas


def test_github_groups_per_file_and_ends_with_the_totals(tmp_path: Path) -> None:
    for example in sorted(EXAMPLES.glob("*.yaml")):
        write(tmp_path, example.name, example.read_text(encoding="utf-8"))
    write(tmp_path, "ren.yaml", CLEAN_PLAN)
    commands = parse_github(output("github", ".", cwd=tmp_path))
    findings = expected_findings(["."], tmp_path)

    *body, last = commands
    assert last == Command("notice", {}, last.data)
    assert "0 fel, 20 varningar, 16 upplysningar" in last.data  # EK307 and EK406 among them
    assert "godtagna undantag" in last.data

    groups: dict[str, list[Command]] = {}
    current: str | None = None
    for command in body:
        if command.name == "group":
            assert current is None, "groups do not nest"
            current = command.data
            groups[current] = []
        elif command.name == "endgroup":
            assert current is not None
            current = None
        else:
            assert current is not None, f"{command} outside a group"
            assert command.properties["file"] == current
            groups[current].append(command)
    assert current is None

    counted = [f for f in findings if not f.accepted]
    # One group per file with counted findings, in checking order; none for the clean plan.
    assert list(groups) == list(dict.fromkeys(Path(f.path).as_posix() for f in counted))
    assert "ren.yaml" not in groups
    # Exactly the counted findings are annotated, each once; accepted ones are not.
    annotated = [
        (path, c.properties["title"].split()[0], int(c.properties["line"]))
        for path, group in groups.items()
        for c in group
    ]
    assert annotated == [(Path(f.path).as_posix(), f.rule, f.line) for f in counted]
    assert len(counted) < len(findings)


def test_github_with_no_findings_is_only_the_totals(tmp_path: Path) -> None:
    write(tmp_path, "ren.yaml", CLEAN_PLAN)
    commands = parse_github(output("github", "ren.yaml", cwd=tmp_path))
    assert [c.name for c in commands] == ["notice"]
    assert commands[0].properties == {}


def test_github_unreadable_plan(tmp_path: Path) -> None:
    write(tmp_path, "trasig.yaml", INVALID_YAML)
    commands = parse_github(output("github", "trasig.yaml", cwd=tmp_path))
    assert [c.name for c in commands] == ["group", "error", "endgroup", "notice"]
    assert commands[1].properties["title"] == "EK001 invalid-yaml"
    assert commands[1].properties["file"] == "trasig.yaml"


# --------------------------------------------------------------------------- sarif


def sarif(*args: str | Path, cwd: Path = ROOT, lang: str = "sv") -> dict[str, Any]:
    document: dict[str, Any] = json.loads(output("sarif", *args, cwd=cwd, lang=lang))
    validate(document, "sarif-schema-2.1.0.json")
    return document


def test_sarif_schema_copy_is_the_oasis_one() -> None:
    loaded = schema("sarif-schema-2.1.0.json")
    assert loaded["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert "sarif-2.1.0" in loaded["id"] or "sarif-schema-2.1.0" in loaded["id"]


def test_sarif_examples_validate_and_describe_every_rule() -> None:
    top_level = [f"examples/{p.name}" for p in sorted(EXAMPLES.glob("*.yaml"))]
    document = sarif(*top_level)
    assert document["version"] == "2.1.0"
    assert document["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    [run_] = document["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "effektkedja"
    assert driver["version"]
    assert urlsplit(driver["informationUri"]).scheme == "https"

    rules = driver["rules"]
    assert [r["id"] for r in rules] == list(CODES)
    for descriptor in rules:
        info = rule(descriptor["id"])
        assert descriptor["name"] == info.name
        assert descriptor["shortDescription"]["text"]
        assert descriptor["fullDescription"]["text"]
        assert "\n" not in descriptor["fullDescription"]["text"]
        assert descriptor["help"]["markdown"].startswith("## ")
        assert descriptor["help"]["text"] == descriptor["help"]["markdown"]
        assert descriptor["defaultConfiguration"]["level"] == SARIF_LEVELS[info.severity.value]

    findings = expected_findings(top_level, ROOT)
    results = run_["results"]
    assert len(results) == len(findings)  # accepted findings included
    for result, finding in zip(results, findings, strict=True):
        assert result["ruleId"] == finding.rule
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] == SARIF_LEVELS[finding.severity.value]
        assert result["message"]["text"] == expected_message(finding)
        [location] = result["locations"]
        physical = location["physicalLocation"]
        assert physical["region"] == {"startLine": finding.line, "startColumn": finding.column}
        assert physical["region"]["startLine"] >= 1 and physical["region"]["startColumn"] >= 1
        artifact = physical["artifactLocation"]
        assert artifact["uriBaseId"] == "%SRCROOT%"
        assert_uri_reference(artifact["uri"])
        assert artifact["uri"] == Path(finding.path).as_posix()
        assert run_["artifacts"][artifact["index"]]["location"]["uri"] == artifact["uri"]
        if finding.initiative is not None:
            assert result["properties"]["initiative"] == finding.initiative
        if finding.accepted:
            [suppression] = result["suppressions"]
            assert suppression["kind"] == "inSource"
            assert suppression["justification"] == finding.reason
        else:
            assert "suppressions" not in result
    assert sum("suppressions" in r for r in results) == 2

    base = run_["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base.startswith("file://") and base.endswith("/")


def test_sarif_is_the_same_from_run_to_run() -> None:
    assert output("sarif", "examples") == output("sarif", "examples")


def test_sarif_english(hostile: Path) -> None:
    document = sarif(HOSTILE_FILE, cwd=hostile, lang="en")
    driver = document["runs"][0]["tool"]["driver"]
    assert driver["rules"][list(CODES).index("EK102")]["help"]["markdown"].startswith(
        "## What it checks"
    )
    findings = expected_findings([HOSTILE_FILE], hostile)
    messages = [r["message"]["text"] for r in document["runs"][0]["results"]]
    assert messages == [expected_message(f, "en") for f in findings]


def test_sarif_results_are_a_list_without_findings(tmp_path: Path) -> None:
    write(tmp_path, "ren.yaml", CLEAN_PLAN)
    [run_] = sarif("ren.yaml", cwd=tmp_path)["runs"]
    assert run_["results"] == []
    assert [a["location"]["uri"] for a in run_["artifacts"]] == ["ren.yaml"]


def test_sarif_hostile_names_and_absolute_paths(hostile: Path) -> None:
    # An absolute path below the current directory still gives a relative URI,
    # percent-encoded (space, %, : and non-ASCII) so it reads back as the file name.
    document = sarif(hostile / HOSTILE_FILE, cwd=hostile)
    [run_] = document["runs"]
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run_["results"]
    }
    assert uris == {"plan%2C%2050%25%3A%20%C3%A5%20%C3%B6.yaml"}
    for uri in uris:
        assert_uri_reference(uri)
        assert unquote(uri) == HOSTILE_FILE
    suppressed = [r for r in run_["results"] if "suppressions" in r]
    assert suppressed and {r["ruleId"] for r in suppressed} == {"EK204"}
    for result in suppressed:
        assert result["suppressions"] == [{"kind": "inSource", "justification": MOTIVERING}]


def test_sarif_unreadable_and_invalid_plans(tmp_path: Path) -> None:
    write(tmp_path, "trasig.yaml", INVALID_YAML)
    write(tmp_path, "ogiltig.yaml", INVALID_PLAN)
    [run_] = sarif(".", cwd=tmp_path)["runs"]
    assert {r["ruleId"] for r in run_["results"]} == {"EK001", "EK002"}
    assert len(run_["artifacts"]) == 2


# --------------------------------------------------------------------------- gitlab


def gitlab(*args: str | Path, cwd: Path = ROOT) -> list[dict[str, Any]]:
    text = output("gitlab", *args, cwd=cwd)
    assert not text.startswith("\ufeff"), "GitLab rejects a byte order mark"
    document: list[dict[str, Any]] = json.loads(text)
    validate(document, "gitlab-codequality.json")
    return document


def test_gitlab_examples(tmp_path: Path) -> None:
    report = gitlab("examples")
    counted = [f for f in expected_findings(["examples"], ROOT) if not f.accepted]
    assert len(report) == len(counted)
    for item, finding in zip(report, counted, strict=True):
        assert item["check_name"] == finding.rule
        assert item["severity"] == GITLAB_SEVERITIES[finding.severity.value]
        assert item["description"] == expected_message(finding)
        assert item["location"] == {
            "path": Path(finding.path).as_posix(),
            "lines": {"begin": finding.line},
        }
    fingerprints = [item["fingerprint"] for item in report]
    assert len(set(fingerprints)) == len(fingerprints)
    assert fingerprints == [item["fingerprint"] for item in gitlab("examples")]


def test_gitlab_hostile_plan(hostile: Path) -> None:
    report = gitlab(hostile / HOSTILE_FILE, cwd=hostile)
    counted = [f for f in expected_findings([HOSTILE_FILE], hostile) if not f.accepted]
    assert [item["description"] for item in report] == [expected_message(f) for f in counted]
    assert {item["location"]["path"] for item in report} == {HOSTILE_FILE}
    assert "EK204" not in {item["check_name"] for item in report}  # accepted
    # The two identical findings (same indicator name, no baseline) stay apart.
    same = [
        i for i in report if i["check_name"] == "EK203" and "Samma indikator" in i["description"]
    ]
    assert len(same) == 2
    assert same[0]["fingerprint"] != same[1]["fingerprint"]
    fingerprints = [item["fingerprint"] for item in report]
    assert len(set(fingerprints)) == len(fingerprints)


def test_gitlab_empty_report(tmp_path: Path) -> None:
    write(tmp_path, "ren.yaml", CLEAN_PLAN)
    assert gitlab("ren.yaml", cwd=tmp_path) == []


# --------------------------------------------------------------------------- fingerprints


def test_fingerprints_survive_edits_above_a_finding(tmp_path: Path) -> None:
    write(tmp_path, "plan.yaml", HOSTILE_PLAN)
    before_gitlab = gitlab("plan.yaml", cwd=tmp_path)
    before_sarif = sarif("plan.yaml", cwd=tmp_path)["runs"][0]["results"]

    write(tmp_path, "plan.yaml", "# Reviderad plan\n# efter dialog med nämnden\n\n" + HOSTILE_PLAN)
    after_gitlab = gitlab("plan.yaml", cwd=tmp_path)
    after_sarif = sarif("plan.yaml", cwd=tmp_path)["runs"][0]["results"]

    # Plan-level findings (EK406) stay at line 1 (SPEC.md section 5); the others move.
    assert [i["location"]["lines"]["begin"] for i in after_gitlab] == [
        i["location"]["lines"]["begin"] + (0 if i["check_name"] == "EK406" else 3)
        for i in before_gitlab
    ]
    assert [i["fingerprint"] for i in after_gitlab] == [i["fingerprint"] for i in before_gitlab]
    assert [r["partialFingerprints"] for r in after_sarif] == [
        r["partialFingerprints"] for r in before_sarif
    ]
    prints = [r["partialFingerprints"]["effektkedja/v1"] for r in after_sarif]
    assert len(set(prints)) == len(prints)


def test_fingerprints_change_with_what_the_finding_is_about(tmp_path: Path) -> None:
    write(tmp_path, "plan.yaml", HOSTILE_PLAN)
    before = [(i["description"], i["fingerprint"]) for i in gitlab("plan.yaml", cwd=tmp_path)]
    write(tmp_path, "plan.yaml", HOSTILE_PLAN.replace("Första raden", "Översta raden"))
    after = [(i["description"], i["fingerprint"]) for i in gitlab("plan.yaml", cwd=tmp_path)]
    # Renaming an indicator changes the fingerprints of its findings and of nothing else.
    assert len(before) == len(after)
    for (old_text, old_print), (new_text, new_print) in zip(before, after, strict=True):
        renamed = "Första raden" in old_text
        assert (old_print != new_print) is renamed
        assert (old_text != new_text) is renamed


@pytest.mark.parametrize("form", ["../planer/plan.yaml", "./plan.yaml", "absolute"])
def test_paths_are_relative_to_the_current_directory(tmp_path: Path, form: str) -> None:
    folder = tmp_path / "planer"
    folder.mkdir()
    plan = write(folder, "plan.yaml", HOSTILE_PLAN)
    argument = str(plan) if form == "absolute" else form

    github = parse_github(output("github", argument, cwd=folder))
    assert {c.properties["file"] for c in github if "file" in c.properties} == {"plan.yaml"}
    assert github[0] == Command("group", {}, "plan.yaml")
    [run_] = sarif(argument, cwd=folder)["runs"]
    assert {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run_["results"]
    } == {"plan.yaml"}
    assert {i["location"]["path"] for i in gitlab(argument, cwd=folder)} == {"plan.yaml"}


# --------------------------------------------------------------------------- exit codes


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize(
    ("fail_on", "examples_code", "invalid_code"),
    [("error", 0, 1), ("warning", 1, 1), ("info", 1, 1), ("never", 0, 0)],
)
def test_exit_codes_follow_fail_on(
    tmp_path: Path, output_format: str, fail_on: str, examples_code: int, invalid_code: int
) -> None:
    # The top-level examples have warnings and infos but no errors (the portfolio
    # folder holds two plans that are broken on purpose); an invalid plan has errors.
    examples = [f"examples/{p.name}" for p in sorted(EXAMPLES.glob("*.yaml"))]
    result = run(*examples, "--format", output_format, "--fail-on", fail_on)
    assert result.returncode == examples_code, result.stderr
    assert result.stdout

    write(tmp_path, "ogiltig.yaml", INVALID_PLAN)
    result = run("ogiltig.yaml", "--format", output_format, "--fail-on", fail_on, cwd=tmp_path)
    assert result.returncode == invalid_code, result.stderr
    assert result.stdout


@pytest.mark.parametrize("output_format", FORMATS)
def test_accepted_findings_do_not_fail(tmp_path: Path, output_format: str) -> None:
    # A plan whose only finding is accepted passes even --fail-on info; only SARIF
    # reports the accepted finding (as suppressed).
    exception = (
        '    undantag:\n      - regel: EK301\n        motivering: "Saknas: 50%, se ärendet."\n'
    )
    plan = CLEAN_PLAN.replace(
        "    ansvarig: Socialförvaltningen\n    delmål: [4]\n", "    delmål: [4]\n" + exception
    )
    write(tmp_path, "plan.yaml", plan)
    [finding] = expected_findings(["plan.yaml"], tmp_path)
    assert (finding.rule, finding.accepted) == ("EK301", True)
    result = run("plan.yaml", "--format", output_format, "--fail-on", "info", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    if output_format == "sarif":
        [reported] = json.loads(result.stdout)["runs"][0]["results"]
        assert reported["ruleId"] == "EK301" and reported["suppressions"]
    else:
        assert "EK301" not in result.stdout


def test_github_messages_show_control_and_bidi_characters_visibly(tmp_path: Path) -> None:
    plan = 'organisation: X\ninsatser:\n  - id: "a\\e[2J\\u202Eper kön"\n    namn: Kurs\n'
    write(tmp_path, "plan.yaml", plan)
    out = output("github", "plan.yaml", cwd=tmp_path)
    assert "\x1b" not in out and "\u202e" not in out
    assert "<U+001B>[2J<U+202E>per kön" in out


# --------------------------------------------------------------------------- large runs


@pytest.mark.parametrize("output_format", ["json", "sarif", "gitlab"])
def test_a_large_run_is_written_compactly_with_the_same_content(
    monkeypatch: pytest.MonkeyPatch, output_format: str
) -> None:
    """Past the size where indenting costs seconds, the document is compact: one line,
    the same data, and (for the CI formats) the same fingerprints."""
    check_command = importlib.import_module("effektkedja.commands.check")
    arguments = ["check", "--today", TODAY, "--format", output_format, str(EXAMPLES)]
    indented = invoke(*arguments)
    monkeypatch.setattr(check_command, "PRETTY_INPUT_BYTES", 0)
    compact = invoke(*arguments)
    assert indented.returncode == compact.returncode == 1
    assert indented.stdout.count("\n") > 100
    assert compact.stdout.count("\n") == 1 and compact.stdout.endswith("\n")
    assert json.loads(compact.stdout) == json.loads(indented.stdout)


def test_a_plan_is_written_before_the_next_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """JSON is written plan by plan, so a long run never holds every result at once."""
    engine = importlib.import_module("effektkedja.engine")
    original = engine.check_file
    written: list[str] = []
    out = io.StringIO()

    def check_file(path: Path, options: CheckOptions) -> Any:
        written.append(out.getvalue())  # what was written before this file was read
        return original(path, options)

    monkeypatch.setattr(engine, "check_file", check_file)
    monkeypatch.setattr(sys, "stdout", out)
    main(["check", "--today", TODAY, "--format", "json", "--jobs", "1", str(EXAMPLES)])
    assert len(written) >= 3
    for before, plans in ((written[1], 1), (written[2], 2)):
        assert before.startswith('{\n  "schema_version": 1,\n  "plans": [')
        assert before.count('\n      "organisation": ') == plans
