"""Benchmark ``effektkedja check`` against the YAML floor and its peers, in one run.

Every figure is the wall time of a whole process (``time.perf_counter`` around
start and exit), the median of several runs, measured in the same run on the same
files, so that the ratios mean something on a shared, noisy machine. Peak memory
is the maximum resident set size of the process, or of the largest of its worker
processes (``os.wait4``, the call ``/usr/bin/time -f %M`` makes).

Scenarios (plans from ``bench/generate.py``, dates for ``--today 2026-11-23``):

- ``d``: start-up: the smallest bundled example, and ``effektkedja --version``;
- ``a``: 10,000 initiatives in 200 files (50 each);
- ``e`` and ``c``: a dense graph: 2,500 and 5,000 initiatives in one file, each
  linking to ten others (the pair shows whether time grows linearly);
- ``b``: 100,000 initiatives in 1,000 files (100 each); fewer runs, and the
  slow peers only with ``--large-peers``.

Tools, each on the same files:

1. ``effektkedja check`` in every format (text, json, github, sarif, gitlab;
   ``NO_COLOR=1``, output to /dev/null); in (a) and (b) with ``--jobs 1``, and in
   (a) also json with ``--jobs`` auto and ``--jobs 2``;
2. the floor: every file loaded with PyYAML's C safe loader in one Python process;
3. ``yamllint`` with the default rules minus ``line-length`` and ``document-start``;
4. ``check-jsonschema`` with the schema of ``effektkedja schema``.

The table shows each tool's median and peak memory, the ratios of ``check`` to
tools 2-4 with the targets of issue 19 beside them, how time and memory grow
from 10,000 to 100,000 initiatives (peak at most 100 MB in every format), what
workers give in (a), and how the dense graph grows from (e) to (c). ``--json``
prints the same numbers as JSON.

Usage: ``python bench/run.py`` (12-15 minutes on two cores; ``--no-large``
leaves out the 100,000-initiative scenario and takes about half that). How to read
the table, and a recorded run: docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import TODAY, Manifest, ensure  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
BIN = Path(sys.executable).parent

#: yamllint's default rules without the two that every plan would trip over.
YAMLLINT_CONFIG = "{extends: default, rules: {line-length: disable, document-start: disable}}"

#: The floor: load every file named on the command line with the C safe loader.
FLOOR_SCRIPT = """\
import sys, yaml
for path in sys.argv[1:]:
    with open(path, 'rb') as stream:
        try:
            yaml.load(stream, Loader=yaml.CSafeLoader)
        except yaml.YAMLError:
            pass
"""

FORMATS = ("text", "json", "github", "sarif", "gitlab")
#: ``check --format F`` for every format; in (a) and (b) with ``--jobs 1``.
CHECKS = tuple(f"check {name}" for name in FORMATS)
CHECK_TEXT, CHECK_JSON = CHECKS[0], CHECKS[1]
#: (a) again with ``--jobs`` at its default (auto) and with two workers.
CHECK_AUTO, CHECK_TWO = "check json auto", "check json 2"
VERSION = "--version"
FLOOR, YAMLLINT, SCHEMA = "floor", "yamllint", "check-jsonschema"
OWN = (*CHECKS, CHECK_AUTO, CHECK_TWO, VERSION)
PEERS = (YAMLLINT, SCHEMA)
TOOL_LABELS = {
    **{tool: f"check --format {name}" for tool, name in zip(CHECKS, FORMATS, strict=True)},
    CHECK_AUTO: "check json, -j auto",
    CHECK_TWO: "check json, -j 2",
    VERSION: "effektkedja --version",
    FLOOR: "floor: CSafeLoader",
    YAMLLINT: "yamllint",
    SCHEMA: "check-jsonschema",
}
#: Exit codes that mean "ran and reported"; anything else is shown as a problem.
EXPECTED_EXIT = {
    **dict.fromkeys((*CHECKS, CHECK_AUTO, CHECK_TWO, YAMLLINT, SCHEMA), {0, 1}),
    VERSION: {0},
    FLOOR: {0},
}
#: Scenarios whose checks run with ``--jobs 1``: the target is for one process.
ONE_JOB = ("a", "b")


@dataclass(frozen=True)
class Target:
    """A target of issue 19: ``tool`` in ``scenario`` at most ``limit`` times ``against``."""

    scenario: str
    tools: tuple[str, ...]
    against: str
    limit: float


TARGETS = (
    Target("d", (*CHECKS, VERSION), YAMLLINT, 1.5),
    Target("a", (CHECK_TEXT, CHECK_JSON), FLOOR, 1.0),
    Target("a", (CHECK_TEXT, CHECK_JSON), YAMLLINT, 0.1),
    Target("c", (CHECK_TEXT, CHECK_JSON), FLOOR, 1.5),
)
#: 100,000 initiatives take at most this many times the 10,000 time.
GROWTH_TIME_LIMIT = 10.0
#: Peak memory of every ``check`` format with 100,000 initiatives, in MB.
MEMORY_LIMIT_MB = 100.0
#: The dense graph of (c) against half of it (c2): linear time gives at most this.
DENSE_GROWTH_LIMIT = 2.2


@dataclass
class Measurement:
    """One tool on one scenario: every timed run, its median and peak memory."""

    tool: str
    command: list[str]
    times: list[float] = field(default_factory=list)
    peak_kib: int | None = None
    exit_codes: list[int] = field(default_factory=list)
    problem: str | None = None  # an unexpected exit code, with the end of stderr

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def peak_mb(self) -> float | None:
        return None if self.peak_kib is None else self.peak_kib * 1024 / 1e6


@dataclass
class Scenario:
    """A set of files and what every tool measured on them."""

    key: str
    title: str
    files: list[Path]
    initiatives: int
    bytes: int
    largest_file_bytes: int
    results: dict[str, Measurement] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Ratio:
    """``tool`` / ``against`` in one scenario, with the target if the issue sets one."""

    scenario: str
    tool: str
    against: str
    ratio: float
    limit: float | None

    @property
    def met(self) -> bool | None:
        return None if self.limit is None else self.ratio <= self.limit


@dataclass(frozen=True)
class Growth:
    """How one tool's time and memory grow from scenario a to scenario b.

    ``memory_limit`` is how much the largest single file grows (its size in b over
    its size in a), for reading; the target is :data:`MEMORY_LIMIT_MB` of ``peak_mb``.
    """

    tool: str
    time_ratio: float
    memory_ratio: float | None
    memory_delta_mb: float | None
    memory_limit: float

    @property
    def time_met(self) -> bool | None:
        return self.time_ratio <= GROWTH_TIME_LIMIT if self.tool in CHECKS else None

    peak_mb: float | None = None

    @property
    def memory_met(self) -> bool | None:
        if self.tool not in CHECKS or self.peak_mb is None:
            return None
        return self.peak_mb <= MEMORY_LIMIT_MB


def find_tool(name: str) -> str | None:
    """A console script next to this Python first (the venv), else on PATH."""
    return shutil.which(name, path=str(BIN)) or shutil.which(name)


def effektkedja_command() -> list[str]:
    """How to start effektkedja: its console script, as users do, else ``-m``."""
    script = find_tool("effektkedja")
    return [script] if script else [sys.executable, "-m", "effektkedja"]


def run_once(command: Sequence[str], env: dict[str, str], errors: Path) -> tuple[float, int, int]:
    """Run ``command`` once: (wall seconds, peak RSS in KiB or -1, exit code)."""
    with errors.open("wb") as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, env=env)
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - start
            process.returncode = code = os.waitstatus_to_exitcode(status)
            peak = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
            return elapsed, peak, code
        code = process.wait()
        return time.perf_counter() - start, -1, code


def measure(
    tool: str, command: list[str], runs: int, warm_up: bool, env: dict[str, str]
) -> Measurement:
    """Median wall time and peak memory of ``runs`` runs, after an optional warm-up."""
    result = Measurement(tool, command)
    with tempfile.TemporaryDirectory(prefix="effektkedja-bench-") as folder:
        errors = Path(folder) / "stderr"
        for attempt in range(runs + int(warm_up)):
            elapsed, peak, code = run_once(command, env, errors)
            if code not in EXPECTED_EXIT[tool] and result.problem is None:
                tail = errors.read_text(encoding="utf-8", errors="replace").strip()[-400:]
                result.problem = f"exit code {code}: {tail}"
            if warm_up and attempt == 0:
                continue
            result.times.append(elapsed)
            result.exit_codes.append(code)
            if peak >= 0:
                result.peak_kib = max(result.peak_kib or 0, peak)
    return result


def schema_file(folder: Path, given: Path | None, env: dict[str, str]) -> tuple[Path | None, str]:
    """The plan schema for check-jsonschema, and a note on where it came from.

    ``effektkedja schema -o FILE`` first, then ``effektkedja schema > FILE``;
    ``None`` with the reason when neither works (the command does not exist yet).
    """
    if given is not None:
        return given, f"schema from {given}"
    target = folder / "effektkedja.schema.json"
    base = [*effektkedja_command(), "schema"]
    attempt = subprocess.run(
        [*base, "-o", str(target)], capture_output=True, text=True, env=env, check=False
    )
    if attempt.returncode == 0 and target.is_file() and target.stat().st_size:
        return target, "schema from `effektkedja schema -o FILE`"
    with target.open("wb") as out:
        printed = subprocess.run(base, stdout=out, stderr=subprocess.PIPE, env=env, check=False)
    if printed.returncode == 0 and target.stat().st_size:
        return target, "schema from `effektkedja schema > FILE`"
    said = attempt.stderr or printed.stderr.decode(errors="replace")
    lines = [line.strip(" │╭╮╰╯─\t") for line in said.splitlines()]
    useful = [line for line in lines if line and not line.startswith(("Try ", "Usage:", "Error"))]
    fallback = useful[-1] if useful else ""
    detail = next((line for line in useful if "command" in line.lower()), fallback)
    return None, (
        "skipped: `effektkedja schema` is not available yet"
        + (f" ({detail})" if detail else "")
        + "; pass --schema FILE to compare with a schema file"
    )


def commands(
    scenario: Scenario, schema: Path | None, check_args: list[str]
) -> dict[str, list[str]]:
    """The command line of every tool for a scenario's files."""
    files = [str(path) for path in scenario.files]
    check = [*effektkedja_command(), "check", "--today", TODAY, *check_args]
    if scenario.key in ONE_JOB:
        check += ["--jobs", "1"]
    # Every format at start-up, at scale and in (a); (c) and (e) time the graph.
    formats = FORMATS if scenario.key in "dab" else ("text", "json")
    result = {f"check {name}": [*check, "--format", name, *files] for name in formats}
    if scenario.key == "a":
        auto = [*effektkedja_command(), "check", "--today", TODAY, *check_args]
        result[CHECK_AUTO] = [*auto, "--format", "json", *files]
        result[CHECK_TWO] = [*auto, "--jobs", "2", "--format", "json", *files]
    result[FLOOR] = [sys.executable, "-c", FLOOR_SCRIPT, *files]
    if scenario.key == "d":
        result[VERSION] = [*effektkedja_command(), "--version"]
    yamllint = find_tool("yamllint")
    if yamllint:
        result[YAMLLINT] = [yamllint, "-d", YAMLLINT_CONFIG, *files]
    else:
        scenario.skipped[YAMLLINT] = "skipped: yamllint is not installed (bench/requirements.txt)"
    validator = find_tool("check-jsonschema")
    if validator is None:
        scenario.skipped[SCHEMA] = "skipped: check-jsonschema is not installed"
    elif schema is not None:
        result[SCHEMA] = [validator, "--schemafile", str(schema), *files]
    return result


#: The generated scenarios: title, folder, plans, initiatives per plan, shape (None: --shape).
GENERATED: dict[str, tuple[str, str, int, int, str | None]] = {
    "a": ("10,000 initiatives in 200 files (50 each)", "a-10k", 200, 50, None),
    "c": (
        "dense graph: 5,000 initiatives in one file, ten links each",
        "c-dense",
        1,
        5000,
        "dense",
    ),
    "e": (
        "dense graph, half: 2,500 initiatives in one file, ten links each",
        "e-dense-half",
        1,
        2500,
        "dense",
    ),
    "b": ("100,000 initiatives in 1,000 files (100 each)", "b-100k", 1000, 100, None),
}


def scenario(key: str, work: Path, shape: str, seed: int) -> Scenario:
    """Scenario ``key``; generated plans go to (or are reused from) a folder in ``work``."""
    if key == "d":
        return startup_scenario()
    title, name, plans, per_plan, fixed_shape = GENERATED[key]
    folder = work / name
    manifest: Manifest = ensure(folder, plans, per_plan, fixed_shape or shape, seed)
    files = [folder / file for file in manifest.files]
    return Scenario(
        key, title, files, manifest.initiatives, manifest.bytes, manifest.largest_file_bytes
    )


def startup_scenario() -> Scenario:
    """Scenario d: the smallest bundled example."""
    smallest = min(EXAMPLES.glob("*.yaml"), key=lambda path: path.stat().st_size)
    size = smallest.stat().st_size
    count = sum(
        1
        for line in smallest.read_text(encoding="utf-8").splitlines()
        if line.startswith("  - id:")
    )
    title = f"start-up: smallest example, {smallest.name}"
    return Scenario("d", title, [smallest], count, size, size)


def warm_page_cache(files: Sequence[Path]) -> None:
    """Read every file once, so that the first timed run does not wait for the disk."""
    for path in files:
        path.read_bytes()


def ratios(scenarios: dict[str, Scenario]) -> list[Ratio]:
    """check (and --version) against tools 2-4 in every scenario, with the targets."""
    limits = {
        (target.scenario, tool, target.against): target.limit
        for target in TARGETS
        for tool in target.tools
    }
    found = []
    for scenario in scenarios.values():
        own = [tool for tool in OWN if tool in scenario.results]
        for tool in own:
            for against in (FLOOR, YAMLLINT, SCHEMA):
                if against in scenario.results:
                    value = scenario.results[tool].median / scenario.results[against].median
                    limit = limits.get((scenario.key, tool, against))
                    found.append(Ratio(scenario.key, tool, against, value, limit))
    return found


def growth(small: Scenario, large: Scenario) -> list[Growth]:
    """Time and memory of scenario b over scenario a, for every tool measured in both."""
    found = []
    for tool, result in large.results.items():
        if tool not in small.results:
            continue
        before = small.results[tool]
        memory = delta = None
        if result.peak_mb is not None and before.peak_mb is not None:
            memory, delta = result.peak_mb / before.peak_mb, result.peak_mb - before.peak_mb
        limit = large.largest_file_bytes / small.largest_file_bytes
        found.append(
            Growth(tool, result.median / before.median, memory, delta, limit, result.peak_mb)
        )
    return found


def verdict(met: bool | None) -> str:
    """The word for a target: met, NOT met, or nothing where there is none."""
    return "" if met is None else ("met" if met else "NOT met")


def cell(ratio: Ratio | None) -> str:
    """A ratio with its target: ``1.250× (≤1 NOT met)``."""
    if ratio is None:
        return ""
    text = f"{ratio.ratio:.3f}×"
    if ratio.limit is not None:
        text += f" (≤{ratio.limit:g} {verdict(ratio.met)})"
    return text


def table(
    scenarios: dict[str, Scenario], found: list[Ratio], grown: list[Growth], header: list[str]
) -> str:
    """The results as a plain-text table (what docs/performance.md records)."""
    lines = [*header, ""]
    by_key = {(ratio.scenario, ratio.tool, ratio.against): ratio for ratio in found}
    columns = (FLOOR, YAMLLINT, SCHEMA)
    head = f"{'tool':22} {'runs':>4} {'median s':>9} {'peak MB':>8}   " + "".join(
        f"{'× ' + TOOL_LABELS[column].split(':')[0]:22}" for column in columns
    )
    for scenario in scenarios.values():
        size = (
            f"{scenario.bytes / 1e6:.1f} MB"
            if scenario.bytes > 100_000
            else f"{scenario.bytes / 1e3:.1f} kB"
        )
        lines += [
            f"({scenario.key}) {scenario.title}: {len(scenario.files):,} file(s), "
            f"{scenario.initiatives:,} initiatives, {size}",
            "    " + head.rstrip(),
        ]
        for tool, result in scenario.results.items():
            cells = "".join(f"{cell(by_key.get((scenario.key, tool, c))):22}" for c in columns)
            memory = "n/a" if result.peak_mb is None else f"{result.peak_mb:.0f}"
            lines.append(
                f"    {TOOL_LABELS[tool]:22} {len(result.times):4} {result.median:9.3f} "
                f"{memory:>8}   {cells}".rstrip()
            )
            if result.problem:
                lines.append(f"      ! {result.problem}")
        for tool, note in scenario.skipped.items():
            lines.append(f"    {TOOL_LABELS[tool]:22} {note}")
        lines.append("")
    if grown:
        lines += [
            "growth from (a) 10,000 to (b) 100,000 initiatives: (b) / (a); the largest file "
            f"grows {grown[0].memory_limit:.2f}×",
            f"    {'tool':22} {'time ×':>7}  {'target':12} {'memory ×':>9} {'Δ MB':>6} "
            f"{'peak MB':>7}  target",
        ]
        for item in grown:
            time_target = memory_target = ""
            if item.time_met is not None:
                time_target = f"≤{GROWTH_TIME_LIMIT:g} {verdict(item.time_met)}"
            if item.memory_met is not None:
                memory_target = f"≤{MEMORY_LIMIT_MB:g} MB {verdict(item.memory_met)}"
            memory = "n/a" if item.memory_ratio is None else f"{item.memory_ratio:.2f}"
            delta = "" if item.memory_delta_mb is None else f"{item.memory_delta_mb:+.0f}"
            peak = "n/a" if item.peak_mb is None else f"{item.peak_mb:.0f}"
            lines.append(
                f"    {TOOL_LABELS[item.tool]:22} {item.time_ratio:7.2f}  {time_target:12} "
                f"{memory:>9} {delta:>6} {peak:>7}  {memory_target}".rstrip()
            )
        lines.append("")
    for note in notes(scenarios):
        lines.append(note)
    return "\n".join(lines)


def notes(scenarios: dict[str, Scenario]) -> list[str]:
    """Workers in (a) and how the dense graph grows from (e) to (c), in words."""
    lines = []
    a = scenarios.get("a")
    if a is not None and CHECK_JSON in a.results:
        one = a.results[CHECK_JSON].median
        for tool in (CHECK_TWO, CHECK_AUTO):
            if tool in a.results:
                lines.append(
                    f"(a) {TOOL_LABELS[tool]}: {one / a.results[tool].median:.2f}× as fast as -j 1"
                )
    c, e = scenarios.get("c"), scenarios.get("e")
    if c is not None and e is not None:
        for tool in (CHECK_TEXT, CHECK_JSON):
            if tool in c.results and tool in e.results:
                grown = c.results[tool].median / e.results[tool].median
                met = grown <= DENSE_GROWTH_LIMIT
                lines.append(
                    f"dense graph, (c) 5,000 / (e) 2,500 initiatives, {TOOL_LABELS[tool]}: "
                    f"{grown:.2f}× (linear: ≤{DENSE_GROWTH_LIMIT:g} {verdict(met)})"
                )
    return [*lines, ""] if lines else []


def as_json(
    scenarios: dict[str, Scenario],
    found: list[Ratio],
    grown: list[Growth],
    about: dict[str, object],
) -> str:
    """Every number of the run as JSON."""
    data = {
        "about": about,
        "scenarios": [
            {
                "key": scenario.key,
                "title": scenario.title,
                "files": len(scenario.files),
                "initiatives": scenario.initiatives,
                "bytes": scenario.bytes,
                "largest_file_bytes": scenario.largest_file_bytes,
                "results": [
                    {
                        "tool": result.tool,
                        "label": TOOL_LABELS[result.tool],
                        "median_s": result.median,
                        "times_s": result.times,
                        "peak_mb": result.peak_mb,
                        "exit_codes": result.exit_codes,
                        "problem": result.problem,
                        "command": shlex.join(result.command[:12])
                        + (" …" if len(result.command) > 12 else ""),
                    }
                    for result in scenario.results.values()
                ],
                "skipped": scenario.skipped,
            }
            for scenario in scenarios.values()
        ],
        "ratios": [{**asdict(ratio), "met": ratio.met} for ratio in found],
        "growth": [
            {
                **asdict(item),
                "time_limit": GROWTH_TIME_LIMIT if item.tool in CHECKS else None,
                "time_met": item.time_met,
                "memory_met": item.memory_met,
            }
            for item in grown
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Time effektkedja check against the PyYAML C-loader floor, yamllint and "
        "check-jsonschema on the same generated plans, and print the ratios and the "
        "targets of issue 19.",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=5,
        metavar="N",
        help="timed runs per tool, after one warm-up run (default: 5)",
    )
    parser.add_argument(
        "--peer-runs",
        type=int,
        default=3,
        metavar="N",
        help="timed runs of yamllint and check-jsonschema in (a) and (c), "
        "which take tens of seconds each; no warm-up: check has just read "
        "the same files (default: 3)",
    )
    parser.add_argument(
        "--large-runs",
        type=int,
        default=3,
        metavar="N",
        help="timed runs per tool in (b), 100,000 initiatives; no warm-up "
        "run, the files are read once instead (default: 3)",
    )
    parser.add_argument(
        "--no-large",
        action="store_true",
        help="leave out (b), 100,000 initiatives, and the growth figures",
    )
    parser.add_argument(
        "--large-peers",
        action="store_true",
        help="also run yamllint and check-jsonschema in (b): one run each, "
        "about five minutes each on two cores",
    )
    parser.add_argument(
        "--scenarios",
        default="daecb",
        metavar="KEYS",
        help="which scenarios to run, in this order (default: daecb)",
    )
    parser.add_argument(
        "--shape",
        choices=("simple", "branching", "dense"),
        default="simple",
        help="chain shape of the plans in (a) and (b) (default: simple)",
    )
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default: 1)")
    parser.add_argument(
        "--schema",
        type=Path,
        metavar="FILE",
        help="JSON Schema for check-jsonschema (default: from effektkedja schema)",
    )
    parser.add_argument(
        "--check-args",
        default="",
        metavar="ARGS",
        help='extra arguments for every check, e.g. "--jobs 1"',
    )
    parser.add_argument(
        "--work",
        type=Path,
        metavar="DIR",
        help="keep the generated plans in DIR and reuse them next time "
        "(default: a temporary folder, removed afterwards)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the numbers as JSON instead of the table"
    )
    parser.add_argument(
        "--json-file", type=Path, metavar="FILE", help="also write the numbers as JSON to FILE"
    )
    args = parser.parse_args(argv)
    if min(args.runs, args.peer_runs, args.large_runs) < 1:
        parser.error("--runs, --peer-runs and --large-runs must be at least 1")
    if args.no_large:
        args.scenarios = args.scenarios.replace("b", "")
    if not args.scenarios or set(args.scenarios) - set("abcde"):
        parser.error("--scenarios takes letters from a, b, c, d and e")
    return args


def about_machine(
    args: argparse.Namespace, schema_note: str, started: datetime
) -> dict[str, object]:
    """What the numbers were measured on and with which settings."""
    version = subprocess.run(
        [*effektkedja_command(), "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return {
        "date": started.isoformat(timespec="minutes"),
        "effektkedja": version,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cores": os.cpu_count(),
        "runs": args.runs,
        "peer_runs": args.peer_runs,
        "large_runs": args.large_runs,
        "yamllint_config": YAMLLINT_CONFIG,
        "schema": schema_note,
        "check_args": args.check_args,
        "today": TODAY,
        "seed": args.seed,
        "shape": args.shape,
    }


def say(message: str) -> None:
    """Progress, on stderr so that stdout holds only the table or the JSON."""
    print(message, file=sys.stderr, flush=True)


def run_scenario(
    current: Scenario, args: argparse.Namespace, schema: Path | None, env: dict[str, str]
) -> None:
    """Time every tool on a scenario's files; the results go into ``current``.

    Warm-up runs go before the timed runs of fast tools. The slow peers in (a) and
    (c) get none (check has just read the same files, and their code was warmed
    up in (d)); in (b) the files are read once instead, and the peers run only
    with ``--large-peers``, once.
    """
    large = current.key == "b"
    if large:
        warm_page_cache(current.files)
    for tool, command in commands(current, schema, shlex.split(args.check_args)).items():
        peer = tool in PEERS
        if peer and large and not args.large_peers:
            current.skipped[tool] = "not run at this size (--large-peers runs it)"
            continue
        if peer and current.key == "e":
            current.skipped[tool] = "not run: (e) only times how the graph grows"
            continue
        if large:
            runs, warm_up = (1 if peer else args.large_runs), False
        elif peer and current.key in "ac":
            runs, warm_up = args.peer_runs, False
        else:
            runs, warm_up = args.runs, True
        say(
            f"({current.key}) {TOOL_LABELS[tool]}: {runs} run(s)"
            + (" after a warm-up" if warm_up else "")
        )
        result = measure(tool, command, runs, warm_up, env)
        current.results[tool] = result
        memory = "" if result.peak_mb is None else f", {result.peak_mb:.0f} MB"
        problem = f"; {result.problem}" if result.problem else ""
        say(f"      median {result.median:.3f} s{memory}{problem}")


def main(argv: list[str] | None = None) -> int:
    """Generate the plans, time every tool, print the table (or JSON)."""
    args = parse_args(argv)
    started = datetime.now()
    # As users run it: with bytecode written and reused (a shell that sets
    # PYTHONDONTWRITEBYTECODE would make every run compile the modules it changed).
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    scenarios: dict[str, Scenario] = {}
    with tempfile.TemporaryDirectory(prefix="effektkedja-bench-") as temporary:
        work = args.work or Path(temporary)
        schema, schema_note = schema_file(Path(temporary), args.schema, env)
        if schema is None:
            say(f"check-jsonschema: {schema_note}")
        for key in args.scenarios:
            say(f"({key}) preparing …")
            current = scenarios[key] = scenario(key, work, args.shape, args.seed)
            run_scenario(current, args, schema, env)
            if SCHEMA not in current.results and SCHEMA not in current.skipped:
                current.skipped[SCHEMA] = schema_note

    found = ratios(scenarios)
    grown = growth(scenarios["a"], scenarios["b"]) if {"a", "b"} <= set(scenarios) else []
    about = about_machine(args, schema_note, started)
    if args.json_file:
        args.json_file.write_text(as_json(scenarios, found, grown, about) + "\n", encoding="utf-8")
    if args.json:
        print(as_json(scenarios, found, grown, about))
    else:
        header = [
            f"effektkedja benchmark · {about['effektkedja']} · Python {about['python']} · "
            f"{about['cores']} cores · {about['date']}",
            f"median wall time of whole processes: {args.runs} runs after a warm-up "
            f"(yamllint and check-jsonschema {args.peer_runs}, scenario b {args.large_runs}); "
            "peak MB: largest process",
            f'yamllint -d "{YAMLLINT_CONFIG}"; check-jsonschema: {schema_note}',
        ]
        print(table(scenarios, found, grown, header))
    return 0


if __name__ == "__main__":
    sys.exit(main())
