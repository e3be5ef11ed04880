""" "Did you mean …?": the closest known name to a misspelt one, in bounded time.

Suggestions go with unknown keys and values (EK002), unknown link targets (EK005,
EK401), rule codes and configuration keys. Comparing every misspelt name with
every known one is quadratic: 2,000 links to missing ids once took 17 seconds.
The work is bounded three ways, while a normal plan gets the same suggestions
as before (difflib's ratio, cutoff 0.6, Swedish letters folded, any case):

- up to :data:`SMALL` choices (keys, enum values, the ids of most plans) are all
  compared, exactly as ``difflib.get_close_matches`` does;
- among more choices (the ids of a very large plan) only :data:`CANDIDATES` are
  compared: those sharing the most three-letter pieces with the name, found in
  an index built once per list; at most :data:`SCAN` index entries are looked
  at per name, rarest pieces first;
- names longer than :data:`MAX_LENGTH` get no suggestion, and each file gets at
  most :data:`PER_FILE` suggestions computed (:func:`budgeted`); later findings
  in the same file simply have none.
"""

from __future__ import annotations

import difflib
import functools
from collections import Counter
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

from effektkedja.loader import fold

#: difflib's default cutoff: how close a choice must be to be suggested.
CUTOFF = 0.6
#: Up to this many choices, every one is compared.
SMALL = 64
#: With more choices, this many candidates from the index are compared.
CANDIDATES = 32
#: Index entries looked at per name, at most.
SCAN = 4096
#: Longer names get no suggestion (nobody mistypes a name this long by one letter).
MAX_LENGTH = 100
#: Suggestions computed per file; the rest of its findings go without.
PER_FILE = 1000
#: Answers remembered per list of choices (the same typo repeated costs nothing).
ANSWERS = 4096


class _Budget:
    __slots__ = ("left",)

    def __init__(self, left: int) -> None:
        self.left = left


_BUDGET: ContextVar[_Budget | None] = ContextVar("suggestion_budget", default=None)

P = ParamSpec("P")
R = TypeVar("R")


def budgeted(limit: int = PER_FILE) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate the function that checks one file: suggestions inside share ``limit``."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def within_budget(*args: P.args, **kwargs: P.kwargs) -> R:
            token = _BUDGET.set(_Budget(limit))
            try:
                return function(*args, **kwargs)
            finally:
                _BUDGET.reset(token)

        return within_budget

    return decorate


def _spend() -> bool:
    """Take one suggestion from the current file's budget; False when none is left."""
    budget = _BUDGET.get()
    if budget is None:
        return True
    if budget.left <= 0:
        return False
    budget.left -= 1
    return True


def _key(text: str) -> str:
    return fold(text).lower()


def _grams(text: str) -> set[str]:
    padded = f"\0{text}\0"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _closest(value: str, keys: Iterable[str]) -> str | None:
    """difflib.get_close_matches(value, keys, n=1, cutoff=CUTOFF), without the list."""
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(value)
    best: tuple[float, str] | None = None
    for key in keys:
        matcher.set_seq1(key)
        if matcher.real_quick_ratio() < CUTOFF or matcher.quick_ratio() < CUTOFF:
            continue
        ratio = matcher.ratio()
        if ratio >= CUTOFF and (best is None or (ratio, key) > best):
            best = (ratio, key)
    return best[1] if best is not None else None


class Suggester:
    """The closest of a fixed list of choices to any name; build once, ask many times."""

    def __init__(self, choices: Iterable[str]) -> None:
        self._choices = {_key(choice): choice for choice in choices}
        self._keys = list(self._choices)
        self._index: dict[str, list[int]] | None = None
        self._answers: dict[str, str | None] = {}
        if len(self._keys) > SMALL:
            index: dict[str, list[int]] = {}
            for number, key in enumerate(self._keys):
                for gram in _grams(key):
                    index.setdefault(gram, []).append(number)
            self._index = index

    def __call__(self, value: str) -> str | None:
        """The closest choice to ``value``, or None (also when the file's budget is spent)."""
        if value in self._answers:
            return self._answers[value]  # the same typo again: no work, no budget spent
        if len(value) > MAX_LENGTH or not self._keys or not _spend():
            return None
        wanted = _key(value)
        answer = self._choices.get(wanted)
        if answer is None:
            keys = self._keys if self._index is None else self._candidates(wanted)
            close = _closest(wanted, keys)
            answer = self._choices[close] if close is not None else None
        if len(self._answers) < ANSWERS:
            self._answers[value] = answer
        return answer

    def _candidates(self, wanted: str) -> list[str]:
        assert self._index is not None
        postings = sorted(
            (self._index[gram] for gram in _grams(wanted) if gram in self._index), key=len
        )
        shared: Counter[int] = Counter()
        scanned = 0
        for posting in postings:
            if scanned >= SCAN:
                break
            shared.update(posting[: SCAN - scanned])
            scanned += len(posting)
        return [self._keys[number] for number, _ in shared.most_common(CANDIDATES)]


def suggest(value: str, choices: Iterable[str]) -> str | None:
    """The closest of ``choices`` to ``value`` (Swedish letters folded, any case), if any.

    The suggester of the last few lists of choices is kept, so asking about many
    names with the same choices (the keys of an initiative) builds it once.
    """
    return _suggester(tuple(choices))(value)


@functools.lru_cache(maxsize=64)
def _suggester(choices: tuple[str, ...]) -> Suggester:
    return Suggester(choices)
