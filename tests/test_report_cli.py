"""`effektkedja report` end to end: stdout, -o safety, templates, language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from tests.cli import Result, invoke
from tests.conftest import EXAMPLES

TODAY = "2026-11-23"


def run(*args: str | Path, cwd: Path | None = None) -> Result:
    env = {k: v for k, v in os.environ.items() if k != "FORCE_COLOR"}
    env["NO_COLOR"] = "1"
    result = invoke(*args, cwd=cwd, env=env)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


def test_report_to_stdout_is_markdown_with_every_section() -> None:
    result = run("report", EXAMPLES / "kommun-hemtjanst.yaml", "--today", TODAY)
    assert result.returncode == 0
    tokens = MarkdownIt("commonmark").enable("table").parse(result.stdout)
    headings = [
        t.content
        for i, t in enumerate(tokens)
        if i and tokens[i - 1].type == "heading_open" and t.type == "inline"
    ]
    assert headings[0] == "Ekbacka kommun: planen mot effektkedjan"
    assert any(t.type == "fence" and t.info == "mermaid" for t in tokens)
    for heading in ("Sammanfattning", "Indikatorer"):
        assert any(heading in h for h in headings), headings


def test_report_in_english() -> None:
    result = run("report", EXAMPLES / "region-projektmedel.yaml", "--lang", "en", "--today", TODAY)
    assert result.returncode == 0
    assert "## Summary" in result.stdout


def test_output_file_is_written_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "rapport.md"
    result = run("report", EXAMPLES, "-o", target, "--today", TODAY)
    # examples/portfolio holds two plans that cannot be read: exit 1, report written.
    assert result.returncode == 1 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.md"]


def test_output_never_overwrites_an_input(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    original = (EXAMPLES / "kommun-hemtjanst.yaml").read_bytes()
    plan.write_bytes(original)
    link = tmp_path / "länk.md"
    link.symlink_to(plan)
    for target in (plan, link, tmp_path / "." / "plan.yaml"):
        result = run("report", tmp_path, "-o", target, "--today", TODAY)
        assert result.returncode == 2, target
        assert plan.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["länk.md", "plan.yaml"]


def test_an_existing_report_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "rapport.md"
    target.write_text("gammal rapport\n", encoding="utf-8")
    assert (
        run("report", EXAMPLES / "kommun-hemtjanst.yaml", "-o", target, "--today", TODAY).returncode
        == 0
    )
    assert "gammal rapport" not in target.read_text(encoding="utf-8")


def test_a_broken_template_gives_exit_2_and_no_file(tmp_path: Path) -> None:
    template = tmp_path / "mall.md.j2"
    template.write_text("# {{ title }\n", encoding="utf-8")
    target = tmp_path / "rapport.md"
    result = run("report", EXAMPLES / "kommun-hemtjanst.yaml", "--template", template, "-o", target)
    assert result.returncode == 2
    assert "mall.md.j2" in result.stderr
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mall.md.j2"]


def test_a_missing_template_is_a_usage_error(tmp_path: Path) -> None:
    result = run(
        "report", EXAMPLES / "kommun-hemtjanst.yaml", "--template", tmp_path / "finns-inte.j2"
    )
    assert result.returncode == 2 and "finns-inte.j2" in result.stderr


def test_the_documented_custom_template_works() -> None:
    template = EXAMPLES.parent / "docs" / "examples" / "kort-rapport.md.j2"
    result = run("report", EXAMPLES, "--template", template, "--today", TODAY)
    assert result.returncode == 1  # two plans in examples/portfolio cannot be read
    for organisation in ("Ekbacka kommun", "Region Norrvik"):
        assert organisation in result.stdout


@pytest.mark.parametrize("args", [["report"], ["report", "finns-inte.yaml"]])
def test_usage_errors(args: list[str], tmp_path: Path) -> None:
    assert run(*args, cwd=tmp_path).returncode == 2


def test_a_broken_plan_is_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "trasig.yaml").write_text("organisation: [\n", encoding="utf-8")
    result = run("report", tmp_path, "--today", TODAY)
    # Like check: a plan that cannot be read exits 1, and the report says why.
    assert result.returncode == 1
    assert "trasig.yaml" in result.stdout
