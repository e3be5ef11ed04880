"""The Word report (``effektkedja report --format docx``): the report view as a .docx document.

    results → :func:`~effektkedja.views.report.report_view` → python-docx → bytes

The same content as the Markdown and HTML reports, laid out for people who put
it in an annual report or send it on: the report title in the style *Title*,
sections in *Heading 1*–*3* (Word shows them as Rubrik 1–3 in Swedish, so the
navigation pane and a table of contents work), tables with a header row that is
repeated on every page and rows that are not split. The chain is a table by
level (initiative, where it leads, its findings): the SVG drawing of the HTML
report would need an SVG renderer such as cairosvg to become a picture Word
shows, so the table is the chain here.

The document language is set in the styles (Swedish, or English with ``--lang
en``) so that spelling, hyphenation and screen readers use the right one; the
title, language, creator and date are in the document properties. Plan text is
only ever text: it is never a field code, a hyperlink or markup, characters XML
cannot hold are dropped, and bidi overrides are shown as ``<U+202E>``. The file
is a plain .docx (no macros), and the same report gives the same bytes: every
date in it, the zip entries' too, is the report date.

python-docx is imported when a document is built, so that ``check`` starts fast.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from effektkedja.engine import PlanResult, Summary
from effektkedja.messages import count
from effektkedja.sanitize import code_point
from effektkedja.views.plan import InitiativeView, PlanView
from effektkedja.views.portfolio import PortfolioView
from effektkedja.views.problems import EvidenceView
from effektkedja.views.report import ReportView, report_view

if TYPE_CHECKING:  # python-docx is imported when a document is built
    from docx.document import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

__all__ = ["LANGUAGE_TAGS", "SYMBOLS", "render_docx", "visible_text"]

#: The document language of each report language (``w:lang``, ``dc:language``).
LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
#: The symbol in front of the word that marks an initiative with findings.
SYMBOLS = {"error": "✖", "warning": "⚠", "info": "ℹ"}

#: What XML 1.0 cannot hold (C0 but tab, LF and CR; surrogates; U+FFFE, U+FFFF) and
#: the C1 controls, which it can but which no reader shows: dropped from plan text.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
#: Bidi embeddings, overrides and isolates: they reorder what the reader sees around
#: them (U+202E shows "txt.exe" as "exe.txt"), so they are shown as their code point.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")

#: Core properties are limited to 255 characters (python-docx refuses longer ones).
_PROPERTY_LENGTH = 255
_PAGE_WIDTH_MM, _PAGE_HEIGHT_MM, _MARGIN_MM = 210, 297, 20
#: A table of at most this many lines of text is kept on one page (a third of a page).
_KEEP_TOGETHER = 20
#: Table text size (points): for tables of up to 5 columns, up to 9, and more.
_TABLE_SIZES = ((5, 9.0), (9, 8.0), (1000, 7.5))
_TABLE_SIZE = _TABLE_SIZES[0][1]
#: Column widths: texts longer than ``_LONG_TEXT`` characters count as that long; a word
#: longer than ``_LONG_WORD`` may be broken. A character is at most about 0.62 em wide in
#: DejaVu Sans, 0.7 em in bold (the header); a cell's padding is some 0.18 inch (EMU).
_LONG_TEXT, _LONG_WORD = 300, 22
_EM, _BOLD_EM, _EMU_PER_POINT, _CELL_PADDING = 0.62, 0.7, 12700, 0.18 * 914400
_EMU_PER_TWIP = 635
#: A word, for widths: a line may break at spaces (not no-break spaces) and after a
#: hyphen or a slash.
_WORD = re.compile(r"[^ \t\n/-]+[/-]?")
_NUMBER_PARTS = re.compile(r" (?=\()")
_SPACES = re.compile(r"[ \t\n]+")
NBSP = "\u00a0"
_HEADER_FILL = "D9E2F3"
_ID_COLOUR = "4A4A4A"
_TABLE_STYLE = "Table Grid"
#: The body font (Word's default before Aptos; LibreOffice shows Carlito or a fallback).
_FONT = "Calibri"


def visible_text(value: object) -> str:
    """Plan text as Word can store it and a reader can trust it.

    Characters XML 1.0 cannot hold and C1 controls are dropped (so the file always
    opens), bidi overrides are shown as ``<U+202E>`` (so nothing is reordered; the
    notation of :mod:`effektkedja.sanitize`), and line breaks, the line and paragraph
    separators too, become ``\\n`` (a line break in Word). ``None`` becomes ``""``.
    """
    if value is None:
        return ""
    text = _LINE_BREAKS.sub("\n", str(value))
    text = _UNSTORABLE.sub("", text)
    return _BIDI.sub(lambda match: code_point(match.group()), text)


def render_docx(
    results: Iterable[PlanResult],
    summary: Summary,
    lang: str = "sv",
    today: date | None = None,
    portfolio: bool = False,
) -> bytes:
    """The Word report on ``results`` in ``lang`` (``sv`` or ``en``), as the bytes of a .docx.

    The same content as :func:`effektkedja.render.markdown.render_report` (``today`` is the
    report date, ``portfolio`` asks for the portfolio roll-up first).
    """
    when = today or date.today()
    view = report_view(list(results), summary, lang, when, portfolio)
    writer = _Writer(view)
    _report(writer, view)
    return writer.save(when)


# --- cells ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of a table cell: text, bold or an id (smaller, grey), on a new line or not."""

    text: str
    bold: bool = False
    id: bool = False
    new_line: bool = False


#: A table cell: text (``None`` shows as "–"), or pieces of text.
Cell = str | int | None | Sequence[Part]


def _plain(cell: Cell) -> str:
    if cell is None:
        return "–"
    if isinstance(cell, (str, int)):
        return str(cell)
    return " ".join(part.text for part in cell)


def _named(name: str, initiative_id: str) -> list[Part]:
    """An initiative's name with its id on the next line."""
    return [Part(name), Part(initiative_id, id=True, new_line=True)]


# --- the document ---------------------------------------------------------------------------


class _Writer:
    """A python-docx document with the few things the report needs, all of them cleaning text."""

    def __init__(self, view: ReportView) -> None:
        import docx

        self.view = view
        self.t = view.t
        self.lang = view.lang
        self.doc: Document = docx.Document()
        self._style_ids: dict[str, str] = {}
        self._set_up()

    # -- set-up

    def _set_up(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Mm, Pt

        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(_PAGE_WIDTH_MM), Mm(_PAGE_HEIGHT_MM)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(_MARGIN_MM))
        self.text_width: int = Mm(_PAGE_WIDTH_MM - 2 * _MARGIN_MM)
        self._end = self.doc.element.body.sectPr
        self._language()
        styles = self.doc.styles
        # The report's one style of its own, named in the report's language.
        table_text = styles.add_style(self.t["docx_style_table"], WD_STYLE_TYPE.PARAGRAPH)
        table_text.base_style = styles["Normal"]
        table_text.quick_style = True
        table_text.font.size = Pt(_TABLE_SIZE)
        table_text.paragraph_format.space_before = Pt(1)
        table_text.paragraph_format.space_after = Pt(1)
        table_text.paragraph_format.line_spacing = 1.0
        self._page_numbers()

    def _language(self) -> None:
        """The document language (and font) in the defaults of every run, and in Normal."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        tag = LANGUAGE_TAGS[self.lang]
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            styles.insert(0, defaults)
        run_defaults = defaults.find(qn("w:rPrDefault"))
        if run_defaults is None:
            run_defaults = OxmlElement("w:rPrDefault")
            defaults.insert(0, run_defaults)
        properties = run_defaults.find(qn("w:rPr"))
        if properties is None:
            properties = OxmlElement("w:rPr")
            run_defaults.append(properties)
        _set_lang(properties, tag)
        fonts = properties.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            properties.insert(0, fonts)
        for script in ("ascii", "hAnsi", "cs"):  # the template's theme font is Cambria
            fonts.attrib.pop(qn(f"w:{script}Theme" if script != "cs" else "w:cstheme"), None)
            fonts.set(qn(f"w:{script}"), _FONT)
        _set_lang(self.doc.styles["Normal"].element.get_or_add_rPr(), tag)
        settings = self.doc.settings.element
        theme = settings.find(qn("w:themeFontLang"))
        if theme is not None:
            theme.set(qn("w:val"), tag)

    def _page_numbers(self) -> None:
        """The page number, centred in the footer (the tool's own field, never plan text)."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        paragraph = self.doc.sections[0].footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        paragraph._p.append(field)

    def orientation(self, landscape: bool, new_page: bool = True) -> None:
        """Pages from here on in landscape (for the wide roll-up tables) or portrait."""
        from docx.enum.section import WD_ORIENT, WD_SECTION_START
        from docx.shared import Mm

        section = (
            self.doc.add_section(WD_SECTION_START.NEW_PAGE) if new_page else self.doc.sections[-1]
        )
        short, long = Mm(_PAGE_WIDTH_MM), Mm(_PAGE_HEIGHT_MM)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (long, short) if landscape else (short, long)
        self.text_width = section.page_width - Mm(2 * _MARGIN_MM)
        self._end = self.doc.element.body.sectPr

    # -- blocks

    def add_paragraph(self, text: str = "") -> Paragraph:
        """A new paragraph at the end of the document, with ``text`` (already made visible).

        python-docx's ``add_paragraph`` and ``add_table`` look for the body's section
        properties from its start each time, which makes a long report quadratic:
        the report adds its blocks before them itself.
        """
        from docx.oxml import OxmlElement
        from docx.text.paragraph import Paragraph

        element = OxmlElement("w:p")
        self._end.addprevious(element)
        paragraph = Paragraph(element, self.doc)
        if text:
            paragraph.add_run(text)
        return paragraph

    def add_table(self, columns: int) -> Table:
        """A new table of ``columns`` columns and no rows at the end of the document."""
        from docx.oxml.table import CT_Tbl
        from docx.shared import Emu
        from docx.table import Table

        element = CT_Tbl.new_tbl(0, columns, Emu(self.text_width))
        self._end.addprevious(element)
        return Table(element, self.doc)

    # -- text

    def style_id(self, style: str) -> str:
        """The id of the style named ``style``, looked up once (python-docx's lookup is slow)."""
        style_id = self._style_ids.get(style)
        if style_id is None:
            style_id = self._style_ids[style] = self.doc.styles[style].style_id
        return style_id

    def styled(self, text: str, style: str) -> Any:
        """A paragraph of ``text`` in ``style``."""
        paragraph = self.add_paragraph(visible_text(text))
        paragraph._p.get_or_add_pPr().style = self.style_id(style)
        return paragraph

    def heading(self, text: str, level: int, new_page: bool = False) -> None:
        """A heading in the style Title (level 0) or Heading 1–3, on one line."""
        paragraph = self.styled(
            _SPACES.sub(" ", visible_text(text)).strip(), f"Heading {level}" if level else "Title"
        )
        if new_page:
            paragraph.paragraph_format.page_break_before = True

    def paragraph(self, *texts: str, keep: bool = False) -> None:
        """One paragraph of ``texts`` joined by spaces; nothing when they are all empty."""
        text = " ".join(visible_text(t) for t in texts if t)
        if not text:
            return
        paragraph = self.add_paragraph(text)
        if keep:
            paragraph.paragraph_format.keep_with_next = True

    def labelled(self, pairs: Sequence[tuple[str, str | None]], keep: bool = False) -> None:
        """ "Label: value" lines, the label bold, in one paragraph (empty values left out)."""
        shown = [(label, value) for label, value in pairs if value]
        if not shown:
            return
        paragraph = self.add_paragraph()
        if keep:
            paragraph.paragraph_format.keep_with_next = True
        for index, (label, value) in enumerate(shown):
            run = paragraph.add_run(visible_text(f"{label}: "))
            run.bold = True
            # A block scalar (analys: >) ends in a line break: no empty line after it.
            text = visible_text(value).strip()
            paragraph.add_run(text + ("\n" if index < len(shown) - 1 else ""))

    def runs(self, parts: Sequence[tuple[str, str]], keep: bool = False) -> None:
        """One paragraph of runs; the second of each pair is ``""``, ``"b"`` or ``"i"``."""
        paragraph = self.add_paragraph()
        if keep:
            paragraph.paragraph_format.keep_with_next = True
        for text, kind in parts:
            run = paragraph.add_run(visible_text(text))
            run.bold = kind == "b" or None
            run.italic = kind == "i" or None

    def bullet(self, text: str) -> None:
        self.styled(text, "List Bullet")

    # -- tables

    def table(
        self,
        caption: str,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        numeric: Iterable[int] = (),
        bold_rows: Iterable[int] = (),
    ) -> Table:
        """A bordered table: the header row repeats on every page, no row is split.

        ``caption`` is the table's title for screen readers (Word's alternative
        text); ``numeric`` columns are right-aligned; ``bold_rows`` (indices into
        ``rows``) are set in bold, for totals. A short table (``_KEEP_TOGETHER``
        lines) is kept on one page.
        """
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.shared import Pt

        columns = len(header)
        table = self.add_table(columns)
        table._tbl.tblPr.style = self.style_id(_TABLE_STYLE)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        _caption(table, visible_text(caption))
        right = set(numeric)
        bold = {index + 1 for index in bold_rows}
        points = next(size for most, size in _TABLE_SIZES if columns <= most)
        widths = _widths(header, rows, self.text_width, points, right)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        layout = _Layout(
            style=self.style_id(self.t["docx_style_table"]),
            widths=[str(round(width / _EMU_PER_TWIP)) for width in widths],
            size=None if points == _TABLE_SIZE else str(round(2 * points)),
            right=right,
            together=_lines(header, rows, widths, points) <= _KEEP_TOGETHER,
        )
        last = len(rows)
        for number, values in enumerate([header, *rows]):
            _add_row(table._tbl, values, layout, number, number == 0 or number in bold, last)
        # A paragraph after each table keeps two tables from merging into one.
        self.add_paragraph().paragraph_format.space_after = Pt(0)
        return table

    # -- the file

    def save(self, when: date) -> bytes:
        """The document as bytes, with the report's properties and every date ``when``."""
        view = self.view
        moment = datetime(when.year, when.month, when.day)
        properties = self.doc.core_properties
        properties.title = _property(view.title)
        properties.subject = _property(self.t["docx_subject"])
        properties.keywords = _property(self.t["docx_keywords"])
        properties.comments = _property(view.footer)
        properties.category = _property(self.t["docx_category"])
        properties.language = LANGUAGE_TAGS[self.lang]
        properties.author = "effektkedja"
        properties.last_modified_by = "effektkedja"
        properties.revision = 1
        properties.created = moment
        properties.modified = moment
        _drop_thumbnail(self.doc)
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return _repack(buffer.getvalue(), when, _app_properties(view.version))


def _set_lang(properties: Any, tag: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    lang.set(qn("w:val"), tag)


def _property(text: str) -> str:
    clean = " ".join(visible_text(text).split())
    return clean if len(clean) <= _PROPERTY_LENGTH else clean[: _PROPERTY_LENGTH - 1] + "…"


def _caption(table: Table, caption: str) -> None:
    """``w:tblCaption``: the table's title, which Word's accessibility check asks for."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table._tbl.tblPr
    element = OxmlElement("w:tblCaption")
    element.set(qn("w:val"), _property(caption))
    properties.append(element)  # the last child of w:tblPr but w:tblDescription


@dataclass(frozen=True, slots=True)
class _Layout:
    """How a table's cells look: paragraph style, widths (twips), text size (half points)."""

    style: str
    widths: list[str]
    size: str | None
    right: set[int]
    together: bool


def _add_row(
    table: Any, values: Sequence[Cell], layout: _Layout, number: int, bold: bool, last: int
) -> None:
    """One table row, built as WordprocessingML in the schema's order.

    Every row has ``w:cantSplit`` (never split across pages), the header row (0)
    ``w:tblHeader`` (repeated on each page) and shading. python-docx's cell API
    does the same but searches for the place of each element it adds, which took
    most of the time of a large report.
    """
    from docx.oxml.ns import qn
    from lxml.etree import SubElement

    w_val = qn("w:val")
    row = SubElement(table, qn("w:tr"))
    row_properties = SubElement(row, qn("w:trPr"))
    SubElement(row_properties, qn("w:cantSplit"))
    if number == 0:
        SubElement(row_properties, qn("w:tblHeader"))
    for column, value in enumerate(values):
        cell = SubElement(row, qn("w:tc"))
        cell_properties = SubElement(cell, qn("w:tcPr"))
        SubElement(
            cell_properties, qn("w:tcW"), {qn("w:w"): layout.widths[column], qn("w:type"): "dxa"}
        )
        if number == 0:
            SubElement(
                cell_properties,
                qn("w:shd"),
                {w_val: "clear", qn("w:color"): "auto", qn("w:fill"): _HEADER_FILL},
            )
        paragraph = SubElement(cell, qn("w:p"))
        paragraph_properties = SubElement(paragraph, qn("w:pPr"))
        SubElement(paragraph_properties, qn("w:pStyle"), {w_val: layout.style})
        if layout.together and number < last:
            SubElement(paragraph_properties, qn("w:keepNext"))
        number_cell = column in layout.right and number > 0
        if number_cell:
            SubElement(paragraph_properties, qn("w:jc"), {w_val: "right"})
        if value is None or isinstance(value, (str, int)):
            text = _plain(value)
            value = [Part(_unbroken(text) if number_cell else text)]
        for index, part in enumerate(value):
            text = visible_text(part.text)
            if index and not part.new_line:
                text = " " + text
            _add_run(
                paragraph,
                text,
                bold or part.bold,
                part.id,
                layout.size,
                index > 0 and part.new_line,
            )


def _add_run(
    paragraph: Any, text: str, bold: bool, is_id: bool, size: str | None, new_line: bool
) -> None:
    """A run of ``text``: line breaks and tabs as ``w:br`` and ``w:tab``, never markup."""
    from docx.oxml.ns import qn
    from lxml.etree import SubElement

    run = SubElement(paragraph, qn("w:r"))
    if bold or is_id or size:
        properties = SubElement(run, qn("w:rPr"))
        if bold:
            SubElement(properties, qn("w:b"))
        if is_id:
            SubElement(properties, qn("w:color"), {qn("w:val"): _ID_COLOUR})
            size = str(round(2 * _TABLE_SIZES[1][1]))
        if size:
            SubElement(properties, qn("w:sz"), {qn("w:val"): size})
            SubElement(properties, qn("w:szCs"), {qn("w:val"): size})
    if new_line:
        SubElement(run, qn("w:br"))
    for index, line in enumerate(text.split("\n")):
        if index:
            SubElement(run, qn("w:br"))
        for position, piece in enumerate(line.split("\t")):
            if position:
                SubElement(run, qn("w:tab"))
            if piece:
                element = SubElement(run, qn("w:t"))
                element.text = piece
                if piece != piece.strip():
                    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _unbroken(number: str) -> str:
    """ "100 % (9 av 9)" that breaks before the parenthesis or not at all (no-break spaces)."""
    return " ".join(part.replace(" ", NBSP) for part in _NUMBER_PARTS.split(number))


def _widths(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    total: int,
    size: float,
    numeric: set[int],
) -> list[int]:
    """Column widths (EMU) that add up to ``total``, shared by the length of the texts.

    A column's share grows with the square root of its longest text (up to
    ``_LONG_TEXT`` characters), so that long texts get more room but short
    ones are not squeezed, and it is at least as wide as its longest word (up
    to ``_LONG_WORD`` characters; a line may also break after a hyphen) in ``size``
    points, so that words are not broken inside when the table can avoid it. The
    widths are estimates for a wide font (DejaVu Sans); Word and LibreOffice lay
    the table out from them. In a ``numeric`` column, "100 % (9 av 9)" stays on
    one line where the table has room for it, and breaks before the parenthesis
    where it has not.
    """
    shares: list[float] = []
    least: list[float] = []
    whole_numbers: list[float] = []  # the least widths with numbers kept on one line
    for column, head in enumerate(header):
        texts = [_plain(row[column]) for row in rows]
        longest = max(min(len(text), _LONG_TEXT) for text in [head, *texts])
        shares.append(math.sqrt(max(3, longest)))
        title = _longest_word(head) * _BOLD_EM
        if column in numeric:  # "100 % (9 av 9)" on one line, or else broken before "("
            unbroken = max(min(len(text), _LONG_WORD) for text in texts)
            parts = max(min(len(p), _LONG_WORD) for t in texts for p in _NUMBER_PARTS.split(t))
        else:
            unbroken = parts = max(map(_longest_word, texts))
        least.append(max(title, parts * _EM) * size * _EMU_PER_POINT + _CELL_PADDING)
        whole_numbers.append(max(title, unbroken * _EM) * size * _EMU_PER_POINT + _CELL_PADDING)
    if sum(whole_numbers) < total:
        least = whole_numbers
    if sum(least) >= total:  # too many columns for their words: share by the words
        shares, least = least, [0.0] * len(least)
    fixed: dict[int, float] = {}
    while True:  # give each column too narrow for its longest word that word's width
        room = total - sum(fixed.values())
        free = [i for i in range(len(shares)) if i not in fixed]
        whole = sum(shares[i] for i in free)
        narrow = [i for i in free if room * shares[i] / whole < least[i]]
        if not narrow:
            break
        fixed.update((i, least[i]) for i in narrow)
    widths = [int(fixed[i] if i in fixed else room * shares[i] / whole) for i in range(len(shares))]
    widths[-1] += total - sum(widths)
    return widths


def _lines(
    header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: list[int], size: float
) -> int:
    """About how many lines of text the table takes (its tallest cell in each row)."""
    per_line = [max(1.0, (w - _CELL_PADDING) / (_EM * size * _EMU_PER_POINT)) for w in widths]
    return sum(
        max(
            math.ceil(len(_plain(cell)) / width) or 1
            for cell, width in zip(row, per_line, strict=True)
        )
        for row in [header, *rows]
    )


def _longest_word(text: str) -> int:
    return max((min(len(word), _LONG_WORD) for word in _WORD.findall(text)), default=1)


def _drop_thumbnail(doc: Document) -> None:
    """The template's thumbnail shows a blank page: leave it out."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rels = doc.part.package.rels
    for key in [key for key, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        rels.pop(key)


def _app_properties(version: str) -> bytes:
    """docProps/app.xml naming effektkedja as the application (the template names Word)."""
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes">'
        f"<Application>effektkedja {version}</Application><DocSecurity>0</DocSecurity>"
        "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        "</Properties>"
    ).encode()


def _repack(data: bytes, when: date, app: bytes) -> bytes:
    """The package again, every entry dated ``when`` so that one report gives one file."""
    stamp = (when.year, when.month, when.day, 0, 0, 0)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            blob = app if entry.filename == "docProps/app.xml" else source.read(entry)
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, blob)
    return out.getvalue()


# --- the report -----------------------------------------------------------------------------


def _report(w: _Writer, view: ReportView) -> None:
    """Title, then the roll-up and the plans, or the one plan's sections."""
    if view.portfolio.shown or view.several:
        # The roll-up's tables have a column per level and more: landscape pages.
        w.orientation(landscape=True, new_page=False)
        w.heading(view.title, 0)
        if view.portfolio.shown:
            _portfolio(w, view)
        else:
            _combined(w, view)
        if not view.portfolio.shown or view.portfolio.plan_sections:
            w.orientation(landscape=False)
            for number, plan in enumerate(view.plans):
                w.heading(plan.title, 1, new_page=number > 0)
                _facts(w, plan)
                _plan(w, plan, 2)
    else:
        w.heading(view.title, 0)
        _facts(w, view.plans[0])
        _plan(w, view.plans[0], 1)
    w.paragraph(view.footer)


def _facts(w: _Writer, plan: PlanView) -> None:
    w.labelled([(fact.label, fact.value) for fact in plan.facts.list])


#: One plan's sections in order; each gets the writer, the plan and its heading level.
#: A new section of the report is one function here (and one in the other layouts).
Section = Callable[[_Writer, PlanView, int], None]


def _plan(w: _Writer, plan: PlanView, level: int) -> None:
    if not plan.readable:
        w.paragraph(w.t["unreadable_intro"])
        _findings(w, plan, level)
        return
    for section in PLAN_SECTIONS:
        section(w, plan, level)


def _summary(w: _Writer, plan: PlanView, level: int) -> None:
    t = w.t
    w.heading(t["h_summary"], level)
    w.paragraph(*plan.summary.sentences)
    w.table(
        t["html_summary_caption"],
        [t["col_level"], t["col_initiatives"], t["col_share"], t["col_chains_top"]],
        [[row.label, row.count, row.share_text, row.chains] for row in plan.summary.levels],
        numeric=(1, 2, 3),
    )


def _problems(w: _Writer, plan: PlanView, level: int) -> None:
    """ "Problem och resultat": each problem's facts by sex, what addresses it, its results."""
    t = w.t
    problems = plan.problems
    w.heading(t["h_problems"], level)
    w.paragraph(problems.sentence, problems.intro or "")
    for problem in problems.problems:
        w.heading(problem.name, level + 1)
        w.labelled(
            [
                (t["col_id"], problem.id),
                (t["problem_delmal"], problem.delmal_text),
                (t["problem_target_group"], problem.target_group),
                (t["problem_analysis"], problem.analysis),
            ]
        )
        if not problem.evidence:
            w.paragraph(t["problem_no_evidence"])
        for evidence in problem.evidence:
            _evidence(w, evidence)
        if problem.addressed_by:
            w.runs([(t["problem_addressed_by"], "b")], keep=True)
            w.table(
                t["html_problem_addressed_caption"].format(problem=problem.name),
                [t["col_initiative"], t["col_level"], t["col_reach"]],
                [[_named(a.name, a.id), a.level_label, a.reach_text] for a in problem.addressed_by],
            )
        if problem.outcomes:
            w.runs([(t["problem_outcomes"], "b")], keep=True)
            w.table(
                t["html_problem_outcomes_caption"].format(problem=problem.name),
                [t["col_initiative"], t["col_level"], t["col_result"], t["col_gaps"]],
                [
                    [
                        _named(o.name, o.id),
                        o.level_label,
                        o.result_label,
                        [Part(gap.text, new_line=index > 0) for index, gap in enumerate(o.gaps)]
                        or None,
                    ]
                    for o in problem.outcomes
                ],
            )
            if problem.more_outcomes:
                w.paragraph(t["problem_more_outcomes"])
        w.runs([(problem.verdict, "b")])


def _evidence(w: _Writer, evidence: EvidenceView) -> None:
    """One ``underlag``: its name, source and unit, its values by sex and the gap in words."""
    t = w.t
    w.runs([(f"{t['problem_evidence']}: {evidence.name}", "b")], keep=True)
    w.labelled([(t["ind_source"], evidence.source), (t["ind_unit"], evidence.unit)], keep=True)
    header = [t["col_when"], evidence.female_label, evidence.male_label]
    numeric = [1, 2]
    if evidence.has_total:
        numeric.append(len(header))
        header.append(t["col_total"])
    header.append(t["col_gap"])
    header += [t["col_trend"]] if evidence.has_trend else []
    if evidence.has_share:
        numeric.append(len(header))
        header += [evidence.share_label, t["col_balance"]]
    rows: list[list[Cell]] = []
    for p in evidence.points:
        row: list[Cell] = [p.when, p.female_text, p.male_text]
        row += [p.total_text] if evidence.has_total else []
        row.append(p.gap_text)
        row += [p.trend_label] if evidence.has_trend else []
        row += [p.share_text, p.balance_label] if evidence.has_share else []
        rows.append(row)
    caption = t["html_evidence_caption"].format(
        female=evidence.female_word, male=evidence.male_word, name=evidence.name
    )
    w.table(caption, header, rows, numeric=numeric)
    w.paragraph(evidence.sentence or "")


def _chain(w: _Writer, plan: PlanView, level: int) -> None:
    t = w.t
    w.heading(t["h_chain"], level)
    if not plan.initiatives:
        w.paragraph(t["chain_empty"])
        return
    w.paragraph(t["docx_chain_intro"], t["docx_chain_flags"], keep=True)
    w.table(
        t["html_chain_caption"],
        [t["col_level"], t["col_initiative"], t["col_leads_to"], t["col_flag"]],
        _chain_rows(plan, w.t, w.lang),
    )


def _chain_rows(plan: PlanView, t: dict[str, str], lang: str) -> list[list[Cell]]:
    """One row per initiative, lowest level first: level, name, where it leads, its findings."""
    rows: list[list[Cell]] = []
    for row in plan.chain_rows:
        parts = [
            Part(
                f"→ {link.name} ({f'{link.level}; {link.note}' if link.note else link.level})",
                new_line=index > 0,
            )
            for index, link in enumerate(row.links)
        ]
        item = row.initiative
        rows.append(
            [item.level_label, _named(item.name, item.id), parts or None, _flag(item, t, lang)]
        )
    return rows


def _flag(item: InitiativeView, t: dict[str, str], lang: str) -> Cell:
    """ "⚠ Varning: 2 fynd": a symbol and a word, so that no colour is needed."""
    if item.severity is None:
        return None
    return [
        Part(
            t["docx_flag"].format(
                symbol=SYMBOLS[item.severity],
                severity=t[f"severity_one.{item.severity}"].capitalize(),
                count=count(item.findings, "finding", lang),
            ),
            bold=item.severity == "error",
        )
    ]


def _levels(w: _Writer, plan: PlanView, level: int) -> None:
    t = w.t
    w.heading(t["h_levels"], level)
    for section in plan.levels:
        w.heading(f"{section.label} ({len(section.initiatives)})", level + 1)
        if not section.initiatives:
            w.paragraph(t["level_empty"])
            continue
        if section.note:
            w.paragraph(section.note)
        outcome = section.value in ("utfall", "samhällseffekt")
        header = [t["col_name"], t["col_owner"], t["col_delmal"], t["col_status"]]
        header += [t["col_result"]] if outcome else []
        header.append(t["col_basis"])
        rows: list[list[Cell]] = []
        for i in section.initiatives:
            row: list[Cell] = [_named(i.name, i.id), i.owner, i.delmal_text or None]
            row.append(i.status_label)
            row += [i.result_label] if outcome else []
            row.append(i.basis_text)
            rows.append(row)
        w.table(t["html_levels_caption"].format(level=section.label), header, rows)


def _indicators(w: _Writer, plan: PlanView, level: int) -> None:
    t = w.t
    w.heading(t["h_indicators"], level)
    if not plan.indicators:
        w.paragraph(t["indicators_none"])
    for ind in plan.indicators:
        w.heading(ind.name, level + 1)
        w.labelled(
            [
                (t["ind_initiative"], f"{ind.initiative_name} ({ind.initiative})"),
                (t["ind_source"], ind.source),
                (t["ind_unit"], ind.unit),
                (t["ind_scope"], ind.scope_label),
                (t["ind_direction"], ind.direction_label),
            ]
        )
        if not ind.points:
            w.paragraph(t["ind_no_points"])
        else:
            header = [t["col_point"], t["col_when"], ind.female_label, ind.male_label]
            numeric = [2, 3]
            if ind.has_total:
                numeric.append(len(header))
                header.append(t["col_total"])
            header += [ind.gap_label, t["col_trend"]]
            if ind.has_share:
                numeric.append(len(header))
                header += [ind.share_label, t["col_balance"]]
            rows: list[list[Cell]] = []
            for p in ind.points:
                row: list[Cell] = [p.kind_label, p.when, p.female_text, p.male_text]
                row += [p.total_text] if ind.has_total else []
                row += [p.gap_text, p.trend_label]
                row += [p.share_text, p.balance_label] if ind.has_share else []
                rows.append(row)
            caption = t["html_indicator_caption"].format(
                female=ind.female_word, male=ind.male_word, name=ind.name
            )
            w.table(caption, header, rows, numeric=numeric)
        w.paragraph(*ind.sentences)
    if plan.any_share:
        w.paragraph(t["s_shares"])


def _findings(w: _Writer, plan: PlanView, level: int) -> None:
    t = w.t
    findings = plan.findings
    w.heading(t["h_gaps"], level)
    if not findings.total:
        w.paragraph(t["gaps_none"])
    else:
        w.paragraph(t["gaps_intro"])
    for group in findings.groups:
        if not group.count:
            continue
        w.heading(f"{group.label} ({group.count})", level + 1)
        for rule in group.rules:
            w.runs([(f"{rule.code} · {rule.title} ({rule.count})", "b")], keep=True)
            if rule.advice:
                w.runs(
                    [
                        (f"{t['next_step']}: ", "i"),
                        (rule.advice + " ", ""),
                        (f"{t['who']}: ", "i"),
                        (f"{rule.who}. {rule.more}", ""),
                    ],
                    keep=True,
                )
            else:
                w.paragraph(rule.more, keep=True)
            for item in rule.findings:
                where = item.initiative or t["plan_level"]
                advice = f". {item.advice}" if item.advice else ""
                w.bullet(f"{where} ({item.at}): {item.message}{advice}")
            if rule.folded:
                w.paragraph(rule.folded_note or "")
                for item in rule.folded:
                    w.bullet(f"{item.initiative} ({item.at}): {item.message}")
    if findings.accepted:
        w.heading(t["h_accepted"], level + 1)
        w.paragraph(t["accepted_intro"])
        w.table(
            t["html_accepted_caption"],
            [t["col_rule"], t["col_initiative"], t["col_finding"], t["col_reason"]],
            [
                [
                    [Part(a.rule, bold=True), Part(a.title)],
                    a.initiative,
                    a.message,
                    a.reason,
                ]
                for a in findings.accepted
            ],
        )


def _delmal(w: _Writer, plan: PlanView, level: int) -> None:
    t = w.t
    w.heading(t["h_delmal"], level)
    w.paragraph(plan.delmal.sentence, plan.delmal.overall)
    w.table(
        t["html_delmal_caption"],
        [t["col_goal"], t["col_outcomes"], t["col_others"]],
        [
            [f"{g.number}. {g.name}", ", ".join(g.outcomes) or None, ", ".join(g.others) or None]
            for g in plan.delmal.goals
        ],
    )


PLAN_SECTIONS: tuple[Section, ...] = (
    _summary,
    _problems,
    _chain,
    _levels,
    _indicators,
    _findings,
    _delmal,
)


# --- several plans ------------------------------------------------------------------------


def _combined(w: _Writer, view: ReportView) -> None:
    t = w.t
    combined = view.combined
    w.heading(t["h_combined"], 1)
    w.paragraph(*combined.sentences)
    header = [t["col_plan"], t["col_initiatives"], *(level.label for level in combined.levels)]
    header += [t["col_reaching"], t["col_errors"], t["col_warnings"], t["col_infos"]]
    rows: list[list[Cell]] = []
    for row in combined.rows:
        title = row.title if row.readable else f"{row.title} ({t['unreadable']})"
        rows.append(
            [title, row.initiatives, *row.levels, row.reaching, row.errors, row.warnings, row.infos]
        )
    totals = combined.totals
    rows.append(
        [
            t["total"],
            totals.initiatives,
            *totals.levels,
            totals.reaching,
            totals.errors,
            totals.warnings,
            totals.infos,
        ]
    )
    w.table(
        t["html_combined_caption"],
        header,
        rows,
        numeric=range(1, len(header)),
        bold_rows=(len(rows) - 1,),
    )


def _portfolio(w: _Writer, view: ReportView) -> None:
    """The portfolio overview: a few sentences, then its parts in order."""
    p = view.portfolio
    w.heading(w.t["h_portfolio"], 1)
    w.paragraph(*p.sentences)
    w.paragraph(p.note)
    for part in PORTFOLIO_SECTIONS:
        part(w, p)


def _organisations(w: _Writer, p: PortfolioView) -> None:
    t = w.t
    w.heading(t["h_portfolio_organisations"], 2)
    w.paragraph(t["portfolio_organisations_intro"])
    header = [t["col_organisation"], t["col_type"], t["col_initiatives"]]
    header += [level.label for level in p.levels]
    header += [t["col_reaching"], t["col_disaggregated"], t["col_errors"], t["col_warnings"]]
    dash = [None] * len(p.levels)
    rows: list[list[Cell]] = []
    for row in p.rows:
        if row.readable:
            rows.append(
                [
                    row.label,
                    row.type_label,
                    row.initiatives,
                    *row.levels,
                    row.reaching_text,
                    row.disaggregated_text,
                    row.errors,
                    row.warnings,
                ]
            )
        else:
            label = f"{row.label} ({t['unreadable']})"
            rows.append([label, None, None, *dash, None, None, row.errors, row.warnings])
    totals = p.totals
    rows.append(
        [
            t["total"],
            None,
            totals.initiatives,
            *totals.levels,
            totals.reaching_text,
            totals.disaggregated_text,
            totals.errors,
            totals.warnings,
        ]
    )
    w.table(
        t["html_portfolio_caption"],
        header,
        rows,
        numeric=range(2, len(header)),
        bold_rows=(len(rows) - 1,),
    )


def _delmal_by_organisation(w: _Writer, p: PortfolioView) -> None:
    t = w.t
    w.heading(t["h_portfolio_delmal"], 2)
    w.paragraph(p.delmal_sentence, t["portfolio_delmal_intro"])
    header = [t["col_organisation"], *(f"{g.number} {g.short}" for g in p.goals)]
    header.append(t["col_outcomes_all"])
    rows: list[list[Cell]] = []
    for row in p.rows:
        if row.readable:
            rows.append([row.label, *row.delmal, row.outcomes])
        else:
            rows.append([f"{row.label} ({t['unreadable']})", *([None] * len(p.goals)), None])
    rows.append([t["row_goal_outcomes"], *(g.outcomes for g in p.goals), p.totals.outcomes])
    rows.append([t["row_goal_organisations"], *(g.organisations for g in p.goals), None])
    w.table(
        t["html_portfolio_delmal_caption"],
        header,
        rows,
        numeric=range(1, len(header)),
        bold_rows=(len(rows) - 2, len(rows) - 1),
    )


def _problems_by_delmal(w: _Writer, p: PortfolioView) -> None:
    t = w.t
    problems = p.problems
    w.heading(t["h_portfolio_problems"], 2)
    if not problems.problems:
        w.paragraph(problems.sentence)
        return
    w.paragraph(problems.sentence, t["portfolio_problems_intro"])
    rows: list[list[Cell]] = [
        [
            f"{row.number} {row.short}" if row.number else row.name,
            row.problems,
            row.addressed,
            row.reaching,
            row.organisations,
        ]
        for row in problems.rows
    ]
    rows.append(
        [
            t["total"],
            problems.problems,
            problems.addressed,
            problems.reaching,
            problems.with_problems,
        ]
    )
    w.table(
        t["html_portfolio_problems_caption"],
        [
            t["col_goal"],
            t["col_problems"],
            t["col_problems_addressed"],
            t["col_problems_reaching"],
            t["col_organisations"],
        ],
        rows,
        numeric=range(1, 5),
        bold_rows=(len(rows) - 1,),
    )


def _common_findings(w: _Writer, p: PortfolioView) -> None:
    t = w.t
    w.heading(t["h_portfolio_findings"], 2)
    if not p.findings:
        w.paragraph(t["portfolio_findings_none"])
        return
    w.paragraph(t["portfolio_findings_intro"])
    w.table(
        t["html_portfolio_findings_caption"],
        [t["col_rule"], t["col_severity"], t["col_count"], t["col_organisations"]],
        [
            [[Part(r.code, bold=True), Part(r.title)], r.severity_label, r.count, r.plans]
            for r in p.findings
        ],
        numeric=(2, 3),
    )
    w.paragraph(p.findings_more or "")


def _staircase(w: _Writer, p: PortfolioView) -> None:
    t = w.t
    w.heading(t["h_portfolio_staircase"], 2)
    if not p.staircase:
        w.paragraph(t["portfolio_no_initiatives"])
        return
    w.paragraph(t["portfolio_staircase_intro"])
    # Highest level first, as the intro says: a staircase climbing from aktivitet.
    w.table(
        t["html_portfolio_levels_caption"],
        [t["col_level"], t["col_initiatives"]],
        [[h.label, n] for h, n in reversed(list(zip(p.levels, p.totals.levels, strict=True)))],
        numeric=(1,),
    )


def _unreadable(w: _Writer, p: PortfolioView) -> None:
    t = w.t
    w.heading(t["h_portfolio_unreadable"], 2)
    w.paragraph(p.unreadable_sentence)
    if not p.unreadable:
        return
    rows: list[list[Cell]] = []
    for item in p.unreadable:
        why: Cell = None
        if item.rule:
            more = f" ({item.more_text})" if item.more_text else ""
            why = [Part(item.rule, bold=True), Part(f"{item.at}: {item.message}{more}")]
        rows.append([item.path, item.organisation, why])
    w.table(
        t["html_unreadable_caption"],
        [t["col_file"], t["col_organisation"], t["col_why"]],
        rows,
    )


#: The parts of the portfolio overview in order (a new part is one function here).
PORTFOLIO_SECTIONS: tuple[Callable[[_Writer, PortfolioView], None], ...] = (
    _organisations,
    _delmal_by_organisation,
    _problems_by_delmal,
    _common_findings,
    _staircase,
    _unreadable,
)
