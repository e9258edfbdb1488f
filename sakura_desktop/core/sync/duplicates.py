"""The deterministic reading of merged duplicates: one admission counts, the others are shown.

Two stations that both admitted a person while they were apart each stored an ACCEPTED event;
merging keeps both (never an overwrite). Reading a person's presence events at a checkpoint in
the order (occurred_at, event uuid), which every station agrees on, a presence event that moves
the person in the direction they already stand is a duplicate: the earlier one counted, this one
is kept, marked and shown ("also admitted at Door 2, 10:03"). The person's standing (the
direction of their last presence event, `core.checkin.journal`) is the same either way, so a
duplicate is never counted twice anywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from sakura_desktop.core.checkin.decision import PRESENCE_DECISIONS
from sakura_desktop.core.checkin.journal import not_voided
from sakura_desktop.core.i18n import translate
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Direction
from sakura_desktop.db.models import CheckinEvent, Checkpoint, Participant, Program, Station
from sakura_desktop.errors import NotFoundError

# Up to this many people, their events are fetched by an IN list; beyond, the whole program's.
_POINT_LIMIT = 500


@dataclass(frozen=True)
class DuplicateAdmission:
    """A presence event that did not move the person: another station had already done so."""

    event_uuid: str
    participant_id: int
    person_name: str
    checkpoint_id: int
    checkpoint_name: str
    direction: Direction
    station: str  # the duplicate's station
    at: dt.datetime  # the duplicate's time, in the program's time zone
    counted_event_uuid: str  # the event that moved the person
    counted_station: str
    counted_at: dt.datetime  # program time zone

    @property
    def label(self) -> str:
        """What the screen says beside the person: "also admitted at Door 2, 10:03"."""
        if self.direction is Direction.IN:
            text = translate("SyncDuplicates", "also admitted at {station}, {time}")
        else:
            text = translate("SyncDuplicates", "also checked out at {station}, {time}")
        return text.format(station=self.station, time=f"{self.at:%H:%M}")


class _Presence(NamedTuple):
    """A tuple, not a dataclass: a merge reads every presence event of the people it touched."""

    uuid: str
    checkpoint_id: int
    participant_id: int
    direction: str
    occurred_at: dt.datetime
    station_id: int


@dataclass(frozen=True)
class _Pair:
    duplicate: _Presence
    counted: _Presence


def _presence_rows(
    session: Session,
    program_id: int,
    checkpoint_id: int | None,
    participant_ids: Collection[int] | None = None,
) -> Sequence[tuple[str, int, int | None, str, dt.datetime, int]]:
    query = select(
        CheckinEvent.uuid,
        CheckinEvent.checkpoint_id,
        CheckinEvent.participant_id,
        CheckinEvent.direction,
        CheckinEvent.occurred_at,
        CheckinEvent.station_id,
    ).where(
        CheckinEvent.program_id == program_id,
        CheckinEvent.participant_id.is_not(None),
        CheckinEvent.decision.in_(PRESENCE_DECISIONS),
        not_voided(),
    )
    if checkpoint_id is not None:
        query = query.where(CheckinEvent.checkpoint_id == checkpoint_id)
    if participant_ids is not None and len(participant_ids) <= _POINT_LIMIT:
        query = query.where(CheckinEvent.participant_id.in_(sorted(participant_ids)))
    return session.execute(query).all()


def _order(event: _Presence) -> tuple[int, int, dt.datetime, str]:
    return (event.checkpoint_id, event.participant_id, event.occurred_at, event.uuid)


# A presence event as a merge counts it: (checkpoint, person, time, uuid, direction), in the
# order `count_in` walks them, so that a plain sort of the tuples puts them in that order.
PresenceKey = tuple[int, int, dt.datetime, str, str]


def presence_events(
    session: Session, program_id: int, participant_ids: Collection[int]
) -> list[PresenceKey]:
    """The counted-or-duplicate events of these people, as `count_in` reads them."""
    if not participant_ids:
        return []
    rows = _presence_rows(session, program_id, None, participant_ids)
    return [
        (cp, pid, at, uuid, direction)
        for uuid, cp, pid, direction, at, _station in rows
        if pid is not None and pid in participant_ids
    ]


def count_in(events: Iterable[PresenceKey]) -> int:
    """How many duplicates these presence events hold (none voided), read as `_pairs` does: an
    event in the direction of the one before it (same checkpoint and person) is a duplicate."""
    count = 0
    key: tuple[int, int] | None = None
    direction: str | None = None
    for cp, pid, _at, _uuid, moved in sorted(events):  # tuples: no key function to call
        if (cp, pid) != key:
            key, direction = (cp, pid), None
        if direction is not None and moved == direction:
            count += 1
        else:
            direction = moved
    return count


def _pairs(
    session: Session,
    program_id: int,
    checkpoint_id: int | None,
    participant_ids: Collection[int] | None = None,
) -> list[_Pair]:
    """Every duplicate with the event that counted, walking each person's presence events in
    (occurred_at, uuid) order: an event in the direction of the last counted one is a duplicate
    and does not change the standing."""
    rows = _presence_rows(session, program_id, checkpoint_id, participant_ids)
    events = [
        _Presence._make(row)
        for row in rows
        if row[2] is not None and (participant_ids is None or row[2] in participant_ids)
    ]
    events.sort(key=_order)
    pairs: list[_Pair] = []
    key: tuple[int, int] | None = None
    counted: _Presence | None = None
    for event in events:
        if (event.checkpoint_id, event.participant_id) != key:
            key, counted = (event.checkpoint_id, event.participant_id), None
        if counted is not None and event.direction == counted.direction:
            pairs.append(_Pair(event, counted))
        else:
            counted = event
    return pairs


def duplicate_uuids(session: Session, program_id: int) -> set[str]:
    """The event uuids of every duplicate in the program (for counts and tests)."""
    return {pair.duplicate.uuid for pair in _pairs(session, program_id, None)}


def count_duplicates(
    session: Session, program_id: int, participant_ids: Collection[int] | None = None
) -> int:
    """How many duplicates the program holds (of these people only, when given)."""
    if participant_ids is not None and not participant_ids:
        return 0
    return len(_pairs(session, program_id, None, participant_ids))


@contextmanager
def _reading(source: Session | SessionFactory) -> Iterator[Session]:
    if isinstance(source, Session):
        yield source
        return
    with source() as session:
        yield session


def duplicate_admissions(
    source: Session | SessionFactory, program_id: int, checkpoint_id: int | None = None
) -> list[DuplicateAdmission]:
    """Every duplicate admission (or check-out) of the program, or of one checkpoint, oldest
    first, each with the station and time of the admission that counted."""
    with _reading(source) as session:
        timezone = session.scalar(select(Program.timezone).where(Program.id == program_id))
        if timezone is None:
            raise NotFoundError(translate("Sync", "No program with id {id}.").format(id=program_id))
        pairs = _pairs(session, program_id, checkpoint_id)
        if not pairs:
            return []
        stations = dict(session.execute(select(Station.id, Station.name)).all())
        checkpoints = dict(
            session.execute(
                select(Checkpoint.id, Checkpoint.name).where(Checkpoint.program_id == program_id)
            ).all()
        )
        people = participant_names(session, {pair.duplicate.participant_id for pair in pairs})
    admissions = [
        DuplicateAdmission(
            event_uuid=pair.duplicate.uuid,
            participant_id=pair.duplicate.participant_id,
            person_name=people.get(pair.duplicate.participant_id, "?"),
            checkpoint_id=pair.duplicate.checkpoint_id,
            checkpoint_name=checkpoints.get(pair.duplicate.checkpoint_id, "?"),
            direction=Direction(pair.duplicate.direction),
            station=stations.get(pair.duplicate.station_id, "?"),
            at=local(pair.duplicate.occurred_at, timezone),
            counted_event_uuid=pair.counted.uuid,
            counted_station=stations.get(pair.counted.station_id, "?"),
            counted_at=local(pair.counted.occurred_at, timezone),
        )
        for pair in pairs
    ]
    admissions.sort(key=lambda d: (d.at, d.event_uuid))
    return admissions


def participant_names(session: Session, ids: set[int]) -> dict[int, str]:
    """The name each person goes by ("Grace CHEN"), in batches of 500 ids."""
    names: dict[int, str] = {}
    wanted = sorted(ids)
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(
                Participant.id,
                Participant.preferred_name,
                Participant.given_name,
                Participant.family_name,
            ).where(Participant.id.in_(wanted[start : start + 500]))
        )
        for pid, preferred, given, family in rows:
            names[pid] = f"{preferred or given} {family}".strip()
    return names
