"""How fast the window appears: `sakura-desktop` against a PySide6 window with one label.

Both run as fresh whole processes, alternating, on the same display (offscreen by default, or
the X server in DISPLAY with `--display`), so that the drift of a shared machine hits both
alike. `sakura-desktop` starts as on a new laptop (an empty data folder: the welcome page) and
quits as soon as its window is shown (SAKURA_DESKTOP_QUIT_WHEN_SHOWN). Goal: at most 3× the
label window's time.

Run: `python -m benchmarks.bench_start` (writes docs/benchmarks-start.md), or under X:
`xvfb-run -a -s "-screen 0 1280x720x24" python -m benchmarks.bench_start --display`
(writes docs/benchmarks-start-x11.md).
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 11
DOCS = Path(__file__).resolve().parent.parent / "docs"
PEER = [sys.executable, "-m", "benchmarks.peer_label_window"]
APP = [sys.executable, "-m", "sakura_desktop"]
GOAL = 3.0


def run_once(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=True, timeout=120, env=env)
    return time.perf_counter() - started


def measure(use_display: bool) -> tuple[list[float], list[float]]:
    data = tempfile.mkdtemp(prefix="sakura-start-")
    env = {**os.environ, "SAKURA_DESKTOP_DATA_DIR": data, "SAKURA_DESKTOP_QUIT_WHEN_SHOWN": "1"}
    if not use_display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    ours, peers = [], []
    run_once(APP, env), run_once(PEER, env)  # warm the file cache
    for _ in range(RUNS):
        ours.append(run_once(APP, env))
        peers.append(run_once(PEER, env))
    return ours, peers


def main() -> None:
    use_display = "--display" in sys.argv
    ours, peers = measure(use_display)
    ratios = [a / b for a, b in zip(ours, peers, strict=True)]
    where = (
        f"the X display {os.environ.get('DISPLAY')}" if use_display else "Qt's offscreen platform"
    )
    lines = [
        "# Window start-up",
        "",
        f"Measured {dt.date.today()} on {platform.machine()} / Python {platform.python_version()}"
        f" on {where} ({RUNS} runs each, alternating) with `python -m benchmarks.bench_start"
        f"{' --display' if use_display else ''}`.",
        "",
        "| process | median s | min s | max s |",
        "|---|---:|---:|---:|",
        f"| `sakura-desktop` to its shown window (welcome page) | {statistics.median(ours):.3f} "
        f"| {min(ours):.3f} | {max(ours):.3f} |",
        f"| peer: PySide6 window with one label | {statistics.median(peers):.3f} "
        f"| {min(peers):.3f} | {max(peers):.3f} |",
        "",
        f"Median ratio of paired runs: **{statistics.median(ratios):.2f}×** (goal ≤ {GOAL:.0f}×).",
        "",
    ]
    report = DOCS / ("benchmarks-start-x11.md" if use_display else "benchmarks-start.md")
    report.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
