"""The pre-commit hook, run for real with `pre-commit try-repo` on a temporary git repo.

It installs effektkedja from this repository into pre-commit's own environment,
which needs the package index: the test is marked ``network`` so it can be skipped
offline (``pytest -m "not network"``); CI runs it.
"""

from __future__ import annotations

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


def _try_repo(repo: Path, *files: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"),
        "NO_COLOR": "1",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(ROOT),
            "effektkedja-check",
            "--files",
            *files,
            "--color",
            "never",
        ],
        cwd=repo,
        capture_output=True,
        encoding="utf-8",
        env=env,
        timeout=600,
        check=False,
    )


def test_hook_passes_a_good_plan_and_fails_a_broken_one(plan_repo: Path) -> None:
    passing = _try_repo(plan_repo, "bra.yaml")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout

    failing = _try_repo(plan_repo, "trasig.yaml")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "Failed" in failing.stdout
    assert "trasig.yaml:5:18: EK005" in failing.stdout
