"""An indicator's values for women and men over time, as a small inline SVG chart.

Points joined by lines, one line per sex, each named at its end (direct labels,
no legend). The sexes differ in marker shape (circle for women or girls, square
for men or boys) as well as colour. The target is drawn apart from what was
measured: a hollow marker, reached by a dashed line, and the word for target
under its time on the axis. The chart is ``role="img"`` with a ``<title>`` and
a ``<desc>``; the report puts the data table beside it.

Points are spaced evenly in the order given (baseline, measurements, target), not
by date: the labels on the axis say when. Numbers are formatted by the caller, so
a Swedish report gets decimal commas.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from effektkedja.render.svgtext import escape, number, text_width

WIDTH = 480.0
HEIGHT = 240.0
FONT_SIZE = 13.0
TOP = 26.0
BOTTOM = 44.0
#: Room kept at the right of the plot for the line names.
LABEL_GAP = 10.0
INSET = 18.0
TICK_TARGET = 5
FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif"
DEFAULT_COLOURS = {
    "text": "#1a1a1a",
    "muted": "#4a4a4a",
    "grid": "#d0d5da",
    "axis": "#5b6670",
    "female": "#7b2d8e",
    "male": "#00616b",
    "background": "#ffffff",
}


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """One point in time: its label on the axis, the two values, whether it is the target."""

    when: str
    female: float | None
    male: float | None
    target: bool = False


@dataclass(frozen=True, slots=True)
class ChartText:
    """The words of the chart: title and description (for the accessible name), the two
    line names ("Kvinnor", "Män" or "Flickor", "Pojkar"), the word under the target's
    time, and the unit shown above the value axis (or None)."""

    title: str
    description: str
    female: str
    male: str
    target: str
    unit: str | None = None


def has_values(points: Sequence[ChartPoint]) -> bool:
    """True when there is anything to draw: a value for either sex."""
    return any(p.female is not None or p.male is not None for p in points)


def nice_ticks(low: float, high: float, count: int = TICK_TARGET) -> list[float]:
    """Round values from at or below ``low`` to at or above ``high``, about ``count`` of them."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return [0.0, 1.0]
    if high < low:
        low, high = high, low
    if high == low:
        pad = abs(low) * 0.1 or 1.0
        low, high = low - pad, high + pad
    raw = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step + 1e-9) * step
    last = math.ceil(high / step - 1e-9) * step
    ticks = []
    n = round((last - first) / step)
    for i in range(n + 1):
        value = first + i * step
        ticks.append(round(value, 10) + 0.0)
    return ticks


def chart_svg(
    points: Sequence[ChartPoint],
    text: ChartText,
    format_number: Callable[[float], str],
    id_prefix: str = "chart",
) -> str | None:
    """The chart as one ``<svg>`` element, or None when no point has a value for either sex.

    ``format_number`` writes a value as the reader's language does (tick labels).
    ``id_prefix`` keeps the ids inside unique in a page with several charts.
    """
    if not has_values(points):
        return None
    values = [v for p in points for v in (p.female, p.male) if v is not None]
    ticks = nice_ticks(min(values), max(values))
    tick_labels = [format_number(tick) for tick in ticks]
    left = 8 + max(text_width(label, FONT_SIZE) for label in tick_labels) + 8
    name_width = max(
        text_width(text.female, FONT_SIZE, bold=True), text_width(text.male, FONT_SIZE, bold=True)
    )
    right = WIDTH - LABEL_GAP - name_width - 8
    top, bottom = TOP, HEIGHT - BOTTOM

    def y_of(value: float) -> float:
        return bottom - (value - ticks[0]) / (ticks[-1] - ticks[0]) * (bottom - top)

    count = len(points)
    if count == 1:
        xs = [(left + right) / 2]
    else:
        step = (right - left - 2 * INSET) / (count - 1)
        xs = [left + INSET + i * step for i in range(count)]

    p = id_prefix
    c = DEFAULT_COLOURS
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ek-chart" role="img" '
        f'viewBox="0 0 {number(WIDTH)} {number(HEIGHT)}" width="{number(WIDTH)}" '
        f'height="{number(HEIGHT)}" aria-labelledby="{p}-title {p}-desc" '
        f'font-family="{FONT_FAMILY}" font-size="{number(FONT_SIZE)}" fill="{c["text"]}">',
        f'<title id="{p}-title">{escape(text.title)}</title>',
        f'<desc id="{p}-desc">{escape(text.description)}</desc>',
    ]
    if text.unit:
        out.append(
            f'<text class="ek-muted" x="8" y="14" fill="{c["muted"]}">{escape(text.unit)}</text>'
        )
    out.append('<g class="ek-axis-y">')
    for tick, label in zip(ticks, tick_labels, strict=True):
        y = y_of(tick)
        out.append(
            f'<line class="ek-grid" x1="{number(left)}" x2="{number(right)}" y1="{number(y)}" '
            f'y2="{number(y)}" stroke="{c["grid"]}" stroke-width="1"/>'
            f'<text x="{number(left - 8)}" y="{number(y + 4.5)}" text-anchor="end">'
            f"{escape(label)}</text>"
        )
    out.append("</g>")
    out.append(
        f'<line class="ek-axis" x1="{number(left)}" x2="{number(right)}" y1="{number(bottom)}" '
        f'y2="{number(bottom)}" stroke="{c["axis"]}" stroke-width="1.5"/>'
    )
    out.append(_x_labels(points, xs, bottom, text))
    ends: list[tuple[str, float, float, float]] = []
    for sex in ("female", "male"):
        series = [
            (x, y_of(value), point.target)
            for x, point in zip(xs, points, strict=True)
            if (value := getattr(point, sex)) is not None
        ]
        if not series:
            continue
        out.append(_series(sex, series))
        x, y, _ = series[-1]
        measured = [my for _, my, target in series if not target]
        ends.append((sex, x, y, measured[-1] if measured else y))
    out.extend(_names(ends, right, text))
    out.append("</svg>")
    return "\n".join(out)


def _x_labels(points: Sequence[ChartPoint], xs: list[float], bottom: float, text: ChartText) -> str:
    """The time of each point under the axis; some are left out when they would collide."""
    widths = [text_width(point.when, FONT_SIZE) for point in points]
    step = xs[1] - xs[0] if len(xs) > 1 else float("inf")
    every = 1
    while every < len(points) and step * every < max(widths) + 8:
        every += 1
    shown = {i for i in range(0, len(points), every)} | {len(points) - 1}
    # The last label wins over a neighbour it would touch.
    shown = {i for i in shown if i == len(points) - 1 or (len(points) - 1 - i) >= every}
    c = DEFAULT_COLOURS
    out = ['<g class="ek-axis-x" text-anchor="middle">']
    for i, (x, point) in enumerate(zip(xs, points, strict=True)):
        out.append(
            f'<line class="ek-axis" x1="{number(x)}" x2="{number(x)}" y1="{number(bottom)}" '
            f'y2="{number(bottom + 5)}" stroke="{c["axis"]}" stroke-width="1.5"/>'
        )
        if i in shown:
            label = escape(point.when)
            out.append(f'<text x="{number(x)}" y="{number(bottom + 19)}">{label}</text>')
        if point.target:
            out.append(
                f'<text class="ek-muted" x="{number(x)}" y="{number(bottom + 35)}" '
                f'font-style="italic" fill="{c["muted"]}">{escape(text.target)}</text>'
            )
    out.append("</g>")
    return "".join(out)


def _series(sex: str, series: list[tuple[float, float, bool]]) -> str:
    """The line and markers of one sex: solid between measurements, dashed to the target."""
    colour = DEFAULT_COLOURS[sex]
    out = [f'<g class="ek-series ek-{sex}">']
    measured = [(x, y) for x, y, target in series if not target]
    if len(measured) > 1:
        d = "M" + "L".join(f"{number(x)} {number(y)}" for x, y in measured)
        out.append(
            f'<path class="ek-line-{sex}" d="{d}" fill="none" stroke="{colour}" '
            f'stroke-width="2.5" stroke-linejoin="round"/>'
        )
    targets = [(x, y) for x, y, target in series if target]
    if targets and measured:
        (x0, y0), (x1, y1) = measured[-1], targets[0]
        out.append(
            f'<path class="ek-line-{sex}" d="M{number(x0)} {number(y0)}L{number(x1)} {number(y1)}" '
            f'fill="none" stroke="{colour}" stroke-width="2" stroke-dasharray="6 4"/>'
        )
    for x, y, target in series:
        out.append(_marker(sex, x, y, hollow=target))
    out.append("</g>")
    return "".join(out)


def _marker(sex: str, x: float, y: float, hollow: bool) -> str:
    """A circle for women or girls, a square for men or boys; hollow for the target."""
    colour = DEFAULT_COLOURS[sex]
    if hollow:
        paint = (
            f'class="ek-marker-{sex} ek-hollow" fill="{DEFAULT_COLOURS["background"]}" '
            f'stroke="{colour}" stroke-width="2.5"'
        )
    else:
        paint = f'class="ek-marker-{sex}" fill="{colour}" stroke="{colour}" stroke-width="1"'
    # The circle is larger than the square, so that both show where the values meet.
    if sex == "female":
        return f'<circle cx="{number(x)}" cy="{number(y)}" r="7" {paint}/>'
    return f'<rect x="{number(x - 4)}" y="{number(y - 4)}" width="8" height="8" {paint}/>'


def _names(ends: list[tuple[str, float, float, float]], right: float, text: ChartText) -> list[str]:
    """Each line's name at its right end, moved apart when the two would overlap.

    ``ends`` holds each line's sex, last x, last y and the y of its last measured
    point, which decides which name goes on top when the lines end together.
    """
    if not ends:
        return []
    ys = [y for _, _, y, _ in ends]
    room = FONT_SIZE + 3
    if len(ends) == 2 and abs(ys[0] - ys[1]) < room:
        middle = (ys[0] + ys[1]) / 2
        first_above = (ys[0], ends[0][3]) <= (ys[1], ends[1][3])
        ys = [middle - room / 2, middle + room / 2]
        if not first_above:
            ys.reverse()
    names = {"female": text.female, "male": text.male}
    out = []
    for (sex, _x, _y, _before), y in zip(ends, ys, strict=True):
        out.append(
            f'<text class="ek-name-{sex}" x="{number(right + LABEL_GAP)}" y="{number(y + 4.5)}" '
            f'font-weight="bold" fill="{DEFAULT_COLOURS[sex]}">{escape(names[sex])}</text>'
        )
    return out
