"""Reading the scan journal: who stands where, and where each person was last seen.

The journal is append-only. An event counts unless a later voiding event names it; only
accepted and not-expected scans move a person (in or out); a person's standing at a checkpoint
is the direction of their last such event there. Events of one instant are ordered by uuid,
never by row id: row ids differ from laptop to laptop after merges, uuids do not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, bindparam, exists, select
from sqlalchemy.orm import Session, aliased

from sakura_desktop.core.checkin.decision import PRESENCE_DECISIONS
from sakura_desktop.db.enums import Decision, Direction
from sakura_desktop.db.models import CheckinEvent, Participant

# Above this many people, one program-wide window query beats one indexed query per person.
POINT_QUERY_LIMIT = 300

_voiding = aliased(CheckinEvent, name="voiding")


def not_voided() -> ColumnElement[bool]:
    return ~exists().where(_voiding.voids_event_uuid == CheckinEvent.uuid)


def moves_person() -> ColumnElement[bool]:
    return and_(CheckinEvent.decision.in_(PRESENCE_DECISIONS), not_voided())


@dataclass(frozen=True)
class Standing:
    inside: bool
    at: dt.datetime | None  # UTC instant of the last movement, None when never moved here


@dataclass(frozen=True)
class Sighting:
    checkpoint_id: int
    at: dt.datetime  # UTC
    direction: Direction


NEVER = Standing(inside=False, at=None)


# Built once: the scan path runs it in its locked transaction.
_STANDING = (
    select(CheckinEvent.direction, CheckinEvent.occurred_at)
    .where(
        CheckinEvent.checkpoint_id == bindparam("checkpoint"),
        CheckinEvent.participant_id == bindparam("person"),
        moves_person(),
    )
    .order_by(CheckinEvent.occurred_at.desc(), CheckinEvent.uuid.desc())
    .limit(1)
)


def standing(session: Session, checkpoint_id: int, participant_id: int) -> Standing:
    """One person's standing at one checkpoint (an indexed point query)."""
    row = (
        session.connection()
        .execute(_STANDING, {"checkpoint": checkpoint_id, "person": participant_id})
        .one_or_none()
    )
    if row is None:
        return NEVER
    return Standing(row.direction == Direction.IN.value, row.occurred_at)


def standings(session: Session, checkpoint_id: int) -> dict[int, Standing]:
    """Every person who ever moved at this checkpoint, with their standing."""
    rows = session.execute(
        select(CheckinEvent.participant_id, CheckinEvent.direction, CheckinEvent.occurred_at)
        .where(
            CheckinEvent.checkpoint_id == checkpoint_id,
            CheckinEvent.participant_id.is_not(None),
            moves_person(),
        )
        .order_by(CheckinEvent.occurred_at, CheckinEvent.uuid)
    )
    result: dict[int, Standing] = {}
    for pid, direction, at in rows:
        if pid is None:
            continue
        result[pid] = Standing(direction == Direction.IN.value, at)
    return result


def _seen() -> ColumnElement[bool]:
    """A scan that shows the person was physically there (refusals of a known person too)."""
    return and_(
        CheckinEvent.participant_id.is_not(None),
        CheckinEvent.decision != Decision.VOIDED.value,
        not_voided(),
    )


def last_seen_one(session: Session, participant_id: int) -> Sighting | None:
    row = session.execute(
        select(CheckinEvent.checkpoint_id, CheckinEvent.occurred_at, CheckinEvent.direction)
        .where(CheckinEvent.participant_id == participant_id, _seen())
        .order_by(CheckinEvent.occurred_at.desc(), CheckinEvent.uuid.desc())
        .limit(1)
    ).one_or_none()
    if row is None:
        return None
    return Sighting(row.checkpoint_id, row.occurred_at, Direction(row.direction))


def last_seen_all(session: Session, program_id: int) -> dict[int, Sighting]:
    """Where each person of the program was last seen.

    One statement: for each participant, the newest sighting found through the index on
    (participant_id, occurred_at). Several times faster than a window function over the journal.
    """
    latest = (
        select(CheckinEvent.id)
        .where(CheckinEvent.participant_id == Participant.id, _seen())
        .order_by(CheckinEvent.occurred_at.desc(), CheckinEvent.uuid.desc())
        .limit(1)
        .correlate(Participant)
        .scalar_subquery()
    )
    rows = session.connection().execute(
        select(
            Participant.id,
            CheckinEvent.checkpoint_id,
            CheckinEvent.occurred_at,
            CheckinEvent.direction,
        )
        .select_from(Participant)
        .join(CheckinEvent, CheckinEvent.id == latest)
        .where(Participant.program_id == program_id)
    )
    return {
        pid: Sighting(checkpoint_id, _utc(at), Direction(direction))
        for pid, checkpoint_id, at, direction in rows
    }


def _utc(value: dt.datetime | str) -> dt.datetime:
    """Columns of a subquery lose their type on some dialects; bring them back to aware UTC."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def last_seen(session: Session, program_id: int, people: Collection[int]) -> dict[int, Sighting]:
    """Where each of `people` was last seen; people never seen are absent from the result."""
    if len(people) > POINT_QUERY_LIMIT:
        everyone = last_seen_all(session, program_id)
        return {pid: everyone[pid] for pid in people if pid in everyone}
    found = {pid: last_seen_one(session, pid) for pid in people}
    return {pid: sighting for pid, sighting in found.items() if sighting is not None}


def arrived_ids(session: Session, arrival_checkpoint_id: int) -> set[int]:
    """People with a standing entry at the arrival checkpoint."""
    return {pid for pid, s in standings(session, arrival_checkpoint_id).items() if s.inside}


def has_events(session: Session, checkpoint_id: int) -> bool:
    return bool(
        session.scalar(
            select(exists().where(CheckinEvent.checkpoint_id == checkpoint_id, moves_person()))
        )
    )
