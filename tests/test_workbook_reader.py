"""Reading workbooks people made: findings at the right cells, and no traceback for bad files.

The workbooks here are built cell by cell with openpyxl, the way a strategist
types a plan in Excel: headers in their own order and spelling, typos, decimal
commas, date cells, formulas. Where a test needs a formula with a value Excel
stored (openpyxl writes formulas without one), :func:`with_stored_value` puts
the value into the file as Excel would.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable
from typing import Any

import openpyxl
import pytest

from effektkedja.engine import CheckOptions, check_bytes
from effektkedja.loader import Loaded
from effektkedja.messages import render
from effektkedja.model import KEY_ALIASES
from effektkedja.rules import template
from effektkedja.validate import validate
from effektkedja.workbook import load_workbook, write_workbook
from effektkedja.workbook import reader as reader_module
from tests.conftest import TODAY

Finding = tuple[str, str | None, str]  # rule, cell, message key


def save(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def sheet(book: openpyxl.Workbook, title: str, rows: list[list[Any]]) -> Any:
    worksheet = book.create_sheet(title)
    for row in rows:
        worksheet.append(row)
    return worksheet


def new_book() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    book.remove(book.active)
    return book


def rewrite(raw: bytes, part: str, change: Callable[[str], str]) -> bytes:
    """The workbook with one part's XML changed (for what openpyxl will not write)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == part:
                content = change(content.decode("utf-8")).encode("utf-8")
            target.writestr(item, content)
    return out.getvalue()


def sheet_part(raw: bytes, title: str) -> str:
    """The zip part of the sheet ``title`` (openpyxl numbers them in order)."""
    book = openpyxl.load_workbook(io.BytesIO(raw))
    return f"xl/worksheets/sheet{book.sheetnames.index(title) + 1}.xml"


def with_stored_value(raw: bytes, title: str, cell: str, value: str) -> bytes:
    """Give the formula in ``title!cell`` the value Excel would have stored with it."""

    def store(xml: str) -> str:
        pattern = re.compile(rf'(<c r="{cell}"[^>]*>\s*<f>[^<]*</f>)\s*(?:<v\s*/>|<v></v>)?')
        changed, count = pattern.subn(rf"\1<v>{value}</v>", xml)
        assert count == 1, xml
        return changed

    return rewrite(raw, sheet_part(raw, title), store)


def findings(raw: bytes, today: dt.date = TODAY) -> list[Finding]:
    """What checking the workbook finds, each at its cell, as the engine reports it."""
    result = check_bytes(raw, "plan.xlsx", CheckOptions(today=today))
    return [(f.rule, f.cell, f.message) for f in result.findings]


def loaded_problems(loaded: Loaded) -> list[tuple[str, str | None, str]]:
    return [(p.rule, p.position.cell, p.message) for p in loaded.problems]


# --- a plan typed by hand --------------------------------------------------------------------


def typed_by_hand() -> bytes:
    """A plan as someone types it in Excel, mistakes and all.

    - Plan: the sheet named in lower case, a folded field name, a misspelt field;
    - Insatser: columns in their own order and spelling (``Nivå``, ``leder till``,
      ``delmal``), an unknown column ``målgrup``, a misspelt level, a date cell,
      delmål separated by a semicolon, an empty row;
    - Indikatorer: a decimal comma, a year as text, a formula with a stored value
      and one without, and a row whose source disagrees with the indicator's first row.
    """
    book = new_book()
    sheet(
        book,
        "plan",
        [
            ["Fält", "Värde"],
            ["organisation", "Åkerö kommun"],
            ["period.fran", 2024],
            ["period.till", "2027"],
            ["uppdrg", "Handlingsplan"],
        ],
    )
    insatser = sheet(
        book,
        "INSATSER",
        [
            ["namn", "id", "Nivå", "leder till", "delmal", "målgrup", "start"],
            ["Kartläggning av timmar", "kartlaggning", "aktivitet", "rutin", "4; 5", "Äldre"],
            ["Rutin för biståndsbedömning", "rutin", "produkt", "timmar", "omsorg"],
            [],
            ["Jämnare timmar", "timmar", "utfall", None, 4],
        ],
    )
    insatser["G2"] = dt.datetime(2024, 1, 15)
    insatser["G2"].number_format = "yyyy-mm-dd"
    insatser["C3"] = "produkt"
    insatser["C5"] = "utfal"  # misspelt
    indikatorer = sheet(
        book,
        "Indikatorer",
        [
            ["insats", "indikator", "källa", "punkt", "år", "kvinnor", "män"],
            [
                "timmar",
                "Timmar per månad",
                "Verksamhetssystemet",
                "utgångsläge",
                2023,
                "28,0",
                34.5,
            ],
            ["timmar", "Timmar per månad", "Verksamhetssystemet", "mätning", "2025", None, None],
            ["timmar", "Timmar per månad", "Kundsystemet", "mål", 2027, 31, 31],
        ],
    )
    indikatorer["F3"] = "=28+2"
    indikatorer["G3"] = "=30+3"
    raw = save(book)
    return with_stored_value(raw, "Indikatorer", "F3", "30")


def test_a_plan_typed_by_hand_gets_findings_at_its_cells() -> None:
    found = findings(typed_by_hand())
    # In the order of the workbook: sheet by sheet, row by row.
    assert found == [
        ("EK002", "Plan!A5", "EK002.workbook.unknown_field"),
        ("EK002", "Insatser!F1", "EK002.workbook.unknown_column"),
        ("EK002", "Insatser!C5", "EK002.enum"),
        ("EK002", "Indikatorer!G3", "EK002.workbook.formula_without_value"),
        ("EK002", "Indikatorer!C4", "EK002.workbook.disagrees"),
    ]


def test_the_messages_say_what_to_do_in_swedish_and_english() -> None:
    loaded = load_workbook(typed_by_hand(), KEY_ALIASES)
    sv = [render(f"{p.rule}.{p.message}", dict(p.args), "sv", template) for p in loaded.problems]
    en = [render(f"{p.rule}.{p.message}", dict(p.args), "en", template) for p in loaded.problems]
    assert sv == [
        "okänt fält ”uppdrg” på bladet Plan (menade du ”uppdrag”?)",
        "okänd kolumn ”målgrup” på bladet Insatser (menade du ”målgrupp”?)",
        "formeln i cellen har inget sparat värde; öppna och spara arbetsboken i Excel eller "
        "LibreOffice, eller skriv in värdet",
        "”källa” är ”Kundsystemet” här men ”Verksamhetssystemet” på rad 2; indikatorn "
        "”Timmar per månad” ska ha samma uppgifter på alla sina rader",
    ]
    assert en[1] == "unknown column “målgrup” on sheet Insatser (did you mean “målgrupp”?)"
    plan, hits = validate(loaded)
    assert plan is None
    assert [render(hit.message, hit.args, "sv", template) for hit in hits] == [
        "”utfal” är inget giltigt värde för ”nivå”; tillåtna: aktivitet, produkt, arbetssätt, "
        "utfall, samhällseffekt (menade du ”utfall”?)"
    ]


def test_a_plan_typed_by_hand_reads_as_the_yaml_would() -> None:
    data = load_workbook(typed_by_hand(), KEY_ALIASES).data
    assert data["organisation"] == "Åkerö kommun"
    assert data["period"] == {"från": 2024, "till": "2027"}
    first, second, third = data["insatser"]
    assert first == {
        "id": "kartlaggning",
        "namn": "Kartläggning av timmar",
        "nivå": "aktivitet",
        "leder_till": ["rutin"],
        "delmål": [4, 5],
        "start": "2024-01-15",  # an Excel date cell
    }
    assert second["delmål"] == ["omsorg"] and third["delmål"] == [4]
    indicator = third["indikatorer"][0]
    assert indicator["namn"] == "Timmar per månad"
    assert indicator["källa"] == "Verksamhetssystemet"  # the first row's
    assert indicator["utgångsläge"] == {"år": 2023, "kvinnor": 28.0, "män": 34.5}
    assert indicator["mätningar"] == [{"år": 2025, "kvinnor": 30}]  # the formula's stored value
    assert indicator["mål"] == {"år": 2027, "kvinnor": 31, "män": 31}


def test_every_value_has_the_position_of_its_cell() -> None:
    source = load_workbook(typed_by_hand(), KEY_ALIASES).source
    at = lambda *loc: source.value(loc).cell  # noqa: E731
    assert at("insatser", 0) == "Insatser!B2"  # an initiative is at its id
    assert at("insatser", 2, "nivå") == "Insatser!C5"
    assert at("insatser", 0, "delmål", 1) == "Insatser!E2"
    assert at("insatser", 0, "start") == "Insatser!G2"
    assert at("insatser", 2, "indikatorer", 0) == "Indikatorer!B2"  # at its name
    assert at("insatser", 2, "indikatorer", 0, "utgångsläge") == "Indikatorer!D2"  # its punkt
    assert at("insatser", 2, "indikatorer", 0, "utgångsläge", "kvinnor") == "Indikatorer!F2"
    assert at("insatser", 2, "indikatorer", 0, "mätningar", 0, "kvinnor") == "Indikatorer!F3"
    assert at("insatser", 2, "indikatorer", 0, "mål", "män") == "Indikatorer!G4"
    assert at("period", "till") == "Plan!B4"
    assert source.key(("period", "till")).cell == "Plan!A4"  # the field's name
    # A key that is not there: the nearest thing above it that is.
    assert at("insatser", 1, "ansvarig") == "Insatser!B3"
    assert at("insatser", 2, "indikatorer", 0, "mätningar", 0, "män") == "Indikatorer!D3"
    assert at("organisation") == "Plan!B2" and at("kortnamn") == "Plan!A1"
    position = source.value(("insatser", 2, "nivå"))
    assert (position.line, position.column) == (5, 3)


def test_a_valid_plan_typed_by_hand_gets_rule_findings_at_its_cells() -> None:
    book = new_book()
    sheet(book, "Plan", [["fält", "värde"], ["organisation", "Åkerö kommun"]])
    sheet(
        book,
        "Insatser",
        [
            ["id", "namn", "nivå", "ansvarig", "leder_till", "delmål", "målgrupp"],
            ["kartlaggning", "Kartläggning", "aktivitet", "Socialtjänsten", "timmar"],
            ["timmar", "Jämnare timmar", "utfall", "Socialtjänsten", None, "4", "Äldre"],
            ["timmar", "Samma id igen", "aktivitet", "Socialtjänsten"],
        ],
    )
    sheet(
        book,
        "Indikatorer",
        [
            ["insats", "indikator", "punkt", "år", "kvinnor", "män"],
            ["timmar", "Timmar per månad", "utgångsläge", 2023, 28, 34],
            ["timmar", "Timmar per månad", "mål", 2027, 31, 31],
        ],
    )
    sheet(book, "Undantag", [["insats", "regel", "motivering"], ["kartlaggning", "EK103", "Ok"]])
    found = findings(save(book))
    assert ("EK004", "Insatser!A4", "EK004") in found
    assert ("EK207", "Indikatorer!B2", "EK207") in found  # no källa: at the indicator
    assert ("EK102", "Insatser!A4", "EK102") in found
    assert not [f for f in found if f[0] in ("EK001", "EK002", "EK003")]
    loaded = load_workbook(save(book), KEY_ALIASES)
    assert loaded.data["insatser"][0]["undantag"] == [{"regel": "EK103", "motivering": "Ok"}]


# --- cells ---------------------------------------------------------------------------------


def plan_with(rows: list[list[Any]], header: list[str] | None = None) -> Loaded:
    book = new_book()
    sheet(book, "Plan", [["fält", "värde"], ["organisation", "X"]])
    sheet(book, "Insatser", [["id", "namn"], ["a", "A"]])
    sheet(book, "Indikatorer", [header or ["insats", "indikator", "punkt", "år", "kvinnor"], *rows])
    return load_workbook(save(book), KEY_ALIASES)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("34,5", 34.5),
        ("34.5", 34.5),
        (" 34,5 ", 34.5),
        ("1 234,5", 1234.5),
        ("1\u00a0234", 1234),
        ("\u22122,5", -2.5),
        ("38 %", 38),
        ("1,5e3", 1500.0),
        (34.5, 34.5),
        ("ca 30", "ca 30"),  # left as text: validation says it is no number
        ("", None),
        ("  ", None),
    ],
)
def test_numbers_as_people_type_them(typed: Any, read: Any) -> None:
    loaded = plan_with([["a", "I", "mätning", 2025, typed]])
    point = loaded.data["insatser"][0]["indikatorer"][0]["mätningar"][0]
    assert point.get("kvinnor") == read
    assert type(point.get("kvinnor")) is type(read)


def test_a_percentage_cell_counts_as_the_percentage_shown() -> None:
    book = new_book()
    sheet(book, "Plan", [["fält", "värde"], ["organisation", "X"]])
    sheet(book, "Insatser", [["id", "namn"], ["a", "A"]])
    indikatorer = sheet(book, "Indikatorer", [["insats", "indikator", "punkt", "år", "kvinnor"]])
    indikatorer.append(["a", "Andel", "utgångsläge", 2023, 0.385])
    indikatorer["E2"].number_format = "0.0%"
    data = load_workbook(save(book), KEY_ALIASES).data
    assert data["insatser"][0]["indikatorer"][0]["utgångsläge"]["kvinnor"] == 38.5


def test_years_dates_and_lists_in_any_cell_type() -> None:
    book = new_book()
    sheet(book, "Plan", [["fält", "värde"], ["organisation", 2024], ["period.från", "2024"]])
    insatser = sheet(
        book,
        "Insatser",
        [
            ["id", "namn", "slut", "leder_till", "delmål", "beslut.datum", "beslut.av"],
            [7, "A", 2025.0, "b ; c,d", 4.0, "2024-09-01", "Nämnden"],
            ["b", "B", " 2025-06-30 "],
            ["c", "C"],
            ["d", "D", None, 12],
        ],
    )
    insatser["F3"] = dt.datetime(2024, 9, 1, 13, 30)
    data = load_workbook(save(book), KEY_ALIASES).data
    first, second, _, fourth = data["insatser"]
    assert data["organisation"] == 2024  # validation makes it the text "2024"
    assert data["period"] == {"från": "2024"}
    assert first["id"] == 7 and first["slut"] == 2025 and first["delmål"] == [4]
    assert first["leder_till"] == ["b", "c", "d"]
    assert first["beslut"] == {"datum": "2024-09-01", "av": "Nämnden"}
    assert second["slut"] == "2025-06-30" and second["beslut"] == {"datum": "2024-09-01"}
    assert fourth["leder_till"] == ["12"]


def test_an_indicator_without_points_and_points_without_punkt() -> None:
    loaded = plan_with(
        [
            ["a", "Utan värden"],
            ["a", "Med värde", None, 2024, 3],
            ["a", "Med värde", "matning", 2025, 4],  # folded
            ["a", "Med värde", "mätnig", 2026, 5],
            ["a", "Med värde", "mål", 2027, 6],
            ["a", "Med värde", "Mål", 2028, 7],
        ]
    )
    indicators = loaded.data["insatser"][0]["indikatorer"]
    assert indicators[0] == {"namn": "Utan värden"}
    assert indicators[1] == {
        "namn": "Med värde",
        "mätningar": [{"år": 2025, "kvinnor": 4}],
        "mål": {"år": 2027, "kvinnor": 6},
    }
    assert loaded_problems(loaded) == [
        ("EK002", "Indikatorer!C3", "workbook.no_point_kind"),
        ("EK002", "Indikatorer!C5", "workbook.point_kind"),
        ("EK002", "Indikatorer!C7", "workbook.point_repeated"),
    ]
    assert loaded.problems[1].args["suggestion"] == "mätning"
    assert loaded.problems[2].args["row"] == 6


def test_rows_must_name_an_initiative_that_exists() -> None:
    loaded = plan_with([[None, "I", "mål", 2027, 1], ["b", "I", "mål", 2027, 1], ["A", "I"]])
    assert loaded_problems(loaded) == [
        ("EK002", "Indikatorer!A2", "workbook.no_initiative"),
        ("EK002", "Indikatorer!A3", "workbook.unknown_initiative"),
        ("EK002", "Indikatorer!A4", "workbook.unknown_initiative"),
    ]
    assert loaded.problems[2].args["suggestion"] == "a"
    assert "indikatorer" not in loaded.data["insatser"][0]


# --- layout --------------------------------------------------------------------------------


def test_sheets_and_columns_in_any_order_case_and_spelling() -> None:
    book = new_book()
    sheet(book, "Anteckningar", [["vad som helst", "=1/0"]])
    sheet(book, "undantag", [["Motivering", "Regel", "INSATS"], ["Skäl", "ek304", "a"]])
    sheet(book, "insatser", [["Namn", " ID "], ["A", "a"]])
    sheet(book, "PLAN", [["VARDE", "falt"], ["X", "Organisation"]])
    loaded = load_workbook(save(book), KEY_ALIASES)
    assert loaded.problems == []
    assert loaded.data == {
        "organisation": "X",
        "insatser": [
            {"id": "a", "namn": "A", "undantag": [{"regel": "ek304", "motivering": "Skäl"}]}
        ],
    }
    plan, _ = validate(loaded)
    assert plan is not None and plan.initiatives[0].exceptions[0].rule == "EK304"


def test_header_problems_are_reported_once_at_the_header() -> None:
    book = new_book()
    sheet(book, "Plan", [["fält", "värde"], ["organisation", "X"], ["organisation", "Y"]])
    insatser = sheet(
        book,
        "Insatser",
        [["id", "namn", "namn", None, "nivåå"], ["a", "A", "B", "utan rubrik", "utfall"]],
    )
    insatser.append(["b", "B", None, "också utan"])
    sheet(book, "Undantag", [["regel", "motivering"], ["EK304", "Skäl"]])
    loaded = load_workbook(save(book), KEY_ALIASES)
    assert loaded_problems(loaded) == [
        ("EK002", "Plan!A3", "workbook.duplicate_field"),
        ("EK002", "Insatser!C1", "workbook.duplicate_column"),
        ("EK002", "Insatser!E1", "workbook.unknown_column"),
        ("EK002", "Insatser!D2", "workbook.no_header"),
        ("EK002", "Undantag!A1", "workbook.missing_column"),
    ]
    assert loaded.problems[2].args["suggestion"] == "nivå"
    assert loaded.problems[4].args["column"] == "insats"
    assert loaded.data["insatser"] == [{"id": "a", "namn": "A"}, {"id": "b", "namn": "B"}]


def test_a_missing_sheet_is_named_with_the_sheets_there_are() -> None:
    book = new_book()
    sheet(book, "Blad1", [["id", "namn"]])
    sheet(book, "Plan", [["fält", "värde"], ["organisation", "X"]])
    loaded = load_workbook(save(book), KEY_ALIASES)
    assert loaded_problems(loaded) == [("EK002", None, "workbook.missing_sheet")]
    assert loaded.problems[0].args == {"sheet": "Insatser", "sheets": "Blad1, Plan"}
    assert loaded.data == {"organisation": "X", "insatser": []}


def test_merged_cells() -> None:
    book = new_book()
    sheet(book, "Plan", [["fält", "värde"], ["organisation", "X"]])
    sheet(book, "Insatser", [["id", "namn", "nivå"], ["a", "A"], ["b", "B"]])
    indikatorer = sheet(
        book,
        "Indikatorer",
        [
            ["insats", "indikator", "punkt", "år", "kvinnor", None],
            ["a", "I", "utgångsläge", 2023, 1],
            [None, "I", "mål", 2027, 2],
            ["b", "J", "mål", 2027, 3, None],
        ],
    )
    indikatorer.merge_cells("A2:A3")  # one initiative beside its two rows: counts on both
    indikatorer.merge_cells("E1:F1")  # a header over two columns
    indikatorer.merge_cells("E4:F4")  # a value over two columns
    loaded = load_workbook(save(book), KEY_ALIASES)
    assert loaded_problems(loaded) == [
        ("EK002", "Indikatorer!E1", "workbook.merged_header"),
        ("EK002", "Indikatorer!E4", "workbook.merged_across"),
    ]
    assert loaded.problems[0].args == {"range": "E1:F1"}
    indicator = loaded.data["insatser"][0]["indikatorer"][0]
    assert indicator["mål"] == {"år": 2027, "kvinnor": 2}
    assert loaded.source.value(("insatser", 0, "indikatorer", 0, "mål")).cell == "Indikatorer!C3"


def test_error_values_and_booleans() -> None:
    book = new_book()
    sheet(book, "Plan", [["fält", "värde"], ["organisation", "X"]])
    sheet(book, "Insatser", [["id", "namn", "beskrivning"], ["a", True, "#N/A"]])
    raw = save(book)
    # What Excel writes for a cell showing #DIV/0!: an error value.
    raw = rewrite(
        raw,
        sheet_part(raw, "Insatser"),
        lambda xml: re.sub(r'<c r="C2"[^>]*>.*?</c>', '<c r="C2" t="e"><v>#DIV/0!</v></c>', xml),
    )
    loaded = load_workbook(raw, KEY_ALIASES)
    assert loaded_problems(loaded) == [("EK002", "Insatser!C2", "workbook.error_value")]
    assert loaded.problems[0].args == {"value": "#DIV/0!"}
    assert loaded.data["insatser"] == [{"id": "a", "namn": True}]


def test_a_formula_is_never_evaluated() -> None:
    book = new_book()
    sheet(book, "Plan", [["fält", "värde"], ["organisation", '=HYPERLINK("http://x","X")']])
    sheet(book, "Insatser", [["id", "namn"], ["a", '=WEBSERVICE("http://example.com")']])
    raw = with_stored_value(save(book), "Plan", "B2", "")
    raw = with_stored_value(raw, "Insatser", "B2", "")
    loaded = load_workbook(raw, KEY_ALIASES)
    assert loaded_problems(loaded) == [
        ("EK002", "Plan!B2", "workbook.formula_without_value"),
        ("EK002", "Insatser!B2", "workbook.formula_without_value"),
    ]
    assert "organisation" not in loaded.data


def test_the_written_template_reads_back_empty() -> None:
    loaded = load_workbook(write_workbook({"insatser": []}), KEY_ALIASES)
    assert loaded.problems == [] and loaded.data == {"insatser": []}


# --- files that are no workbook ------------------------------------------------------------


def zip_of(parts: dict[str, bytes], flag_bits: int = 0) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    raw = out.getvalue()
    if flag_bits:  # mark every part encrypted, as a password-protected zip does
        raw = raw.replace(b"PK\x03\x04\x14\x00\x00\x00", b"PK\x03\x04\x14\x00\x01\x00")
        raw = raw.replace(
            b"PK\x01\x02\x14\x03\x14\x00\x00\x00", b"PK\x01\x02\x14\x03\x14\x00\x01\x00"
        )
    return raw


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "workbook.not_zip"),
        (b"organisation: X\ninsatser: []\n", "workbook.not_zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "workbook.encrypted"),
        (b"PK\x03\x04" + bytes(100), "workbook.broken_zip"),
        (zip_of({"hello.txt": b"hi"}), "workbook.not_workbook"),
        (zip_of({"[Content_Types].xml": b"<Types/>"}), "workbook.unreadable"),
        (zip_of({"[Content_Types].xml": b"<Types/>"}, flag_bits=1), "workbook.encrypted"),
    ],
    ids=["empty", "yaml", "ole", "broken-zip", "other-zip", "no-workbook-part", "encrypted-zip"],
)
def test_files_that_are_no_workbook_are_ek001(raw: bytes, message: str) -> None:
    loaded = load_workbook(raw, KEY_ALIASES)
    assert loaded_problems(loaded) == [("EK001", None, message)]
    assert loaded.data is None and not loaded.readable
    assert (
        render(f"EK001.{message}", dict(loaded.problems[0].args), "sv", template)
        != f"EK001.{message}"
    )


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            block = bytes(2**20)
            for _ in range(110):
                part.write(block)
    raw = out.getvalue()
    assert len(raw) < 2**20  # 110 MiB of zeros in a small file
    loaded = load_workbook(raw, KEY_ALIASES)
    assert loaded_problems(loaded) == [("EK001", None, "workbook.too_big")]
    assert loaded.problems[0].args == {"size": 110, "limit": 100}


def test_a_sheet_claiming_a_million_rows_and_every_column_is_read_quickly() -> None:
    book = new_book()
    sheet(book, "Plan", [["fält", "värde"], ["organisation", "X"]])
    sheet(book, "Insatser", [["id", "namn"], ["a", "A"]])
    raw = save(book)

    def huge(xml: str) -> str:
        xml = re.sub(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:XFD1048576"/>', xml)
        far = (
            '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c>'
            '<c r="B1048576" t="inlineStr"><is><t>Långt ner</t></is></c></row>'
            '<row r="99999999"><c r="A99999999" t="inlineStr"><is><t>x</t></is></c></row>'
        )
        return xml.replace("</sheetData>", far + "</sheetData>")

    loaded = load_workbook(rewrite(raw, sheet_part(raw, "Insatser"), huge), KEY_ALIASES)
    assert loaded.data["insatser"] == [{"id": "a", "namn": "A"}, {"namn": "Långt ner"}]
    assert loaded.source.value(("insatser", 1)).cell == "Insatser!A1048576"


def test_too_many_rows_is_ek001(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader_module, "MAX_ROWS", 5)
    book = new_book()
    sheet(book, "Plan", [["fält", "värde"], ["organisation", "X"]])
    sheet(book, "Insatser", [["id", "namn"], *[[f"i{n}", "I"] for n in range(5)]])
    loaded = load_workbook(save(book), KEY_ALIASES)
    assert loaded_problems(loaded) == [("EK001", None, "workbook.too_many_rows")]
    assert loaded.problems[0].args == {"sheet": "Insatser", "limit": 5}


def test_damaged_xml_and_entities_in_a_sheet_are_ek001_not_a_traceback() -> None:
    """Entities are refused outright (defusedxml), so no entity expansion can blow up."""
    book = new_book()
    sheet(book, "Plan", [["fält", "värde"], ["organisation", "X"]])
    sheet(book, "Insatser", [["id", "namn"], ["a", "A"]])
    raw = save(book)
    broken = rewrite(raw, sheet_part(raw, "Insatser"), lambda xml: xml[: len(xml) // 2])
    entity = rewrite(
        raw,
        sheet_part(raw, "Insatser"),
        lambda xml: (
            '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            + xml.replace("<t>A</t>", "<t>&b;</t>")
        ),
    )
    for raw_sheet in (broken, entity):
        loaded = load_workbook(raw_sheet, KEY_ALIASES)
        assert loaded_problems(loaded) == [("EK001", None, "workbook.unreadable")]
        assert loaded.problems[0].args["detail"].isprintable()
