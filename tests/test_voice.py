"""One voice (issue 13): the details a reader notices, each pinned by a test.

Number agreement, whole words in the diagram, the diff's column heads, the CSV's
period columns, and the README's example output, which must be what the command
prints today.
"""

from __future__ import annotations

import csv
import io
import re

from effektkedja.engine import Summary
from effektkedja.export import HEADER, export_csv
from effektkedja.render.diff import render_markdown
from effektkedja.render.markdown import render_report
from effektkedja.views.diagram import LABEL_LENGTH, shorten
from tests.cli import invoke
from tests.conftest import EXAMPLES, ROOT, TODAY, check_text
from tests.test_diff import diff_texts, measurement, outcome, plan, product


def summarise(*results: object) -> Summary:
    summary = Summary()
    for result in results:
        summary.add(result)  # type: ignore[arg-type]
    return summary


def test_one_chain_stops_in_english_and_swedish() -> None:
    text = (EXAMPLES / "kommun-hemtjanst.yaml").read_text(encoding="utf-8")
    result = check_text(text)
    english = render_report([result], summarise(result), "en", TODAY)
    assert "1 chain stops at activity (aktivitet)" in english
    assert "1 chain stop " not in english
    swedish = render_report([result], summarise(result), "sv", TODAY)
    assert "1 kedja stannar vid aktivitet" in swedish


def test_diagram_labels_are_cut_only_between_words() -> None:
    name = "Bidrag till en jämn fördelning av det obetalda omsorgsarbetet i hemtjänsten i Ekbacka"
    label = shorten(name)
    assert len(label) <= LABEL_LENGTH and label.endswith("…")
    assert name.startswith(label[:-1]) and name[len(label) - 1] == " "
    assert shorten("Kort namn") == "Kort namn"


def test_diff_markdown_heads_the_gap_column_without_a_formula() -> None:
    old = plan(product(), outcome(measurements=measurement("2024", 29.0, 34.0)))
    new = plan(product(), outcome(measurements=measurement("2024", 29.0, 34.0)
                                  + measurement("2026", 30.5, 32.0)))  # fmt: skip
    markdown = render_markdown(diff_texts(old, new), "sv")
    header = next(line for line in markdown.splitlines() if "| Indikator |" in line)
    assert "Skillnad" in header and "−" not in header and "pojkar" not in header


def test_csv_gives_the_period_as_iso_dates_beside_the_plans_own_spelling() -> None:
    text = """\
organisation: X
insatser:
  - id: a
    namn: Jämnare fördelning
    indikatorer:
      - namn: Timmar
        utgångsläge: {år: 2023, kvinnor: 1, män: 2}
        mätningar: [{datum: 2025-06-30, kvinnor: 2, män: 2}]
"""
    rows = list(csv.DictReader(io.StringIO(export_csv([check_text(text)], "standard"))))
    assert list(rows[0]) == list(HEADER)
    assert [(r["tidpunkt"], r["från"], r["till"]) for r in rows[::2]] == [
        ("2023", "2023-01-01", "2023-12-31"),
        ("2025-06-30", "2025-06-30", "2025-06-30"),
    ]


def test_the_readme_shows_what_its_first_command_prints() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```text\n\$ (effektkedja check [^\n]+)\n(.*?)```", readme, re.S)
    assert block is not None, "the README shows a check and its output"
    command, shown = block.group(1), block.group(2)
    assert "--today" in command  # the output does not depend on the day it is read
    result = invoke(*command.split()[1:], cwd=ROOT, env={"NO_COLOR": "1"})
    assert result.stdout == shown
