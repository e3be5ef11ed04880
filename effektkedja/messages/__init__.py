"""The message catalogue: every user-visible text, in Swedish (default) and English.

Code never holds user-facing sentences; it holds a :class:`Message` (a key and
arguments) and renders it here in the language asked for. Arguments may be
messages themselves (rendered in the same language). An argument named
``suggestion`` that is set adds a "did you mean" to the text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from importlib import import_module
from typing import Any

from effektkedja.messages.numbers import GapAmount, format_number, gap_words

LANGUAGES = ("sv", "en")


@dataclass(frozen=True, slots=True)
class Message:
    """A catalogue key and its arguments."""

    key: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Count:
    """A number with its noun, in singular or plural: "1 insats", "3 insatser".

    ``noun`` names the catalogue's ``n.<noun>.one`` / ``n.<noun>.other`` forms.
    """

    n: int
    noun: str


def os_reason(exc: OSError) -> Message:
    """Why the system refused, in the reader's language: a catalogue text for the
    common reasons (``os.<ERRNO>``), else the system's own words (``os.other``)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0)
    if name is not None and f"os.{name}" in catalogue("en"):
        return Message(f"os.{name}")
    return Message("os.other", {"detail": exc.strerror or str(exc)})


def catalogue(lang: str) -> dict[str, str]:
    """The texts of one language (``sv`` or ``en``)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    texts: dict[str, str] = import_module(f"effektkedja.messages.{lang}").TEXTS
    return texts


def _argument(value: Any, lang: str) -> Any:
    if isinstance(value, Message):
        return render(value.key, value.args, lang)
    if isinstance(value, Count):
        return count(value.n, value.noun, lang)
    if isinstance(value, GapAmount):
        return gap_words(value, catalogue(lang), lang)
    if isinstance(value, Enum):
        return value.value
    if value is None:
        return "–"
    if isinstance(value, float):
        return number(value, lang)
    return value


def count(n: int, noun: str, lang: str = "sv") -> str:
    """``n`` with ``noun`` in the right number ("1 varning", "2 varningar")."""
    form = "one" if n == 1 else "other"
    return catalogue(lang)[f"n.{noun}.{form}"].format(n=n)


def gap_text(gap: GapAmount, lang: str = "sv") -> str:
    """A gap between women and men in words ("3,4 timmar mer för män än för kvinnor")."""
    return gap_words(gap, catalogue(lang), lang)


def number(value: float, lang: str = "sv") -> str:
    """A value as the plan gave it: no trailing ``.0``, decimal comma in Swedish."""
    return format_number(value, lang)


def render(
    key: str,
    args: dict[str, Any] | None = None,
    lang: str = "sv",
    lookup: Callable[[str, str], str | None] | None = None,
) -> str:
    """Render ``key`` with ``args`` in ``lang``; unknown keys fall back to the key itself.

    ``lookup(key, lang)`` finds templates outside the catalogue (the rules' own
    messages); the catalogue is asked when it finds none.
    """
    texts = catalogue(lang)
    args = args or {}

    def find(name: str) -> str | None:
        found = lookup(name, lang) if lookup is not None else None
        return found if found is not None else texts.get(name)

    # Singular forms: "1 insats", not "1 insatser" ("KEY.one" used when count is 1).
    template = find(f"{key}.one") if args.get("count") == 1 else None
    template = template or find(key)
    if template is None:
        return key
    values = {name: _argument(value, lang) for name, value in args.items()}
    text = template.format_map(_Defaulting(values))
    suggestion = args.get("suggestion")
    if suggestion:
        text += texts["did_you_mean"].format(suggestion=suggestion)
    return text


def text(message: Message, lang: str = "sv") -> str:
    """Render a :class:`Message`."""
    return render(message.key, message.args, lang)


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "–"
