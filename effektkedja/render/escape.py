"""Escaping plan text for Markdown and Mermaid: the report's only defence against hostile text.

The report context keeps every text raw, exactly as the plan wrote it; templates
escape at the point of use with these filters:

- ``md``: inline text in a paragraph, heading or list item;
- ``cell``: the content of a GFM table cell (never breaks the row);
- ``code``: a short identifier shown as inline code where that is safe, else as ``cell``;
- ``mermaid_label``: text inside a quoted Mermaid label ``n0["..."]``.

The filters never produce HTML. Whitespace, newlines included, collapses to single
spaces, so plan text can neither start a new block nor end a table row.
"""

from __future__ import annotations

import re
from typing import Any

from effektkedja.sanitize import visible

# ASCII punctuation that starts inline Markdown (emphasis, code, links, HTML,
# strikethrough, GitHub math) or, with ``#`` and ``|``, a heading or a table cell.
_INLINE = re.compile(r"([\\`*_\[\]<>#|~$])")
# ``&`` only matters where it would start an entity reference (``&lt;`` renders as ``<``).
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Block starts left after the inline escapes: list items, setext underlines, ordered lists,
# and a leading colon (``::`` first on a line is a GitHub Actions workflow command).
_LEADING_MARK = re.compile(r"^([-+=:])")
_LEADING_NUMBER = re.compile(r"^(\d{1,9})([.)])")
# Runs of ASCII whitespace and line breaks; a no-break space is kept (it binds "45 %").
_SPACE = re.compile(r"[ \t\n\r\f\v\x85\u2028\u2029]+")


def _plain(value: Any) -> str:
    """``value`` as one line of text: whitespace collapsed, other controls shown as ``<U+XXXX>``."""
    if value is None:
        return ""
    return visible(_SPACE.sub(" ", str(value)).strip())


def _inline(value: Any) -> str:
    """Backslash-escape what would start inline Markdown, on one line."""
    text = _INLINE.sub(r"\\\1", _plain(value))
    return _ENTITY.sub(r"\\&", text)


def md(value: Any) -> str:
    """Escape ``value`` for inline Markdown so that it shows exactly as written.

    Safe anywhere a line of inline text may stand, also at the start of a line
    (a leading ``-``, ``+``, ``=`` or ``1.`` cannot start a list or an underline).
    ``None`` becomes the empty string.
    """
    text = _LEADING_MARK.sub(r"\\\1", _inline(value))
    return _LEADING_NUMBER.sub(r"\1\\\2", text)


def cell(value: Any) -> str:
    """Escape ``value`` for a GFM table cell; empty values become an en dash.

    Pipes are backslash-escaped (GFM splits rows before inline parsing and honours
    ``\\|``), so a cell never gains or loses a column. A cell holds inline content
    only, so a leading ``+`` or ``1.`` needs no escape there.
    """
    text = _inline(value)
    return text if text else "–"


def code(value: Any) -> str:
    """Inline code for identifiers such as ids and rule codes.

    Text that could not stand safely in a code span (backticks, pipes) falls back
    to :func:`cell` escaping, so the filter is safe in tables too.
    """
    text = _plain(value)
    if not text:
        return "–"
    if "`" in text or "|" in text or "\\" in text:
        return cell(text)
    return f"`{text}`"


# Mermaid decodes ``#name;`` and ``#123;`` entities in labels, so ``#`` is escaped
# first. ``%`` guards against ``%%{init}%%`` directives, which Mermaid looks for
# anywhere in the text; ``<`` and ``>`` keep labels free of HTML and of ``-->``.
_MERMAID = {
    "#": "#35;",
    '"': "#quot;",
    "&": "#amp;",
    "<": "#lt;",
    ">": "#gt;",
    "`": "#96;",
    "%": "#37;",
    "|": "#124;",
    "{": "#123;",
    "}": "#125;",
    "\\": "#92;",
}
_MERMAID_SPECIAL = re.compile("[" + re.escape("".join(_MERMAID)) + "]")


def mermaid_label(value: Any) -> str:
    """Escape ``value`` for a double-quoted Mermaid label (``n0["..."]``, ``subgraph s1["..."]``).

    The result has no quote, angle bracket, backtick, pipe, brace, percent sign or
    newline; special characters become Mermaid entity codes, which render as the
    characters themselves.
    """
    return _MERMAID_SPECIAL.sub(lambda match: _MERMAID[match.group()], _plain(value))


_MERMAID_LINE_BREAKERS = re.compile(r"[\x00-\x1f\x7f;{}%]+")


def mermaid_text(value: Any) -> str:
    """``value`` as the rest of a Mermaid line (``accTitle: ...``, ``accDescr: ...``).

    One line, no semicolon, brace or percent sign (which end or start a statement
    or a comment): they become spaces.
    """
    return " ".join(_MERMAID_LINE_BREAKERS.sub(" ", _plain(value)).split())


#: The filters every report template gets, by name.
FILTERS = {
    "md": md,
    "cell": cell,
    "code": code,
    "mermaid_label": mermaid_label,
    "mermaid_text": mermaid_text,
}
