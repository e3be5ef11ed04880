"""Text inside the report's inline SVG figures: cleaning, escaping, measuring, wrapping.

SVG has no line wrapping of its own, so the figures estimate how wide a text is
and break it into lines themselves. The estimate uses the advance widths of
DejaVu Sans, the first font the report asks for and among the widest common
sans-serif fonts: a line that fits in DejaVu Sans fits in Arial, Liberation Sans
or Helvetica too. Text is wrapped at spaces only, never inside a word; a single
word wider than the line is drawn condensed to fit (see :func:`fit_line`).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

#: Advance widths (in em) of DejaVu Sans for the printable ASCII characters, U+0020 to U+007E.
_ASCII_WIDTHS = (
    (0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361)
    + (0.318, 0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636)
    + (0.337, 0.337, 0.838, 0.838, 0.838, 0.531, 1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575)
    + (0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695)
    + (0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5)
    + (0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278)
    + (0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592)
    + (0.592, 0.525, 0.636, 0.337, 0.636, 0.838)
)
#: Characters outside ASCII whose width differs from their base letter's.
_OTHER_WIDTHS = {
    "\u00a0": 0.318,  # no-break space
    "æ": 0.982,
    "Æ": 0.974,
    "–": 0.5,
    "—": 1.0,
    "−": 0.838,
    "…": 1.0,
    "‘": 0.318,
    "’": 0.318,
    "“": 0.518,
    "”": 0.518,
}
#: Width of a character the table does not know (wider than most Latin letters).
_UNKNOWN_WIDTH = 0.7
#: Bold text is about this much wider than regular text.
BOLD_FACTOR = 1.1

# C0 and C1 controls (tab and newline become spaces first), and the explicit bidi
# embeddings, overrides and isolates: they could reorder what the reader sees
# (U+202E shows "txt.exe" as "exe.txt"), so the report drops them.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"[ \t\n\r\f\v\x85\u2028\u2029]+")


def clean(value: object) -> str:
    """``value`` as one line of visible text: controls and bidi overrides dropped, spaces collapsed.

    ``None`` becomes the empty string. The result is still raw text: escape it
    (:func:`escape`) before it goes into markup.
    """
    if value is None:
        return ""
    text = _SPACE.sub(" ", str(value))
    return _SPACE.sub(" ", _CONTROL.sub("", text)).strip()


def escape(value: object) -> str:
    """:func:`clean` text escaped for SVG or HTML content and attribute values."""
    return html.escape(clean(value), quote=True)


def char_width(char: str) -> float:
    """The advance width of ``char`` in em (an estimate for characters outside the table)."""
    code = ord(char)
    if 0x20 <= code <= 0x7E:
        return _ASCII_WIDTHS[code - 0x20]
    if char in _OTHER_WIDTHS:
        return _OTHER_WIDTHS[char]
    if unicodedata.combining(char):
        return 0.0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.0
    base = unicodedata.normalize("NFD", char)[0]
    if base != char and 0x20 <= ord(base) <= 0x7E:
        return _ASCII_WIDTHS[ord(base) - 0x20]  # å, é, ü: as wide as a, e, u
    return _UNKNOWN_WIDTH


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The estimated width of ``text`` set at ``size`` user units."""
    width = sum(char_width(char) for char in text) * size
    return width * BOLD_FACTOR if bold else width


@dataclass(frozen=True, slots=True)
class Line:
    """One line of wrapped text and whether it is wider than the space it has."""

    text: str
    width: float
    too_wide: bool


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[Line]:
    """``text`` broken at spaces into lines no wider than ``width`` where the words allow.

    A word is never split: a word wider than ``width`` gets a line of its own,
    marked ``too_wide`` (the caller condenses it, see :func:`fit_line`).
    """
    lines: list[Line] = []
    current = ""
    for word in clean(text).split(" "):
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size, bold) > width:
            lines.append(_line(current, width, size, bold))
            current = word
        else:
            current = candidate
    if current:
        lines.append(_line(current, width, size, bold))
    return lines


def _line(text: str, width: float, size: float, bold: bool) -> Line:
    measured = text_width(text, size, bold)
    return Line(text, measured, measured > width)


def fit_line(line: Line, width: float) -> str:
    """Extra attributes for a ``<text>`` element that draw ``line`` within ``width``.

    A line that fits needs none; a too-wide line is squeezed with ``textLength``
    so that it stays inside its box, with every character still there.
    """
    if not line.too_wide:
        return ""
    return f' textLength="{width:g}" lengthAdjust="spacingAndGlyphs"'


def truncate(lines: list[Line], limit: int, width: float, size: float) -> list[Line]:
    """At most ``limit`` lines; a cut ends, at a word boundary, with an ellipsis."""
    if len(lines) <= limit:
        return lines
    kept = lines[:limit]
    words = kept[-1].text.split(" ")
    while len(words) > 1 and text_width(" ".join(words) + " …", size) > width:
        words.pop()
    last = " ".join(words) + " …"
    return [*kept[:-1], _line(last, width, size, False)]


def number(value: float) -> str:
    """A coordinate for SVG: at most one decimal, no trailing zeros, never ``-0``."""
    rounded = round(value, 1)
    if rounded == 0:
        return "0"
    text = f"{rounded:.1f}".rstrip("0").rstrip(".")
    return text
