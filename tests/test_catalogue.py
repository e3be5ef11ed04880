"""The rule catalogue commands (`rules`, `explain`), the generated docs and `init`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from effektkedja.commands.init import starter_plan
from effektkedja.render.catalogue import rules_markdown
from effektkedja.rules import CODES
from tests.cli import Result, invoke
from tests.conftest import ROOT, TODAY, check_text


def run(*args: str, cwd: Path = ROOT) -> Result:
    result = invoke(*args, cwd=cwd, env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"})
    assert "Traceback" not in result.stderr
    return result


@pytest.mark.parametrize(("lang", "page"), [("sv", "rules.md"), ("en", "rules.en.md")])
def test_docs_rules_page_is_up_to_date(lang: str, page: str) -> None:
    """docs/rules*.md are generated; regenerate with `effektkedja rules --format markdown`."""
    on_disk = (ROOT / "docs" / page).read_text(encoding="utf-8")
    assert on_disk == rules_markdown(lang), (
        f"docs/{page} is out of date: run "
        f"`effektkedja rules --format markdown --lang {lang} > docs/{page}`"
    )


def test_rules_lists_every_rule_with_severity() -> None:
    result = run("rules")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["kod", "grad"]
    assert "chain-stops-short" not in result.stdout  # English names only in English
    listed = {line.split()[0]: line.split()[1] for line in lines[1:]}
    assert set(listed) == set(CODES)
    assert listed["EK001"] == "fel" and listed["EK102"] == "varning"
    assert listed["EK304"] == "upplysning"
    english = run("rules", "--lang", "en").stdout.splitlines()
    assert english[0].split()[:3] == ["code", "name", "severity"]
    assert "EK102  chain-stops-short" in "\n".join(english)


def test_rules_json_and_english() -> None:
    result = run("rules", "--format", "json", "--lang", "en")
    catalogue = json.loads(result.stdout)
    assert [entry["code"] for entry in catalogue] == list(CODES)
    ek206 = next(entry for entry in catalogue if entry["code"] == "EK206")
    assert ek206["severity"] == "warning" and ek206["name"] == "gap-widened"
    assert "women" in ek206["title"].lower()


@pytest.mark.parametrize("code", ["EK102", "ek102", "chain-stops-short"])
def test_explain_accepts_code_or_name(code: str) -> None:
    result = run("explain", code)
    assert result.returncode == 0
    # Piped, the Markdown is plain text: headings underlined, code indented, no markup.
    lines = result.stdout.splitlines()
    assert lines[0] == "EK102: Kedjan stannar före utfall"
    assert set(lines[1]) == {"="} and len(lines[1]) == len(lines[0])
    for heading in ("Vad regeln kontrollerar", "Varför det spelar roll", "Så åtgärdar du"):
        assert heading in lines and set(lines[lines.index(heading) + 1]) == {"-"}
    assert "    organisation: Region Exempel" in lines
    assert "```" not in result.stdout and "`" not in result.stdout and "**" not in result.stdout


def test_explain_in_english() -> None:
    result = run("explain", "EK304", "--lang", "en")
    lines = result.stdout.splitlines()
    assert lines[0] == "EK304 product-without-decision: The product has no decision"
    assert "How to fix" in lines and "note" in lines


def test_explain_unknown_code_is_a_usage_error_with_suggestion() -> None:
    result = run("explain", "EK10")
    assert result.returncode == 2
    assert "EK10" in result.stderr and "menade du" in result.stderr
    assert result.stdout == ""


def test_init_writes_a_plan_that_checks_with_only_what_it_demonstrates(tmp_path: Path) -> None:
    result = run("init", "min-plan.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "min-plan.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    checked = run("check", "min-plan.yaml", "--format", "json", cwd=tmp_path)
    assert checked.returncode == 0
    findings = json.loads(checked.stdout)["findings"]
    # The comments promise exactly: EK204 (info) and an accepted EK304.
    assert sorted((f["rule"], f["accepted"]) for f in findings) == [
        ("EK204", False),
        ("EK304", True),
    ]
    assert "EK204" in text and "EK304" in text
    levels = [i["level"] for i in json.loads(checked.stdout)["plans"][0]["initiatives"]]
    assert levels == ["aktivitet", "produkt", "arbetssätt", "utfall", "samhällseffekt"]


def test_init_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("organisation: Min egen plan\n", encoding="utf-8")
    result = run("init", cwd=tmp_path)
    assert result.returncode == 2
    assert "plan.yaml" in result.stderr
    assert target.read_text(encoding="utf-8") == "organisation: Min egen plan\n"


def test_init_refuses_a_folder(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").mkdir()
    assert run("init", cwd=tmp_path).returncode == 2


@pytest.mark.parametrize("year", [2024, 2026, 2030])
def test_starter_plan_is_clean_in_any_year_it_is_written(year: int) -> None:
    """Dates follow the year it is written, so the starter never starts out overdue."""
    today = TODAY.replace(year=year, month=12, day=31)
    result = check_text(starter_plan("plan.yaml", today), today=today)
    assert sorted(f.rule for f in result.findings) == ["EK204", "EK304"]
