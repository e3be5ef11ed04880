"""``effektkedja convert IN -o OUT [--force]``: a plan from YAML to a workbook, or back.

The formats follow the files' suffixes (``.yaml``/``.yml``, ``.xlsx``); converting
to the same format rewrites the plan in the standard layout. The input must be a
valid plan (its EK001/EK002/EK003 findings are shown, exit 1): what is written
then reads back to the same plan. YAML comments cannot be carried over, and the
command says so. An existing file is replaced only with ``--force``, the input
never, and the output appears whole or not at all.

Exit codes: 0 written; 1 the input is not a valid plan or holds something the
output format cannot; 2 usage errors (unknown suffix, missing input, output
exists, output is the input).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from effektkedja.commands import EXIT_FINDINGS, EXIT_OK, fail
from effektkedja.messages import os_reason, render
from effektkedja.rules import template

if TYPE_CHECKING:  # the loader imports YAML: not needed to start the command line
    from effektkedja.loader import Position

YAML_SUFFIXES = (".yaml", ".yml")
WORKBOOK_SUFFIXES = (".xlsx",)
#: Findings that mean the input is not a plan that can be converted as it is.
_NOT_A_PLAN = ("EK001", "EK002", "EK003")


def _format(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        return "yaml"
    if suffix in WORKBOOK_SUFFIXES:
        return "xlsx"
    return None


def run_convert(source: str, output: str, force: bool = False, lang: str = "sv") -> int:
    """Convert the plan ``source`` to ``output`` (formats by suffix); return the exit code."""
    from effektkedja.engine import MAX_FILE_BYTES
    from effektkedja.output import OutputError, check_target, write_atomic
    from effektkedja.workbook import WorkbookWriteError

    origin, target = Path(source), Path(output)
    source_format, target_format = _format(origin), _format(target)
    if source_format is None:
        return fail("convert.err.suffix", lang, path=source).code
    if target_format is None:
        return fail("convert.err.suffix", lang, path=output).code
    if not origin.exists():
        return fail("err.missing_path", lang, path=source).code
    if not origin.is_file():
        return fail("convert.err.not_file", lang, path=source).code
    try:
        check_target(target, [origin])
    except OutputError as exc:
        return fail(exc.key, lang, path=exc.path).code
    if target.exists() and not force:
        return fail("convert.err.exists", lang, path=output).code
    if not target.absolute().parent.is_dir():
        return fail("err.output_folder_missing", lang, path=output).code
    try:
        size = origin.stat().st_size
        raw = b"" if size > MAX_FILE_BYTES else origin.read_bytes()
    except OSError as exc:
        return fail("err.output_failed", lang, path=source, detail=os_reason(exc)).code
    if size > MAX_FILE_BYTES:
        args = {"size": round(size / 2**20), "limit": MAX_FILE_BYTES // 2**20}
        data, problems = None, [f"{source}: EK001 {render('EK001.too_large', args, lang)}"]
    else:
        data, problems = _plan_data(raw, source, source_format, lang)
    if data is None:
        for line in problems:
            _say(line)
        _error(render("convert.err.invalid", {"path": source}, lang), lang)
        return EXIT_FINDINGS
    if source_format == "yaml" and b"#" in raw:
        _say(render("convert.comments", {"path": source}, lang))
    try:
        content = _written(data, target_format, lang)
    except WorkbookWriteError as exc:
        reason = exc.message(lang)
        _error(render("convert.err.unwritable", {"path": output, "reason": reason}, lang), lang)
        return EXIT_FINDINGS
    try:
        write_atomic(target, content, [origin])
    except OutputError as exc:
        return fail(exc.key, lang, path=exc.path, detail=exc.detail).code
    sys.stdout.write(render("convert.written", {"path": output}, lang) + "\n")
    return EXIT_OK


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _say(line: str) -> None:
    """A line to stderr; control characters from the plan are shown as ``?``."""
    sys.stderr.write(_CONTROL.sub("?", line) + "\n")


def _error(line: str, lang: str) -> None:
    _say(f"effektkedja: {'fel' if lang == 'sv' else 'error'}: {line}")


def _plan_data(raw: bytes, path: str, kind: str, lang: str) -> tuple[Any, list[str]]:
    """The plan's data, or None and its findings (one line each) when it is not a valid plan."""
    from effektkedja.loader import load
    from effektkedja.model import KEY_ALIASES
    from effektkedja.validate import validate
    from effektkedja.workbook import load_workbook

    loaded = (load_workbook if kind == "xlsx" else load)(raw, KEY_ALIASES)
    lines = [
        _line(
            path,
            problem.position,
            problem.rule,
            f"{problem.rule}.{problem.message}",
            lang,
            problem.args,
        )
        for problem in loaded.problems
        if problem.rule in _NOT_A_PLAN
    ]
    if not loaded.readable:
        return None, lines
    _, hits = validate(loaded)
    for hit in hits:
        if not hit.loc:
            position = loaded.source.value(())
        else:
            position = loaded.source.key(hit.loc) if hit.at_key else loaded.source.value(hit.loc)
        lines.append(_line(path, position, hit.rule, hit.message, lang, hit.args))
    return (None, lines) if lines else (loaded.data, [])


def _line(path: str, position: Position, rule: str, key: str, lang: str, args: Any) -> str:
    """A finding as ``check`` shows it: ``plan.xlsx:Insatser!D7: EK002 ...``."""
    where = position.cell or f"{position.line}:{position.column}"
    return f"{path}:{where}: {rule} {render(key, dict(args), lang, template)}"


def _written(data: Any, kind: str, lang: str) -> str | bytes:
    from effektkedja.workbook import dump_yaml, write_workbook

    return write_workbook(data, lang) if kind == "xlsx" else dump_yaml(data)
