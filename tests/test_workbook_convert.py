"""``effektkedja convert IN -o OUT``: both ways, never over a file it was not told to replace."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from effektkedja.commands.convert import run_convert
from effektkedja.loader import load
from effektkedja.model import KEY_ALIASES
from effektkedja.validate import validate
from effektkedja.workbook import load_workbook
from tests.conftest import EXAMPLES
from tests.test_workbook_reader import typed_by_hand
from tests.test_workbook_roundtrip import as_meant

EXAMPLE = EXAMPLES / "kommun-hemtjanst.yaml"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLE, tmp_path / "plan.yaml")
    return tmp_path


def test_yaml_to_workbook_and_back(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_convert("plan.yaml", "plan.xlsx") == 0
    out, err = capsys.readouterr()
    assert out == "skrev plan.xlsx\n"
    assert err == (
        "obs: kommentarerna i plan.yaml följer inte med; YAML-kommentarer kan inte föras över\n"
    )
    assert run_convert("plan.xlsx", "tillbaka.yml") == 0
    out, err = capsys.readouterr()
    assert (out, err) == ("skrev tillbaka.yml\n", "")  # a workbook has no comments to lose
    original = load(EXAMPLE.read_bytes(), KEY_ALIASES)
    back = load((folder / "tillbaka.yml").read_bytes(), KEY_ALIASES)
    assert back.problems == []
    assert as_meant(back.data) == as_meant(original.data)
    assert validate(back)[0] == validate(original)[0]
    workbook = load_workbook((folder / "plan.xlsx").read_bytes(), KEY_ALIASES)
    assert workbook.problems == [] and workbook.data == back.data
    assert sorted(path.name for path in folder.iterdir()) == [
        "plan.xlsx",
        "plan.yaml",
        "tillbaka.yml",
    ]


def test_english_and_a_workbook_to_a_workbook(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_convert("plan.yaml", "plan.xlsx", lang="en") == 0
    assert run_convert("plan.xlsx", "ny.XLSX", lang="en") == 0  # a fresh template of the plan
    out, err = capsys.readouterr()
    assert out == "wrote plan.xlsx\nwrote ny.XLSX\n"
    assert err.startswith("note: the comments in plan.yaml are not carried over")
    first = load_workbook((folder / "plan.xlsx").read_bytes(), KEY_ALIASES)
    second = load_workbook((folder / "ny.XLSX").read_bytes(), KEY_ALIASES)
    assert first.data == second.data


def test_an_existing_file_is_replaced_only_with_force(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "plan.xlsx").write_bytes(b"someone's workbook")
    assert run_convert("plan.yaml", "plan.xlsx") == 2
    _, err = capsys.readouterr()
    assert (
        err
        == "effektkedja: fel: plan.xlsx finns redan; lägg till --force för att skriva över den\n"
    )
    assert (folder / "plan.xlsx").read_bytes() == b"someone's workbook"
    assert run_convert("plan.yaml", "plan.xlsx", force=True) == 0
    assert load_workbook((folder / "plan.xlsx").read_bytes(), KEY_ALIASES).problems == []


def test_the_input_is_never_written(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (folder / "plan.yaml").read_bytes()
    (folder / "länk.yaml").symlink_to(folder / "plan.yaml")
    assert run_convert("plan.yaml", "plan.yaml", force=True) == 2
    assert run_convert("plan.yaml", "./länk.yaml", force=True) == 2
    _, err = capsys.readouterr()
    assert err.count("vägrar skriva över en plan som läses") == 2
    assert (folder / "plan.yaml").read_bytes() == before


@pytest.mark.parametrize(
    ("source", "output", "message"),
    [
        ("plan.yaml", "plan.csv", "okänd filtyp: plan.csv; använd .yaml, .yml eller .xlsx"),
        ("plan.txt", "plan.xlsx", "okänd filtyp: plan.txt; använd .yaml, .yml eller .xlsx"),
        ("saknas.yaml", "plan.xlsx", "sökvägen finns inte: saknas.yaml"),
        ("mapp.yaml", "plan.xlsx", "mapp.yaml är ingen fil"),
        (
            "plan.yaml",
            "saknad-mapp/plan.xlsx",
            "mappen för utfilen finns inte: saknad-mapp/plan.xlsx",
        ),
    ],
)
def test_usage_errors_exit_2(
    folder: Path, capsys: pytest.CaptureFixture[str], source: str, output: str, message: str
) -> None:
    (folder / "mapp.yaml").mkdir()
    (folder / "plan.txt").write_text("organisation: X\ninsatser: []\n")
    assert run_convert(source, output) == 2
    assert capsys.readouterr().err == f"effektkedja: fel: {message}\n"
    assert not (folder / "plan.xlsx").exists()


@pytest.mark.parametrize(
    "example", ["portfolio/kommun-vallsjo.yaml", "portfolio/myndighet-studievagledning.yaml"]
)
def test_an_invalid_plan_is_not_converted(
    example: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.xlsx"
    source = str(EXAMPLES / example)
    assert run_convert(source, str(target)) == 1
    _, err = capsys.readouterr()
    lines = err.splitlines()
    assert lines[-1] == (
        f"effektkedja: fel: {source} är ingen giltig plan och konverteras inte; "
        "rätta felen ovan först"
    )
    assert all(line.startswith(f"{source}:") for line in lines[:-1]) and len(lines) > 1
    assert any(" EK001 " in line or " EK002 " in line for line in lines)
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_an_invalid_workbook_shows_its_findings_at_cells(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plan.xlsx").write_bytes(typed_by_hand())
    assert run_convert(str(tmp_path / "plan.xlsx"), str(tmp_path / "plan.yaml")) == 1
    lines = capsys.readouterr().err.splitlines()
    where = [line.split(": ")[0].rsplit(":", 1)[-1] for line in lines[:-1]]
    assert where == ["Plan!A5", "Insatser!F1", "Indikatorer!G3", "Indikatorer!C4", "Insatser!C5"]
    assert lines[1] == (
        f"{tmp_path / 'plan.xlsx'}:Insatser!F1: EK002 okänd kolumn ”målgrup” på bladet Insatser "
        "(menade du ”målgrupp”?)"
    )
    assert not (tmp_path / "plan.yaml").exists()


def test_a_plan_a_workbook_cannot_hold_is_not_written(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "plan.yaml").write_text('organisation: "Klocka\\a"\ninsatser: []\n', encoding="utf-8")
    assert run_convert("plan.yaml", "plan.xlsx") == 1
    err = capsys.readouterr().err
    assert err == (
        "effektkedja: fel: plan.xlsx kan inte skrivas: texten i organisation innehåller "
        "tecknet U+0007 (ett styrtecken), som en arbetsbok inte kan lagra\n"
    )
    assert sorted(os.listdir(folder)) == ["plan.yaml"]  # no workbook, no temporary file


def test_control_characters_in_findings_are_not_sent_to_the_terminal(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "plan.yaml").write_text(
        'organisation: X\ninsatser: []\n"\\e[31mröd": 1\n', encoding="utf-8"
    )
    assert run_convert("plan.yaml", "plan.xlsx") == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "?[31mröd" in err
