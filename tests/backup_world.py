"""A demo week with badge tokens, and a check-in station as a real process that keeps writing.

The station process scans badges in and out in a loop and prints `ACK <event uuid>` after each
scan's transaction has committed: whatever it printed before it died must be in the database.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sakura_desktop.db.lifecycle import open_database

STATION_SCRIPT = """
import sys
from sakura_desktop.core.checkin.desk import CheckinDesk
from sakura_desktop.db.enums import Direction
from sakura_desktop.db.lifecycle import open_database

from pathlib import Path

path, program_id, checkpoint_id = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
station, tokens = sys.argv[4], sys.argv[5:]
database, _ = open_database(path=path)
desk = CheckinDesk(database.session_factory, program_id, station_name=station)
print("READY", flush=True)
round = 0
while True:
    direction = Direction.IN if round % 2 == 0 else Direction.OUT
    for token in tokens:
        result = desk.scan(checkpoint_id, token, direction=direction)
        if result.event_uuid:
            print("ACK", result.event_uuid, flush=True)
    round += 1
"""


@dataclass(frozen=True)
class DemoWeek:
    path: Path
    program_id: int
    checkpoint_id: int  # one that takes both directions (a bus)
    tokens: list[str]


def build_demo_week(path: Path) -> DemoWeek:
    """The demo program with a badge token for everyone."""
    from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints
    from sakura_desktop.core.demo import create_demo_database
    from sakura_desktop.core.tokens import issue_missing_tokens

    program = create_demo_database(path)
    database, _ = open_database(path=path)
    try:
        ensure_checkpoints(database.session_factory, program.id)
        tokens = [t.token for t in issue_missing_tokens(database.session_factory, program.id)]
    finally:
        database.dispose()
    conn = sqlite3.connect(path)
    try:
        (checkpoint_id,) = conn.execute(
            "SELECT id FROM checkpoints WHERE program_id = ? AND kind = 'transfer' ORDER BY id",
            (program.id,),
        ).fetchone()
    finally:
        conn.close()
    return DemoWeek(path, program.id, int(checkpoint_id), tokens)


def copy_week(week: DemoWeek, path: Path) -> DemoWeek:
    """A copy of a closed demo week (a file copy is fine: nothing has it open)."""
    shutil.copyfile(week.path, path)
    return DemoWeek(path, week.program_id, week.checkpoint_id, week.tokens)


def start_station(
    week: DemoWeek, station: str = "Bus door", tokens: int = 30
) -> subprocess.Popen[str]:
    """A station process scanning until killed; returns once it is ready to scan."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            STATION_SCRIPT,
            str(week.path),
            str(week.program_id),
            str(week.checkpoint_id),
            station,
            *week.tokens[:tokens],
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == "READY", process.stderr.read() if process.stderr else line
    return process


def acknowledged(process: subprocess.Popen[str]) -> list[str]:
    """The event uuids a finished (killed) station printed; a torn last line is not an ack."""
    assert process.stdout is not None
    out = process.stdout.read()
    return [
        line.split()[1]
        for line in out.splitlines(keepends=True)
        if line.startswith("ACK ") and line.endswith("\n") and len(line.split()) == 2
    ]


def event_uuids(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT uuid FROM checkin_events")}
    finally:
        conn.close()


def wait_for_events(path: Path, at_least: int, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while len(event_uuids(path)) < at_least:
        assert time.monotonic() < deadline, f"fewer than {at_least} scans in {timeout_s} s"
        time.sleep(0.05)
