"""The Word document the report is written into: page set-up, styles, paragraphs, the file.

:class:`Writer` wraps a python-docx document with the few things the report
needs (headings, paragraphs, labelled lines, bullets, tables, landscape pages)
and cleans every text it is given (:mod:`effektkedja.render.docx.text`); the
tables themselves are laid out by :mod:`effektkedja.render.docx.tables`.
:meth:`Writer.save` gives the bytes of the .docx, the same bytes for the same
report.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from effektkedja.render.docx.tables import TABLE_SIZE, Cell, add_caption, fill_table
from effektkedja.render.docx.text import property_text, visible_text
from effektkedja.views.report import ReportView

if TYPE_CHECKING:  # python-docx is imported when a document is built
    from docx.document import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

#: The document language of each report language (``w:lang``, ``dc:language``).
LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
_PAGE_WIDTH_MM, _PAGE_HEIGHT_MM, _MARGIN_MM = 210, 297, 20
_SPACES = re.compile(r"[ \t\n]+")
_TABLE_STYLE = "Table Grid"
#: The body font (Word's default before Aptos; LibreOffice shows Carlito or a fallback).
_FONT = "Calibri"


class Writer:
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
        table_text.font.size = Pt(TABLE_SIZE)
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
        ``rows``) are set in bold, for totals. A short table is kept on one page
        (:func:`~effektkedja.render.docx.tables.fill_table`).
        """
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.shared import Pt

        table = self.add_table(len(header))
        table._tbl.tblPr.style = self.style_id(_TABLE_STYLE)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        add_caption(table, visible_text(caption))
        style = self.style_id(self.t["docx_style_table"])
        fill_table(table, header, rows, self.text_width, style, numeric, bold_rows)
        # A paragraph after each table keeps two tables from merging into one.
        self.add_paragraph().paragraph_format.space_after = Pt(0)
        return table

    # -- the file

    def save(self, when: date) -> bytes:
        """The document as bytes, with the report's properties and every date ``when``."""
        view = self.view
        moment = datetime(when.year, when.month, when.day)
        properties = self.doc.core_properties
        properties.title = property_text(view.title)
        properties.subject = property_text(self.t["docx_subject"])
        properties.keywords = property_text(self.t["docx_keywords"])
        properties.comments = property_text(view.footer)
        properties.category = property_text(self.t["docx_category"])
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
