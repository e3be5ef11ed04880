"""Plan text made harmless in outputs people read: terminals, CI logs, Markdown, JSON.

A plan (or a file name found in a folder) may hold characters that act instead
of being read. Outputs for people show each of them visibly as its code point in
angle brackets, ``<U+001B>``, the notation of the EK001 message about control
characters; JSON keeps the exact text but writes these characters as ``\\uXXXX``
escapes, so a JSON document printed to a terminal or a CI log is just as safe.

What is escaped, and why:

- control characters (C0 except tab and line feed, DEL, C1): ESC starts terminal
  sequences (clear the screen, set the window title, OSC 8 links), BEL rings,
  CR moves back over the line already written, C1 ``U+009B`` is a CSI of its own;
- the bidirectional embedding, override and isolate controls U+202A-U+202E and
  U+2066-U+2069 ("Trojan Source"): they reorder the text shown around them;
- CI log commands: a line that starts (after spaces) with ``::`` is a GitHub
  Actions workflow command, and ``##[command]`` (GitHub's older form) or
  ``##vso[...]`` (Azure Pipelines) is one anywhere in a line. The first character
  of each is escaped, so the runner never executes plan text.

Line breaks inside one value (LF, CR, CRLF, NEL, U+2028, U+2029) become one space
where a value must stay on one line (:func:`for_terminal`).
"""

from __future__ import annotations

import re

#: Characters shown as ``<U+XXXX>``: C0 but tab and LF, DEL and C1, the line and
#: paragraph separators (a line break to some programs), bidi controls.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
#: Line breaks inside a value that must stay on one line.
_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
#: ``##[error]``, ``##vso[task...]``: log commands that CI runners find anywhere in a line.
_LOG_COMMAND = re.compile(r"#(?=#[A-Za-z]*\[)")
#: A GitHub Actions workflow command: ``::`` first on a line, after any spaces.
_LINE_COMMAND = re.compile(r"^([ \t]*):(?=:)", re.MULTILINE)
#: What JSON writes as ``\uXXXX`` (C0 is escaped by json.dumps itself).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def code_point(character: str) -> str:
    """``<U+001B>``: how an escaped character is shown to people."""
    return f"<U+{ord(character):04X}>"


def _shown(match: re.Match[str]) -> str:
    return code_point(match.group())


def visible(text: str) -> str:
    """Control and bidi characters shown as ``<U+XXXX>``; tab and line feed kept."""
    return _UNSAFE.sub(_shown, text)


def for_terminal(text: str) -> str:
    """One value for a line of terminal or CI-log output: one line, nothing that acts.

    Line breaks become spaces, control and bidi characters ``<U+XXXX>``, and CI
    log commands lose their power (``::`` at the start, ``##[`` anywhere).
    """
    text = _BREAK.sub(" ", text)
    text = _UNSAFE.sub(_shown, text)
    text = _LOG_COMMAND.sub("<U+0023>", text)
    return _LINE_COMMAND.sub(r"\1<U+003A>", text)


def for_log(output: str) -> str:
    """A whole plain-text output (many lines, no colour codes) made safe line by line.

    Our own line breaks stay; every control or bidi character is shown as
    ``<U+XXXX>`` and no line can start a CI log command.
    """
    output = _UNSAFE.sub(_shown, output)
    output = _LOG_COMMAND.sub("<U+0023>", output)
    return _LINE_COMMAND.sub(r"\1<U+003A>", output)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_for_log(document: str) -> str:
    """A JSON document that decodes to exactly the same data but is safe to print.

    C1 controls, DEL, line and paragraph separators and bidi controls become
    ``\\uXXXX`` escapes (json.dumps already escapes C0), and the first ``#`` of a
    ``##[`` log command becomes ``\\u0023``. These characters can only stand inside
    JSON strings, where such escapes are valid.
    """
    document = _JSON_UNSAFE.sub(_json_escape, document)
    return _LOG_COMMAND.sub(r"\\u0023", document)
