"""Random scans split over 2 to 4 stations, journals exchanged in random orders with repeats:
every station ends in the state of one database that received every event directly."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from checkin_world import START, build_world
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select

from sakura_desktop.core.checkin import journal
from sakura_desktop.core.checkin.service import CheckinDesk, headcount
from sakura_desktop.core.sync.duplicates import duplicate_uuids
from sakura_desktop.core.sync.export import export_journal
from sakura_desktop.core.sync.merge import merge_journal
from sakura_desktop.db.engine import Database, sqlite_url
from sakura_desktop.db.enums import Direction
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import CheckinEvent, Checkpoint, Station

PEOPLE = ["anong", "somchai", "duc", "lan", "minji", "jisoo", "hana", "taro"]
CHECKPOINTS = ["Arrival", "Welcome lecture", "Bus to Harima"]  # the bus allows exit


class SharedClock:
    """One clock for every station: no two events share an instant (a tie would be broken by
    row id on one laptop and by uuid on another)."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, dict[str, str]]:
    folder = tmp_path_factory.mktemp("convergence-base")
    path = folder / "base.db"
    db, _ = open_database(path=path, create=True)
    world = build_world(db)
    db.dispose()
    return path, world.program_id, world.tokens


operation = st.one_of(
    st.tuples(st.just("scan"), st.integers(0, 3), st.sampled_from(PEOPLE),
              st.sampled_from(CHECKPOINTS), st.booleans()),
    st.tuples(st.just("junk"), st.integers(0, 3), st.sampled_from(CHECKPOINTS)),
    st.tuples(st.just("undo"), st.integers(0, 3), st.integers(0, 50)),
    st.tuples(st.just("exchange"), st.integers(0, 3), st.integers(0, 3)),
)  # fmt: skip


def _open(path: Path) -> Database:
    return Database(sqlite_url(path))


def _checkpoint_ids(db: Database) -> dict[str, int]:
    with db.session() as session:
        rows = session.execute(select(Checkpoint.name, Checkpoint.id)).all()
    return {prefix: cid for name, cid in rows for prefix in CHECKPOINTS if name.startswith(prefix)}


@pytest.mark.slow
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    n_stations=st.integers(2, 4),
    operations=st.lists(operation, max_size=30),
    imports=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), max_size=12),
    order=st.randoms(use_true_random=False),
)
def test_any_order_of_imports_converges_to_one_station_that_saw_everything(
    base: tuple[Path, int, dict[str, str]],
    tmp_path_factory: pytest.TempPathFactory,
    n_stations: int,
    operations: list[tuple[Any, ...]],
    imports: list[tuple[int, int]],
    order: Any,
) -> None:
    base_path, program_id, tokens = base
    folder = tmp_path_factory.mktemp("stations")
    paths = [folder / f"s{n}.db" for n in range(n_stations)]
    for path in [*paths, folder / "oracle.db"]:
        shutil.copyfile(base_path, path)
    dbs = [_open(path) for path in paths]
    oracle = _open(folder / "oracle.db")
    try:
        checkpoints = _checkpoint_ids(dbs[0])
        clock = SharedClock()
        desks = [
            CheckinDesk(db.session_factory, program_id, station_name=f"Door {n + 1}", clock=clock)
            for n, db in enumerate(dbs)
        ]
        own: list[list[str]] = [[] for _ in dbs]  # each station's own scans, to undo
        undone: set[str] = set()

        def journal_of(n: int) -> Path:
            out = folder / f"door{n + 1}.sakura-journal"
            export_journal(dbs[n].session_factory, program_id, out)
            return out

        for op in operations:
            n = op[1] % n_stations
            if op[0] == "scan":
                _, _, who, where, leaving = op
                exit_ok = where == "Bus to Harima" and leaving
                direction = Direction.OUT if exit_ok else Direction.IN
                result = desks[n].scan(checkpoints[where], tokens[who], direction=direction)
                own[n].append(result.event_uuid)
            elif op[0] == "junk":
                own[n].append(desks[n].scan(checkpoints[op[2]], "no badge here").event_uuid)
            elif op[0] == "undo":
                candidates = [u for u in own[n] if u not in undone]
                if candidates:
                    target = candidates[op[2] % len(candidates)]
                    desks[n].undo(target)
                    undone.add(target)
            else:
                source = op[2] % n_stations
                if source != n:
                    merge_journal(dbs[n].session_factory, program_id, journal_of(source))

        _give_oracle_every_event(oracle, dbs)
        journals = [journal_of(n) for n in range(n_stations)]
        # Random imports with repeats, then each station takes every journal in a random order.
        for target, source in imports:
            merge_journal(
                dbs[target % n_stations].session_factory,
                program_id,
                journals[source % n_stations],
            )
        for db in dbs:
            shuffled = list(journals)
            order.shuffle(shuffled)
            for path in shuffled + shuffled[: order.randint(0, len(shuffled))]:
                merge_journal(db.session_factory, program_id, path)

        expected = _state(oracle, program_id, checkpoints)
        for db in dbs:
            assert _state(db, program_id, checkpoints) == expected
    finally:
        for db in [*dbs, oracle]:
            db.dispose()


def _give_oracle_every_event(oracle: Database, dbs: list[Database]) -> None:
    """Copy each station's events straight into one database (no merge code involved): the
    single station that saw every scan. Copies share people and checkpoint ids (one base file)."""
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    stations: dict[str, dict[str, Any]] = {}
    for db in dbs:
        with db.session() as session:
            for station in session.scalars(select(Station)):
                stations.setdefault(station.uuid, {"uuid": station.uuid, "name": station.name})
            names = dict(session.execute(select(Station.id, Station.uuid)).all())
            for event in session.scalars(select(CheckinEvent)):
                if event.uuid in seen:
                    continue
                seen.add(event.uuid)
                row = {c.key: getattr(event, c.key) for c in CheckinEvent.__table__.columns}
                row.pop("id")
                row["station_id"] = names[event.station_id]
                rows.append(row)
    with oracle.session_factory.begin() as session:
        ids = {
            uuid: session.execute(
                insert(Station).values(**values, is_local=False).returning(Station.id)
            ).scalar_one()
            for uuid, values in stations.items()
        }
        for row in rows:
            row["station_id"] = ids[row["station_id"]]
        rows.sort(key=lambda r: (r["voids_event_uuid"] is not None, r["occurred_at"]))
        if rows:
            session.execute(insert(CheckinEvent), rows)


def _state(db: Database, program_id: int, checkpoints: dict[str, int]) -> dict[str, Any]:
    state: dict[str, Any] = {}
    with db.session() as session:
        state["events"] = set(session.scalars(select(CheckinEvent.uuid)))
        state["duplicates"] = duplicate_uuids(session, program_id)
        for name, cid in checkpoints.items():
            state[f"standing {name}"] = {
                pid: (s.inside, s.at) for pid, s in journal.standings(session, cid).items()
            }
    for name, cid in checkpoints.items():
        count = headcount(db.session_factory, cid)
        missing = [m.person.participant_id for m in count.missing]
        assert len(missing) == len(set(missing))
        assert count.present + len(missing) == count.expected  # each person counted once
        state[f"headcount {name}"] = (count.expected, count.present, count.extra, sorted(missing))
    return state
