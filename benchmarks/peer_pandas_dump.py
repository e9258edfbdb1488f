"""The peer for the roster import benchmark: a raw pandas dump of the same CSV into SQLite.

    python benchmarks/peer_pandas_dump.py ROSTER.csv OUT.db

Reads the file with `pandas.read_csv` and writes it with `DataFrame.to_sql` into a fresh SQLite
file (replaced if it exists): no encoding detection, no mapping, no validation, no matching.
The floor a hand-written script reaches; `sakura-desktop import-roster` is measured against it.
Needs pandas (`pip install -e .[bench]`).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pandas  # type: ignore[import-untyped]


def main(argv: list[str]) -> int:
    source, target = Path(argv[0]), Path(argv[1])
    target.unlink(missing_ok=True)
    frame = pandas.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    with sqlite3.connect(target) as connection:
        frame.to_sql("participants", connection, index=False)
    print(f"{len(frame)} rows into {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
