"""Roster import at scale: 30,000 generated participants from CSV and from XLSX.

Run from the repository root:  python -m benchmarks.bench_roster [--rows N] [--pairs N] [--out FILE]
Each measurement imports into a fresh SQLite database (a new program), reading included; a
second import of the same file (all rows unchanged) and the participants list query are timed
too. Then the whole `sakura-desktop import-roster` command is run as a process beside its peer,
a raw pandas `read_csv` + `to_sql` of the same file (benchmarks/peer_pandas_dump.py, needs the
`bench` extra), in turns, each into a fresh database file; CPU and wall time per process.
Results are printed and written to docs/benchmarks-roster.md, which this benchmark owns
(the participants screen's figures live in docs/benchmarks-participants-ui.md).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from sakura_desktop.core.programs import ProgramDraft, create_program
from sakura_desktop.core.roster import build_mapping, import_roster_file, read_roster
from sakura_desktop.core.roster.participants import list_participants
from sakura_desktop.core.roster.validation import validate_rows
from sakura_desktop.db.lifecycle import open_database

T = TypeVar("T")
ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"CSV import": 3.0, "XLSX import": 10.0}
PEER_TARGET = 3.0  # the whole command at most 3x the raw pandas dump, validation included
HEADERS = ["参加者番号", "Family name", "Given name", "Native name", "国籍", "性別", "生年月日",
           "E-mail", "区分", "食事制限", "アレルギー", "Room"]  # fmt: skip
COUNTRIES = [
    ("TH", ["สมชาย", "มาลี", "อนันต์", "สุดา"]), ("VN", ["Nguyễn An", "Trần Bình", "Lê Chi"]),
    ("KR", ["김민준", "이서연", "박지호"]), ("CN", ["王小明", "李华", "张伟"]),
    ("TW", ["陳美玲", "林志豪"]), ("IN", ["अर्जुन", "प्रिया"]), ("MN", ["Бат-Эрдэнэ", "Сараа"]),
    ("JP", ["山田 太郎", "髙橋 結衣"]), ("ID", ["Budi", "Siti"]), ("PH", ["Jose", "Maria"]),
]  # fmt: skip


def generate_rows(count: int, seed: int = 2026) -> list[list[object]]:
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for n in range(count):
        code, natives = COUNTRIES[n % len(COUNTRIES)]
        born = dt.date(2006, 1, 1) + dt.timedelta(days=rng.randrange(1500))
        rows.append([
            f"{code}-{n:05d}", f"Family{n}", rng.choice(["An", "Bo", "Chi", "Dana"]),
            f"{rng.choice(natives)}{n}", code, rng.choice("MF"), born.isoformat(),
            f"p{n}@example.org", "teacher" if n % 15 == 0 else "student",
            rng.choice(["", "", "halal", "vegetarian"]), rng.choice(["", "", "peanuts"]),
            str(100 + n % 400),
        ])  # fmt: skip
    return rows


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Roster")
    sheet.append(["Exchange week 2026 — roster"])
    sheet.append(HEADERS)
    for row in rows:
        born = dt.date.fromisoformat(str(row[6]))
        sheet.append([*row[:6], (born - dt.date(1899, 12, 30)).days, *row[7:]])  # serial date
    workbook.save(path)
    return path


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """CPU seconds of this process running `fn`: on a machine shared with other work, wall time
    measures the neighbours as much as the code (the import writes in-process, SQLite too)."""
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def measure_import(folder: Path, name: str, path: Path) -> dict[str, float]:
    database, _ = open_database(path=folder / f"{name}.db", create=True)
    try:
        factory = database.session_factory
        program = create_program(
            factory, ProgramDraft(name, "Bench", dt.date(2026, 7, 20), dt.date(2026, 7, 26))
        )
        first, summary = timed(lambda: import_roster_file(factory, program.id, path))
        assert summary.created == summary.rows and not summary.errors, summary.lines()[:5]
        second, again = timed(lambda: import_roster_file(factory, program.id, path))
        assert again.unchanged == again.rows, again.lines()[:5]
        listing, people = timed(lambda: list_participants(factory, program.id))
        assert len(people) == summary.rows
    finally:
        database.dispose()
    reading, table = timed(lambda: read_roster(path))
    checking, _ = timed(lambda: validate_rows(table.rows, build_mapping(table.headers)))
    return {"first": first, "again": second, "list": listing, "read": reading, "check": checking}


# --- the whole command beside a raw pandas dump ---------------------------------------------


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_process(command: list[str], expect: str) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one whole process, which must print `expect`."""
    cpu, start = _child_cpu(), time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    elapsed = _child_cpu() - cpu, time.perf_counter() - start
    assert expect in done.stdout, done.stdout
    return elapsed


def empty_program_db(path: Path) -> Path:
    database, _ = open_database(path=path, create=True)
    try:
        draft = ProgramDraft("PEER", "Bench", dt.date(2026, 7, 20), dt.date(2026, 7, 26))
        create_program(database.session_factory, draft)
    finally:
        database.dispose()
    return path


def versus_pandas(
    folder: Path, csv_path: Path, rows: int, pairs: int
) -> dict[str, list[float]] | None:
    """The command and its peer in turns (a warm-up pair first); None without pandas."""
    try:
        import pandas  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        print("pandas is not installed (pip install -e .[bench]): no peer comparison.")
        return None
    template = empty_program_db(folder / "template.db")
    target = folder / "cli.db"
    ours = [sys.executable, "-m", "sakura_desktop", "--db", str(target), "import-roster",
            str(csv_path)]  # fmt: skip
    peer = [sys.executable, str(ROOT / "benchmarks" / "peer_pandas_dump.py"), str(csv_path),
            str(folder / "peer.db")]  # fmt: skip
    results: dict[str, list[float]] = {"cpu": [], "wall": [], "peer_cpu": [], "peer_wall": []}
    for turn in range(pairs + 1):
        for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)  # a stale journal would bring back the last run
        shutil.copyfile(template, target)
        cpu, wall = run_process(ours, f"created {rows}, updated 0")
        peer_cpu, peer_wall = run_process(peer, f"{rows} rows")
        if turn:  # the first pair warms the disk cache and the bytecode
            for key, value in zip(results, (cpu, wall, peer_cpu, peer_wall), strict=True):
                results[key].append(value)
    return results


def versus_lines(rows: int, results: dict[str, list[float]], pairs: int) -> list[str]:
    median = statistics.median
    ratios = [a / b for a, b in zip(results["cpu"], results["peer_cpu"], strict=True)]
    walls = [a / b for a, b in zip(results["wall"], results["peer_wall"], strict=True)]
    return [
        "",
        f"## The whole command beside a raw pandas dump ({rows:,} rows, {pairs} pairs)",
        "",
        "`sakura-desktop --db FRESH.db import-roster roster.csv` (start-up, reading, encoding and "
        "header detection, mapping, validation, matching, one transaction) against "
        "`python benchmarks/peer_pandas_dump.py roster.csv out.db` (pandas `read_csv` + "
        "`to_sql`, nothing checked), run in turns as whole processes, each into a fresh file.",
        "",
        "| Process | CPU (s), median | Wall (s), median |",
        "|---|---:|---:|",
        f"| import-roster | {median(results['cpu']):.2f} | {median(results['wall']):.2f} |",
        f"| pandas dump | {median(results['peer_cpu']):.2f} | {median(results['peer_wall']):.2f} |",
        f"| ratio, pair by pair (target ≤ {PEER_TARGET:.0f}) | {median(ratios):.2f}× | "
        f"{median(walls):.2f}× |",
    ]


DEFAULT_OUT = ROOT / "docs" / "benchmarks-roster.md"
KEYSTROKE_NOTE = (
    "Filter keystroke in the table model and opening the participants screen: measured by "
    "`python -m benchmarks.bench_participants_ui`, see "
    "[benchmarks-participants-ui.md](benchmarks-participants-ui.md)."
)


def load_note(start: tuple[float, ...]) -> str:
    """The machine's load average (1 minute) when the run started and ended: on a shared
    machine the ratios hold better than the absolute times, and this says how busy it was."""
    end = os.getloadavg()
    return f"load average {start[0]:.1f} at the start, {end[0]:.1f} at the end"


def report(
    rows: int,
    results: dict[str, dict[str, float]],
    sizes: dict[str, int],
    versus: Sequence[str] = (),
    load: str = "",
) -> str:
    lines = [
        "# Roster benchmark",
        "",
        f"`python -m benchmarks.bench_roster --rows {rows}` on {platform.platform()}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"{dt.datetime.now():%Y-%m-%d %H:%M}" + (f", {load}." if load else "."),
        "",
        f"{rows:,} generated participants across {len(COUNTRIES)} delegations (native names in "
        "Thai, Vietnamese, Hangul, Chinese, Devanagari, Mongolian Cyrillic, Japanese). Each import "
        "goes into a fresh SQLite file (WAL) and includes reading, encoding detection, header "
        "detection, mapping, validation, matching and writing in one transaction.",
        "",
        "| Measurement (in one process) | File | CPU time (s) | Target (s) |",
        "|---|---|---:|---:|",
    ]
    for label, key in (("CSV import", "csv"), ("XLSX import", "xlsx")):
        size = f"{sizes[key] / 1e6:.1f} MB"
        res = results[key]
        lines.append(f"| {label}, first (all created) | {size} | {res['first']:.2f} | "
                     f"{TARGETS[label]:.0f} |")  # fmt: skip
        lines.append(f"| {label}, again (all unchanged) | {size} | {res['again']:.2f} | |")
        if "read" in res:  # the first import's parts, measured on their own
            lines.append(f"| of which reading the file | {size} | {res['read']:.2f} | |")
            lines.append(f"| of which checking every row (no database) | | {res['check']:.2f} | |")
    lines.append(f"| list_participants ({rows:,} rows) | | {results['csv']['list']:.2f} | |")
    lines += versus
    lines += ["", KEYSTROKE_NOTE, ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--pairs", type=int, default=5, help="runs of the command beside its peer")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    started = os.getloadavg()
    rows = generate_rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {
            "csv": write_csv(folder / "roster.csv", rows),
            "xlsx": write_xlsx(folder / "roster.xlsx", rows),
        }
        results = {key: measure_import(folder, key.upper(), path) for key, path in files.items()}
        sizes = {key: path.stat().st_size for key, path in files.items()}
        versus = versus_pandas(folder, files["csv"], args.rows, args.pairs)
    lines = versus_lines(args.rows, versus, args.pairs) if versus else []
    text = report(args.rows, results, sizes, lines, load_note(started))
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
