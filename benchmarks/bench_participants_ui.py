"""The Participants screen at scale: 30,000 participants, offscreen.

Run from the repository root:  python -m benchmarks.bench_participants_ui [--rows N] [--out FILE]

Measures (1) opening the screen: loading the program's participants, delegations and teams,
folding the search keys, resetting the table model and the first paint of the page; and (2) one
filter keystroke in the table model, typed a character at a time (romanised, diacritic-free
and native-script queries, then erased), as the model alone and through the search box with
the table's repaint. Writes the figures to docs/benchmarks-participants-ui.md, which this
benchmark owns (the import figures live in docs/benchmarks-roster.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks.bench_roster import generate_rows, write_csv
from sakura_desktop.core.programs import ProgramDraft, create_program
from sakura_desktop.core.roster import import_roster_file
from sakura_desktop.core.roster.teams import auto_form_teams
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import ProgressReporter, SyncTaskRunner
from sakura_desktop.ui.participants.jobs import load_screen
from sakura_desktop.ui.participants.page import ParticipantsPage
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

ROOT = Path(__file__).resolve().parent.parent
TITLE = "# Participants screen benchmark"
DEFAULT_OUT = ROOT / "docs" / "benchmarks-participants-ui.md"
OPEN_TARGET = 1.0
KEY_TARGET_MS = 50.0
# Typed one character at a time, then erased one at a time.
QUERIES = ("nguyen", "family2", "김민", "山田")


def keystrokes(query: str) -> list[str]:
    grow = [query[: n + 1] for n in range(len(query))]
    return grow + [query[:n] for n in range(len(query) - 1, -1, -1)]


def build_database(folder: Path, rows: int) -> Path:
    path = folder / "bench.db"
    database, _ = open_database(path=path, create=True)
    try:
        factory = database.session_factory
        program = create_program(
            factory, ProgramDraft("UI", "Bench", dt.date(2026, 7, 20), dt.date(2026, 7, 26))
        )
        csv_path = write_csv(folder / "roster.csv", generate_rows(rows))
        summary = import_roster_file(factory, program.id, csv_path)
        assert summary.created == rows, summary.lines()[:5]
        auto_form_teams(factory, program.id, max(1, rows // 1000), seed=1)
    finally:
        database.dispose()
    return path


def measure(path: Path, repeats: int) -> dict[str, list[float]]:
    app = QApplication.instance() or QApplication([])
    settings = Settings.at(path.parent / "settings.ini")
    workspace = Workspace(settings, SyncTaskRunner())
    database, report = open_database(path=path)
    workspace.adopt(database, report, DatabaseTarget(path=path, remember=False))
    assert workspace.program is not None and workspace.factory is not None
    program_id = workspace.program.id
    results: dict[str, list[float]] = {"load": [], "open": [], "model": [], "typed": []}
    try:
        for _ in range(repeats):
            start = time.perf_counter()
            load_screen(workspace.factory, program_id, ProgressReporter())
            results["load"].append(time.perf_counter() - start)

        page: ParticipantsPage | None = None
        for _ in range(repeats):
            if page is not None:
                page.close()
                page.deleteLater()
                app.processEvents()
            start = time.perf_counter()
            page = ParticipantsPage(workspace)
            page.resize(1200, 760)
            page.show()
            page.repaint()  # the first paint, synchronously
            app.processEvents()
            results["open"].append(time.perf_counter() - start)
            assert page.model.total_count > 0
        assert page is not None

        model = page.model
        for query in QUERIES:
            for text in keystrokes(query):
                start = time.perf_counter()
                model.set_search(text)
                results["model"].append((time.perf_counter() - start) * 1000)
            assert model.visible_count == model.total_count
        for query in QUERIES:
            for text in keystrokes(query):
                start = time.perf_counter()
                page.search.setText(text)
                page.view.viewport().repaint()
                app.processEvents()
                results["typed"].append((time.perf_counter() - start) * 1000)
        page.close()
    finally:
        workspace.close_database()
    return results


def report(rows: int, results: dict[str, list[float]]) -> str:
    def line(label: str, values: list[float], unit: str, target: str) -> str:
        med, top = statistics.median(values), max(values)
        digits = 3 if unit == "s" else 1
        return f"| {label} | {len(values)} | {med:.{digits}f} | {top:.{digits}f} | {target} |"

    keys = ", ".join(f"“{q}”" for q in QUERIES)
    return "\n".join(
        [
            TITLE,
            "",
            f"`python -m benchmarks.bench_participants_ui --rows {rows}` (offscreen) on "
            f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs, "
            f"{dt.datetime.now():%Y-%m-%d %H:%M}.",
            "",
            f"{rows:,} participants (the roster benchmark's generator) in "
            f"{max(1, rows // 1000)} auto-formed teams. Opening = loading participants, "
            "delegations and teams, folding the search keys, resetting the table model and "
            "painting the page once. Keystroke = one character typed into (or erased from) the "
            f"filter, over the queries {keys}, each typed and then erased one character at a time.",
            "",
            "| Measurement | Runs | Median | Max | Target |",
            "|---|---:|---:|---:|---:|",
            line("Load (worker part), s", results["load"], "s", ""),
            line("Screen opening, s", results["open"], "s", f"{OPEN_TARGET:.0f} s"),
            line(
                "Keystroke, table model alone, ms",
                results["model"],
                "ms",
                f"{KEY_TARGET_MS:.0f} ms",
            ),
            line("Keystroke, search box + table repaint, ms", results["typed"], "ms", ""),
            "",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SAKURA_DESKTOP_DATA_DIR"] = tmp
        path = build_database(Path(tmp), args.rows)
        results = measure(path, args.repeats)
    text = report(args.rows, results)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
