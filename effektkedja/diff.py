"""What changed between two versions of a plan: the core of ``effektkedja diff``.

    OLD, NEW (checked plans) → :func:`diff_plans` → :class:`PlanDiff` → renderer

Initiatives are matched by ``id``: an id only in NEW is added, one only in OLD
removed, so a renamed id shows as one removed and one added. Indicators are
matched by initiative id and indicator ``namn``. Findings are matched by what
they are about, never by position, so moving text in the file neither opens
nor closes anything: rule, initiative, message key and the *subject* arguments
(:data:`SUBJECT_ARGS`: the indicator, link target, key or id the finding names).
Other arguments are details that change with the data (EK206's gap figures,
EK205's date), so an EK206 whose gap moved from 3,0 to 2,9 is the same finding.
Only counted findings take part; one that NEW accepts with an ``undantag`` is
closed (and marked as accepted).

Levels are the effective levels of SPEC.md section 4. When either version cannot
be read as a plan (EK001/EK002), there are no initiatives to compare and only the
findings of reading (EK001-EK003) are: breaking a plan opens its EK001, fixing it
closes it, and the rule findings of the readable side are neither opened nor closed.

:func:`read_revision` reads a plan from disk or, for ``REV:PATH``, from git.
Pure apart from that: nothing here prints or exits.
"""

from __future__ import annotations

import os
import posixpath
import subprocess
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from effektkedja.domain import GapChange, Level, Severity
from effektkedja.engine import PlanResult
from effektkedja.facts import IndicatorFacts, InitiativeFacts, PointFacts, gap_change
from effektkedja.findings import LOADING_RULES, Finding
from effektkedja.messages import Message, os_reason
from effektkedja.model import DateValue, Initiative
from effektkedja.rules import rule

# --- the result ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Side:
    """One of the two versions: how it was named, whose plan, and whether it could be read."""

    path: str
    organisation: str | None
    valid: bool


@dataclass(frozen=True, slots=True)
class InitiativeRef:
    """An initiative added or removed, with its effective level in its own version."""

    id: str
    name: str
    level: Level


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One key of an initiative that changed; ``old`` and ``new`` are plain (JSON) data.

    ``field`` is the plan's own key (``nivå``, ``ansvarig``, ``indikatorer`` ...);
    a key that is absent is ``None`` (or an empty list for list keys).
    """

    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class InitiativeChange:
    """An initiative present in both versions whose keys differ (``id`` aside)."""

    id: str
    name: str  # as in NEW
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class LevelChange:
    """An initiative whose effective level moved up or down the chain."""

    id: str
    name: str  # as in NEW
    old: Level
    new: Level

    @property
    def up(self) -> bool:
        """True when the initiative moved up the chain (towards samhällseffekt)."""
        return self.new > self.old


@dataclass(frozen=True, slots=True)
class ClosedFinding:
    """A counted finding of OLD that NEW no longer has.

    ``accepted`` is True when NEW still has the finding but accepts it with an
    ``undantag``: closed by a decision rather than by a change of the plan.
    """

    finding: Finding
    accepted: bool = False


@dataclass(frozen=True, slots=True)
class IndicatorChange:
    """An indicator with new measurements, a changed latest gap, or added or removed.

    ``status`` is ``changed`` (in both versions), ``added`` (new in an initiative
    that was already there) or ``removed``. ``old`` and ``new`` are the indicator's
    facts in each version (None where it is missing). The gap runs from the
    *compared point* of OLD to that of NEW: each version's latest measurement
    (SPEC.md section 8), or its baseline where it has no measurement with values
    for both sexes. ``since_baseline`` says that OLD's point is its baseline, so
    that the change is told as since the baseline, not since the last version.
    Indicators of added or removed initiatives are not listed: the whole
    initiative is.
    """

    initiative: str
    indicator: str
    status: str
    old: IndicatorFacts | None
    new: IndicatorFacts | None
    new_measurements: tuple[PointFacts, ...]

    @property
    def facts(self) -> IndicatorFacts:
        """The facts the indicator is described by: NEW's, else OLD's."""
        found = self.new or self.old
        assert found is not None
        return found

    @property
    def gap_from(self) -> PointFacts | None:
        return compared_point(self.old)

    @property
    def gap_to(self) -> PointFacts | None:
        return compared_point(self.new)

    @property
    def since_baseline(self) -> bool:
        point = self.gap_from
        return point is not None and self.old is not None and point is self.old.baseline

    @property
    def trend(self) -> GapChange | None:
        """How |gap| moved from OLD's compared point to NEW's (None without both)."""
        return gap_change(self.gap_from, self.gap_to)


@dataclass(slots=True)
class PlanDiff:
    """Everything that changed from OLD to NEW, in plan order (NEW's, else OLD's)."""

    old: Side
    new: Side
    added: list[InitiativeRef] = field(default_factory=list)
    removed: list[InitiativeRef] = field(default_factory=list)
    changed: list[InitiativeChange] = field(default_factory=list)
    level_changes: list[LevelChange] = field(default_factory=list)
    findings_opened: list[Finding] = field(default_factory=list)
    findings_closed: list[ClosedFinding] = field(default_factory=list)
    indicator_changes: list[IndicatorChange] = field(default_factory=list)

    @property
    def comparable(self) -> bool:
        """True when both versions are valid plans, so initiatives could be compared."""
        return self.old.valid and self.new.valid

    @property
    def regressed(self) -> bool:
        """True when a level moved down or a new error-severity finding appeared."""
        return any(not change.up for change in self.level_changes) or any(
            finding.severity is Severity.ERROR for finding in self.findings_opened
        )

    @property
    def empty(self) -> bool:
        """True when nothing that a diff reports changed."""
        return not (
            self.added
            or self.removed
            or self.changed
            or self.level_changes
            or self.findings_opened
            or self.findings_closed
            or self.indicator_changes
            or self.old.organisation != self.new.organisation
        )


# --- comparing -----------------------------------------------------------------------


def diff_plans(old: PlanResult, new: PlanResult) -> PlanDiff:
    """Compare two checked versions of a plan (see the module docstring for the rules)."""
    result = PlanDiff(
        Side(old.path, old.organisation, old.readable and old.plan is not None),
        Side(new.path, new.organisation, new.readable and new.plan is not None),
    )
    old_findings, new_findings = old.findings, new.findings
    if result.comparable:
        _compare_initiatives(old, new, result)
    else:
        # Rules never ran on an unreadable version, so its silence about them means
        # nothing: only the findings of reading (EK001-EK003) are compared.
        old_findings = [f for f in old_findings if f.rule in LOADING_RULES]
        new_findings = [f for f in new_findings if f.rule in LOADING_RULES]
    opened, closed = _compare_findings(old_findings, new_findings)
    result.findings_opened = opened
    result.findings_closed = closed
    return result


def _by_id(items: Iterable[Any]) -> dict[str, Any]:
    """The first item for each id (a repeated id is EK004; its later copies are ignored)."""
    found: dict[str, Any] = {}
    for item in items:
        found.setdefault(item.id, item)
    return found


def _compare_initiatives(old: PlanResult, new: PlanResult, result: PlanDiff) -> None:
    assert old.plan is not None and new.plan is not None
    old_items: dict[str, InitiativeFacts] = _by_id(old.initiatives)
    new_items: dict[str, InitiativeFacts] = _by_id(new.initiatives)
    old_models: dict[str, Initiative] = _by_id(old.plan.initiatives)
    new_models: dict[str, Initiative] = _by_id(new.plan.initiatives)

    for ident, item in new_items.items():
        if ident not in old_items:
            result.added.append(InitiativeRef(ident, item.name, item.level))
    for ident, item in old_items.items():
        if ident not in new_items:
            result.removed.append(InitiativeRef(ident, item.name, item.level))
    for ident, item in new_items.items():
        before = old_items.get(ident)
        if before is None:
            continue
        fields = field_changes(old_models[ident], new_models[ident])
        if fields:
            result.changed.append(InitiativeChange(ident, item.name, fields))
        was, now = before.level, item.level
        if was != now:
            result.level_changes.append(LevelChange(ident, item.name, was, now))
        result.indicator_changes.extend(indicator_changes(before, item))


def field_changes(old: Initiative, new: Initiative) -> tuple[FieldChange, ...]:
    """The keys of an initiative that differ between two versions, in the format's order."""
    changes = []
    for name, info in Initiative.model_fields.items():
        if name == "id":
            continue
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            changes.append(FieldChange(info.alias or name, plain(before), plain(after)))
    return tuple(changes)


def plain(value: Any) -> Any:
    """A model value as plain data: the plan's keys, enum words, dates as written."""
    if isinstance(value, BaseModel):
        return {
            (info.alias or name): plain(getattr(value, name))
            for name, info in type(value).model_fields.items()
            if getattr(value, name) not in (None, [])
        }
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, DateValue):
        return value.text
    if isinstance(value, Enum):
        return value.value
    return value


# --- indicators ----------------------------------------------------------------------


def compared_point(indicator: IndicatorFacts | None) -> PointFacts | None:
    """The point a diff compares: the latest measurement, else a baseline with a gap."""
    if indicator is None:
        return None
    if indicator.latest is not None:
        return indicator.latest
    baseline = indicator.baseline
    return baseline if baseline is not None and baseline.gap is not None else None


def indicator_changes(old: InitiativeFacts, new: InitiativeFacts) -> list[IndicatorChange]:
    """The indicators of one initiative whose figures changed, NEW's order then removed ones."""
    old_by_name: dict[str, IndicatorFacts] = {}
    for indicator in old.indicators:
        old_by_name.setdefault(indicator.name, indicator)
    new_names = {indicator.name for indicator in new.indicators}
    changes = []
    seen: set[str] = set()
    for indicator in new.indicators:
        if indicator.name in seen:
            continue
        seen.add(indicator.name)
        before = old_by_name.get(indicator.name)
        known = {(p.first, p.last) for p in before.measurements} if before is not None else set()
        fresh = tuple(p for p in indicator.measurements if (p.first, p.last) not in known)
        if before is not None and not fresh and _same_gap(before, indicator):
            continue
        status = "changed" if before is not None else "added"
        changes.append(IndicatorChange(new.id, indicator.name, status, before, indicator, fresh))
    for name, indicator in old_by_name.items():
        if name not in new_names:
            changes.append(IndicatorChange(new.id, name, "removed", indicator, None, ()))
    return changes


def _same_gap(old: IndicatorFacts, new: IndicatorFacts) -> bool:
    before, after = compared_point(old), compared_point(new)
    if before is None or after is None:
        return before is after
    return (before.when, before.gap) == (after.when, after.gap)


# --- findings ------------------------------------------------------------------------


def finding_identity(finding: Finding) -> tuple[Any, ...]:
    """What a finding is about: rule, initiative, message key and its rule's subject arguments."""
    names = rule(finding.rule).subject
    subject = tuple((name, str(finding.args[name])) for name in names if name in finding.args)
    return (finding.rule, finding.initiative, finding.message, subject)


def _unmatched(findings: Iterable[Finding], others: Iterable[Finding]) -> list[Finding]:
    """The findings without a counterpart in ``others`` (compared as multisets)."""
    pool = Counter(finding_identity(f) for f in others)
    left = []
    for finding in findings:
        key = finding_identity(finding)
        if pool[key]:
            pool[key] -= 1
        else:
            left.append(finding)
    return left


def _compare_findings(
    old: Sequence[Finding], new: Sequence[Finding]
) -> tuple[list[Finding], list[ClosedFinding]]:
    old_counted = [f for f in old if not f.accepted]
    new_counted = [f for f in new if not f.accepted]
    accepted_now = {finding_identity(f) for f in new if f.accepted}
    opened = _unmatched(new_counted, old_counted)
    closed = [
        ClosedFinding(f, finding_identity(f) in accepted_now)
        for f in _unmatched(old_counted, new_counted)
    ]
    return opened, closed


# --- reading a version ---------------------------------------------------------------


class RevisionError(Exception):
    """A version named on the command line that cannot be read (a usage error, exit 2).

    ``key`` names the text in :mod:`effektkedja.messages.diff_texts`; ``details`` fills it in.
    """

    def __init__(self, key: str, **details: str | Message) -> None:
        super().__init__(f"{key}: {details}")
        self.key = key
        self.details = details


def read_revision(spec: str, cwd: Path | None = None) -> tuple[bytes, str]:
    """The bytes of one version of a plan, and the name to show for it (``spec`` itself).

    - A path that exists on disk is read as a file, even if it contains ``:``.
    - ``REV:PATH`` reads ``PATH`` as it was in the git revision ``REV``
      (``HEAD~1:plan.yaml``, ``main:plans/kommun.yaml``). ``PATH`` is relative to
      the current folder (``cwd``), as for any other path; ``./`` and ``../``
      work, and so does an absolute path inside the repository. An empty ``REV``
      (``:plan.yaml``) reads the version staged in the index.

    Raises :class:`RevisionError` when the file is missing or a folder, git is not
    installed, the folder is not in a git repository, the revision is unknown or
    the file is not in it.
    """
    base = cwd if cwd is not None else Path.cwd()
    path = Path(spec) if os.path.isabs(spec) else base / spec
    if path.exists() or ":" not in spec:
        if path.is_dir():
            raise RevisionError("diff.err.folder", path=spec)
        from effektkedja.engine import MAX_FILE_BYTES
        from effektkedja.reading import TooLarge, read_limited

        try:
            return read_limited(path, MAX_FILE_BYTES), spec
        except TooLarge as exc:
            limit = str(exc.limit >> 20)
            raise RevisionError("diff.err.too_large", path=spec, limit=limit) from None
        except FileNotFoundError:
            raise RevisionError("diff.err.missing", path=spec) from None
        except OSError as exc:
            raise RevisionError("diff.err.unreadable", path=spec, detail=os_reason(exc)) from None
    revision, _, inner = spec.partition(":")
    return _read_git(spec, revision, inner, base), spec


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    from effektkedja.engine import MAX_FILE_BYTES
    from effektkedja.gitread import run_git
    from effektkedja.reading import TooLarge

    try:
        # No hooks, no fsmonitor, no lazy fetch, no pager; output bounded like a plan file.
        return run_git(args, cwd, MAX_FILE_BYTES)
    except TooLarge as exc:
        limit = str(exc.limit >> 20)
        raise RevisionError("diff.err.too_large", path=args[-1], limit=limit) from None
    except FileNotFoundError:
        raise RevisionError("diff.err.no_git") from None
    except OSError as exc:
        raise RevisionError("diff.err.git_failed", detail=os_reason(exc)) from None


def _first_line(raw: bytes) -> str:
    lines = raw.decode("utf-8", "replace").strip().splitlines()
    return lines[0] if lines else ""


def _read_git(spec: str, revision: str, inner: str, cwd: Path) -> bytes:
    if not inner:
        raise RevisionError("diff.err.no_path", spec=spec)
    # A revision starting with "-" would reach git as an option (--output=...).
    if revision.startswith("-"):
        raise RevisionError("diff.err.bad_revision", revision=revision)
    located = _git(["rev-parse", "--show-prefix", "--show-toplevel"], cwd)
    if located.returncode != 0:
        raise RevisionError(
            "diff.err.not_repo", spec=spec, folder=str(cwd), detail=_first_line(located.stderr)
        )
    prefix, toplevel = (located.stdout.decode("utf-8", "replace").splitlines() + ["", ""])[:2]
    if os.path.isabs(inner):
        relative = os.path.relpath(inner, toplevel).replace(os.sep, "/")
    else:
        relative = posixpath.normpath(prefix + inner.replace(os.sep, "/"))
    if relative == ".." or relative.startswith("../"):
        raise RevisionError("diff.err.outside_repo", path=inner, spec=spec)
    if revision:  # an empty revision names the index, which has no commit to verify
        verified = _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{tree}}"], cwd)
        if verified.returncode != 0:
            raise RevisionError("diff.err.bad_revision", revision=revision)
    # cat-file gives the stored bytes exactly (no textconv, no pager) and refuses a folder.
    shown = _git(["cat-file", "blob", f"{revision}:{relative}"], cwd)
    if shown.returncode != 0:
        raise RevisionError(
            "diff.err.not_in_revision",
            path=relative,
            revision=revision or "index",
            detail=_first_line(shown.stderr),
        )
    return shown.stdout
