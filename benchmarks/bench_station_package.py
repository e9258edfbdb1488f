"""How long exporting and importing a station package takes, and how big it is.

    python -m benchmarks.bench_station_package [--people 30000] [--events 100000]

Builds a program of `--people` participants with badges and `--events` scans (the check-in
benchmark's builders), exports it with the default (strong) scrypt cost, then sets up a new
station database from it. Prints one line per step; the scrypt cost alone is timed apart.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

from benchmarks.bench_checkin import build, fill_journal
from sakura_desktop.core.stations.envelope import KdfParams, derive_key
from sakura_desktop.core.stations.package import (
    export_station_package,
    init_station_from_package,
)
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.lifecycle import open_database

PASSPHRASE = "plum blossom 2026"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=30_000)
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="sakura-bench-package-"))
    database, _ = open_database(path=folder / "coordinator.db", create=True)
    try:
        factory = database.session_factory
        program_id = build(factory, args.people, random.Random(7))
        issue_missing_tokens(factory, program_id)
        fill_journal(factory, program_id, args.events, random.Random(8))

        start = time.perf_counter()
        derive_key(PASSPHRASE, KdfParams(), os.urandom(16))
        kdf_s = time.perf_counter() - start

        out = folder / "door.sakura-station"
        start = time.perf_counter()
        summary = export_station_package(factory, program_id, out, PASSPHRASE)
        export_s = time.perf_counter() - start
    finally:
        database.dispose()

    start = time.perf_counter()
    init = init_station_from_package(out, folder / "door.db", PASSPHRASE, "Door 2")
    init_s = time.perf_counter() - start

    print(f"program: {args.people:,} people, {args.events:,} scans ({init.counts.describe()})")
    print(f"scrypt n=2^17 r=8 p=1 alone: {kdf_s:.2f} s")
    print(f"export (incl. scrypt): {export_s:.2f} s, package {summary.size_bytes / 1024:,.0f} KiB")
    print(f"station-init (incl. scrypt): {init_s:.2f} s")
    print(f"files in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
