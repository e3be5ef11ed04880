"""The pipeline: plan files in, classified initiatives and findings out.

    bytes → loader → validate (pydantic) → classify → chain → facts → rules → findings

Pure: nothing here prints or exits; :mod:`effektkedja.cli` decides what to show.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from effektkedja.chain import Chain, build_chain
from effektkedja.classify import classify
from effektkedja.cues import CueTable
from effektkedja.domain import LEVELS, Level, Severity
from effektkedja.facts import InitiativeFacts, PlanFacts, plan_facts
from effektkedja.findings import Finding, Hit
from effektkedja.loader import Loaded, Position, load
from effektkedja.messages import os_reason
from effektkedja.model import KEY_ALIASES, Plan
from effektkedja.rules import CODES, matches, rule
from effektkedja.rules.base import PlanContext
from effektkedja.suggest import PER_FILE, budgeted
from effektkedja.validate import initiative_id, validate
from effektkedja.workers import worker_count

PLAN_SUFFIXES = (".yaml", ".yml", ".xlsx")
#: Workbooks are read as such; every other plan file as YAML.
WORKBOOK_SUFFIX = ".xlsx"
#: Larger files are refused unread: a plan of 20 MiB already holds some 60,000
#: initiatives, and the node tree of a YAML file takes about 100 times its size
#: in memory while it is checked.
MAX_FILE_BYTES = 20 * 2**20


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What to check and how strictly."""

    today: date = field(default_factory=date.today)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severities: dict[str, Severity] = field(default_factory=dict)
    cues: CueTable | None = None  # the cue words with the configuration's own (None: built-in)

    def wants(self, code: str) -> bool:
        """True when ``code`` passes ``select`` and ``ignore``."""
        if self.select and not matches(code, self.select):
            return False
        return not (self.ignore and matches(code, self.ignore))

    def severity(self, code: str) -> Severity:
        return self.severities.get(code) or rule(code).severity


@dataclass(slots=True)
class PlanResult:
    """Everything known about one plan file after checking it.

    ``facts`` (None when the file is not a valid plan) is what every output reads;
    ``plan`` and ``chain`` are dropped by :meth:`slim` when only the facts and the
    findings are wanted (cheaper to send back from a worker process).
    """

    path: str
    organisation: str | None
    plan: Plan | None
    findings: list[Finding]
    facts: PlanFacts | None = None
    chain: Chain | None = None

    @property
    def valid(self) -> bool:
        """True when the file is a valid plan (it was classified and analysed)."""
        return self.facts is not None

    @property
    def readable(self) -> bool:
        return self.facts is not None

    @property
    def initiatives(self) -> tuple[InitiativeFacts, ...]:
        return self.facts.initiatives if self.facts is not None else ()

    @property
    def reaching_outcome(self) -> int:
        """Initiatives whose chain reaches utfall or samhällseffekt."""
        return self.facts.reaching_outcome if self.facts is not None else 0

    def slim(self) -> PlanResult:
        """The same result without the plan model and the chain graph."""
        return replace(self, plan=None, chain=None)


@dataclass(slots=True)
class Summary:
    """Counts over all plans checked; accepted findings are not counted."""

    plans: int = 0
    initiatives: int = 0
    levels: dict[Level, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    accepted: int = 0
    reaching_outcome: int = 0

    def add(self, result: PlanResult) -> None:
        self.plans += 1
        self.initiatives += len(result.initiatives)
        for initiative in result.initiatives:
            self.levels[initiative.classification.level] += 1
        self.reaching_outcome += result.reaching_outcome
        for finding in result.findings:
            if finding.accepted:
                self.accepted += 1
            elif finding.severity is Severity.ERROR:
                self.errors += 1
            elif finding.severity is Severity.WARNING:
                self.warnings += 1
            else:
                self.infos += 1


class PathError(Exception):
    """A path on the command line that does not exist or holds no plans."""

    def __init__(self, key: str, path: str) -> None:
        super().__init__(f"{key}: {path}")
        self.key = key
        self.path = path


def discover(
    arguments: Iterable[str], excluded: Callable[[Path], bool] | None = None
) -> list[Path]:
    """Plan files named by ``arguments``: files as given, folders searched for *.yaml/*.yml.

    Hidden folders (``.git``) are skipped, symbolic links to folders are not followed
    (no loops), and a file reached twice is checked once. ``excluded`` (from the
    configuration's ``exclude``) prunes files and folders found while searching;
    files named on the command line are always checked.
    """
    found: list[Path] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.append(path)

    for argument in arguments:
        path = Path(argument)
        if not path.exists():
            raise PathError("err.missing_path", argument)
        if not path.is_dir():
            add(path)
            continue
        plans = 0
        for folder, subfolders, files in os.walk(path, onerror=None):
            subfolders[:] = sorted(
                name
                for name in subfolders
                if not name.startswith(".")
                and not (excluded is not None and excluded(Path(folder) / name))
            )
            for name in sorted(files):
                # ~$plan.xlsx is the lock file Excel leaves beside an open workbook.
                if name.lower().endswith(PLAN_SUFFIXES) and not name.startswith((".", "~$")):
                    candidate = Path(folder) / name
                    if excluded is not None and excluded(candidate):
                        continue
                    if not _plain_file_or_link(candidate):
                        continue  # a named pipe or device would block or never end
                    plans += 1
                    add(candidate)
        if not plans:
            raise PathError("err.no_plans", argument)
    return found


def _check_slim(path: Path, options: CheckOptions) -> PlanResult:
    return check_file(path, options).slim()


def _plain_file_or_link(path: Path) -> bool:
    """A regular file, or a link (a broken one is reported as unreadable)."""
    import stat

    try:
        mode = path.lstat().st_mode
    except OSError:
        return False
    if stat.S_ISLNK(mode):
        try:
            return stat.S_ISREG(path.stat().st_mode)
        except OSError:
            return True  # broken link: EK001 says so
    return stat.S_ISREG(mode)


def check_paths(
    paths: list[Path], options: CheckOptions, jobs: int | None = 1, models: bool = True
) -> Iterator[PlanResult]:
    """Check plan files, yielding results in the order of ``paths`` as they are ready.

    ``jobs`` > 1 (or None for one per core when there are files enough) checks
    files in worker processes; the order of results stays that of ``paths``, so
    output is the same whatever the number of jobs. ``models=False`` leaves out
    each result's plan model and chain graph (see :meth:`PlanResult.slim`).
    """
    workers = worker_count(jobs, paths)
    check = check_file if models else _check_slim
    if workers <= 1:
        for path in paths:
            yield check(path, options)
        return
    from effektkedja.workers import ordered_map  # stops every worker when the run stops

    yield from ordered_map(check, paths, [options] * len(paths), workers=workers)


def check_file(path: Path, options: CheckOptions) -> PlanResult:
    """Check one plan file; an unreadable or oversized file becomes an EK001 finding."""
    from effektkedja.reading import TooLarge, read_limited

    try:
        raw = read_limited(path, MAX_FILE_BYTES)  # bounded by the bytes read, not st_size
    except TooLarge as exc:
        return _unread(path, options, exc.key, exc.details)
    except OSError as exc:
        key, args = _unreadable(exc)
        return _unread(path, options, key, args)
    return check_bytes(raw, str(path), options)


def _unread(path: Path, options: CheckOptions, key: str, args: Mapping[str, object]) -> PlanResult:
    """The result for a file that was not read: one EK001 finding at its start."""
    finding = Finding("EK001", options.severity("EK001"), str(path), 1, 1, None, key, dict(args))
    return PlanResult(str(path), None, None, [finding] if options.wants("EK001") else [])


def _unreadable(exc: OSError) -> tuple[str, dict[str, object]]:
    """The message for a file the system would not let us read."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "EK001.unreadable.permission", {}
    if exc.errno == errno.ENOENT:
        return "EK001.unreadable.missing", {}
    if exc.errno == errno.EISDIR:
        return "EK001.unreadable.folder", {}
    return "EK001.unreadable", {"detail": os_reason(exc)}


@budgeted(PER_FILE)  # "did you mean" in bounded time, however many typos the file has
def check_bytes(raw: bytes, path: str, options: CheckOptions) -> PlanResult:
    """Check one plan given as bytes; ``path`` names the file and tells a workbook by its suffix."""
    if path.lower().endswith(WORKBOOK_SUFFIX):
        from effektkedja.workbook.reader import load_workbook

        return check_loaded(load_workbook(raw, KEY_ALIASES), path, options)
    return check_loaded(load(raw, KEY_ALIASES), path, options)


def check_loaded(loaded: Loaded, path: str, options: CheckOptions) -> PlanResult:
    """Check one loaded plan (YAML or workbook): validate, classify, analyse, run the rules."""
    findings = [
        Finding(
            p.rule,
            options.severity(p.rule),
            path,
            p.position.line,
            p.position.column,
            None,
            f"{p.rule}.{p.message}",
            dict(p.args),
            cell=p.position.cell,
        )
        for p in loaded.problems
        if options.wants(p.rule)
    ]
    if not loaded.readable:
        return PlanResult(path, None, None, findings)
    plan, hits = validate(loaded)
    if plan is None or any(p.rule == "EK002" for p in loaded.problems):
        findings.extend(_resolve(hits, loaded, path, options, None))
        findings.sort(key=lambda f: f.sort_key)
        return PlanResult(path, _organisation(loaded), None, findings)

    classes = [classify(initiative, options.cues) for initiative in plan.initiatives]
    chain = build_chain(plan.initiatives, [c.level for c in classes])
    facts = plan_facts(plan, classes, chain, loaded.source.value)
    context = PlanContext(plan, facts, chain, loaded.source.value, options.today)
    for code in CODES:
        if options.wants(code):
            check = rule(code).check
            if check is not None:
                hits.extend(check(context))
    findings.extend(_resolve(hits, loaded, path, options, plan))
    findings.sort(key=lambda f: f.sort_key)
    return PlanResult(path, plan.organisation, plan, findings, facts, chain)


def _resolve(
    hits: list[Hit], loaded: Loaded, path: str, options: CheckOptions, plan: Plan | None
) -> Iterator[Finding]:
    source = loaded.source
    for hit in hits:
        if not options.wants(hit.rule):
            continue
        if not hit.loc:
            # Plan-level: line 1 (SPEC.md section 5); in a workbook, its Plan sheet.
            root = source.value(())
            position = root if root.cell is not None else Position(1, 1)
        else:
            position = source.key(hit.loc) if hit.at_key else source.value(hit.loc)
        ident = None
        accepted, reason = False, None
        if hit.initiative is not None:
            if plan is not None:
                initiative = plan.initiatives[hit.initiative]
                ident = initiative.id
                for exemption in initiative.exceptions:
                    if exemption.rule == hit.rule:
                        accepted, reason = True, exemption.reason
                        break
            else:
                ident = initiative_id(loaded.data, hit.initiative)
        yield Finding(
            hit.rule,
            options.severity(hit.rule),
            path,
            position.line,
            position.column,
            ident,
            hit.message,
            hit.args,
            accepted,
            reason,
            position.cell,
        )


def _organisation(loaded: Loaded) -> str | None:
    data = loaded.data
    if isinstance(data, dict):
        name = data.get("organisation")
        if isinstance(name, str):
            return name
    return None
