"""Every output tells the same indicator facts (SPEC.md section 8), for any points.

Hypothesis writes indicators with random points: years and dates, two measurements
for one period, values missing for one sex, any file order. For each plan the
test works out the expected order, latest measurement and gap change from the
definition itself, then checks that JSON, EK206, EK208, the Markdown report's
sentence and table, the CSV rows and ``diff`` all say exactly that.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from effektkedja.diff import diff_plans
from effektkedja.engine import Summary
from effektkedja.export import HEADER, export_csv
from effektkedja.render.json import render as render_json
from effektkedja.render.markdown import render_report
from tests.conftest import TODAY, check_text

YEARS = st.integers(2024, 2026)
DAYS = st.sampled_from(["03-31", "06-30", "12-31"])
VALUE = st.one_of(st.none(), st.integers(0, 60).map(lambda n: n / 2))


@st.composite
def measurements(draw: st.DrawFn) -> list[dict[str, object]]:
    points = []
    for _ in range(draw(st.integers(0, 5))):
        year = draw(YEARS)
        point: dict[str, object] = (
            {"år": year} if draw(st.booleans()) else {"datum": f"{year}-{draw(DAYS)}"}
        )
        for sex in ("kvinnor", "män"):
            value = draw(VALUE)
            if value is not None:
                point[sex] = value
        if len(point) == 1:
            point["totalt"] = draw(st.integers(0, 100))
        points.append(point)
    return points


def flow(point: dict[str, object]) -> str:
    return "{" + ", ".join(f"{key}: {value}" for key, value in point.items()) + "}"


def plan_text(baseline: dict[str, object], points: list[dict[str, object]]) -> str:
    lines = [
        "organisation: Testkommunen",
        "insatser:",
        "  - id: utfall",
        "    namn: Jämnare fördelning av timmar",
        "    nivå: utfall",
        "    indikatorer:",
        "      - namn: Timmar",
        "        enhet: timmar",
        f"        utgångsläge: {flow(baseline)}",
    ]
    if points:
        lines.append("        mätningar:")
        lines.extend(f"          - {flow(point)}" for point in points)
    return "\n".join(lines) + "\n"


def period(point: dict[str, object]) -> tuple[date, date]:
    if "datum" in point:
        day = date.fromisoformat(str(point["datum"]))
        return day, day
    year = int(str(point["år"]))
    return date(year, 1, 1), date(year, 12, 31)


def when(point: dict[str, object]) -> str:
    return str(point.get("datum", point.get("år")))


def expected_order(points: list[dict[str, object]]) -> list[int]:
    """File positions of the measurements in the order of SPEC.md section 8."""
    return sorted(range(len(points)), key=lambda i: (period(points[i])[1], period(points[i])[0], i))


def gap(point: dict[str, object]) -> float | None:
    if "kvinnor" in point and "män" in point:
        return round(float(point["kvinnor"]) - float(point["män"]), 1)  # type: ignore[arg-type]
    return None


@settings(max_examples=60, deadline=None)
@given(
    women=st.integers(10, 40),
    men=st.integers(10, 40),
    points=measurements(),
)
def test_every_output_tells_the_same_facts(women: int, men: int, points: list) -> None:
    baseline = {"år": 2023, "kvinnor": women, "män": men}
    text = plan_text(baseline, points)
    result = check_text(text)
    assert result.facts is not None, [(f.rule, f.args) for f in result.findings]
    order = expected_order(points)
    latest_index = next((i for i in reversed(order) if gap(points[i]) is not None), None)
    latest = points[latest_index] if latest_index is not None else None
    before = abs(gap(baseline) or 0.0)
    change = None
    if latest is not None:
        after = abs(gap(latest) or 0.0)
        change = "unchanged" if after == before else "narrowed" if after < before else "widened"

    # JSON: points in order, the latest, the gap change.
    summary = Summary()
    summary.add(result)
    document = json.loads(render_json([result], summary, "sv"))
    [indicator] = document["plans"][0]["initiatives"][0]["indicators"]
    assert [p["when"] for p in indicator["points"]] == ["2023"] + [when(points[i]) for i in order]
    assert (indicator["latest"] or {}).get("when") == (when(latest) if latest else None)
    assert indicator["gap_change"] == change

    # EK206 exactly when widened; EK208 once per measurement repeating a period.
    rules = [f.rule for f in result.findings]
    assert ("EK206" in rules) == (change == "widened")
    periods = [period(point) for point in points]
    repeats = sum(1 for i, p in enumerate(periods) if p in periods[:i])
    assert rules.count("EK208") == repeats

    # The report: its table lists the points in the same order, its sentence the latest.
    markdown = render_report([result], summary, "sv", TODAY)
    table = markdown.split("| Mätpunkt |", 1)[1].split("\n\n", 1)[0].splitlines()[2:]
    assert [row.split("|")[2].strip() for row in table] == indicator_whens(indicator)
    if latest is not None:
        assert f"till den senaste mätningen ({when(latest)})" in markdown
    else:
        assert "till den senaste mätningen" not in markdown

    # CSV: the values follow the same order.
    rows = list(csv.reader(io.StringIO(export_csv([result], "standard"))))
    column = HEADER.index("tidpunkt")
    seen: list[str] = []
    for row in rows[1:]:
        if not seen or seen[-1] != row[column]:
            seen.append(row[column])
    assert seen == dedupe_adjacent(indicator_whens(indicator))

    # diff from a version with the baseline only: the gap it reaches is the latest's.
    old = check_text(plan_text(baseline, []))
    changes = diff_plans(old, result).indicator_changes
    if points:
        [item] = changes
        assert (item.gap_to.when if item.gap_to else None) == (
            when(latest) if latest is not None else "2023"
        )
        assert item.since_baseline
        assert item.trend is not None and item.trend.value == (change or "unchanged")


def indicator_whens(indicator: dict) -> list[str]:
    return [p["when"] for p in indicator["points"]]


def dedupe_adjacent(values: list[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        if not out or out[-1] != value:
            out.append(value)
    return out


def test_the_issue_example_agrees_everywhere() -> None:
    """The report in the issue said "minskat, från −4 till −2" while EK206 said "ökat"."""
    text = plan_text(
        {"år": 2023, "kvinnor": 20, "män": 24},
        [{"år": 2026, "kvinnor": 10, "män": 18}, {"datum": "2026-06-30", "kvinnor": 10, "män": 12}],
    )
    result = check_text(text)
    summary = Summary()
    summary.add(result)
    markdown = render_report([result], summary, "sv", TODAY)
    # 2026 (the whole year) ends after 2026-06-30: it is the latest, and the gap widened.
    assert (
        "Från utgångsläget (2023) till den senaste mätningen (2026) har skillnaden mellan "
        "kvinnor och män ökat, från 4 timmar mer för män än för kvinnor till 8 timmar mer "
        "för män än för kvinnor." in markdown
    )
    [ek206] = [f for f in result.findings if f.rule == "EK206"]
    assert ek206.args["to"] == "2026"
