"""A real browser for the HTML report's tests: Debian's Chromium driven by puppeteer-core.

``tests/js/axe.mjs`` opens every page in one Chromium session, runs axe-core on
it (light and dark mode), counts the requests it tried to make, measures it at a
320 px viewport and prints it to A4 PDF; :func:`audit` runs the script and reads
its JSON. :func:`pdf_text` extracts a PDF's text with poppler's ``pdftotext``.

What it needs: ``chromium`` (Debian's package), ``node`` and ``npm``,
``tests/js/node_modules`` (``PUPPETEER_SKIP_DOWNLOAD=1 npm ci`` in ``tests/js``)
and ``pdftotext`` (``poppler-utils``). :func:`require_browser` skips a test
with the install commands when one is missing, except in CI (``CI=true``),
where the test fails instead: CI must run these tests.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

JS_DIR = Path(__file__).resolve().parent / "js"
SCRIPT = JS_DIR / "axe.mjs"
INSTALL = (
    "apt-get install -y --no-install-recommends chromium poppler-utils fonts-dejavu-core "
    "fonts-liberation && (cd tests/js && PUPPETEER_SKIP_DOWNLOAD=1 npm ci)"
)
#: Generous: a page takes a few seconds on two cores; the whole run is one browser session.
TIMEOUT_PER_PAGE = 60


def chromium() -> str | None:
    """The Chromium binary: ``$CHROMIUM``, else ``chromium`` on the PATH."""
    configured = os.environ.get("CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    return shutil.which("chromium")


def missing() -> list[str]:
    """What the browser tests need and this machine lacks (empty when all is there)."""
    lacking = []
    if chromium() is None:
        lacking.append("chromium")
    if shutil.which("node") is None:
        lacking.append("node")
    for package in ("puppeteer-core", "axe-core"):
        if not (JS_DIR / "node_modules" / package / "package.json").is_file():
            lacking.append(f"tests/js/node_modules/{package}")
    if shutil.which("pdftotext") is None:
        lacking.append("pdftotext")
    return lacking


def require_browser() -> None:
    """Skip (or, in CI, fail) the calling test when the browser tools are missing."""
    lacking = missing()
    if not lacking:
        return
    message = f"browser tests need {', '.join(lacking)}; install with: {INSTALL}"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@dataclass
class PageAudit:
    """What the browser found on one page."""

    file: Path
    violations: list[dict[str, Any]]
    dark_violations: list[dict[str, Any]] | None
    requests: list[str]
    scripts: int
    narrow_width: int | None = None
    pdf: Path | None = None
    error: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)


def audit(
    files: list[Path], pdf_dir: Path | None = None, dark: bool = True, narrow: bool = True
) -> dict[Path, PageAudit]:
    """Audit ``files`` in one browser session; the results by file."""
    command = ["node", str(SCRIPT)]
    if pdf_dir is not None:
        command += ["--pdf-dir", str(pdf_dir)]
    if dark:
        command.append("--dark")
    if narrow:
        command.append("--narrow")
    command += [str(path) for path in files]
    env = dict(os.environ)
    browser = chromium()
    if browser is not None:
        env["CHROMIUM"] = browser
    done = subprocess.run(
        command,
        cwd=JS_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_PER_PAGE * max(len(files), 1),
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"axe.mjs failed ({done.returncode}):\n{done.stderr[-4000:]}")
    audits = {}
    for item in json.loads(done.stdout):
        path = Path(item["file"])
        audits[path] = PageAudit(
            file=path,
            violations=item["violations"],
            dark_violations=item["dark_violations"],
            requests=item["requests"],
            scripts=item["scripts"],
            narrow_width=item.get("narrow_width"),
            pdf=Path(item["pdf"]) if item.get("pdf") else None,
            error=item.get("error"),
            raw=item,
        )
    return audits


def describe(violations: list[dict[str, Any]]) -> str:
    """axe's violations as readable lines for an assertion message."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    {node['target']}: {node['html'][:160]}")
            lines.append(f"      {' '.join(node['summary'].split())[:300]}")
    return "\n".join(lines)


@functools.cache
def pdf_text(pdf: Path) -> str:
    """The text of ``pdf`` in the order Chromium drew it (``pdftotext -raw``).

    Drawing order keeps the lines of one table cell together; pdftotext's reading
    order would interleave the lines of neighbouring cells.
    """
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


def pdf_pages(pdf: Path) -> tuple[int, str]:
    """The number of pages of ``pdf`` and its page size as pdfinfo names it."""
    done = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60, check=True
    )
    info = dict(line.split(":", 1) for line in done.stdout.splitlines() if ":" in line)
    return int(info["Pages"].strip()), info["Page size"].strip()
