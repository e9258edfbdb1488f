"""Reports screen benchmark: what the screen does with 3,000 participants and 200,000 events.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_reports_screen [--runs 5]

Builds the reports benchmark's week (`bench_reports`: `bench_checkin.build`, `fill_roster`,
`fill_journal`), then times, each `--runs` times:

* the worker's part (off the GUI thread): `jobs.compute("attendance")`, the numbers of the four
  attendance tables, and `jobs.compute("summary")`;
* the GUI thread's part: showing the 3,000-row per-participant table (model, column widths),
  sorting it by a number on a header click, and building the chart of attendance per session.

The GUI thread's part is what must stay well under 100 ms to keep the window responsive.
Prints medians (wall clock and CPU); the machine is shared, so CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from benchmarks.bench_checkin import build, fill_journal
from benchmarks.bench_reports import fill_roster
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.tasks import ProgressReporter, qtfix
from sakura_desktop.ui.reports import jobs
from sakura_desktop.ui.reports.catalog import chart_for
from sakura_desktop.ui.reports.charts import chart_view
from sakura_desktop.ui.reports.models import ReportSortProxy, ReportTableModel
from sakura_desktop.ui.reports.page import SIZED_ROWS
from sakura_desktop.ui.widgets.table_view import read_only_table


def timed(runs: int, action: Callable[[], object]) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of `runs` calls."""
    walls, cpus = [], []
    for _ in range(runs):
        cpu, start = time.process_time(), time.perf_counter()
        action()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=3_000)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    qtfix.install()
    app = QApplication([])
    folder = tempfile.TemporaryDirectory()
    database, _ = open_database(path=Path(folder.name) / "bench.db", create=True)
    factory = database.session_factory
    rng = random.Random(20261202)
    pid = build(factory, args.participants, rng)
    fill_roster(factory, pid, rng)
    fill_journal(factory, pid, args.events, rng)

    def compute(source: str) -> jobs.ReportResult:
        return jobs.compute(source, factory, pid, None, ProgressReporter())

    rows: dict[str, tuple[float, float]] = {
        "worker: attendance (4 tables)": timed(args.runs, lambda: compute("attendance")),
        "worker: post-visit summary": timed(args.runs, lambda: compute("summary")),
    }
    tables = {t.key: t for t in compute("attendance").tables}
    participants, sessions = tables["participants"], tables["sessions"]
    model, proxy = ReportTableModel(), ReportSortProxy()
    proxy.setSourceModel(model)
    view = read_only_table("bench")
    view.setModel(proxy)
    view.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
    view.resize(700, 500)
    view.show()

    def show_table() -> None:
        model.set_table(participants)
        view.resizeColumnsToContents()
        app.processEvents()

    attended = participants.headers.index("Attended")

    def sort() -> None:
        view.sortByColumn(attended, Qt.SortOrder.AscendingOrder)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        app.processEvents()

    spec = chart_for(sessions)
    assert spec is not None
    rows[f"GUI: show the {len(participants.rows):,}-row participant table"] = timed(
        args.runs, show_table
    )
    rows["GUI: sort it by a number and back (2 sorts)"] = timed(args.runs, sort)
    rows[f"GUI: chart of {len(sessions.rows)} sessions"] = timed(
        args.runs, lambda: chart_view(sessions, spec)
    )
    print(f"{args.participants:,} participants, {args.events:,} events, {args.runs} runs")
    for label, (wall, cpu) in rows.items():
        print(f"{label}: median {wall * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms)")
    database.dispose()
    folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
