"""Bad input end to end: broken, hostile and huge files through the real command.

Every test runs ``python -m effektkedja`` in a subprocess, as a user or CI job
would, and checks what they see: the exit code, the finding's file, line and
column, and the gist of its (Swedish) message, and never a traceback. What each
case produces is documented in docs/robustness.md; the unit tests of the loader
(tests/test_loader.py) cover the same ground one level down.

Big inputs (a 300-plan folder, an 11 MB plan, a 21 MiB file) are generated once
per module.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

from effektkedja.engine import MAX_FILE_BYTES
from effektkedja.loader import MAX_DEPTH
from tests.cli import ctrl_c_as_at_a_terminal, invoke
from tests.conftest import CLEAN_PLAN as VERSIONED_CLEAN_PLAN

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kommun-hemtjanst.yaml"
TODAY = "2026-11-23"
TIMEOUT = 60  # generous: a hang fails the test, a slow machine does not
FINDING = re.compile(
    r"^(?P<path>.+):(?P<line>\d+):(?P<column>\d+): (?P<rule>EK\d{3}) (?P<message>.*)$"
)

# A plan that checks without findings (the shared one, without its version line).
CLEAN_PLAN = VERSIONED_CLEAN_PLAN.removeprefix("version: 1\n")


# --------------------------------------------------------------------------- helpers


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "COLUMNS")}
    env["NO_COLOR"] = "1"
    env["PYTHONUTF8"] = "1"
    return env


def run(*args: str | Path, cwd: Path | None = None, timeout: float | None = None) -> Run:
    """Run ``effektkedja ARGS``; no traceback may ever reach the user.

    In-process, unless ``timeout`` is given: a test that could hang on a regression
    (a named pipe) runs a real process that the timeout can stop.
    """
    if timeout is None:
        result = invoke(*args, cwd=cwd or ROOT, env=environment())
        assert "Traceback" not in result.stderr, result.stderr[-3000:]
        assert "Traceback" not in result.stdout, result.stdout[-3000:]
        return Run(result.returncode, result.stdout, result.stderr)
    done = subprocess.run(
        [sys.executable, "-m", "effektkedja", *map(str, args)],
        cwd=cwd or ROOT,
        env=environment(),
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert "Traceback" not in done.stdout, done.stdout[-3000:]
    return Run(done.returncode, done.stdout, done.stderr)


@dataclass
class Finding:
    path: str
    line: int
    column: int
    rule: str
    message: str


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def findings(self) -> list[Finding]:
        found = []
        for line in self.stdout.splitlines():
            match = FINDING.match(line)
            if match:
                found.append(
                    Finding(
                        match["path"],
                        int(match["line"]),
                        int(match["column"]),
                        match["rule"],
                        match["message"],
                    )
                )
        return found


def check(path: Path, *extra: str, cwd: Path | None = None, timeout: float | None = None) -> Run:
    return run("check", path, "--today", TODAY, *extra, cwd=cwd, timeout=timeout)


def only_finding(result: Run, rule: str) -> Finding:
    """The single finding of ``rule``; the file must give exactly one finding."""
    assert len(result.findings) == 1, result.stdout
    finding = result.findings[0]
    assert finding.rule == rule, result.stdout
    return finding


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def assert_unreadable(
    result: Run, path: Path, line: int, column: int, *gist: str, rule: str = "EK001"
) -> Finding:
    """Exit 1 and exactly one finding, at ``path:line:column``, whose message says ``gist``."""
    assert result.code == 1, result.stdout + result.stderr
    finding = only_finding(result, rule)
    assert (finding.path, finding.line, finding.column) == (str(path), line, column), finding
    for words in gist:
        assert words in finding.message, (words, finding.message)
    return finding


# --------------------------------------------------------------------------- YAML syntax


@pytest.mark.parametrize(
    ("text", "line", "column", "gist"),
    [
        pytest.param(
            "organisation: X\ninsatser:\n  - id: a\n   namn: b\n",
            4,
            4,
            "did not find expected '-' indicator",
            id="bad-indentation",
        ),
        pytest.param(
            "organisation: X\ninsatser:\n- id: a\n  namn: b\n - id: c\n",
            5,
            2,
            "did not find expected key",
            id="list-item-indented-wrong",
        ),
        pytest.param(
            "organisation: X\ninsatser:\n  - {id: a, namn: b\n",
            4,
            1,
            "did not find expected ',' or '}'",
            id="unclosed-flow-mapping",
        ),
        pytest.param(
            'organisation: "Åkerö kommun\ninsatser: []\n',
            3,
            1,
            "found unexpected end of stream (while scanning a quoted scalar)",
            id="unterminated-double-quote",
        ),
        pytest.param(
            "organisation: Kommun: Åkerö\ninsatser: []\n",
            1,
            21,
            "mapping values are not allowed in this context",
            id="stray-colon",
        ),
        pytest.param(
            "organisation: *nope\ninsatser: []\n",
            1,
            15,
            "found undefined alias",
            id="undefined-alias",
        ),
        pytest.param(
            "a: &x 1\nb: &x 2\norganisation: *x\ninsatser: []\n",
            2,
            4,
            "duplicate anchor",
            id="duplicate-anchor",
        ),
        pytest.param(
            'organisation: "Åkerö\\q kommun"\ninsatser: []\n',
            1,
            21,
            "found unknown escape character",
            id="invalid-escape",
        ),
        pytest.param(
            "organisation: X\ninsatser: [{id: a, : b}]\n",
            2,
            20,
            "did not find expected node content",
            id="flow-value-without-key",
        ),
        pytest.param(
            "organisation: X\ninsatser: ]\n",
            2,
            11,
            "did not find expected node content",
            id="stray-closing-bracket",
        ),
        pytest.param(
            "organisation: @kommun\ninsatser: []\n",
            1,
            15,
            "found character that cannot start any token",
            id="reserved-indicator",
        ),
        pytest.param(
            "organisation: &  X\ninsatser: []\n",
            1,
            16,
            "while scanning an anchor",
            id="empty-anchor-name",
        ),
        pytest.param(
            "%YAML 1.2\n%YAML 1.2\n---\norganisation: X\ninsatser: []\n",
            2,
            1,
            "found duplicate %YAML directive",
            id="duplicate-directive",
        ),
    ],
)
def test_yaml_syntax_errors_are_ek001_at_the_problem(
    tmp_path: Path, text: str, line: int, column: int, gist: str
) -> None:
    path = write(tmp_path, "plan.yaml", text)
    # The message is Swedish; the parser's own words follow only with -v (and in JSON).
    plain = assert_unreadable(check(path), path, line, column)
    assert gist not in plain.message and not re.search(r"\b(found|expected|while)\b", plain.message)
    assert_unreadable(check(path, "-v"), path, line, column, gist)


def test_a_key_without_value_in_flow_style_is_ek002(tmp_path: Path) -> None:
    # `{id: a, namn}` is valid YAML: the key `namn` with no value, which stands
    # (empty) where the mapping closes.
    path = write(tmp_path, "plan.yaml", "organisation: X\ninsatser: [{id: a, namn}]\n")
    assert_unreadable(
        check(path), path, 2, 24, "”namn” ska vara en text, inte inget värde", rule="EK002"
    )


def test_control_characters_are_ek001_at_the_character(tmp_path: Path) -> None:
    # A BEL character pasted into a value: YAML forbids it. The finding must point at
    # it (line 2, column 16) and not leak the parser's internals.
    path = write(tmp_path, "plan.yaml", "insatser: []\norganisation: X\x07\n")
    finding = assert_unreadable(check(path), path, 2, 16, "U+0007")
    assert "<unicode string>" not in finding.message


# --------------------------------------------------------------------------- git, tabs


def test_merge_conflict_markers_are_ek001_at_the_first_marker(tmp_path: Path) -> None:
    text = (
        "organisation: Åkerö kommun\n"
        "insatser:\n"
        "  - id: a\n"
        "<<<<<<< HEAD\n"
        "    namn: Kartläggning av hemtjänsten\n"
        "=======\n"
        "    namn: Kartläggning av äldreomsorgen\n"
        ">>>>>>> feature/aldreomsorg\n"
    )
    path = write(tmp_path, "plan.yaml", text)
    assert_unreadable(check(path), path, 4, 1, "konfliktmarkering från git", "lös konflikten först")


def test_a_lone_closing_conflict_marker_is_found(tmp_path: Path) -> None:
    path = write(tmp_path, "plan.yaml", CLEAN_PLAN + ">>>>>>> main\n")
    assert_unreadable(check(path), path, CLEAN_PLAN.count("\n") + 1, 1, "konfliktmarkering")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("organisation: X\ninsatser:\n  - id: a\n\tnamn: b\n", 4, id="before-key"),
        pytest.param("organisation: X\ninsatser:\n\t- id: a\n", 3, id="before-dash"),
        pytest.param("organisation: X\ninsatser:\n  - id: a\n  \t  namn: b\n", 4, id="mixed"),
    ],
)
def test_tabs_for_indentation_are_ek001_with_the_tab_message(
    tmp_path: Path, text: str, line: int
) -> None:
    path = write(tmp_path, "plan.yaml", text)
    result = check(path)
    assert result.code == 1
    finding = only_finding(result, "EK001")
    assert (finding.path, finding.line) == (str(path), line)
    assert finding.message == "tabbtecken kan inte användas för indrag i YAML; använd mellanslag"


def test_tabs_inside_values_are_fine(tmp_path: Path) -> None:
    path = write(tmp_path, "plan.yaml", CLEAN_PLAN.replace("Åkerö kommun", "Åkerö\tkommun", 1))
    result = check(path)
    assert result.code == 0, result.stdout
    assert result.findings == []


# --------------------------------------------------------------------------- hostile YAML


def billion_laughs(levels: int = 10) -> str:
    lines = ['lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"lol{level}: &a{level} [{refs}]")
    return "organisation: X\ninsatser: []\n" + "\n".join(lines) + "\n"


def test_a_billion_laughs_alias_bomb_is_refused_unexpanded(tmp_path: Path) -> None:
    path = write(tmp_path, "bomb.yaml", billion_laughs())  # 10**10 strings if expanded
    result = check(path)  # returns (within the timeout): nothing is expanded
    assert result.code == 1
    finding = only_finding(result, "EK001")
    assert finding.path == str(path)
    assert 3 <= finding.line <= 12 and finding.column >= 1
    assert finding.message == (
        "filen expanderar till fler än 100000 värden via alias (*); "
        "det ser ut som en aliasbomb och läses inte"
    )


def test_a_block_style_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["organisation: X", "insatser: []", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 12):
        lines.append(f"a{level}: &a{level}")
        lines += [f"  - *a{level - 1}"] * 10
    path = write(tmp_path, "bomb.yaml", "\n".join(lines) + "\n")
    finding = only_finding(check(path), "EK001")
    assert "aliasbomb" in finding.message


@pytest.mark.parametrize(
    ("payload", "line", "column", "tag"),
    [
        pytest.param(
            'organisation: !!python/object/apply:os.system ["touch {target}"]\n',
            1,
            15,
            "python/object/apply:os.system",
            id="python-object-apply",
        ),
        pytest.param(
            "organisation: X\ninsatser:\n  - !!python/object/apply:os.system\n"
            "    - touch {target}\n",
            3,
            5,
            "python/object/apply:os.system",
            id="python-object-apply-block",
        ),
        pytest.param(
            "organisation: !!python/object/new:subprocess.check_call\n"
            "  args: [[touch, '{target}']]\n",
            1,
            15,
            "python/object/new:subprocess.check_call",
            id="python-object-new",
        ),
        pytest.param(
            "organisation: !!python/name:os.system\ninsatser: []\n",
            1,
            15,
            "python/name:os.system",
            id="python-name",
        ),
        pytest.param(
            'organisation: !<tag:yaml.org,2002:python/object/apply:os.system> ["touch {target}"]\n',
            1,
            15,
            "python/object/apply:os.system",
            id="verbatim-tag",
        ),
        pytest.param(
            "%TAG !py! tag:yaml.org,2002:python/\n---\n"
            'organisation: !py!object/apply:os.system ["touch {target}"]\n',
            3,
            15,
            "python/object/apply:os.system",
            id="tag-directive-shorthand",
        ),
        pytest.param(
            "organisation: X\ninsatser:\n  - !foo {id: a, namn: b}\n",
            3,
            5,
            "!foo",
            id="local-tag-on-mapping",
        ),
        pytest.param(
            "organisation: !kommun Åkerö\ninsatser: []\n", 1, 15, "!kommun", id="local-tag"
        ),
        pytest.param("organisation: X\ninsatser: !!set {a, b}\n", 2, 11, "set", id="set-tag"),
    ],
)
def test_unknown_tags_are_refused_and_never_constructed(
    tmp_path: Path, payload: str, line: int, column: int, tag: str
) -> None:
    target = tmp_path / "pwned"
    path = write(tmp_path, "plan.yaml", payload.replace("{target}", str(target)))
    finding = assert_unreadable(check(path), path, line, column, "stöds inte")
    assert tag in finding.message
    assert finding.message.startswith("taggen ")
    assert not target.exists()


# --------------------------------------------------------------------------- encodings

SWEDISH = "organisation: Åkerö kommun\ninsatser:\n  - id: a\n    namn: Jämställd öppenvård\n"


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_latin1_is_ek001_at_the_first_bad_byte_naming_latin1(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path, "plan.yaml", SWEDISH.encode(encoding))
    assert_unreadable(
        check(path),
        path,
        1,
        15,
        "filen är inte UTF-8 (ogiltig byte 0xC5, den ser ut att vara Latin-1/Windows-1252); "
        "spara den som UTF-8",
    )


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(SWEDISH.encode("utf-16-le"), id="utf-16-le"),
        pytest.param(SWEDISH.encode("utf-16-be"), id="utf-16-be"),
        pytest.param(b"\xff\xfe" + SWEDISH.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(b"\xfe\xff" + SWEDISH.encode("utf-16-be"), id="utf-16-be-bom"),
    ],
)
def test_utf16_is_ek001_naming_utf16(tmp_path: Path, raw: bytes) -> None:
    path = write(tmp_path, "plan.yaml", raw)
    assert_unreadable(check(path), path, 1, 1, "filen är sparad som UTF-16; spara den som UTF-8")


def test_utf8_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, "plan.yaml", b"\xef\xbb\xbf" + CLEAN_PLAN.encode("utf-8"))
    result = check(path)
    assert result.code == 0 and result.findings == [], result.stdout


def test_a_png_is_ek001_binary(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
    path = write(tmp_path, "bild.yaml", png)
    # The first NUL byte is on line 3 (after the CR LF and the LF of the signature).
    assert_unreadable(
        check(path), path, 3, 1, "filen innehåller binära data (NUL-tecken) och är ingen textfil"
    )


@pytest.mark.parametrize("seed", [1, 2])
def test_random_bytes_are_ek001(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    path = write(tmp_path, "slump.yaml", bytes(rng.randrange(256) for _ in range(8192)))
    result = check(path)
    assert result.code == 1
    finding = only_finding(result, "EK001")
    assert finding.path == str(path) and finding.line >= 1 and finding.column >= 1
    assert "binära data" in finding.message or "inte UTF-8" in finding.message


def test_random_bytes_without_nul_are_ek001_not_utf8(tmp_path: Path) -> None:
    rng = random.Random(7)
    raw = bytes(rng.randrange(128, 256) for _ in range(4096))
    path = write(tmp_path, "slump.yaml", raw)
    with pytest.raises(UnicodeDecodeError) as bad:
        raw.decode("utf-8")
    column = len(raw[: bad.value.start].decode("utf-8")) + 1
    finding = assert_unreadable(check(path), path, 1, column, "filen är inte UTF-8 (ogiltig byte ")
    assert f"0x{raw[bad.value.start]:02X}" in finding.message


# --------------------------------------------------------------------------- not a plan


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"\n\n   \n", id="blank-lines"),
        pytest.param(b"\xef\xbb\xbf", id="only-bom"),
        pytest.param("# Plan för Åkerö\n# kommer senare\n".encode(), id="comments-only"),
        pytest.param(b"---\n...\n", id="empty-document"),
    ],
)
def test_empty_files_are_ek002_empty(tmp_path: Path, raw: bytes) -> None:
    path = write(tmp_path, "plan.yaml", raw)
    assert_unreadable(
        check(path),
        path,
        1,
        1,
        "filen är tom; en plan behöver minst ”organisation” och ”insatser”",
        rule="EK002",
    )


@pytest.mark.parametrize(
    ("text", "line", "got"),
    [
        pytest.param("- organisation: X\n- insatser: []\n", 1, "en lista", id="list"),
        pytest.param("Åkerö kommun\n", 1, "en text", id="text"),
        pytest.param("# rubrik\n42\n", 1, "ett tal", id="number"),  # plan-level: line 1
        pytest.param("true\n", 1, "true/false", id="boolean"),
    ],
)
def test_a_top_level_list_or_scalar_is_ek002_root(
    tmp_path: Path, text: str, line: int, got: str
) -> None:
    path = write(tmp_path, "plan.yaml", text)
    assert_unreadable(
        check(path),
        path,
        line,
        1,
        f"en plan ska vara en mappning med nycklarna ”organisation” och ”insatser”, inte {got}",
        rule="EK002",
    )


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param(
            "organisation: A\ninsatser: []\n---\norganisation: B\ninsatser: []\n", 3, id="two"
        ),
        pytest.param(
            "---\norganisation: A\ninsatser: []\n...\n---\norganisation: B\n", 5, id="explicit"
        ),
        pytest.param("organisation: A\ninsatser: []\n---\n---\n---\n", 3, id="empty-ones"),
    ],
)
def test_several_documents_are_ek001(tmp_path: Path, text: str, line: int) -> None:
    path = write(tmp_path, "plan.yaml", text)
    assert_unreadable(
        check(path),
        path,
        line,
        1,
        "filen innehåller flera YAML-dokument (---); en plan är ett enda dokument",
    )


# --------------------------------------------------------------------------- sizes and depth


@pytest.mark.parametrize("depth", [10_000, 100_000])
def test_very_deep_nesting_is_ek001_too_deep(tmp_path: Path, depth: int) -> None:
    path = write(tmp_path, "djup.yaml", "organisation: X\ninsatser: " + "[" * depth + "]" * depth)
    # The root mapping is level 1, so the 64th bracket (column 11 + 63) is one too many.
    assert_unreadable(
        check(path), path, 2, 11 + MAX_DEPTH - 1, f"strukturen är nästlad i fler än {MAX_DEPTH} led"
    )


def test_unclosed_deep_nesting_is_ek001_too_deep(tmp_path: Path) -> None:
    path = write(tmp_path, "djup.yaml", "organisation: X\ninsatser: " + "{a: " * 50_000)
    finding = only_finding(check(path), "EK001")
    assert finding.line == 2
    assert finding.message == f"strukturen är nästlad i fler än {MAX_DEPTH} led"


def test_a_five_megabyte_name_on_one_line_is_checked(tmp_path: Path) -> None:
    name = "Kartläggning av " + "hemtjänst" * (5 * 2**20 // 10)
    text = (
        "organisation: Åkerö kommun\ninsatser:\n"
        f"  - id: lång\n    namn: {name}\n    ansvarig: Socialförvaltningen\n"
    )
    path = write(tmp_path, "lång.yaml", text)
    assert path.stat().st_size > 5 * 2**20
    result = check(path, "--format", "json")
    assert result.code == 0, result.stderr

    document = json.loads(result.stdout)
    assert document["plans"][0]["initiatives"][0]["name"] == name
    assert not {f["rule"] for f in document["findings"]} & {"EK001", "EK002"}


@pytest.fixture(scope="module")
def big_plan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A valid plan of about 11 MB: the clean chain repeated with fresh ids."""
    head, body = CLEAN_PLAN.split("insatser:\n", 1)
    ids = ["kartläggning", "frågebatteri", "tillämpning", "timmar", "delmål-omsorg"]
    parts = [head, "insatser:\n"]
    size, group = 0, 0
    while size < 11 * 10**6:
        chunk = body
        for ident in ids:
            chunk = chunk.replace(f"id: {ident}\n", f"id: {ident}-{group}\n")
            chunk = chunk.replace(f"[{ident}]", f"[{ident}-{group}]")
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
        group += 1
    path = tmp_path_factory.mktemp("stor") / "stor plan.yaml"
    path.write_text("".join(parts), encoding="utf-8")
    return path, group * len(ids)


def test_a_plan_of_more_than_10_mb_is_checked(big_plan: tuple[Path, int]) -> None:
    path, initiatives = big_plan
    assert 10 * 10**6 <= path.stat().st_size < MAX_FILE_BYTES
    result = check(path)
    assert result.code == 0, result.stdout[-2000:] + result.stderr
    assert result.findings == []
    assert f"Sammanfattning: 1 plan, {initiatives} insatser" in result.stdout
    assert "0 fel, 0 varningar, 0 upplysningar" in result.stdout


def test_a_file_over_20_mib_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "jättestor.yaml"
    with path.open("wb") as stream:
        stream.write(b"organisation: X\ninsatser: []\n")
        line = b"# " + b"x" * 1021 + b"\n"
        for _ in range(21 * 1024):
            stream.write(line)
    assert path.stat().st_size > MAX_FILE_BYTES
    assert_unreadable(
        check(path),
        path,
        1,
        1,
        "filen är för stor (21 MiB; gränsen är 20 MiB) och läses inte; dela upp planen",
    )


# --------------------------------------------------------------------------- numbers and dates

INDICATOR_PLAN = """\
organisation: X
insatser:
  - id: a
    namn: Hemtjänsttimmar
    indikatorer:
      - namn: Timmar
        utgångsläge: {{år: 2023, kvinnor: {women}, män: {men}}}
"""


@pytest.mark.parametrize(
    ("women", "shown"),
    [
        pytest.param("1e400", "inf", id="1e400"),
        pytest.param("-1e400", "-inf", id="minus-1e400"),
        pytest.param(".nan", "nan", id="nan"),
        pytest.param(".NaN", "nan", id="NaN"),
        pytest.param(".inf", "inf", id="inf"),
        pytest.param("-.inf", "-inf", id="minus-inf"),
        pytest.param("+.INF", "inf", id="plus-INF"),
    ],
)
def test_infinite_numbers_are_ek002_not_finite(tmp_path: Path, women: str, shown: str) -> None:
    path = write(tmp_path, "plan.yaml", INDICATOR_PLAN.format(women=women, men=1))
    result = check(path, "--select", "EK0")
    finding = assert_unreadable(result, path, 7, 42, rule="EK002")
    # The value as Python reads it (inf) or as the plan wrote it (1e400): both are clear.
    assert finding.message in (
        f"”kvinnor” ska vara ett ändligt tal, inte {shown}",
        f"”kvinnor” ska vara ett ändligt tal, inte {women}",
    ), finding.message


def test_an_integer_too_big_for_a_float_is_ek002_not_finite(tmp_path: Path) -> None:
    # 10**400 is no float either; the message must not say "a number, not a number".
    path = write(tmp_path, "plan.yaml", INDICATOR_PLAN.format(women="1" + "0" * 400, men=1))
    finding = assert_unreadable(check(path, "--select", "EK0"), path, 7, 42, rule="EK002")
    assert finding.message.startswith("”kvinnor” ska vara ett ändligt tal"), finding.message


@pytest.mark.parametrize("where", ["value", "year", "id"])
def test_an_integer_of_thousands_of_digits_is_a_finding_not_a_crash(
    tmp_path: Path, where: str
) -> None:
    digits = "9" * 5000  # beyond Python's 4300-digit limit for int(str)
    if where == "value":
        text, line, column = INDICATOR_PLAN.format(women=digits, men=1), 7, 42
    elif where == "year":
        text, line, column = INDICATOR_PLAN.format(women=1, men=1).replace("2023", digits), 7, 27
    else:
        text, line, column = f"organisation: X\ninsatser:\n  - id: {digits}\n    namn: A\n", 3, 11
    path = write(tmp_path, "plan.yaml", text)
    result = check(path, "--select", "EK0")
    if where == "id":  # letters and digits: a valid id
        assert result.code == 0, result.stdout + result.stderr
        return
    finding = assert_unreadable(result, path, line, column, rule="EK002")
    assert finding.message.startswith("”kvinnor”" if where == "value" else "”år”")


def test_number_like_ids_keep_their_spelling(tmp_path: Path) -> None:
    # Numbered initiatives (1.1, 1.2 ... 1.10) are common; 1.10 is not 1.1, and an id
    # of letters and digits such as 1e100 is valid (SPEC.md section 3).
    text = (
        "organisation: X\ninsatser:\n"
        "  - {id: 1.1, namn: Kartläggning, leder_till: [1.10]}\n"
        "  - {id: 1.10, namn: Rutin, leder_till: 1e100}\n"
        "  - {id: 1e100, namn: Tillämpning}\n"
    )
    path = write(tmp_path, "plan.yaml", text)
    result = run("check", path, "--today", TODAY, "--format", "json")

    document = json.loads(result.stdout)
    assert [i["id"] for i in document["plans"][0]["initiatives"]] == ["1.1", "1.10", "1e100"]
    rules = {f["rule"] for f in document["findings"]}
    assert not rules & {"EK001", "EK002", "EK004", "EK005", "EK006"}, document["findings"]


DATES_PLAN = """\
organisation: X
insatser:
  - id: a
    namn: Kartläggning
    start: {start}
    slut: {end}
"""


@pytest.mark.parametrize(
    ("start", "end", "problems"),
    [
        pytest.param("2025-02-30", "2025-12-31", [(5, 12, "2025-02-30", "start")], id="feb-30"),
        pytest.param("2023-01-01", "2023-02-29", [(6, 11, "2023-02-29", "slut")], id="feb-29-2023"),
        pytest.param(
            "2024-13-01",
            "2024-04-31",
            [(5, 12, "2024-13-01", "start"), (6, 11, "2024-04-31", "slut")],
            id="month-13-and-april-31",
        ),
        pytest.param(
            "'2100-02-29'",
            "2024-00-10",
            [(5, 12, "2100-02-29", "start"), (6, 11, "2024-00-10", "slut")],
            id="quoted-and-month-0",
        ),
    ],
)
def test_dates_that_do_not_exist_are_ek002(
    tmp_path: Path, start: str, end: str, problems: list[tuple[int, int, str, str]]
) -> None:
    path = write(tmp_path, "plan.yaml", DATES_PLAN.format(start=start, end=end))
    result = check(path)
    assert result.code == 1
    found = [(f.line, f.column, f.message) for f in result.findings]
    assert found == [
        (line, column, f"{value} finns inte i kalendern (”{key}”)")
        for line, column, value, key in problems
    ]
    assert all(f.rule == "EK002" and f.path == str(path) for f in result.findings)


def test_leap_day_2024_is_a_date(tmp_path: Path) -> None:
    path = write(tmp_path, "plan.yaml", DATES_PLAN.format(start="2024-02-29", end="2024-02-29"))
    result = check(path, "--select", "EK0")
    assert result.code == 0, result.stdout
    assert result.findings == []


# --------------------------------------------------------------------------- folders and paths


def test_a_folder_with_a_symlink_loop_and_other_files(tmp_path: Path) -> None:
    root = tmp_path / "planer"
    first = write(root, "a/plan.yaml", CLEAN_PLAN)
    second = write(root, "b.yml", CLEAN_PLAN)
    try:
        (root / "a" / "loop").symlink_to("..")
        (root / "a" / "själv").symlink_to(".")
    except OSError:
        pytest.skip("symbolic links are not available")
    # Files that are not plans: never read, whatever they hold.
    write(root, "bild.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(root, "anteckningar.txt", "organisation: [\n")
    write(root, "a/plan.yaml~", "<<<<<<< HEAD\n")
    write(root, "a/plan.yaml.orig", b"\xff\xfe\x00")
    write(root, "README.md", "# Planer\n")
    write(root, "data.json", "{}")
    result = check(root, "--format", "json")

    document = json.loads(result.stdout)
    assert result.code == 0, document["findings"]
    assert [p["path"] for p in document["plans"]] == [str(second), str(first)]
    assert document["findings"] == []
    # Named through the loop, the folder is still searched once, without going round.
    through = check(root / "a" / "loop", "--format", "json")
    document = json.loads(through.stdout)
    assert [p["path"] for p in document["plans"]] == [
        str(root / "a" / "loop" / "b.yml"),
        str(root / "a" / "loop" / "a" / "plan.yaml"),
    ]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_an_unreadable_file_in_a_folder_is_ek001_and_the_others_are_checked(
    tmp_path: Path,
) -> None:
    root = tmp_path / "planer"
    good = write(root, "a.yaml", CLEAN_PLAN)
    locked = write(root, "b.yaml", CLEAN_PLAN)
    locked.chmod(0)
    try:
        result = check(root)
    finally:
        locked.chmod(0o644)
    assert result.code == 1
    finding = only_finding(result, "EK001")
    assert (finding.path, finding.line, finding.column) == (str(locked), 1, 1)
    assert finding.message == "filen går inte att läsa: behörighet saknas"
    assert str(good) in result.stdout


def test_a_dangling_symlink_named_directly_is_a_usage_error(tmp_path: Path) -> None:
    link = tmp_path / "plan.yaml"
    try:
        link.symlink_to(tmp_path / "borttagen.yaml")
    except OSError:
        pytest.skip("symbolic links are not available")
    result = check(link)
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr.strip() == f"effektkedja: fel: sökvägen finns inte: {link}"


def test_a_dangling_symlink_found_in_a_folder_is_ek001(tmp_path: Path) -> None:
    root = tmp_path / "planer"
    write(root, "a.yaml", CLEAN_PLAN)
    link = root / "b.yaml"
    try:
        link.symlink_to(tmp_path / "borttagen.yaml")
    except OSError:
        pytest.skip("symbolic links are not available")
    assert_unreadable(
        check(root), link, 1, 1, "filen går inte att läsa: den finns inte (en trasig länk?)"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_in_a_folder_does_not_hang_the_check(tmp_path: Path) -> None:
    # Nothing ever writes to the pipe: opening it to read would wait for ever.
    root = tmp_path / "planer"
    good = write(root, "a.yaml", CLEAN_PLAN)
    os.mkfifo(root / "b.yaml")
    result = check(root, "--format", "json", timeout=10)

    document = json.loads(result.stdout)
    assert document["plans"][0]["path"] == str(good)
    assert document["plans"][0]["initiatives"]
    # The pipe is skipped or reported as unreadable, never waited on.
    assert {f["rule"] for f in document["findings"]} <= {"EK001"}


def test_broken_plans_in_paths_with_spaces_and_swedish_letters(tmp_path: Path) -> None:
    folder = tmp_path / "Planer för Åre och Örebro" / "år 2025"
    broken = write(folder, "plan för äldreomsorg.yaml", "organisation: [Åre\n")
    result = check(tmp_path / "Planer för Åre och Örebro")
    assert_unreadable(result, broken, 2, 1, "en lista inom hakparenteser [ ] är inte avslutad")
    relative = Path("Planer för Åre och Örebro") / "år 2025" / "plan för äldreomsorg.yaml"
    result = check(relative, cwd=tmp_path)
    assert_unreadable(result, relative, 2, 1, "en lista inom hakparenteser [ ] är inte avslutad")


# --------------------------------------------------------------------------- report -o


@pytest.fixture
def plan_folder(tmp_path: Path) -> Path:
    root = tmp_path / "planer"
    write(root, "plan.yaml", CLEAN_PLAN)
    (root / "x").mkdir()
    return root


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_report_into_a_missing_folder_is_exit_2_and_creates_nothing(plan_folder: Path) -> None:
    before = listing(plan_folder)
    result = run("report", "plan.yaml", "-o", "saknas/rapport.md", cwd=plan_folder)
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr.strip() == (
        "effektkedja: fel: mappen för utfilen finns inte: saknas/rapport.md"
    )
    assert listing(plan_folder) == before


@pytest.mark.parametrize(
    "target", ["./x/../plan.yaml", "x/../x/../plan.yaml", "../planer/plan.yaml", "hårdlänk.md"]
)
def test_report_never_writes_over_an_input_however_it_is_spelled(
    plan_folder: Path, target: str
) -> None:
    plan = plan_folder / "plan.yaml"
    os.link(plan, plan_folder / "hårdlänk.md")
    original = plan.read_bytes()
    before = listing(plan_folder)
    result = run("report", ".", "-o", target, cwd=plan_folder)
    assert result.code == 2
    assert "effektkedja: fel: vägrar skriva över en plan som läses: " in result.stderr
    assert plan.read_bytes() == original
    assert listing(plan_folder) == before


def test_report_into_a_folder_is_exit_2(plan_folder: Path) -> None:
    result = run("report", "plan.yaml", "-o", "x", cwd=plan_folder)
    assert result.code == 2
    assert result.stderr.strip() == "effektkedja: fel: utfilen är en mapp: x"
    assert listing(plan_folder / "x") == []


def test_report_into_a_path_with_spaces_and_swedish_letters(plan_folder: Path) -> None:
    target = plan_folder / "x" / "rapport för år 2025.md"
    result = run("report", "plan.yaml", "-o", target, "--today", TODAY, cwd=plan_folder)
    assert result.code == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert listing(plan_folder / "x") == ["rapport för år 2025.md"]


# --------------------------------------------------------------------------- Ctrl-C


@pytest.fixture(scope="module")
def many_plans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of 600 plans, so that a check takes seconds, not milliseconds."""
    root = tmp_path_factory.mktemp("manga") / "planer"
    root.mkdir()
    text = EXAMPLE.read_bytes()
    for number in range(600):
        (root / f"plan-{number:03}.yaml").write_bytes(text)
    return root


def start(
    *args: str | Path, cwd: Path, stdout: IO[bytes] | int = subprocess.PIPE
) -> subprocess.Popen[bytes]:
    """Start the command; give ``stdout`` a file when it prints more than a pipe holds
    (a pipe nobody reads yet would stop the run at its first full buffer)."""
    return subprocess.Popen(
        [sys.executable, "-m", "effektkedja", *map(str, args)],
        cwd=cwd,
        env=environment(),
        stdout=stdout,
        stderr=subprocess.PIPE,
        start_new_session=True,  # a group of its own: a hang is cleaned up with its workers
        preexec_fn=ctrl_c_as_at_a_terminal,
    )


def interrupt(process: subprocess.Popen[bytes]) -> tuple[int, str, str]:
    """Send Ctrl-C (SIGINT) to a running command; its exit code, stdout and stderr."""
    assert process.poll() is None, "the command finished before it could be interrupted"
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        # Workers left behind hold the pipes open: stop the whole group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    said = (out or b"").decode("utf-8", "replace")
    return process.returncode, said, err.decode("utf-8", "replace")


def wait_for_reader(fifo: Path, process: subprocess.Popen[bytes]) -> int:
    """Wait until the command has opened ``fifo`` to read it; return our write end.

    While nobody reads a FIFO, opening it to write without blocking fails (ENXIO).
    Holding the write end open without writing keeps the reader waiting in read():
    the run is then certainly in the middle of its work, neither starting nor
    shutting down, so the interrupt cannot race the interpreter.
    """
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        assert process.poll() is None, "the command ended before it read the FIFO"
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
        time.sleep(0.02)
    raise AssertionError("the command never opened the FIFO")


@pytest.fixture(scope="module")
def interrupted_check(
    many_plans: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[int, str, str]:
    # The last "plan" is a FIFO nobody writes to: the check of the 600 plans before it
    # is done or under way, and the run waits there when Ctrl-C comes.
    folder = tmp_path_factory.mktemp("ror")
    fifo = folder / "väntar.yaml"
    os.mkfifo(fifo)
    with (folder / "stdout").open("w+b") as printed:
        process = start("check", ".", fifo, "--today", TODAY, cwd=many_plans, stdout=printed)
        writer = wait_for_reader(fifo, process)
        try:
            code, _, err = interrupt(process)
        finally:
            os.close(writer)
        printed.seek(0)
        return code, printed.read().decode("utf-8", "replace"), err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_ctrl_c_during_check_exits_130_without_a_traceback(
    interrupted_check: tuple[int, str, str],
) -> None:
    code, out, err = interrupted_check
    assert code == 130, err
    assert "Traceback" not in err and "Traceback" not in out
    assert "Sammanfattning" not in out  # it stopped, it did not finish


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_ctrl_c_says_the_run_was_interrupted(interrupted_check: tuple[int, str, str]) -> None:
    _, _, err = interrupted_check
    assert "effektkedja: avbrutet" in err, repr(err)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_ctrl_c_during_report_leaves_no_file(many_plans: Path, tmp_path: Path) -> None:
    # The promise: no partial report and no temporary file, exit 130. The FIFO holds
    # the run in the middle of checking (the report is written only at the end), so
    # Ctrl-C never lands during start-up or interpreter shutdown.
    fifo = tmp_path / "väntar.yaml"
    os.mkfifo(fifo)
    out_folder = tmp_path / "ut"
    out_folder.mkdir()
    target = out_folder / "rapport.md"
    process = start("report", ".", fifo, "-o", target, "--today", TODAY, cwd=many_plans)
    writer = wait_for_reader(fifo, process)
    try:
        code, out, err = interrupt(process)
    finally:
        os.close(writer)
    assert code == 130, err
    assert "Traceback" not in err
    assert "effektkedja: avbrutet" in err
    assert not target.exists()
    assert list(out_folder.iterdir()) == []  # no temporary file left behind either
