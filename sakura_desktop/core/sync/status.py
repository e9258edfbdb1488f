"""Where this station stands in the exchange: stations seen, scans not yet exported, duplicates.

Read-only; one short session. Times are in the program's time zone, as the screens show them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.sync.duplicates import count_duplicates
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.models import CheckinEvent, Program, Station
from sakura_desktop.errors import NotFoundError


@dataclass(frozen=True)
class StationSeen:
    uuid: str
    name: str
    is_local: bool  # this database recorded its scans
    events: int  # its events in this program, as far as this database knows
    last_event_at: dt.datetime | None  # its newest event we hold (program time zone)
    last_merged_at: dt.datetime | None  # when its journal was last merged here


@dataclass(frozen=True)
class SyncStatus:
    stations: list[StationSeen]  # local ones first, then by name
    not_exported: int  # this database's own scans not yet written to the sync folder
    duplicates: int  # admissions kept as duplicates (another station had counted the person)
    last_merge_at: dt.datetime | None  # the newest merge of any station's journal

    @property
    def others(self) -> list[StationSeen]:
        return [station for station in self.stations if not station.is_local]


def _timezone(session: Session, program_id: int) -> str:
    timezone = session.scalar(select(Program.timezone).where(Program.id == program_id))
    if timezone is None:
        raise NotFoundError(translate("Sync", "No program with id {id}.").format(id=program_id))
    return timezone


def _when(instant: dt.datetime | None, timezone: str) -> dt.datetime | None:
    if instant is None:
        return None
    if instant.tzinfo is None:  # an aggregate loses the column type on SQLite
        instant = instant.replace(tzinfo=dt.UTC)
    return local(instant, timezone)


def _aware(value: dt.datetime | str | None) -> dt.datetime | None:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value


def stations_seen(session: Session, program_id: int, timezone: str) -> list[StationSeen]:
    counts = (
        select(
            CheckinEvent.station_id.label("station_id"),
            func.count().label("events"),
            func.max(CheckinEvent.occurred_at).label("last_at"),
        )
        .where(CheckinEvent.program_id == program_id)
        .group_by(CheckinEvent.station_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Station.uuid,
            Station.name,
            Station.is_local,
            Station.last_merged_at,
            counts.c.events,
            counts.c.last_at,
        )
        .outerjoin(counts, counts.c.station_id == Station.id)
        .where((counts.c.events.is_not(None)) | Station.is_local.is_(True))
    ).all()
    seen = [
        StationSeen(
            uuid=row.uuid,
            name=row.name,
            is_local=bool(row.is_local),
            events=int(row.events or 0),
            last_event_at=_when(_aware(row.last_at), timezone),
            last_merged_at=_when(row.last_merged_at, timezone),
        )
        for row in rows
    ]
    seen.sort(key=lambda s: (not s.is_local, s.name.casefold(), s.uuid))
    return seen


def not_exported(session: Session, program_id: int) -> int:
    """This database's own events of the program that the sync folder does not hold yet."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(CheckinEvent)
            .join(Station, Station.id == CheckinEvent.station_id)
            .where(
                CheckinEvent.program_id == program_id,
                Station.is_local.is_(True),
                CheckinEvent.station_seq > Station.exported_seq,
            )
        )
        or 0
    )


def sync_status(factory: SessionFactory, program_id: int) -> SyncStatus:
    with factory() as session:
        timezone = _timezone(session, program_id)
        stations = stations_seen(session, program_id, timezone)
        pending = not_exported(session, program_id)
        duplicates = count_duplicates(session, program_id)
    merges = [s.last_merged_at for s in stations if s.last_merged_at is not None]
    return SyncStatus(
        stations=stations,
        not_exported=pending,
        duplicates=duplicates,
        last_merge_at=max(merges) if merges else None,
    )
