"""Plan text as the Word report stores it: nothing XML cannot hold, nothing that reorders.

:func:`visible_text` cleans every piece of plan text before it reaches the
document; :func:`property_text` also fits it on one line of a core property.
"""

from __future__ import annotations

import re

from effektkedja.sanitize import code_point

#: What XML 1.0 cannot hold (C0 but tab, LF and CR; surrogates; U+FFFE, U+FFFF) and
#: the C1 controls, which it can but which no reader shows: dropped from plan text.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
#: Bidi embeddings, overrides and isolates: they reorder what the reader sees around
#: them (U+202E shows "txt.exe" as "exe.txt"), so they are shown as their code point.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")

#: Core properties are limited to 255 characters (python-docx refuses longer ones).
_PROPERTY_LENGTH = 255


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


def property_text(text: str) -> str:
    """Plan text on one line and at most 255 characters: for a core property or a caption."""
    clean = " ".join(visible_text(text).split())
    return clean if len(clean) <= _PROPERTY_LENGTH else clean[: _PROPERTY_LENGTH - 1] + "…"
