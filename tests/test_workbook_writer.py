"""The workbooks effektkedja writes: usable templates, and text that stays text.

Read back with openpyxl as Excel would open them: sheets, frozen and filtered
headers, drop-down lists on every enumerated column, input help on the header
cells, instructions in the user's language, and cells of the right type.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from effektkedja.export import HEADER
from effektkedja.loader import load
from effektkedja.model import KEY_ALIASES
from effektkedja.workbook import WorkbookWriteError, load_workbook, values_workbook, write_workbook
from effektkedja.workbook.layout import SHEETS
from tests.conftest import EXAMPLES

EXAMPLE = EXAMPLES / "kommun-hemtjanst.yaml"
FORMULA_LIKE = ["=1+1", '=HYPERLINK("http://x.example","klicka")', "+46 8 123 45", "-x", "@SUM(A1)"]


def example_data(path: Path = EXAMPLE) -> dict[str, Any]:
    data: dict[str, Any] = load(path.read_bytes(), KEY_ALIASES).data
    return data


def opened(raw: bytes) -> openpyxl.Workbook:
    """The workbook as a spreadsheet program sees it: formulas as formulas."""
    return openpyxl.load_workbook(io.BytesIO(raw))


def validations(worksheet: Any) -> list[Any]:
    return list(worksheet.data_validations.dataValidation)


def covering(worksheet: Any, cell: str) -> list[Any]:
    return [dv for dv in validations(worksheet) if cell in dv.sqref]


def test_the_sheets_and_their_headers() -> None:
    book = opened(write_workbook(example_data()))
    assert book.sheetnames == [
        "Anvisningar",
        "Plan",
        "Insatser",
        "Indikatorer",
        "Problem",
        "Undantag",
    ]
    assert book.active.title == "Anvisningar"
    for layout in SHEETS:
        worksheet = book[layout.name]
        headers = [cell.value for cell in worksheet[1]]
        assert headers == layout.headers
        assert worksheet.freeze_panes == "A2"
        assert (
            worksheet.auto_filter.ref
            == f"A1:{worksheet.cell(1, len(headers)).column_letter}"
            + (f"{max(worksheet.max_row, 2)}")
        )
        assert all(cell.font.bold for cell in worksheet[1])
        for number, header in enumerate(headers, start=1):
            letter = worksheet.cell(1, number).column_letter
            assert worksheet.column_dimensions[letter].width >= len(header)
            prompts = [dv.prompt for dv in covering(worksheet, f"{letter}1") if dv.showInputMessage]
            assert prompts and all(prompts), (layout.name, header)  # input help on each header


def test_rows_and_readable_widths() -> None:
    book = opened(write_workbook(example_data()))
    insatser = book["Insatser"]
    assert insatser["A2"].value == "kartlaggning-hemtjanst"
    assert insatser["A2"].data_type == "s"
    assert 30 <= insatser.column_dimensions["B"].width <= 60  # namn: wide, not endless
    assert insatser["C2"].alignment.wrap_text  # beskrivning wraps
    assert insatser.row_dimensions[2].height > 15  # and its row is tall enough to show it
    indikatorer = book["Indikatorer"]
    assert [cell.value for cell in indikatorer[2]][:9] == [
        "hemtjanst-timmar",
        "Beviljade hemtjänsttimmar per brukare och månad, ensamboende 65 år och äldre",
        "Verksamhetssystemet, könsuppdelad månadsrapport",
        "timmar",
        "målgrupp",
        "utjämna",
        "utgångsläge",
        2023,
        None,
    ]


@pytest.mark.parametrize(
    ("sheet", "header", "words"),
    [
        ("Insatser", "nivå", ["aktivitet", "produkt", "arbetssätt", "utfall", "samhällseffekt"]),
        ("Insatser", "status", ["planerad", "pågående", "genomförd", "avbruten"]),
        ("Insatser", "delmål", ["makt", "ekonomi", "utbildning", "omsorg", "hälsa", "våld"]),
        ("Insatser", "produkt.typ", ["policy", "riktlinje", "rutin", "verktyg", "mål", "anvisning",
                                     "mall", "checklista", "annan"]),
        ("Indikatorer", "omfång", ["organisation", "målgrupp", "samhälle"]),
        ("Indikatorer", "riktning", ["utjämna", "öka", "minska"]),
        ("Indikatorer", "punkt", ["utgångsläge", "mätning", "mål"]),
        ("Problem", "delmål", ["makt", "ekonomi", "utbildning", "omsorg", "hälsa", "våld"]),
    ],
)  # fmt: skip
def test_every_enumerated_column_has_a_drop_down_list(
    sheet: str, header: str, words: list[str]
) -> None:
    worksheet = opened(write_workbook(example_data()))[sheet]
    letter = next(cell.column_letter for cell in worksheet[1] if cell.value == header)
    lists = [dv for dv in covering(worksheet, f"{letter}2") if dv.type == "list"]
    assert len(lists) == 1
    assert lists[0].formula1 == '"' + ",".join(words) + '"'
    assert covering(worksheet, f"{letter}5000") == lists  # far down the sheet too
    assert lists[0].prompt  # the help shows while typing
    # Words the format also accepts (arbetssatt) or lists of delmål are not refused.
    assert lists[0].errorStyle == "warning" or not lists[0].showErrorMessage


def test_the_plan_sheet_lists_every_field_with_help_and_a_list_for_typ() -> None:
    worksheet = opened(write_workbook(example_data()))["Plan"]
    fields = [row[0].value for row in worksheet.iter_rows(min_row=2)]
    assert fields == [
        "version", "organisation", "kortnamn", "typ", "period.från", "period.till", "uppdrag",
        "ansvarig",
    ]  # fmt: skip
    assert worksheet["B3"].value == "Ekbacka kommun"
    assert worksheet["B9"].value is None  # ansvarig: not given, still offered
    typ = [dv for dv in covering(worksheet, "B5") if dv.type == "list"]
    assert typ and typ[0].formula1 == '"myndighet,kommun,region,lärosäte,annan"'
    assert all(covering(worksheet, f"A{row}")[0].prompt for row in range(2, 10))


@pytest.mark.parametrize(
    ("lang", "title", "phrase"),
    [
        ("sv", "Anvisningar", "Första raden på varje blad är rubrikraden."),
        ("en", "Instructions", "The first row of each sheet is the header row."),
    ],
)
def test_the_instructions_sheet_speaks_the_language(lang: str, title: str, phrase: str) -> None:
    raw = write_workbook(example_data(), lang)
    book = opened(raw)
    guide = book[title]
    texts = " ".join(str(cell.value) for row in guide.iter_rows() for cell in row if cell.value)
    assert phrase in texts
    assert "effektkedja check plan.xlsx" in texts
    # Every column of every sheet is explained; the sheet and column names stay Swedish.
    explained = {(row[0].value, row[1].value) for row in guide.iter_rows() if row[2].value}
    for layout in SHEETS[1:]:
        assert {(layout.name, header) for header in layout.headers} <= explained
    prompt = covering(book["Insatser"], "D1")[0].prompt
    assert ("Steget i effektkedjan" in prompt) == (lang == "sv")
    assert (
        load_workbook(raw, KEY_ALIASES).data
        == load_workbook(write_workbook(example_data(), "sv"), KEY_ALIASES).data
    )  # the language changes the help, not the plan


def test_formula_like_text_is_stored_as_text() -> None:
    data = {
        "organisation": FORMULA_LIKE[0],
        "insatser": [
            {"id": f"i{index}", "namn": text, "beskrivning": "#N/A", "ansvarig": "TRUE"}
            for index, text in enumerate(FORMULA_LIKE)
        ],
    }
    raw = write_workbook(data)
    insatser = opened(raw)["Insatser"]
    for row, text in enumerate(FORMULA_LIKE, start=2):
        cell = insatser.cell(row, 2)
        assert (cell.value, cell.data_type) == (text, "s")
        assert cell.quotePrefix  # Excel keeps it text when the cell is edited
        assert insatser.cell(row, 3).data_type == "s" and insatser.cell(row, 5).data_type == "s"
    assert opened(raw)["Plan"]["B3"].data_type == "s"
    assert load_workbook(raw, KEY_ALIASES).data == data
    # Text columns are formatted as text, so what people type there stays text too.
    assert insatser.column_dimensions["B"].number_format == "@"


def test_numbers_dates_and_years_are_typed_cells() -> None:
    book = opened(write_workbook(example_data()))
    insatser = book["Insatser"]
    start = insatser["G2"]
    assert start.is_date and start.value == dt.datetime(2024, 1, 15)
    assert start.number_format == "yyyy-mm-dd"
    period = book["Plan"]["B6"]
    assert (period.value, period.data_type) == (2024, "n")
    point = book["Indikatorer"]
    assert (point["H2"].value, point["J2"].value, point["K2"].value) == (2023, 27.5, 33.8)
    assert point["J2"].data_type == "n"


def _same_indicator_twice(data: dict[str, Any]) -> None:
    indicators = data["insatser"][6]["indikatorer"]
    indicators.append({"namn": indicators[0]["namn"]})


def _same_id_with_exemption(data: dict[str, Any]) -> None:
    exemption = {"regel": "EK301", "motivering": "M"}
    data["insatser"].append({"id": "kartlaggning-hemtjanst", "namn": "X", "undantag": [exemption]})


def _same_problem_twice(data: dict[str, Any]) -> None:
    data["problem"] = [{"id": "p", "namn": "P"}, {"id": "p", "namn": "Q"}]


def _same_underlag_twice(data: dict[str, Any]) -> None:
    facts = [{"namn": "U", "värden": [{"år": 2023}]}, {"namn": "U"}]
    data["problem"] = [{"id": "p", "namn": "P", "underlag": facts}]


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda data: data["insatser"][0].update(namn="rad\x01"), "workbook.write.control_char"),
        (lambda data: data["insatser"][0].update(namn="a\r\nb"), "workbook.write.control_char"),
        (lambda data: data["insatser"][0].update(namn="x" * 40000), "workbook.write.too_long"),
        (lambda data: data["insatser"][0].update(namn="  "), "workbook.write.blank_text"),
        (lambda data: data["insatser"][0].update(färg="röd"), "workbook.write.unknown_key"),
        (_same_indicator_twice, "workbook.write.same_indicator"),
        (_same_id_with_exemption, "workbook.write.same_id"),
        (_same_problem_twice, "workbook.write.same_problem"),
        (_same_underlag_twice, "workbook.write.same_underlag"),
    ],
)
def test_what_a_workbook_cannot_hold_is_refused_with_its_place(change: Any, key: str) -> None:
    data = example_data()
    change(data)
    with pytest.raises(WorkbookWriteError) as refused:
        write_workbook(data)
    assert refused.value.key == key
    message = refused.value.message("sv")
    assert "–" not in message and message != key


def test_the_place_of_a_refused_text_is_named_as_in_the_yaml() -> None:
    data = example_data()
    data["insatser"][6]["indikatorer"][1]["namn"] = "\x07"
    with pytest.raises(WorkbookWriteError) as refused:
        write_workbook(data)
    assert refused.value.message("sv") == (
        "texten i insatser[7].indikatorer[2].namn innehåller tecknet U+0007 (ett styrtecken), "
        "som en arbetsbok inte kan lagra"
    )


def test_a_duplicate_id_without_rows_elsewhere_is_written() -> None:
    data = {"organisation": "X", "insatser": [{"id": "a", "namn": "A"}, {"id": "a", "namn": "B"}]}
    assert load_workbook(write_workbook(data), KEY_ALIASES).data == data


# --- the values table ----------------------------------------------------------------------


def test_the_values_table_has_number_date_and_text_cells() -> None:
    rows: list[list[object]] = [
        ["Ekbacka kommun", "i1", "=Insats", "utfall", "I", "utgångsläge", "2023", "2023-01-01",
         "2023-12-31", "kvinnor", "kvinnor", 27.5, "timmar", "@källa", "plan.yaml"],
        ["Ekbacka kommun", "i1", "Insats", "utfall", "I", "mätning", "2026-06-30", "2026-06-30",
         "2026-06-30", "män", "män", 33, "", None, "plan.yaml"],
    ]  # fmt: skip
    raw = values_workbook(list(HEADER), rows, "sv")
    book = opened(raw)
    worksheet = book.active
    assert worksheet.title == "Värden"
    assert [cell.value for cell in worksheet[1]] == list(HEADER)
    last = get_column_letter(len(HEADER))
    assert worksheet.freeze_panes == "A2" and worksheet.auto_filter.ref == f"A1:{last}3"
    assert all(cell.font.bold for cell in worksheet[1])
    when, value = HEADER.index("tidpunkt") + 1, HEADER.index("värde") + 1
    first, last_day = HEADER.index("från") + 1, HEADER.index("till") + 1
    # The plan's own spelling stays text; the period is in date cells that sort.
    assert [
        (worksheet.cell(row, when).value, worksheet.cell(row, when).data_type) for row in (2, 3)
    ] == [("2023", "s"), ("2026-06-30", "s")]
    assert worksheet.cell(2, first).is_date and worksheet.cell(2, last_day).is_date
    assert worksheet.cell(2, last_day).value == dt.datetime(2023, 12, 31)
    assert worksheet.cell(3, first).value == dt.datetime(2026, 6, 30)
    assert (worksheet.cell(2, value).value, worksheet.cell(2, value).data_type) == (27.5, "n")
    assert (worksheet.cell(2, 3).value, worksheet.cell(2, 3).data_type) == ("=Insats", "s")
    source, unit = HEADER.index("källa") + 1, HEADER.index("enhet") + 1
    assert worksheet.cell(2, source).data_type == "s" and worksheet.cell(3, unit).value is None
    assert worksheet.column_dimensions["C"].width >= len("insats") + 2
    assert opened(values_workbook(list(HEADER), [], "en")).active.title == "Values"
