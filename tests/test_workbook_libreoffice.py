"""The written workbook in a real spreadsheet program: LibreOffice re-saves it, nothing changes.

Each workbook effektkedja writes is opened and saved again by LibreOffice
(``soffice --headless --convert-to xlsx``), which rewrites every part in its own
way (shared strings, its own styles, date serials), and read back: the plan is
the same, and text that looks like a formula is still text.

Needs LibreOffice Calc (Debian: ``apt-get install libreoffice-calc-nogui``).
Without it the tests are skipped, saying so; in CI (``CI=true``) they fail instead.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from effektkedja.loader import load
from effektkedja.model import KEY_ALIASES
from effektkedja.validate import validate
from effektkedja.workbook import load_workbook, write_workbook
from tests.test_workbook_roundtrip import EXAMPLE_FILES, as_meant

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
IN_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")

Resave = Callable[[dict[str, bytes]], dict[str, bytes]]


@pytest.fixture(scope="module")
def resave(tmp_path_factory: pytest.TempPathFactory) -> Resave:
    """Re-save workbooks with LibreOffice (one profile for the module: it starts once)."""
    if SOFFICE is None:
        message = (
            "LibreOffice is not installed; install it to run these tests: "
            "apt-get install libreoffice-calc-nogui"
        )
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    profile = tmp_path_factory.mktemp("lo-profile")
    folder = tmp_path_factory.mktemp("lo")

    def run(workbooks: dict[str, bytes]) -> dict[str, bytes]:
        source, target = folder / "in", folder / "out"
        for place in (source, target):
            shutil.rmtree(place, ignore_errors=True)
            place.mkdir()
        for name, raw in workbooks.items():
            (source / f"{name}.xlsx").write_bytes(raw)
        result = subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "xlsx",
                "--outdir",
                str(target),
                *sorted(str(path) for path in source.iterdir()),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        saved = {path.stem: path.read_bytes() for path in target.glob("*.xlsx")}
        assert set(saved) == set(workbooks), result.stdout + result.stderr
        return saved

    return run


def test_every_example_survives_a_resave_by_libreoffice(resave: Resave) -> None:
    plans = {path.stem + str(index): path for index, path in enumerate(EXAMPLE_FILES)}
    data = {name: load(path.read_bytes(), KEY_ALIASES).data for name, path in plans.items()}
    saved = resave({name: write_workbook(plan) for name, plan in data.items()})
    for name, raw in saved.items():
        back = load_workbook(raw, KEY_ALIASES)
        assert back.problems == [], name
        assert back.data == as_meant(data[name]), name
        plan, hits = validate(back)
        assert plan is not None, hits


TRICKY: dict[str, Any] = {
    "organisation": "=1+1",
    "kortnamn": "007",
    "uppdrag": " med mellanslag runt ",
    "ansvarig": "TRUE",
    "period": {"från": "1850-01-01", "till": 2027},
    "insatser": [
        {
            "id": "a",
            "namn": "två\nrader",
            "beskrivning": '=HYPERLINK("http://x.example","klicka")',
            "ansvarig": "#N/A",
            "målgrupp": "+46 8 123 45",
            "start": "2024-02-29",
            "slut": "2024",
            "delmål": [4, "hälsa"],
            "indikatorer": [
                {
                    "namn": "@SUM(A1)",
                    "enhet": "-",
                    "mätningar": [
                        {"år": 2024, "kvinnor": 28.1, "män": -2.5, "totalt": 1234567.25},
                        {"datum": "2026-06-30", "kvinnor": 0.001, "män": 1e-12},
                    ],
                }
            ],
        },
        {"id": "1.10", "namn": 12, "leder_till": ["a"]},
    ],
}


def test_text_stays_text_and_values_stay_values_after_a_resave(resave: Resave) -> None:
    raw = resave({"tricky": write_workbook(TRICKY)})["tricky"]
    assert load_workbook(raw, KEY_ALIASES).data == as_meant(TRICKY)
    book = openpyxl.load_workbook(io.BytesIO(raw))  # formulas as formulas
    for worksheet in book.worksheets:
        for row in worksheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (worksheet.title, cell.coordinate, cell.value)
    assert book["Plan"]["B3"].value == "=1+1"
    assert book["Insatser"]["C2"].value == '=HYPERLINK("http://x.example","klicka")'


def test_libreoffice_can_make_a_pdf_of_the_workbook(tmp_path: Path, resave: Resave) -> None:
    """The workbook renders (the screenshot in docs/excel.md is made this way)."""
    assert SOFFICE is not None
    source = tmp_path / "plan.xlsx"
    source.write_bytes(write_workbook(TRICKY))
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    pdf = tmp_path / "plan.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "så fyller du i arbetsboken" in text and "=1+1" in text and "@SUM(A1)" in text
