"""Checkpoints (arrival, sessions, bus transfers, roll calls) and who is expected at each.

Rules:

* `ensure_checkpoints` creates the program's arrival checkpoint ("Arrival", entry only) and
  one checkpoint per session ("<title>, <Mon 13 Jul 09:00>"), except free time. A transfer's
  checkpoint allows exit (board the bus, get off); the others are entry only. It is idempotent:
  run it again after the schedule grows.
* Active people are those neither withdrawn nor departed.
* Arrival expects every active person.
* A session expects its audience among active people: everyone when `for_everyone`, else the
  union of its teams' members, its delegations' members and its named participants; and of
  those only people whose stay covers the session (arrival before it ends, departure after it
  starts, where the roster gives them), so a laureate who comes for one day is not "missing" at
  Monday's breakfast.
* A roll call expects everyone present in the program: active people who have arrived (status
  "arrived", or a standing entry at the arrival checkpoint). While nobody has arrived by either
  measure (the arrival checkpoint is not used), it expects every active person.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sakura_desktop.core.checkin import journal
from sakura_desktop.core.checkin.decision import CheckpointFacts
from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.core.schedule.day_text import day_label
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import CheckpointKind, ParticipantStatus, SessionKind
from sakura_desktop.db.models import (
    Checkpoint,
    Participant,
    Program,
    ScheduleSession,
    SessionAudience,
    TeamMembership,
)
from sakura_desktop.errors import NotFoundError, UserError

ARRIVAL_NAME = QT_TRANSLATE_NOOP("Checkpoints", "Arrival")
ACTIVE_STATUSES = (ParticipantStatus.REGISTERED.value, ParticipantStatus.ARRIVED.value)
NO_CHECKPOINT_KINDS = frozenset({SessionKind.FREE_TIME.value})
NAME_MAX = 200


@dataclass(frozen=True)
class CheckpointInfo:
    id: int
    program_id: int
    uuid: str
    name: str
    kind: CheckpointKind
    allows_exit: bool
    session_id: int | None
    starts: dt.datetime | None  # the session's start in the program's time zone
    expected: int | None = None  # filled by list_checkpoints(with_counts=True)

    @property
    def facts(self) -> CheckpointFacts:
        return CheckpointFacts(
            self.id, self.program_id, self.name, self.kind, self.allows_exit, self.session_id
        )


@dataclass(frozen=True)
class Audience:
    """A session's audience as stored: who it is for, before expanding to people."""

    everyone: bool
    team_ids: frozenset[int] = frozenset()
    delegation_ids: frozenset[int] = frozenset()
    participant_ids: frozenset[int] = frozenset()
    # The session's times: people whose stay does not cover them are not expected.
    start: dt.datetime | None = None
    end: dt.datetime | None = None

    def includes(
        self, participant_id: int, delegation_id: int | None, teams: Iterable[int]
    ) -> bool:
        return (
            self.everyone
            or participant_id in self.participant_ids
            or (delegation_id is not None and delegation_id in self.delegation_ids)
            or not self.team_ids.isdisjoint(teams)
        )


EVERYONE = Audience(everyone=True)


def stay_covers(
    arrival: dt.datetime | None, departure: dt.datetime | None, audience: Audience
) -> bool:
    """Whether someone staying from `arrival` to `departure` is there during the session."""
    if audience.start is None or audience.end is None:
        return True
    return (arrival is None or arrival < audience.end) and (
        departure is None or departure > audience.start
    )


# --- reading ----------------------------------------------------------------------------------


def _program_timezone(session: Session, program_id: int) -> str:
    timezone = session.scalar(select(Program.timezone).where(Program.id == program_id))
    if timezone is None:
        raise NotFoundError(
            translate("CheckinCheckpoints", "No program with id {id}.").format(id=program_id)
        )
    return timezone


def _info_rows(
    session: Session, program_id: int, where: ColumnElement[bool] | None = None
) -> list[CheckpointInfo]:
    timezone = _program_timezone(session, program_id)
    query = (
        select(Checkpoint, ScheduleSession.start_at)
        .outerjoin(ScheduleSession, ScheduleSession.id == Checkpoint.session_id)
        .where(Checkpoint.program_id == program_id)
    )
    if where is not None:
        query = query.where(where)
    rows = session.execute(query).all()
    infos = [
        CheckpointInfo(
            id=cp.id,
            program_id=cp.program_id,
            uuid=cp.uuid,
            name=cp.name,
            kind=CheckpointKind(cp.kind),
            allows_exit=cp.allows_exit,
            session_id=cp.session_id,
            starts=local(start, timezone) if start is not None else None,
        )
        for cp, start in rows
    ]
    return sorted(infos, key=_order)


def _order(info: CheckpointInfo) -> tuple[int, dt.datetime, str]:
    rank = 0 if info.kind is CheckpointKind.ARRIVAL else 1
    when = info.starts or dt.datetime.max.replace(tzinfo=dt.UTC)
    return rank, when, info.name


def list_checkpoints(
    factory: SessionFactory, program_id: int, *, with_counts: bool = False
) -> list[CheckpointInfo]:
    """The program's checkpoints: arrival first, then sessions in time order, then roll calls."""
    with factory() as session:
        infos = _info_rows(session, program_id)
        if not with_counts:
            return infos
        return [_with_count(session, info) for info in infos]


def _with_count(session: Session, info: CheckpointInfo) -> CheckpointInfo:
    count = len(expected_ids(session, info.facts))
    return dataclasses.replace(info, expected=count)


def get_checkpoint(factory: SessionFactory, checkpoint_id: int) -> CheckpointInfo:
    with factory() as session:
        facts = checkpoint_facts(session, checkpoint_id)
        return _info_rows(session, facts.program_id, Checkpoint.id == checkpoint_id)[0]


def checkpoint_facts(session: Session, checkpoint_id: int) -> CheckpointFacts:
    cp = session.get(Checkpoint, checkpoint_id)
    if cp is None:
        raise NotFoundError(
            translate("CheckinCheckpoints", "No checkpoint with id {id}.").format(id=checkpoint_id)
        )
    return CheckpointFacts(
        cp.id, cp.program_id, cp.name, CheckpointKind(cp.kind), cp.allows_exit, cp.session_id
    )


def resolve_checkpoint(factory: SessionFactory, program_id: int, id_or_name: str) -> CheckpointInfo:
    """A checkpoint named by id, by exact name (any case), or by a part of its name that only
    one checkpoint contains."""
    infos = list_checkpoints(factory, program_id)
    wanted = id_or_name.strip().casefold()
    for rule in (
        lambda i: str(i.id) == wanted,
        lambda i: i.name.casefold() == wanted,
    ):
        found = [info for info in infos if rule(info)]
        if found:
            return found[0]
    partial = [info for info in infos if wanted and wanted in info.name.casefold()]
    if len(partial) == 1:
        return partial[0]
    if partial:
        names = "; ".join(info.name for info in partial[:5])
        raise UserError(
            translate(
                "CheckinCheckpoints",
                "{wanted} matches several checkpoints ({names}); be more precise.",
            ).format(wanted=repr(id_or_name), names=names)
        )
    raise NotFoundError(
        translate(
            "CheckinCheckpoints",
            "No checkpoint {wanted} in this program; list them with `sakura-desktop checkpoints`.",
        ).format(wanted=repr(id_or_name))
    )


# --- expected audience ------------------------------------------------------------------------


def load_audience(session: Session, session_id: int) -> Audience:
    everyone, start, end = session.execute(
        select(
            ScheduleSession.for_everyone, ScheduleSession.start_at, ScheduleSession.end_at
        ).where(ScheduleSession.id == session_id)
    ).one()
    if everyone:
        return dataclasses.replace(EVERYONE, start=start, end=end)
    rows = session.execute(
        select(
            SessionAudience.team_id, SessionAudience.delegation_id, SessionAudience.participant_id
        ).where(SessionAudience.session_id == session_id)
    ).all()
    return Audience(
        everyone=False,
        team_ids=frozenset(r.team_id for r in rows if r.team_id is not None),
        delegation_ids=frozenset(r.delegation_id for r in rows if r.delegation_id is not None),
        participant_ids=frozenset(r.participant_id for r in rows if r.participant_id is not None),
        start=start,
        end=end,
    )


def _away_ids(session: Session, program_id: int, audience: Audience) -> set[int]:
    """People whose stay (arrival, departure) does not cover the session."""
    if audience.start is None or audience.end is None:
        return set()
    return set(
        session.scalars(
            select(Participant.id).where(
                Participant.program_id == program_id,
                (Participant.arrival_at >= audience.end)
                | (Participant.departure_at <= audience.start),
            )
        )
    )


def arrival_checkpoint_id(session: Session, program_id: int) -> int | None:
    return session.scalar(
        select(Checkpoint.id).where(
            Checkpoint.program_id == program_id, Checkpoint.kind == CheckpointKind.ARRIVAL.value
        )
    )


def _active_ids(session: Session, program_id: int) -> set[int]:
    return set(
        session.scalars(
            select(Participant.id).where(
                Participant.program_id == program_id, Participant.status.in_(ACTIVE_STATUSES)
            )
        )
    )


def _arrived_ids(session: Session, program_id: int) -> set[int] | None:
    """People known to have arrived, or None when arrival is not tracked at all."""
    by_status = set(
        session.scalars(
            select(Participant.id).where(
                Participant.program_id == program_id,
                Participant.status == ParticipantStatus.ARRIVED.value,
            )
        )
    )
    arrival = arrival_checkpoint_id(session, program_id)
    scanned = journal.arrived_ids(session, arrival) if arrival is not None else set()
    arrived = by_status | scanned
    return arrived or None


def _audience_ids(session: Session, program_id: int, audience: Audience) -> set[int]:
    ids = set(audience.participant_ids)
    if audience.delegation_ids:
        ids.update(
            session.scalars(
                select(Participant.id).where(
                    Participant.program_id == program_id,
                    Participant.delegation_id.in_(audience.delegation_ids),
                )
            )
        )
    if audience.team_ids:
        ids.update(
            session.scalars(
                select(TeamMembership.participant_id).where(
                    TeamMembership.team_id.in_(audience.team_ids)
                )
            )
        )
    return ids


def expected_ids(session: Session, facts: CheckpointFacts) -> set[int]:
    """The ids of everyone expected at the checkpoint (see the module docstring)."""
    active = _active_ids(session, facts.program_id)
    if facts.kind is CheckpointKind.ROLL_CALL:
        arrived = _arrived_ids(session, facts.program_id)
        return active if arrived is None else active & arrived
    if facts.session_id is None:
        return active
    audience = load_audience(session, facts.session_id)
    present = active - _away_ids(session, facts.program_id, audience)
    if audience.everyone:
        return present
    return present & _audience_ids(session, facts.program_id, audience)


def arrival_tracked(session: Session, program_id: int) -> bool:
    """Whether anybody has arrived (by status or by a scan at the arrival checkpoint)."""
    by_status = session.scalar(
        select(
            exists().where(
                Participant.program_id == program_id,
                Participant.status == ParticipantStatus.ARRIVED.value,
            )
        )
    )
    if by_status:
        return True
    arrival = arrival_checkpoint_id(session, program_id)
    return arrival is not None and journal.has_events(session, arrival)


# --- creating ---------------------------------------------------------------------------------


def unique_checkpoint_name(wanted: str, taken: set[str]) -> str:
    """`wanted`, or "wanted (2)", "(3)" ... when taken (`taken` holds casefolded names and
    gains the one returned)."""
    name = wanted[:NAME_MAX]
    number = 2
    while name.casefold() in taken:
        suffix = f" ({number})"
        name = wanted[: NAME_MAX - len(suffix)] + suffix
        number += 1
    taken.add(name.casefold())
    return name


def session_checkpoint_name(title: str, start: dt.datetime) -> str:
    """'Welcome lecture, Mon 13 Jul 10:00' in the language of the window that creates it: the
    name is stored, and shown as stored at every station, like a name a coordinator typed."""
    return translate("Checkpoints", "{title}, {day} {time}").format(
        title=title, day=day_label(start), time=f"{start:%H:%M}"
    )


def ensure_checkpoints(factory: SessionFactory, program_id: int) -> list[CheckpointInfo]:
    """Create the arrival checkpoint and one per session where missing; return all of them."""
    with factory.begin() as session:
        timezone = _program_timezone(session, program_id)
        taken = {
            name.casefold()
            for name in session.scalars(
                select(Checkpoint.name).where(Checkpoint.program_id == program_id)
            )
        }
        if arrival_checkpoint_id(session, program_id) is None:
            session.add(
                Checkpoint(
                    program_id=program_id,
                    name=unique_checkpoint_name(translate("Checkpoints", ARRIVAL_NAME), taken),
                    kind=CheckpointKind.ARRIVAL.value,
                    allows_exit=False,
                )
            )
        for row in _sessions_without_checkpoint(session, program_id):
            is_transfer = row.kind == SessionKind.TRANSFER.value
            name = session_checkpoint_name(row.title, local(row.start_at, timezone))
            session.add(
                Checkpoint(
                    program_id=program_id,
                    name=unique_checkpoint_name(name, taken),
                    kind=(CheckpointKind.TRANSFER if is_transfer else CheckpointKind.SESSION).value,
                    session_id=row.id,
                    allows_exit=is_transfer,
                )
            )
    return list_checkpoints(factory, program_id)


def _sessions_without_checkpoint(session: Session, program_id: int) -> list[ScheduleSession]:
    has_checkpoint = exists().where(Checkpoint.session_id == ScheduleSession.id)
    return list(
        session.scalars(
            select(ScheduleSession)
            .where(
                ScheduleSession.program_id == program_id,
                ScheduleSession.kind.not_in(NO_CHECKPOINT_KINDS),
                ~has_checkpoint,
            )
            .order_by(ScheduleSession.start_at, ScheduleSession.id)
        )
    )


def create_roll_call(
    factory: SessionFactory, program_id: int, name: str, *, allows_exit: bool = False
) -> CheckpointInfo:
    """An ad-hoc roll call ("Dinner 19:00") that expects everyone present in the program."""
    name = " ".join(name.split())
    if not name:
        raise UserError(
            translate(
                "CheckinCheckpoints", "Give the roll call a name, for example 'Dinner 19:00'."
            )
        )
    if len(name) > NAME_MAX:
        raise UserError(
            translate(
                "CheckinCheckpoints", "A checkpoint name has at most {count} characters."
            ).format(count=NAME_MAX)
        )
    with factory.begin() as session:
        _program_timezone(session, program_id)
        checkpoint = Checkpoint(
            program_id=program_id,
            name=name,
            kind=CheckpointKind.ROLL_CALL.value,
            allows_exit=allows_exit,
        )
        session.add(checkpoint)
        try:
            session.flush()
        except IntegrityError as exc:
            raise UserError(
                translate(
                    "CheckinCheckpoints",
                    "A checkpoint named {name} already exists in this program; "
                    "choose another name.",
                ).format(name=repr(name))
            ) from exc
        checkpoint_id = checkpoint.id
    return get_checkpoint(factory, checkpoint_id)


def count_checkpoints(factory: SessionFactory, program_id: int) -> int:
    with factory() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Checkpoint)
                .where(Checkpoint.program_id == program_id)
            )
            or 0
        )
