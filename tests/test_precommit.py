"""The pre-commit hook, run for real by `pre-commit run` in a temporary git repo.

It installs effektkedja from this repository (with any uncommitted changes, as
`pre-commit try-repo` would) into pre-commit's own environment,
which needs the package index: the test is marked ``network`` so it can be skipped
offline (``pytest -m "not network"``); CI runs it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.network

GOOD = """\
organisation: Testkommunen
insatser:
  - id: rutin
    namn: Jämställd biståndsbedömning
    ansvarig: Socialförvaltningen
    beslut: {datum: 2024-09-01, av: Socialnämnden}
    leder_till: [timmar]
  - id: timmar
    namn: Jämnare fördelning av hemtjänsttimmar
    ansvarig: Socialnämnden
    målgrupp: Brukare inom hemtjänsten
    delmål: [omsorg]
    indikatorer:
      - namn: Beviljade timmar per brukare
        källa: Verksamhetssystemet
        utgångsläge: {år: 2023, kvinnor: 28, män: 34}
        mål: {år: 2027, kvinnor: 31, män: 31}
"""
BAD = "organisation: Testkommunen\ninsatser:\n  - id: a\n    namn: X\n    leder_till: [saknas]\n"


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def plan_repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "planer"
    repo.mkdir()
    (repo / "bra.yaml").write_text(GOOD, encoding="utf-8")
    (repo / "trasig.yaml").write_text(BAD, encoding="utf-8")
    _git("init", "-q", cwd=repo)
    _git("add", ".", cwd=repo)
    return repo


def _hook_repo(tmp_path: Path) -> tuple[str, str]:
    """This repository as pre-commit sees it, with any uncommitted changes (as
    ``try-repo`` does): the path and revision to name in a config."""
    from pre_commit.commands.try_repo import _repo_ref

    return _repo_ref(str(tmp_path), str(ROOT), None)


def _run(repo: Path, *files: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        # One store for both runs: the hook's environment is installed once.
        "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"),
        "NO_COLOR": "1",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "effektkedja-check"]
        + ["--files", *files, "--color", "never"],
        cwd=repo,
        capture_output=True,
        encoding="utf-8",
        env=env,
        timeout=600,
        check=False,
    )


def test_hook_passes_a_good_plan_and_fails_a_broken_one(plan_repo: Path, tmp_path: Path) -> None:
    hook_repo, rev = _hook_repo(tmp_path / "shadow")
    (plan_repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {json.dumps(hook_repo)}\n    rev: {rev}\n"
        "    hooks:\n      - id: effektkedja-check\n",
        encoding="utf-8",
    )
    _git("add", ".pre-commit-config.yaml", cwd=plan_repo)

    passing = _run(plan_repo, "bra.yaml")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout

    failing = _run(plan_repo, "trasig.yaml")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "Failed" in failing.stdout
    assert "trasig.yaml:5:18: EK005" in failing.stdout
