"""Journal merge benchmark: a 100,000-event journal from another door, merged, then merged again.

    python -m benchmarks.bench_sync [--participants 30000] [--events 100000] [--runs 3]
                                    [--workdir DIR] [--no-write]

Builds a program (30,000 participants, a week of sessions and their checkpoints), copies its
database file twice as two stations do, fills one station with `--events` scans (accepted,
refused, a few undone) and exports its journal; then times, on a fresh copy of the other station
each run: merging the journal (`merge_journal`, file read and MAC check included), merging it
again with nothing new, and the same two as whole processes (`sakura-desktop sync import`,
interpreter start-up and imports included). Writes docs/benchmarks-sync.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from benchmarks.bench_checkin import WEEK_START, build, machine
from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints
from sakura_desktop.core.sync.export import export_journal
from sakura_desktop.core.sync.merge import merge_journal
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import CheckinEvent, Participant, Program, Station

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "benchmarks-sync.md"
CHUNK = 5000


def fill_station(factory: SessionFactory, pid: int, n_events: int, rng: random.Random) -> None:
    """n_events scans of one station, numbered 1..n: mostly accepted, some refused, 1% undone."""
    with factory.begin() as session:
        station = Station(name="Door 2", is_local=True)
        session.add(station)
        session.flush()
        station_id = station.id
        people = list(session.scalars(select(Participant.id).where(Participant.program_id == pid)))
    checkpoints = [c.id for c in ensure_checkpoints(factory, pid)]
    rows: list[dict[str, Any]] = []
    when = WEEK_START.astimezone(dt.UTC)
    step = dt.timedelta(seconds=5 * 24 * 3600 / n_events)
    accepted: list[dict[str, Any]] = []
    while len(rows) < n_events:
        when += step
        seq = len(rows) + 1
        if accepted and rng.random() < 0.01:
            target = accepted.pop(rng.randrange(len(accepted)))
            rows.append({**target, "uuid": str(uuid.uuid4()), "station_seq": seq,
                         "occurred_at": when, "method": "undo", "decision": "voided",
                         "voids_event_uuid": target["uuid"], "raw_code": None})  # fmt: skip
            continue
        decision = rng.choices(["accepted", "already_in", "not_expected", "unknown"], [85, 8, 5, 2])
        unknown = decision[0] == "unknown"
        event = {
            "uuid": str(uuid.uuid4()),
            "program_id": pid,
            "participant_id": None if unknown else rng.choice(people),
            "checkpoint_id": rng.choice(checkpoints),
            "direction": "in",
            "station_id": station_id,
            "station_seq": seq,
            "occurred_at": when,
            "operator": "bench",
            "method": "scanner",
            "decision": decision[0],
            "raw_code": "garbage" if unknown else None,
            "voids_event_uuid": None,
            "note": "",
        }
        rows.append(event)
        if decision[0] == "accepted":
            accepted.append(event)
    with factory.begin() as session:
        plain = [r for r in rows if r["voids_event_uuid"] is None]
        undos = [r for r in rows if r["voids_event_uuid"] is not None]
        for start in range(0, len(plain), CHUNK):
            session.execute(insert(CheckinEvent), plain[start : start + CHUNK])
        if undos:
            session.execute(insert(CheckinEvent), undos)
        session.execute(Station.__table__.update().values(last_seq=n_events))


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def fresh_copy(base: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        stale = target.with_name(target.name + suffix)
        stale.unlink(missing_ok=True)
    shutil.copyfile(base, target)
    return target


def quiet_disk() -> None:
    """Each timed run starts with the disk written out: the copy just made, and the previous
    run's database and backups (~100 MB), would otherwise be flushed during the next merge and
    charged to it (0.6 s of difference on this machine)."""
    os.sync()
    time.sleep(1)


def merged_in_a_worker(db: Path, journal: Path, events: int) -> tuple[float, float]:
    """`merge_journal` timed twice (first merge, merge again) in a fresh Python process with
    the application imported, as a station's worker would run it: the set-up's 100,000 event
    dicts and 30,000 people in this process are no part of a merge (they made it 0.4 s
    slower here)."""
    command = [sys.executable, "-m", "benchmarks.bench_sync", "--merge-once", str(db),
               str(journal), str(events)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    first, again = done.stdout.split()
    return float(first), float(again)


def merge_once(db: Path, journal: Path, events: int) -> None:
    database, _ = open_database(path=db)
    try:
        factory = database.session_factory
        pid = factory().scalar(select(Program.id))
        assert pid is not None

        def merge(factory: SessionFactory = factory) -> object:
            return merge_journal(factory, pid, journal)

        seconds_first, report = timed(merge)
        assert getattr(report, "new", None) == events, report
        seconds_again, report = timed(merge)
        assert getattr(report, "new", None) == 0, report
    finally:
        database.dispose()
    print(f"{seconds_first:.4f} {seconds_again:.4f}")


def cli_import(db: Path, journal: Path) -> tuple[float, str]:
    command = [sys.executable, "-m", "sakura_desktop", "sync", "import", "--db", str(db),
               "--program", "BENCH", str(journal)]  # fmt: skip
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, done.stdout.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=30_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--no-write", action="store_true", help="do not write the report")
    parser.add_argument("--merge-once", nargs=3, metavar=("DB", "JOURNAL", "EVENTS"),
                        help=argparse.SUPPRESS)  # fmt: skip
    args = parser.parse_args(argv)
    if args.merge_once:
        db, journal, events = args.merge_once
        merge_once(Path(db), Path(journal), int(events))
        return 0
    work = args.workdir or Path(tempfile.mkdtemp(prefix="sakura-bench-sync-"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261202)

    base = work / "base.db"
    built_s, _ = timed(lambda: _build_base(base, args.participants))
    source = fresh_copy(base, work / "door2.db")
    database, _ = open_database(path=source)
    pid = database.session_factory().scalar(select(Program.id))
    assert pid is not None
    filled_s, _ = timed(lambda: fill_station(database.session_factory, pid, args.events, rng))
    journal = work / "door2.sakura-journal"
    export_s, _ = timed(lambda: export_journal(database.session_factory, pid, journal))
    database.dispose()
    size_mb = journal.stat().st_size / 1e6
    print(f"built in {built_s:.1f} s, filled in {filled_s:.1f} s, exported in {export_s:.2f} s "
          f"({size_mb:.1f} MB)")  # fmt: skip

    first, again, cli_first, cli_again = [], [], [], []
    for run in range(args.runs):
        target = fresh_copy(base, work / "door1.db")
        quiet_disk()
        seconds_first, seconds_again = merged_in_a_worker(target, journal, args.events)
        first.append(seconds_first)
        again.append(seconds_again)
        print(f"run {run + 1}: merge {first[-1]:.2f} s, merge again {again[-1]:.2f} s")
        target = fresh_copy(base, work / "door1-cli.db")
        quiet_disk()
        seconds, line_first = cli_import(target, journal)
        cli_first.append(seconds)
        seconds, line_again = cli_import(target, journal)
        cli_again.append(seconds)
        print(f"run {run + 1}: sync import {cli_first[-1]:.2f} s ({line_first}), "
              f"again {cli_again[-1]:.2f} s ({line_again})")  # fmt: skip

    results = {
        "merge": first,
        "merge again": again,
        "sync import (process)": cli_first,
        "sync import again (process)": cli_again,
    }
    if not args.no_write:
        write_report(args, results, size_mb, export_s, built_s + filled_s)
    return 0


def _build_base(path: Path, participants: int) -> None:
    database, _ = open_database(path=path, create=True)
    try:
        pid = build(database.session_factory, participants, random.Random(7))
        ensure_checkpoints(database.session_factory, pid)
    finally:
        database.dispose()


NOTES = "\n## Where the time goes"


def _notes_kept() -> str:
    """The hand-written analysis under NOTES in the report, kept when the figures are new."""
    if not REPORT.exists():
        return ""
    text = REPORT.read_text(encoding="utf-8")
    return text[text.index(NOTES) :] if NOTES in text else ""


def write_report(
    args: argparse.Namespace,
    results: dict[str, list[float]],
    size_mb: float,
    export_s: float,
    built_s: float,
) -> None:
    today = dt.date.today().isoformat()
    targets = {"merge": "< 3", "merge again": "< 1"}
    lines = [
        "# Journal merge benchmark",
        "",
        f"Measured by `python -m benchmarks.bench_sync --runs {args.runs}` on {today}: "
        f"{machine()}; load average {os.getloadavg()[0]:.1f} at the end (other work was "
        "running on the machine: compare medians only with runs on the same machine). SQLite "
        "files in WAL mode with the application's pragmas.",
        "",
        f"Data: {args.participants:,} participants and a week of sessions with their "
        f"checkpoints, copied to two stations; one station holds {args.events:,} scans (85% "
        "accepted, 8% already in, 5% not expected, 2% unknown codes, 1% of admissions undone), "
        f"exported in {export_s:.2f} s to a {size_mb:.1f} MB journal. Set up in "
        f"{built_s:.0f} s.",
        "",
        "Each run merges the journal into a fresh copy of the other station, in a fresh Python "
        "process with the application imported (the set-up's data is no part of a merge), "
        "after the earlier runs' files are written out to disk (`os.sync()`): "
        "the file is read, "
        "its MAC checked, every event stored in one transaction (Core bulk inserts), duplicates "
        "counted and gaps checked; then the same journal is merged again (nothing new: the "
        "header's per-station ranges and digests match the database, so the records are not "
        "parsed). The process rows run `sakura-desktop sync import --db COPY JOURNAL` as a "
        "whole process (interpreter start-up and imports included).",
        "",
        "| operation | median s | min s | max s | target s |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, values in results.items():
        lines.append(
            f"| {name} | {statistics.median(values):.2f} | {min(values):.2f} | "
            f"{max(values):.2f} | {targets.get(name, '')} |"
        )
    lines.append("")
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text("\n".join(lines) + _notes_kept(), encoding="utf-8")
    print(f"wrote {REPORT}")


if __name__ == "__main__":
    sys.exit(main())
