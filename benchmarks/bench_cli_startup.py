"""How fast the command answers: `--version`, `--help` and `info` as whole processes.

Each command runs as a fresh process, alternating with the peer (a bare `python -c pass`, the
interpreter's own floor), so that drift of a shared machine hits both alike. Goal: `--version`
and `--help` under 0.3 s; a command's own work dominates its time.

Run: `python -m benchmarks.bench_cli_startup` (writes docs/benchmarks-cli-startup.md).
"""

from __future__ import annotations

import datetime as dt
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 11
REPORT = Path(__file__).resolve().parent.parent / "docs" / "benchmarks-cli-startup.md"
PEER = [sys.executable, "-c", "pass"]
CLI = [sys.executable, "-m", "sakura_desktop"]


def run_once(argv: list[str]) -> tuple[float, float]:
    """(wall s, CPU s) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=True, timeout=120)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def paired(argv: list[str]) -> tuple[float, float, float]:
    """Median wall and CPU of `argv`, and the median of its wall time minus the peer's."""
    walls, cpus, over_peer = [], [], []
    run_once(argv)  # warm the file cache
    for _ in range(RUNS):
        wall, cpu = run_once(argv)
        peer_wall, _ = run_once(PEER)
        walls.append(wall)
        cpus.append(cpu)
        over_peer.append(wall - peer_wall)
    return statistics.median(walls), statistics.median(cpus), statistics.median(over_peer)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="sakura-bench-"))
    demo = folder / "demo.db"
    subprocess.run([*CLI, "demo", "--db", str(demo)], check=True, capture_output=True)
    commands = {
        "sakura-desktop --version": [*CLI, "--version"],
        "sakura-desktop --help": [*CLI, "--help"],
        "sakura-desktop print --help": [*CLI, "print", "--help"],
        "sakura-desktop info --db demo.db": [*CLI, "info", "--db", str(demo)],
    }
    peer_wall = statistics.median(run_once(PEER)[0] for _ in range(RUNS))
    rows = [(name, *paired(argv)) for name, argv in commands.items()]
    lines = [
        "# Command-line start-up",
        "",
        f"Measured {dt.date.today()} on {platform.machine()} / Python {platform.python_version()}"
        f" ({RUNS} runs each, alternating with the peer) with "
        "`python -m benchmarks.bench_cli_startup`.",
        "",
        f"Peer: `python -c pass`, the interpreter alone: median {peer_wall * 1000:.0f} ms.",
        "",
        "| command | median wall ms | median CPU ms | wall over the peer, ms |",
        "|---|---:|---:|---:|",
        *(
            f"| `{name}` | {wall * 1000:.0f} | {cpu * 1000:.0f} | {over * 1000:.0f} |"
            for name, wall, cpu, over in rows
        ),
        "",
    ]
    REPORT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
