"""Benchmark of the core check: whole-process wall times, medians of several runs.

Prints, in one run on the same machine:

1. ``effektkedja check`` on the largest bundled example next to
   ``python -c "import yaml"`` (the start-up floor);
2. ``effektkedja check`` on a generated dense plan (5,000 initiatives, ten links
   each) next to loading the same file with PyYAML's C safe loader (the YAML floor).

Usage: ``python bench/core.py [--runs N]``. Absolute times vary on shared
machines; the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_seconds(command: list[str], runs: int) -> float:
    """Median wall time of running ``command`` ``runs`` times (after one warm-up)."""
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def dense_plan(count: int = 5_000, links: int = 10, seed: int = 1) -> str:
    """A plan of ``count`` initiatives each linking to ``links`` random others."""
    rng = random.Random(seed)
    lines = ["organisation: Stor myndighet", "typ: myndighet", "insatser:"]
    for i in range(count):
        lines += [
            f"  - id: insats-{i}",
            f"    namn: Utbildning nummer {i} i ny rutin",
            f"    ansvarig: Avdelning {i % 20}",
            "    status: pågående",
            "    slut: 2026-12-31",
        ]
        if i % 5 == 0:
            lines += [
                "    nivå: utfall",
                "    målgrupp: Brukare",
                "    delmål: [4]",
                "    indikatorer:",
                "      - namn: Beviljade timmar",
                "        källa: Verksamhetssystemet",
                "        utgångsläge: {år: 2023, kvinnor: 28.0, män: 34.5}",
                "        mål: {år: 2027, kvinnor: 31.0, män: 31.0}",
                "        mätningar:",
                "          - {år: 2025, kvinnor: 30.2, män: 32.9}",
            ]
        targets = ", ".join(f"insats-{j}" for j in rng.sample(range(count), links))
        lines.append(f"    leder_till: [{targets}]")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    python = sys.executable
    check = [python, "-m", "effektkedja", "check", "--today", "2026-11-23", "--format", "json"]

    examples = sorted((ROOT / "examples").glob("*.yaml"), key=lambda p: p.stat().st_size)
    largest = examples[-1]
    rows = []
    floor = median_seconds([python, "-c", "import yaml"], args.runs)
    ours = median_seconds([*check, str(largest)], args.runs)
    rows.append((f"check {largest.name}", ours, 'python -c "import yaml"', floor))

    with tempfile.TemporaryDirectory() as folder:
        dense = Path(folder) / "dense.yaml"
        dense.write_text(dense_plan(), encoding="utf-8")
        load = (
            f"import yaml; yaml.load(open(r'{dense}', encoding='utf-8'), Loader=yaml.CSafeLoader)"
        )
        floor = median_seconds([python, "-c", load], args.runs)
        ours = median_seconds([*check, str(dense)], args.runs)
        rows.append(("check dense 5,000 × 10 links", ours, "CSafeLoader load", floor))

    print(f"median of {args.runs} runs, whole processes")
    print(f"{'what':32} {'seconds':>8}  {'floor':24} {'seconds':>8}  {'ratio':>6}")
    for name, ours, floor_name, floor in rows:
        print(f"{name:32} {ours:8.3f}  {floor_name:24} {floor:8.3f}  {ours / floor:6.2f}")


if __name__ == "__main__":
    main()
