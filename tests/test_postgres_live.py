"""Shared database mode, live: a scan by another process shows on this station within 2 s.

Runs only when SAKURA_TEST_PG_URL names a database we may wipe, e.g.
postgresql+psycopg://sakura:sakura@localhost/sakura_test.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_support import PG_URL, wipe_postgres

from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints
from sakura_desktop.core.checkin.live import HeadcountTracker, newest_event_id
from sakura_desktop.core.checkin.reports import headcount
from sakura_desktop.core.demo import build_demo_program
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database

pytestmark = [
    pytest.mark.skipif(not PG_URL, reason="SAKURA_TEST_PG_URL is not set"),
    pytest.mark.slow,
]
POLL_S = 1.0


@pytest.fixture
def pg() -> Iterator[Database]:
    assert PG_URL is not None
    wipe_postgres(PG_URL)
    database, _ = open_database(url=PG_URL, create=True)
    try:
        yield database
    finally:
        database.dispose()


def test_scan_in_another_process_shows_here_within_two_seconds(pg: Database) -> None:
    assert PG_URL is not None
    factory = pg.session_factory
    program = build_demo_program(factory)
    checkpoint = ensure_checkpoints(factory, program.id)[0]  # arrival: everyone expected
    tokens = {t.participant_id: t.token for t in issue_missing_tokens(factory, program.id)}
    tracker = HeadcountTracker(factory, checkpoint.id)
    before = tracker.load().headcount
    person = before.missing[0].person
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    scanner = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sakura_desktop",
            "checkin",
            "--db-url",
            PG_URL,
            "--checkpoint",
            checkpoint.name,
            "--station",
            "Door 2",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        time.sleep(3)  # the other station is up and waiting for its scanner
        assert scanner.stdin is not None and scanner.stdout is not None
        scanner.stdin.write(tokens[person.participant_id] + "\n")
        scanner.stdin.flush()
        scanned_at = time.monotonic()
        line = scanner.stdout.readline()
        assert line.startswith("WELCOME") or "ACCEPT" in line.upper() or person.family_name in line
        # This station polls the newest event id once a second, then refreshes.
        seen = newest_event_id(factory, program.id)
        while seen <= tracker.last_event_id:
            assert time.monotonic() - scanned_at < 2.0, "the scan did not show within 2 s"
            time.sleep(POLL_S / 10)
            seen = newest_event_id(factory, program.id)
        view = tracker.refresh()
        shown_after = time.monotonic() - scanned_at
    finally:
        if scanner.stdin is not None:
            scanner.stdin.close()
        scanner.wait(timeout=30)
    assert shown_after < 2.0
    assert view.headcount.present == before.present + 1
    assert person.participant_id not in {m.person.participant_id for m in view.headcount.missing}
    assert [line.station for line in view.new_scans] == ["Door 2"]
    assert view.headcount == headcount(factory, checkpoint.id, now=lambda: view.headcount.as_of)
