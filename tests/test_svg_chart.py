"""The indicator chart (effektkedja.render.svg_chart): markers, target, labels, numbers."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from effektkedja.messages.numbers import format_number
from effektkedja.render.svg_chart import ChartPoint, ChartText, chart_svg, nice_ticks

SVG = "{http://www.w3.org/2000/svg}"
POINTS = [
    ChartPoint("2023", 27.5, 33.8),
    ChartPoint("2024", 28.1, 33.6),
    ChartPoint("2026-06-30", 30.1, 31.7),
    ChartPoint("2027", 31.0, 31.0, target=True),
]
TEXT = ChartText(
    title="Timmar per brukare: kvinnor och män över tid",
    description="Kvinnor: 27,5 (2023) …",
    female="Kvinnor",
    male="Män",
    target="mål",
    unit="timmar",
)


def chart(
    points: list[ChartPoint] = POINTS, text: ChartText = TEXT, lang: str = "sv"
) -> ET.Element:
    raw = chart_svg(points, text, lambda v: format_number(v, lang), id_prefix="c1")
    assert raw is not None
    return ET.fromstring(raw)


def texts(svg: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in svg.iter(f"{SVG}text")]


def markers(svg: ET.Element, sex: str) -> list[ET.Element]:
    return [e for e in svg.iter() if f"ek-marker-{sex}" in (e.get("class") or "")]


def test_it_is_an_image_with_a_title_and_a_description() -> None:
    svg = chart()
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "c1-title c1-desc"
    assert svg.findtext(f"{SVG}title") == TEXT.title
    assert svg.findtext(f"{SVG}desc") == TEXT.description


def test_women_and_men_differ_in_marker_shape_and_each_line_is_named_at_its_end() -> None:
    svg = chart()
    women, men = markers(svg, "female"), markers(svg, "male")
    assert {e.tag for e in women} == {f"{SVG}circle"}
    assert {e.tag for e in men} == {f"{SVG}rect"}
    assert len(women) == len(men) == 4
    names = [t for t in svg.iter(f"{SVG}text") if "ek-name" in (t.get("class") or "")]
    assert sorted(t.text or "" for t in names) == ["Kvinnor", "Män"]
    # The names stand right of the last point and do not overlap each other.
    last_x = max(float(e.get("cx", 0)) for e in women)
    ys = sorted(float(t.get("y", 0)) for t in names)
    assert all(float(t.get("x", 0)) > last_x for t in names)
    assert ys[1] - ys[0] >= 13


def test_the_target_is_hollow_reached_by_a_dashed_line_and_named_on_the_axis() -> None:
    svg = chart()
    for sex in ("female", "male"):
        found = markers(svg, sex)
        hollow = [e for e in found if "ek-hollow" in (e.get("class") or "")]
        assert len(hollow) == 1 and hollow[0] is found[-1]
        assert hollow[0].get("fill") != hollow[0].get("stroke")
        dashed = [
            p
            for p in svg.iter(f"{SVG}path")
            if f"ek-line-{sex}" in (p.get("class") or "") and p.get("stroke-dasharray")
        ]
        assert len(dashed) == 1
    assert "mål" in texts(svg)


def test_numbers_follow_the_language() -> None:
    points = [ChartPoint("2023", 0.25, 0.5), ChartPoint("2025", 0.75, 0.5)]
    swedish, english = texts(chart(points, lang="sv")), texts(chart(points, lang="en"))
    assert "0,4" in swedish and "0.4" not in swedish
    assert "0.4" in english and "0,4" not in english


def test_ticks_are_round_and_cover_every_value() -> None:
    for low, high in [(27.5, 33.8), (0.0, 1.0), (-3.2, 4.1), (1000, 1000), (0.001, 0.004)]:
        ticks = nice_ticks(low, high)
        assert ticks[0] <= low and ticks[-1] >= high
        assert 3 <= len(ticks) <= 11
        steps = {round(b - a, 9) for a, b in zip(ticks, ticks[1:], strict=False)}
        assert len(steps) == 1


def test_a_value_missing_for_one_sex_leaves_a_gap_not_a_zero() -> None:
    points = [
        ChartPoint("2023", 10, None),
        ChartPoint("2024", 12, 14),
        ChartPoint("2025", None, 15),
    ]
    svg = chart(points)
    assert len(markers(svg, "female")) == 2 and len(markers(svg, "male")) == 2


def test_nothing_to_draw_gives_none() -> None:
    text = TEXT
    assert chart_svg([ChartPoint("2023", None, None)], text, str) is None
    assert chart_svg([], text, str) is None


def test_many_points_keep_their_time_labels_apart() -> None:
    points = [ChartPoint(f"2025-{m:02d}-28", 10 + m, 20 - m / 2) for m in range(1, 13)]
    svg = chart(points)
    labels = [t for t in svg.iter(f"{SVG}text") if (t.text or "").startswith("2025-")]
    assert 2 <= len(labels) < 12
    assert labels[-1].text == "2025-12-28"
    xs = [float(t.get("x", 0)) for t in labels]
    assert min(b - a for a, b in zip(xs, xs[1:], strict=False)) > 70


@pytest.mark.parametrize(
    "hostile", ["</svg><script>alert(1)</script>", '" onload="x', "]]> & <!-- \u202e"]
)
def test_text_is_escaped(hostile: str) -> None:
    text = ChartText(hostile, hostile, hostile, hostile, hostile, hostile)
    points = [ChartPoint(hostile, 1, 2), ChartPoint("2027", 3, 3, target=True)]
    raw = chart_svg(points, text, str, id_prefix="c")
    assert raw is not None and "\u202e" not in raw
    svg = ET.fromstring(raw)
    assert svg.get("onload") is None
    assert {e.tag.removeprefix(SVG) for e in svg.iter()} <= {
        "svg",
        "title",
        "desc",
        "g",
        "line",
        "text",
        "path",
        "circle",
        "rect",
    }
    assert hostile.replace("\u202e", "").strip() in texts(svg)


def test_the_same_input_gives_the_same_bytes() -> None:
    def draw() -> str | None:
        return chart_svg(POINTS, TEXT, lambda v: format_number(v, "sv"), id_prefix="c1")

    assert draw() == draw()
