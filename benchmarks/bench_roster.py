"""Roster import at scale: 30,000 generated participants from CSV and from XLSX.

Run from the repository root:  python -m benchmarks.bench_roster [--rows N] [--out FILE]
Each measurement imports into a fresh SQLite database (a new program), reading included; a
second import of the same file (all rows unchanged) and the participants list query are timed
too. Results are printed and written to docs/benchmarks-roster.md, which this benchmark owns
(the participants screen's figures live in docs/benchmarks-participants-ui.md).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sakura_desktop.core.programs import ProgramDraft, create_program
from sakura_desktop.core.roster import import_roster_file
from sakura_desktop.core.roster.participants import list_participants
from sakura_desktop.db.lifecycle import open_database

T = TypeVar("T")
ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"CSV import": 3.0, "XLSX import": 10.0}
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
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


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
    return {"first": first, "again": second, "list": listing}


DEFAULT_OUT = ROOT / "docs" / "benchmarks-roster.md"
KEYSTROKE_NOTE = (
    "Filter keystroke in the table model and opening the participants screen: measured by "
    "`python -m benchmarks.bench_participants_ui`, see "
    "[benchmarks-participants-ui.md](benchmarks-participants-ui.md)."
)


def report(rows: int, results: dict[str, dict[str, float]], sizes: dict[str, int]) -> str:
    lines = [
        "# Roster benchmark",
        "",
        f"`python -m benchmarks.bench_roster --rows {rows}` on {platform.platform()}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"{dt.datetime.now():%Y-%m-%d %H:%M}.",
        "",
        f"{rows:,} generated participants across {len(COUNTRIES)} delegations (native names in "
        "Thai, Vietnamese, Hangul, Chinese, Devanagari, Mongolian Cyrillic, Japanese). Each import "
        "goes into a fresh SQLite file (WAL) and includes reading, encoding detection, header "
        "detection, mapping, validation, matching and writing in one transaction.",
        "",
        "| Measurement | File | Time (s) | Target (s) |",
        "|---|---|---:|---:|",
    ]
    for label, key in (("CSV import", "csv"), ("XLSX import", "xlsx")):
        size = f"{sizes[key] / 1e6:.1f} MB"
        res = results[key]
        lines.append(f"| {label}, first (all created) | {size} | {res['first']:.2f} | "
                     f"{TARGETS[label]:.0f} |")  # fmt: skip
        lines.append(f"| {label}, again (all unchanged) | {size} | {res['again']:.2f} | |")
    lines.append(f"| list_participants ({rows:,} rows) | | {results['csv']['list']:.2f} | |")
    lines += ["", KEYSTROKE_NOTE, ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    rows = generate_rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {
            "csv": write_csv(folder / "roster.csv", rows),
            "xlsx": write_xlsx(folder / "roster.xlsx", rows),
        }
        results = {key: measure_import(folder, key.upper(), path) for key, path in files.items()}
        sizes = {key: path.stat().st_size for key, path in files.items()}
    text = report(args.rows, results, sizes)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
