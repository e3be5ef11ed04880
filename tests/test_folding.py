"""EK109 gathers the EK102 of a plan that is a list without links (``Rule.folds``).

Text output and reports show them under the one EK109 finding; JSON, SARIF and
the CI formats keep every EK102; every format's summary counts agree.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from effektkedja.cli import main
from effektkedja.engine import Summary
from effektkedja.render.markdown import render_report
from tests.conftest import TODAY, check_text

#: Aktivitet and produkt that lead nowhere, and an utfall: a list, not a chain.
LIST_PLAN = """\
organisation: Listkommunen
ansvarig: Kommunstyrelsen
period: {från: 2024, till: 2027}
insatser:
  - id: utbildning-chefer
    namn: Utbildning i jämställdhetsintegrering för chefer
    status: genomförd
    slut: 2024-06-30
  - id: kartlaggning-bistand
    namn: Kartläggning av biståndsbeslut per kön
    status: genomförd
    slut: 2025
  - id: checklista-arenden
    namn: Checklista för jämställdhetsanalys i nämndärenden
    status: genomförd
    slut: 2025
    beslut: {datum: 2025-02-01, av: Kommunstyrelsen}
  - id: workshop-politiker
    namn: Workshop om jämställd budget för politiker
    status: genomförd
    slut: 2025
  - id: fler-man-forskola
    namn: Jämnare könsfördelning bland sökande till förskolan
    nivå: utfall
    status: pågående
    slut: 2027
    delmål: [ekonomi]
    målgrupp: Arbetssökande
    indikatorer:
      - namn: Sökande till förskollärartjänster
        enhet: antal
        källa: Rekryteringssystemet
        utgångsläge: {år: 2023, kvinnor: 180, män: 20}
        mål: {år: 2027, kvinnor: 150, män: 50}
        mätningar:
          - {år: 2025, kvinnor: 170, män: 30}
"""
STOPPING = [
    "utbildning-chefer",
    "kartlaggning-bistand",
    "checklista-arenden",
    "workshop-politiker",
]
COUNTS = re.compile(r"(\d+) fel, (\d+) varning(?:ar)?, (\d+) upplysning(?:ar)?")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main([*args, "--today", TODAY.isoformat(), "--no-color"])
    return code, capsys.readouterr().out


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "lista.yaml"
    path.write_text(LIST_PLAN, encoding="utf-8")
    return path


def test_the_plan_has_ek109_and_every_ek102() -> None:
    result = check_text(LIST_PLAN)
    assert [f.rule for f in result.findings if f.rule in ("EK102", "EK109")] == [
        "EK109",
        *["EK102"] * len(STOPPING),
    ]
    assert [f.initiative for f in result.findings if f.rule == "EK102"] == STOPPING


def test_text_shows_the_ek102_gathered_under_ek109(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out = run(capsys, "check", str(plan))
    lines = out.splitlines()
    [at] = [n for n, line in enumerate(lines) if " EK109 " in line]
    assert lines[at].startswith(f"{plan}:4:1: EK109 planen är en lista med 5 insatser")
    gathered = lines[at + 1]
    assert gathered == (
        "    ↳ EK102 Kedjan stannar före utfall: 4 insatser (" + ", ".join(STOPPING) + ")"
    )
    # No EK102 line of its own: the four findings are that one line.
    assert not [line for line in lines if re.search(r":\d+:\d+: EK102 ", line)]
    # The totals still count them, and say that they were gathered. (EK406: no problem stated.)
    assert "0 fel, 6 varningar, 4 upplysningar · 4 av dem samlade under EK109" in out


def test_text_in_english(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, "check", str(plan), "--lang", "en")
    assert "    ↳ EK102 The chain stops short of an outcome: 4 initiatives (" in out
    assert "0 errors, 6 warnings, 4 notes · 4 of them gathered under EK109" in out


def test_verbose_text_shows_each_gathered_finding_indented(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out = run(capsys, "check", str(plan), "-v")
    indented = [line for line in out.splitlines() if re.match(r"    \S+:\d+:\d+: EK102 ", line)]
    assert [line.split(" EK102 ")[1].split(":")[0] for line in indented] == STOPPING
    assert "4 av dem samlade under EK109" in out


def test_without_ek109_each_ek102_is_its_own_line(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out = run(capsys, "check", str(plan), "--ignore", "EK109")
    assert len(re.findall(rf"^{re.escape(str(plan))}:\d+:\d+: EK102 ", out, re.MULTILINE)) == 4
    assert "↳" not in out and "samlade" not in out
    assert "0 fel, 5 varningar, 4 upplysningar" in out


def test_an_accepted_ek102_is_not_gathered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = LIST_PLAN.replace(
        "    namn: Workshop om jämställd budget för politiker\n",
        "    namn: Workshop om jämställd budget för politiker\n"
        "    undantag:\n      - regel: EK102\n        motivering: En engångsinsats.\n",
    )
    path = tmp_path / "lista.yaml"
    path.write_text(text, encoding="utf-8")
    _, out = run(capsys, "check", str(path))
    assert "3 insatser (utbildning-chefer, kartlaggning-bistand, checklista-arenden)" in out
    assert "workshop-politiker" not in out.split("↳", 1)[1].splitlines()[0]
    totals = "0 fel, 5 varningar, 4 upplysningar · 3 av dem samlade under EK109 · 1 godtaget"
    assert totals in out
    _, verbose = run(capsys, "check", str(path), "-v")
    accepted = r"^\S+:\d+:\d+: EK102 workshop-politiker: .*\[godtagen: En engångsinsats\.\]$"
    assert re.search(accepted, verbose, re.MULTILINE)


def test_a_long_list_names_the_first_twenty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = "".join(
        f"  - id: kurs-{n:02}\n    namn: Utbildning {n}\n    status: genomförd\n"
        for n in range(1, 26)
    )
    path = tmp_path / "lang.yaml"
    path.write_text(f"organisation: Långa listan\ninsatser:\n{items}", encoding="utf-8")
    _, out = run(capsys, "check", str(path), "--select", "EK1")
    names = ", ".join(f"kurs-{n:02}" for n in range(1, 21))
    assert f"    ↳ EK102 Kedjan stannar före utfall: 25 insatser ({names} och 5 till)" in out
    assert "25 av dem samlade under EK109" in out


def _totals_text(out: str) -> tuple[int, int, int]:
    errors, warnings, infos = COUNTS.search(out).groups()  # type: ignore[union-attr]
    return int(errors), int(warnings), int(infos)


def test_every_format_counts_the_same(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Text gathers, the others list: the totals agree all the same."""
    other = tmp_path / "annan.yaml"  # a second plan with findings of every severity
    other.write_text(
        LIST_PLAN.replace("Listkommunen", "Annan kommun")
        .replace("ansvarig: Kommunstyrelsen\n", "")
        .replace("    beslut: {datum: 2025-02-01, av: Kommunstyrelsen}\n", ""),
        encoding="utf-8",
    )
    paths = [str(plan), str(other)]

    _, text = run(capsys, "check", *paths)
    _, raw = run(capsys, "check", *paths, "--format", "json")
    summary = json.loads(raw)["summary"]
    from_json = (summary["errors"], summary["warnings"], summary["infos"])
    assert from_json == _totals_text(text)
    assert from_json[1] > 0 and from_json[2] > 0

    _, github = run(capsys, "check", *paths, "--format", "github")
    listed = [line.split(" ", 1)[0] for line in github.splitlines() if " file=" in line]
    assert (
        listed.count("::error"),
        listed.count("::warning"),
        listed.count("::notice"),
    ) == (from_json)
    assert _totals_text(github) == from_json

    _, sarif = run(capsys, "check", *paths, "--format", "sarif")
    results = [r for run_ in json.loads(sarif)["runs"] for r in run_["results"]]
    levels = [r["level"] for r in results if not r.get("suppressions")]
    assert (
        levels.count("error"),
        levels.count("warning"),
        levels.count("note"),
    ) == from_json
    assert sum(1 for r in results if r["ruleId"] == "EK102") == 8


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_markdown_report_gathers_the_ek102_under_ek109(lang: str) -> None:
    result = check_text(LIST_PLAN)
    summary = Summary()
    summary.add(result)
    report = render_report([result], summary, lang, TODAY)
    heading = (
        "Planen är en lista utan länkar" if lang == "sv" else "The plan is a list without links"
    )
    start = report.index(f"**EK109 · {heading}** (1)")
    note = (
        "Fyndet samlar 4 fynd om enskilda insatser:"
        if lang == "sv"
        else ("This finding gathers 4 findings on single initiatives:")
    )
    gathered = report.index(note, start)
    items = re.findall(r"^- `([^`]+)` \(", report[gathered:], re.MULTILINE)[: len(STOPPING)]
    assert items == STOPPING
    assert "**EK102 ·" not in report  # no group of its own
    # The note is a paragraph of its own, not text run on into the EK109 item.
    tokens = MarkdownIt("commonmark").parse(report)
    [inline] = [t for t in tokens if t.type == "inline" and t.content == note]
    assert inline.level == 1  # inside a top-level paragraph, not a list item
    warnings = "Varningar (6)" if lang == "sv" else "Warnings (6)"
    assert warnings in report
