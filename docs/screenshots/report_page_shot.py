"""The first page of the post-visit summary (PDF) of the demo week, as a PNG for the README.

    python docs/screenshots/report_page_shot.py [OUT.png]

Builds the demo database, lets a share of each session's expected people (82-99%, drawn with a
fixed seed) in at every session from Monday to Thursday, as the check-in desk records them,
writes `sakura-desktop report summary --out summary.pdf` and renders its first page at 100 dpi
with poppler's `pdftoppm`.
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from sakura_desktop.cli import main as cli_main
from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints, expected_ids
from sakura_desktop.core.checkin.service import CheckinDesk
from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.db.lifecycle import open_database

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("report-page.png")
LAST_DAY = dt.date(2026, 7, 16)


class StepClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 7, 13, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=7)
        return self.now


def scan_the_week(path: Path) -> None:
    database, _ = open_database(path=path)
    factory = database.session_factory
    rng, clock = random.Random(7), StepClock()
    desk = CheckinDesk(factory, 1, station_name="Main door", operator="Aiko", clock=clock)
    for info in ensure_checkpoints(factory, 1):
        if info.starts is None or info.starts.date() > LAST_DAY:
            continue
        with factory() as session:
            expected = sorted(expected_ids(session, info.facts))
        share = rng.uniform(0.82, 0.99)
        clock.now = info.starts - dt.timedelta(minutes=12)
        for person in expected:
            if rng.random() < share:
                desk.check_in(info.id, person)
    database.dispose()


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = work / "demo.db"
        create_demo_database(db)
        scan_the_week(db)
        pdf = work / "summary.pdf"
        if cli_main(["report", "summary", "--db", str(db), "--out", str(pdf)]) != 0:
            return 1
        subprocess.run(["pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(OUT.with_suffix(""))], check=True)  # fmt: skip
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
