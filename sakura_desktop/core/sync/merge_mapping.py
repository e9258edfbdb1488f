"""The journal's stations, checkpoints and people as this database's ids: found by uuid (and
checkpoints by session, kind and name), created when unknown and allowed to be."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from sakura_desktop.core.checkin.checkpoints import unique_checkpoint_name
from sakura_desktop.core.i18n import translate
from sakura_desktop.core.sync.journal_file import CheckpointRef, StationRange
from sakura_desktop.db.base import new_uuid, utc_now
from sakura_desktop.db.enums import CheckpointKind
from sakura_desktop.db.models import Checkpoint, Participant, ScheduleSession, Station

SESSION_KINDS = (CheckpointKind.SESSION.value, CheckpointKind.TRANSFER.value)


def map_stations(session: Session, ranges: Sequence[StationRange]) -> dict[str, int]:
    """Station ids by uuid; unknown stations are created (not local), renamed ones renamed."""
    ids: dict[str, int] = {}
    for station in ranges:
        row = session.execute(
            select(Station.id, Station.name, Station.is_local).where(Station.uuid == station.uuid)
        ).one_or_none()
        name = station.name.strip()[:100] or translate("Stations", "Unnamed station")
        if row is None:
            ids[station.uuid] = session.execute(
                insert(Station)
                .values(uuid=station.uuid, name=name, is_local=False, last_seq=0)
                .returning(Station.id)
            ).scalar_one()
            continue
        ids[station.uuid] = row.id
        if not row.is_local and row.name != name:  # renamed in its Settings
            session.execute(update(Station).where(Station.id == row.id).values(name=name))
    return ids


def map_checkpoints(
    session: Session, program_id: int, refs: Sequence[CheckpointRef]
) -> dict[str, int | None]:
    """Checkpoint ids by the journal's uuid; None for a session's checkpoint whose session is
    not known here."""
    ours = session.execute(
        select(
            Checkpoint.id,
            Checkpoint.uuid,
            Checkpoint.name,
            Checkpoint.kind,
            Checkpoint.session_id,
        ).where(Checkpoint.program_id == program_id)
    ).all()
    by_uuid = {row.uuid: row.id for row in ours}
    by_session = {row.session_id: row.id for row in ours if row.session_id is not None}
    by_name = {(row.kind, row.name.casefold()): row.id for row in ours}
    arrival = next((row.id for row in ours if row.kind == CheckpointKind.ARRIVAL.value), None)
    taken = {row.name.casefold() for row in ours}
    sessions = dict(
        session.execute(
            select(ScheduleSession.uuid, ScheduleSession.id).where(
                ScheduleSession.program_id == program_id
            )
        ).all()
    )
    mapping: dict[str, int | None] = {}
    for ref in refs:
        session_id = sessions.get(ref.session) if ref.session else None
        found = by_uuid.get(ref.uuid)
        if found is None and session_id is not None:
            found = by_session.get(session_id)
        if found is None and ref.kind == CheckpointKind.ARRIVAL.value:
            found = arrival
        if found is None:
            found = by_name.get((ref.kind, ref.name.casefold()))
        if found is None:
            found = _create_checkpoint(session, program_id, ref, session_id, taken)
            if found is not None and session_id is not None:
                by_session[session_id] = found
            if found is not None and ref.kind == CheckpointKind.ARRIVAL.value:
                arrival = found
        mapping[ref.uuid] = found
    return mapping


def _create_checkpoint(
    session: Session,
    program_id: int,
    ref: CheckpointRef,
    session_id: int | None,
    taken: set[str],
) -> int | None:
    if (ref.kind in SESSION_KINDS) != (session_id is not None):
        return None  # a session this database does not have (an older station package)
    exists = session.scalar(select(Checkpoint.id).where(Checkpoint.uuid == ref.uuid))
    return int(
        session.execute(
            insert(Checkpoint)
            .values(
                uuid=new_uuid() if exists is not None else ref.uuid,
                program_id=program_id,
                name=unique_checkpoint_name(ref.name, taken),
                kind=ref.kind,
                session_id=session_id,
                allows_exit=ref.allows_exit,
                created_at=utc_now(),
            )
            .returning(Checkpoint.id)
        ).scalar_one()
    )


def map_people(session: Session, program_id: int, uuids: set[str]) -> dict[str, int]:
    """The program's participant ids by uuid (none to look up when no record names anyone)."""
    if not uuids:
        return {}
    query = select(Participant.uuid, Participant.id).where(Participant.program_id == program_id)
    return dict(session.connection().execute(query).all())  # Core rows, not ORM ones
