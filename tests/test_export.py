"""Tidy CSV export: dialects, round-trips through the csv module, one row per value."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from effektkedja.commands.export import run_export
from effektkedja.engine import PlanResult
from effektkedja.export import DIALECTS, HEADER, export_csv, format_value, value_rows
from tests.conftest import EXAMPLES, TODAY, check_text

PLAN = """\
organisation: Åsele kommun
insatser:
  - id: läxhjälp
    namn: Läxhjälp på fritidsgården
    indikatorer:
      - namn: Andel som når gymnasiebehörighet
        källa: Skolverket, SIRIS
        enhet: procent
        utgångsläge: {år: 2023, flickor: 88.5, pojkar: 79.25}
        mätningar:
          - {datum: 2025-06-30, flickor: 89, pojkar: 83.5, totalt: 86.1}
        mål: {år: 2027, totalt: 90}
  - id: hemtjänst
    namn: Jämnare hemtjänsttimmar
    indikatorer:
      - namn: Timmar per månad
        utgångsläge: {år: 2023, kvinnor: 27.5, män: 33.8}
"""
#: (indicator, kind, when, kön, kön_i_planen, value) for every value of PLAN.
VALUES = [
    ("Andel som når gymnasiebehörighet", "utgångsläge", "2023", "kvinnor", "flickor", 88.5),
    ("Andel som når gymnasiebehörighet", "utgångsläge", "2023", "män", "pojkar", 79.25),
    ("Andel som når gymnasiebehörighet", "mätning", "2025-06-30", "kvinnor", "flickor", 89.0),
    ("Andel som når gymnasiebehörighet", "mätning", "2025-06-30", "män", "pojkar", 83.5),
    ("Andel som når gymnasiebehörighet", "mätning", "2025-06-30", "totalt", "totalt", 86.1),
    ("Andel som når gymnasiebehörighet", "mål", "2027", "totalt", "totalt", 90.0),
    ("Timmar per månad", "utgångsläge", "2023", "kvinnor", "kvinnor", 27.5),
    ("Timmar per månad", "utgångsläge", "2023", "män", "män", 33.8),
]


def result() -> PlanResult:
    return check_text(PLAN)


def read_back(text: str, dialect: str) -> list[dict[str, str]]:
    """Parse CSV text the way a reader of ``dialect`` would."""
    chosen = DIALECTS[dialect]
    body = text.removeprefix("\ufeff")
    rows = list(csv.reader(io.StringIO(body, newline=""), delimiter=chosen.delimiter))
    assert tuple(rows[0]) == HEADER
    return [dict(zip(HEADER, row, strict=True)) for row in rows[1:]]


def number(cell: str, dialect: str) -> float:
    return float(cell.replace(DIALECTS[dialect].decimal, "."))


# --- the excel-sv dialect --------------------------------------------------------------------


def test_excel_sv_round_trip() -> None:
    text = export_csv([result()], "excel-sv")
    assert text.startswith("\ufeff")
    assert text.encode("utf-8").startswith(b"\xef\xbb\xbf")
    assert text.count("\r\n") == len(VALUES) + 1 and "\n" not in text.replace("\r\n", "")
    rows = read_back(text, "excel-sv")
    assert len(rows) == len(VALUES)  # one row per value
    got = [
        (
            r["indikator"],
            r["typ"],
            r["tidpunkt"],
            r["kön"],
            r["kön_i_planen"],
            number(r["värde"], "excel-sv"),
        )
        for r in rows
    ]
    assert got == VALUES
    first = rows[0]
    assert first["organisation"] == "Åsele kommun"
    assert (first["insats_id"], first["insats"]) == ("läxhjälp", "Läxhjälp på fritidsgården")
    assert (first["enhet"], first["källa"], first["fil"]) == (
        "procent",
        "Skolverket, SIRIS",
        "plan.yaml",
    )
    assert first["nivå"] == "utfall"
    assert rows[-1]["enhet"] == "" and rows[-1]["källa"] == ""


def test_excel_sv_writes_decimal_comma_and_semicolons() -> None:
    lines = export_csv([result()], "excel-sv").split("\r\n")
    assert lines[0] == "\ufeff" + ";".join(HEADER)
    assert ";79,25;" in lines[2]
    assert ";89;" in lines[3]  # whole numbers without ",0"
    # A comma inside text does not need quotes with ";" as separator.
    assert ";Skolverket, SIRIS;" in lines[1]


def test_standard_dialect_round_trip() -> None:
    text = export_csv([result()], "standard")
    assert not text.startswith("\ufeff")
    assert text.splitlines()[0] == ",".join(HEADER)
    rows = read_back(text, "standard")
    assert [float(r["värde"]) for r in rows] == [v[-1] for v in VALUES]
    assert rows[0]["källa"] == "Skolverket, SIRIS"  # quoted, comes back whole
    assert '"Skolverket, SIRIS"' in text


def test_values_are_numbers_without_exponents() -> None:
    assert format_value(58.0) == "58"
    assert format_value(-2.5, ",") == "-2,5"
    assert format_value(1e-7) == "0.0000001"
    assert format_value(1234567.25, ",") == "1234567,25"
    assert format_value(1e20) == "100000000000000000000"


def test_hostile_text_round_trips_and_cannot_become_a_formula() -> None:
    hostile = '=HYPERLINK("http://x";"klicka") ; "citat"\nny rad'
    name = json.dumps(hostile)  # a JSON string is a valid double-quoted YAML scalar
    plan = f"""\
organisation: '-1+1'
insatser:
  - id: a
    namn: {name}
    indikatorer:
      - namn: "@SUM(1)"
        utgångsläge: {{år: 2023, kvinnor: -2.5, män: 3}}
"""
    checked = check_text(plan)
    assert checked.plan is not None, checked.findings
    excel = read_back(export_csv([checked], "excel-sv"), "excel-sv")
    assert excel[0]["insats"] == "'" + hostile
    assert excel[0]["organisation"] == "'-1+1"
    assert excel[0]["indikator"] == "'@SUM(1)"
    assert excel[0]["värde"] == "-2,5"  # numbers are never guarded
    standard = read_back(export_csv([checked], "standard"), "standard")
    assert standard[0]["insats"] == hostile
    assert standard[0]["organisation"] == "-1+1"


def test_unreadable_plans_and_plans_without_indicators_have_no_rows() -> None:
    broken = check_text("organisation: [\n")
    empty = check_text("organisation: X\ninsatser: []\n")
    assert list(value_rows([broken, empty])) == []
    assert read_back(export_csv([broken, empty]), "excel-sv") == []


def test_examples_export(tmp_path: Path) -> None:
    target = tmp_path / "värden.csv"
    assert run_export([str(EXAMPLES / "utveckling")], str(target), "excel-sv", TODAY) == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\r\r\n" not in raw
    rows = read_back(raw.decode("utf-8"), "excel-sv")
    years = {r["fil"].split("/")[-2] for r in rows}
    assert years == {"2025", "2026"}
    assert {r["kön"] for r in rows} == {"kvinnor", "män"}
    assert all(number(r["värde"], "excel-sv") >= 0 for r in rows)


# --- the command ------------------------------------------------------------------------------


def test_run_export_to_stdout(tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    assert run_export([str(path)], None, "standard", TODAY) == 0
    out = capfdbinary.readouterr().out
    assert out.startswith(b"organisation,insats_id")
    assert out.count(b"\r\n") == len(VALUES) + 1


def test_run_export_refuses_to_overwrite_a_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    assert run_export([str(path)], str(path), "excel-sv", TODAY) == 2
    assert path.read_text(encoding="utf-8") == PLAN
    assert "vägrar skriva över" in capsys.readouterr().err


def test_run_export_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    assert run_export([str(path)], None, "tsv", TODAY) == 2
    assert "okänd CSV-dialekt" in capsys.readouterr().err
    assert run_export([str(tmp_path / "saknas.yaml")], None, "excel-sv", TODAY) == 2
    assert "finns inte" in capsys.readouterr().err


def test_run_export_names_unreadable_plans(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "b.yaml").write_text("organisation: [\n", encoding="utf-8")
    target = tmp_path / "ut.csv"
    # Like check: exit 1 when a plan cannot be read; the others' values are written.
    assert run_export([str(tmp_path)], str(target), "excel-sv", TODAY, lang="en") == 1
    err = capsys.readouterr().err
    assert "b.yaml: not a valid plan" in err and "a.yaml" not in err
    assert len(read_back(target.read_text(encoding="utf-8"), "excel-sv")) == len(VALUES)


def test_pandas_loads_excel_sv_in_one_call(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    target = tmp_path / "värden.csv"
    target.write_bytes(export_csv([result()], "excel-sv").encode("utf-8"))
    frame = pd.read_csv(target, sep=";", decimal=",", encoding="utf-8-sig")
    assert tuple(frame.columns) == HEADER
    assert frame["värde"].dtype.kind == "f"
    assert list(frame["värde"]) == [v[-1] for v in VALUES]
    assert frame["organisation"][0] == "Åsele kommun"
    standard = tmp_path / "standard.csv"
    standard.write_bytes(export_csv([result()], "standard").encode("utf-8"))
    assert list(pd.read_csv(standard)["värde"]) == [v[-1] for v in VALUES]
