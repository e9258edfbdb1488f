"""Start-up costs a coordinator feels: creating the demo, opening a database, the overview.

Run: `python -m benchmarks.bench_foundation` (writes docs/benchmarks-foundation.md).
"""

from __future__ import annotations

import datetime as dt
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.info import database_info
from sakura_desktop.core.programs import program_overview
from sakura_desktop.db.lifecycle import open_database

RUNS = 15
REPORT = Path(__file__).resolve().parent.parent / "docs" / "benchmarks-foundation.md"


def measure(action: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    """(median, max) wall time in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="sakura-bench-"))
    counter = iter(range(10_000))

    def create() -> None:
        create_demo_database(folder / f"demo-{next(counter)}.db")

    demo_path = folder / "demo.db"
    summary = create_demo_database(demo_path)

    def reopen() -> None:
        database, _ = open_database(path=demo_path)
        database.dispose()

    database, _ = open_database(path=demo_path)
    results = {
        "create the demo database (migrate + 98 people + 58 sessions)": measure(create),
        "open an existing database at head": measure(reopen),
        "overview of the program (counts + one day's sessions)": measure(
            lambda: program_overview(database.session_factory, summary.id, dt.date(2026, 7, 15))
        ),
        "database info (`sakura-desktop info`)": measure(lambda: database_info(database)),
    }
    database.dispose()
    lines = [
        "# Foundation benchmarks",
        "",
        f"Measured {dt.date.today()} on {platform.machine()} / Python {platform.python_version()}"
        f" ({RUNS} runs each) with `python -m benchmarks.bench_foundation`.",
        "",
        "| what | median ms | max ms |",
        "|---|---:|---:|",
    ]
    lines += [
        f"| {name} | {median:.1f} | {worst:.1f} |" for name, (median, worst) in results.items()
    ]
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
