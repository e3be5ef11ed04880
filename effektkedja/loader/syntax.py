"""libyaml's error messages in words of our own: one message key per kind of syntax error.

The original stays as the finding's ``detail``; a tab in the indentation, several
documents and too deep nesting get messages of their own.
"""

from __future__ import annotations

import yaml

from effektkedja.loader.checks import _nesting_beyond
from effektkedja.loader.compose import MAX_DEPTH
from effektkedja.loader.positions import LoadProblem, Position

#: libyaml's problems in words of our own (the original stays as the finding's ``detail``).
_SYNTAX = (
    ("mapping values are not allowed", "yaml.mapping_values"),
    ("expected ',' or ']'", "yaml.flow_sequence"),
    ("expected ',' or '}'", "yaml.flow_mapping"),
    ("while scanning a quoted scalar", "yaml.unclosed_quote"),
    ("expected '-' indicator", "yaml.block_sequence"),
    ("cannot start any token", "yaml.bad_start"),
    ("undefined alias", "yaml.undefined_alias"),
    ("unknown escape character", "yaml.bad_escape"),
    ("expected <document start>", "yaml.extra_content"),
    ("did not find expected key", "yaml.expected_key"),
    ("duplicate anchor", "yaml.duplicate_anchor"),
    ("could not find expected ':'", "yaml.missing_colon"),
    ("unknown directive", "yaml.directive"),
)


def _yaml_problem(exc: yaml.MarkedYAMLError, text: str) -> LoadProblem:
    mark = exc.problem_mark or exc.context_mark
    position = Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    detail = f"{problem} ({context})" if context and problem else problem or context
    if "expected a single document" in detail:
        return LoadProblem("EK001", position, "several_documents")
    if "maximum nesting depth" in detail:
        deep = _nesting_beyond(text, MAX_DEPTH)
        at = deep[0] if deep is not None else position
        return LoadProblem("EK001", at, "too_deep", {"limit": MAX_DEPTH})
    lines = text.splitlines()
    row = lines[position.line - 1] if 0 < position.line <= len(lines) else ""
    if "\t" in row[: len(row) - len(row.lstrip())] or "found character '\\t'" in problem:
        return LoadProblem("EK001", position, "tab")
    key = next((key for phrase, key in _SYNTAX if phrase in detail), "yaml")
    args = {"detail": detail}
    if key == "yaml.bad_start":
        args["char"] = row[position.column - 1 : position.column] or "?"
    return LoadProblem("EK001", position, key, args)
