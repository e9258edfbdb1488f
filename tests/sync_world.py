"""Several stations made from one starting database (copies of its file), as a coordinator sets
up laptops from one station package; helpers to exchange their journals."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from checkin_world import START, FakeClock, World, build_world
from sqlalchemy import select

from sakura_desktop.core.checkin.service import CheckinDesk
from sakura_desktop.core.sync.export import export_journal
from sakura_desktop.core.sync.merge import MergeReport, merge_journal
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import CheckinEvent, Checkpoint


@dataclass
class Laptop:
    name: str
    path: Path
    db: Database
    program_id: int
    clock: FakeClock

    def desk(self, operator: str = "Aiko") -> CheckinDesk:
        return CheckinDesk(
            self.db.session_factory,
            self.program_id,
            station_name=self.name,
            operator=operator,
            clock=self.clock,
        )

    def export(self, out: Path, **kw: object) -> Path:
        export_journal(self.db.session_factory, self.program_id, out, **kw)  # type: ignore[arg-type]
        return out

    def merge(self, journal: Path) -> MergeReport:
        return merge_journal(self.db.session_factory, self.program_id, journal)

    def event_uuids(self) -> set[str]:
        with self.db.session() as session:
            return set(session.scalars(select(CheckinEvent.uuid)))

    def checkpoint_id(self, prefix: str) -> int:
        with self.db.session() as session:
            return int(
                session.scalars(
                    select(Checkpoint.id)
                    .where(Checkpoint.name.startswith(prefix))
                    .order_by(Checkpoint.id)
                ).first()
                or 0
            )


def copy_database(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    for suffix in ("-wal", "-shm"):
        extra = source.with_name(source.name + suffix)
        if extra.exists():
            shutil.copyfile(extra, target.with_name(target.name + suffix))


def make_laptops(tmp_path: Path, names: list[str]) -> tuple[World, list[Laptop]]:
    """A starting database with the check-in world, then one copy per station; the stations'
    clocks start a minute apart so their scans never share an instant."""
    base = tmp_path / "base.db"
    db, _ = open_database(path=base, create=True)
    world = build_world(db)
    db.dispose()
    laptops = []
    for n, name in enumerate(names):
        path = tmp_path / f"station-{n}.db"
        copy_database(base, path)
        station_db, _ = open_database(path=path)
        clock = FakeClock(START + dt.timedelta(minutes=n, milliseconds=n))
        laptops.append(Laptop(name, path, station_db, world.program_id, clock))
    return world, laptops


@contextmanager
def two_doors(tmp_path: Path) -> Iterator[tuple[World, Laptop, Laptop]]:
    """Door 1 and Door 2 made from one starting database; both closed afterwards."""
    world, (door1, door2) = make_laptops(tmp_path, ["Door 1", "Door 2"])
    try:
        yield world, door1, door2
    finally:
        door1.db.dispose()
        door2.db.dispose()
