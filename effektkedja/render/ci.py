"""What the CI formats (github, sarif, gitlab) share.

CI systems know files by their path in the repository and follow a finding
from one run to the next by a fingerprint. Both are decided here, once, so the
three formats agree: a path is made relative to the current directory (where a
CI job runs, the checkout) with forward slashes, and a fingerprint hashes what
a finding *is* (rule, file, initiative, message and its subject), never where
it currently sits, so an edit above it does not make it look new.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Mapping
from datetime import date
from enum import Enum
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from effektkedja.findings import LOADING_RULES, Finding
from effektkedja.findings import describe as message_of
from effektkedja.messages import Message
from effektkedja.rules import rule


def relative_path(path: str, cwd: Path | None = None) -> str:
    """``path`` as a repository sees it: relative to ``cwd`` where it lies below it.

    Forward slashes, no ``./`` or ``..`` (``../plans/a.yaml`` run from ``plans``
    is ``a.yaml``). A path outside ``cwd`` stays as it was given, in forward-slash
    form; there is nothing better to say about it.
    """
    return _relative(path, Path.cwd() if cwd is None else cwd)


@functools.lru_cache(maxsize=4096)  # a run names each file once per finding
def _relative(path: str, here: Path) -> str:
    given = Path(path)
    absolute = given if given.is_absolute() else here / given
    # Lexically first (keeps the names the user sees), then with symbolic links resolved.
    for base, target in (
        (here, Path(os.path.normpath(absolute))),
        (here.resolve(), absolute.resolve()),
    ):
        try:
            return target.relative_to(base).as_posix()
        except ValueError:
            continue
    return PurePath(given).as_posix()


def artifact_uri(path: str, cwd: Path | None = None) -> tuple[str, bool]:
    """A URI reference for ``path`` and whether it is relative to ``cwd``.

    Relative references are percent-encoded (spaces, ``%``, ``:``, non-ASCII as
    UTF-8) so that a colon in a file name cannot be read as a URI scheme; a path
    outside ``cwd`` becomes an absolute ``file:`` URI.
    """
    relative = relative_path(path, cwd)
    if PurePath(relative).is_absolute():
        return Path(relative).as_uri(), False
    return quote(relative, safe="/"), True


def describe(finding: Finding, lang: str) -> str:
    """The finding's message as one text, led by the initiative id as in the text format."""
    message = message_of(finding, lang)
    if finding.initiative is not None and finding.rule not in LOADING_RULES:
        return f"{finding.initiative}: {message}"
    return message


class Fingerprinter:
    """Fingerprints of findings, one at a time: stable across runs, unique over a run.

    The hash covers rule, relative path, initiative, message key and the message
    arguments that name the finding's subject (the rule's ``subject``), never
    positions or figures that move with each measurement. Two findings that agree
    on all of that get an occurrence number mixed in, the first none, so each is
    still told apart and keeps its fingerprint from run to run. Only a digest per
    identity is remembered, so a long run's memory stays small.
    """

    def __init__(self, cwd: Path | None = None) -> None:
        self.cwd = cwd
        self.seen: dict[bytes, int] = {}

    def __call__(self, finding: Finding) -> str:
        identity = "\0".join(
            (
                finding.rule,
                relative_path(finding.path, self.cwd),
                finding.initiative or "",
                finding.message,
                _canonical_args(finding.rule, finding.args),
            )
        )
        key = hashlib.sha256(identity.encode("utf-8")).digest()
        occurrence = self.seen.get(key, 0)
        self.seen[key] = occurrence + 1
        if occurrence:
            identity += f"\0{occurrence}"
            return hashlib.sha256(identity.encode("utf-8")).hexdigest()
        return key.hex()


def _canonical_args(code: str, args: Mapping[str, Any]) -> str:
    """The identifying message arguments as canonical JSON (sorted keys, plain values)."""
    kept = {name: args[name] for name in rule(code).subject if name in args}
    return json.dumps(_plain(kept), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _plain(value: Any) -> Any:
    """``value`` as JSON data, independent of the output language."""
    if isinstance(value, Message):
        return {"key": value.key, "args": _plain(value.args)}
    if isinstance(value, Enum):
        return _plain(value.value)
    if isinstance(value, Mapping):
        return {str(name): _plain(item) for name, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(item) for item in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
