"""Writing a database's events of a program to a journal file.

A station's journal in the sync folder holds its own events; a manual export can hold every
station's events this database knows (a coordinator carrying all doors' scans on one stick), or a
segment of sequence numbers. Merging is idempotent, so exporting the same events twice is
harmless.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.sync.journal_file import (
    CheckpointRef,
    JournalHeader,
    JournalRecord,
    ProgramIdentity,
    journal_key,
    station_ranges,
    write_journal,
)
from sakura_desktop.db.badge_secrets import secret_rows, unlock
from sakura_desktop.db.base import utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.models import (
    CheckinEvent,
    Checkpoint,
    Participant,
    Program,
    ScheduleSession,
    Station,
)
from sakura_desktop.errors import NotFoundError, UserError


@dataclass(frozen=True)
class ExportReport:
    path: Path
    events: int
    stations: list[str]  # names of the stations whose events the file holds
    last_seq: dict[str, int]  # station uuid -> the highest sequence number written


def program_identity(session: Session, program_id: int) -> ProgramIdentity:
    row = session.execute(
        select(Program.uuid, Program.code).where(Program.id == program_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(translate("Sync", "No program with id {id}.").format(id=program_id))
    secret = unlock(secret_rows(session, program_id)[0])  # the column holds it locked
    return ProgramIdentity(uuid=row.uuid, code=row.code, key=journal_key(secret))


def collect(
    session: Session,
    program_id: int,
    station_ids: Collection[int] | None,
    from_seq: int = 1,
    to_seq: int | None = None,
) -> tuple[JournalHeader, list[JournalRecord]]:
    """The header and records of the program's events of these stations (None: all), with
    sequence numbers from `from_seq` to `to_seq` inclusive."""
    identity = program_identity(session, program_id)
    query = (
        select(
            CheckinEvent.uuid.label("uuid"),
            Station.uuid.label("station"),
            CheckinEvent.station_seq.label("seq"),
            Participant.uuid.label("participant"),
            Checkpoint.uuid.label("checkpoint"),
            CheckinEvent.direction,
            CheckinEvent.occurred_at,
            CheckinEvent.operator,
            CheckinEvent.method,
            CheckinEvent.decision,
            CheckinEvent.raw_code,
            CheckinEvent.voids_event_uuid.label("voids"),
            CheckinEvent.note,
        )
        .join(Station, Station.id == CheckinEvent.station_id)
        .join(Checkpoint, Checkpoint.id == CheckinEvent.checkpoint_id)
        .outerjoin(Participant, Participant.id == CheckinEvent.participant_id)
        .where(CheckinEvent.program_id == program_id, CheckinEvent.station_seq >= from_seq)
    )
    if station_ids is not None:
        query = query.where(CheckinEvent.station_id.in_(list(station_ids)))
    if to_seq is not None:
        query = query.where(CheckinEvent.station_seq <= to_seq)
    records = [JournalRecord(**row._mapping) for row in session.execute(query)]
    station_names = dict(session.execute(select(Station.uuid, Station.name)).all())
    header = JournalHeader(
        program_uuid=identity.uuid,
        program_code=identity.code,
        written_at=utc_now(),
        stations=tuple(station_ranges(records, station_names)),
        checkpoints=tuple(_checkpoints(session, {r.checkpoint for r in records})),
    )
    return header, records


def _checkpoints(session: Session, uuids: set[str]) -> list[CheckpointRef]:
    if not uuids:
        return []
    rows = session.execute(
        select(
            Checkpoint.uuid,
            Checkpoint.name,
            Checkpoint.kind,
            ScheduleSession.uuid,
            Checkpoint.allows_exit,
        )
        .outerjoin(ScheduleSession, ScheduleSession.id == Checkpoint.session_id)
        .where(Checkpoint.uuid.in_(sorted(uuids)))
        .order_by(Checkpoint.uuid)
    )
    return [
        CheckpointRef(uuid=u, name=n, kind=k, session=s, allows_exit=bool(a))
        for u, n, k, s, a in rows
    ]


def local_station_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Station.id).where(Station.is_local.is_(True))))


def export_journal(
    factory: SessionFactory,
    program_id: int,
    out: Path,
    *,
    everything: bool = False,
    from_seq: int = 1,
    to_seq: int | None = None,
) -> ExportReport:
    """Write this database's own events of the program (with `everything`, every station's
    events it knows) to `out`, atomically and readable by this user only."""
    if from_seq < 1 or (to_seq is not None and to_seq < from_seq):
        raise UserError(
            translate(
                "Sync", "Give a sequence range that starts at 1 or later and does not end first."
            )
        )
    with factory() as session:
        stations = None if everything else local_station_ids(session)
        header, records = collect(session, program_id, stations, from_seq, to_seq)
        key = program_identity(session, program_id).key
    if not out.parent.is_dir():
        raise UserError(
            translate(
                "Sync", "The folder {folder} does not exist; create it or choose another."
            ).format(folder=out.parent)
        )
    write_journal(out, header, records, key)
    return ExportReport(
        path=out,
        events=len(records),
        stations=[s.name for s in header.stations],
        last_seq={s.uuid: s.last_seq for s in header.stations},
    )
