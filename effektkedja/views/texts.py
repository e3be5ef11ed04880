"""The report texts of one language, with counting and list helpers for the views."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from typing import Any

from effektkedja.domain import Level
from effektkedja.messages import count


def report_texts(lang: str) -> dict[str, str]:
    """The report texts of ``lang`` (``sv`` or ``en``)."""
    texts: dict[str, str] = import_module(f"effektkedja.views.texts_{lang}").TEXTS
    return texts


class Texts:
    """The report texts of one language: ``t(key, **args)`` fills one in."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.table = report_texts(lang)

    def __call__(self, key: str, **args: Any) -> str:
        return self.table[key].format(**args)

    def agree(self, key: str, n: int, **args: Any) -> str:
        """``key`` whose verb agrees with ``n`` ("1 of 4 reaches"): ``key.one`` for one."""
        if n == 1 and f"{key}.one" in self.table:
            key = f"{key}.one"
        return self(key, **args)

    def count(self, noun: str, n: int) -> str:
        """``n`` with ``noun`` in singular or plural ("1 insats", "3 insatser")."""
        return count(n, noun, self.lang)

    def join(self, items: Sequence[str], word: str = "and") -> str:
        """``a, b och c``; with ``word="or"``: ``a, b eller c``."""
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + f" {self(word)} " + items[-1]

    def level(self, level: Level) -> str:
        return self(f"level.{level.value}")

    def level_word(self, level: Level) -> str:
        """A level inside a sentence: "produkt" in Swedish, "product (produkt)" in English."""
        label = self.level(level)
        return label.lower() if self.lang == "sv" else label[0].lower() + label[1:]
