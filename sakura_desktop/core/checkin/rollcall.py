"""The emergency roll call: is everyone on site accounted for, right now?

One action starts it at every station at once: a roll-call checkpoint and an 'opened' entry in
the journal, which reaches the other stations through the shared server at once, or through the
sync folder at their next merge. People are then scanned (or checked in by name) at it like at
any checkpoint. The missing list puts minors first, with where each was last seen and whom to
call (the delegation's leader and their phone).

A roll call cannot be closed while anyone is unaccounted for unless a reason is typed in; the
reason is kept in the journal (the 'closed' entry's note). Closing is decided under the same
lock as a scan, so two stations closing at once write one closing entry.

Who is expected: everyone the roll-call checkpoint expects (active people who have arrived, see
`checkpoints`) whose stay, where the roster gives it, covers the moment the roll call opened.
Outside the program's dates a roll call is a rehearsal and travel dates are not looked at.
Minors are people under 18 on the day of the roll call; a student whose date of birth is not
known counts as a minor (looking for them first is the safe mistake).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from sakura_desktop.core.checkin.checkpoints import unique_checkpoint_name
from sakura_desktop.core.checkin.desk import Clock, record_event, station_id
from sakura_desktop.core.checkin.people import PersonCard
from sakura_desktop.core.checkin.reports import LastSeen, headcount, program_timezone
from sakura_desktop.core.i18n import translate
from sakura_desktop.core.schedule.day_text import weekday_label
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.base import new_uuid, utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import CheckpointKind, Decision, Direction, Role, ScanMethod
from sakura_desktop.db.locking import lock_standing, run_locked
from sakura_desktop.db.models import CheckinEvent, Checkpoint, Participant, Program, Station
from sakura_desktop.errors import NotFoundError, UserError

ADULT_AGE = 18
EMERGENCY_NOTE = "emergency roll call"
# lock_standing's key for decisions about the roll call itself (no participant id is 0).
_WHOLE_ROLL_CALL = 0


@dataclass(frozen=True)
class RollCall:
    checkpoint_id: int
    name: str
    opened_at: dt.datetime  # program time zone
    opened_by: str  # station name
    closed_at: dt.datetime | None
    closed_by: str
    close_reason: str

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class Unaccounted:
    person: PersonCard
    minor: bool
    age: int | None  # on the day of the roll call; None when the birth date is not known
    last_seen: LastSeen | None
    call: str  # the delegation's leader (or teachers) with their phone


@dataclass(frozen=True)
class RollCallState:
    roll_call: RollCall
    expected: int
    accounted: int  # expected people scanned in at the roll call
    unaccounted: list[Unaccounted]  # minors first, then delegation, name
    as_of: dt.datetime  # program time zone

    def unaccounted_for(self, now: dt.datetime) -> dt.timedelta:
        """How long the people still missing have been unaccounted for (since the start)."""
        return max(dt.timedelta(0), now - self.roll_call.opened_at)


@dataclass(frozen=True)
class _Contact:
    participant_id: int
    name: str
    phone: str


# --- starting and closing -----------------------------------------------------------------------


def start_roll_call(
    factory: SessionFactory,
    program_id: int,
    *,
    station_name: str,
    station_uuid: str | None = None,
    operator: str = "",
    now: Clock = utc_now,
) -> RollCall:
    """Open a roll call of everyone on site now ("Roll call Tue 10:42"), at every station."""
    station_name = _station_name(station_name)

    def open_it(session: Session) -> int:
        timezone = program_timezone(session, program_id)
        opened = now()
        name = _unique_name(session, program_id, roll_call_name(local(opened, timezone)))
        checkpoint_id = session.execute(
            insert(Checkpoint)
            .values(
                uuid=new_uuid(),
                program_id=program_id,
                name=name,
                kind=CheckpointKind.ROLL_CALL.value,
                allows_exit=False,
                created_at=opened,
            )
            .returning(Checkpoint.id)
        ).scalar_one()
        _write_entry(
            session,
            program_id,
            checkpoint_id,
            Decision.OPENED,
            station_name,
            station_uuid,
            operator,
            opened,
            EMERGENCY_NOTE,
        )
        return int(checkpoint_id)

    checkpoint_id = run_locked(factory, open_it, what="start the roll call")
    return get_roll_call(factory, checkpoint_id)


def close_roll_call(
    factory: SessionFactory,
    checkpoint_id: int,
    *,
    reason: str,
    station_name: str,
    station_uuid: str | None = None,
    operator: str = "",
    now: Clock = utc_now,
) -> RollCall:
    """Close a roll call; a reason is required while anyone is still unaccounted for."""
    station_name = _station_name(station_name)
    reason = " ".join(reason.split())

    def close_it(session: Session) -> None:
        lock_standing(session, checkpoint_id, _WHOLE_ROLL_CALL)
        call = _roll_call(session, checkpoint_id)
        if not call.is_open:
            assert call.closed_at is not None
            raise UserError(
                translate("RollCall", "{name} was already closed at {time} by {station}.").format(
                    name=call.name, time=f"{call.closed_at:%H:%M}", station=call.closed_by
                )
            )
        missing = len(_state(session, factory, call, now).unaccounted)
        if missing and not reason:
            raise UserError(_why_close(missing))
        program_id = session.scalar(
            select(Checkpoint.program_id).where(Checkpoint.id == checkpoint_id)
        )
        assert program_id is not None
        _write_entry(
            session,
            program_id,
            checkpoint_id,
            Decision.CLOSED,
            station_name,
            station_uuid,
            operator,
            now(),
            reason,
        )

    run_locked(factory, close_it, what="close the roll call")
    return get_roll_call(factory, checkpoint_id)


def _why_close(missing: int) -> str:
    if missing == 1:
        return translate(
            "RollCall",
            "1 person is still unaccounted for. Type why you are closing the roll call anyway "
            "(for example 'Minji is with the nurse'); the reason is kept.",
        )
    return translate(
        "RollCall",
        "{count} people are still unaccounted for. Type why you are closing the roll call "
        "anyway (for example 'Minji is with the nurse'); the reason is kept.",
    ).format(count=missing)


def _station_name(name: str) -> str:
    name = name.strip()[:100]
    if not name:
        raise UserError(
            translate("RollCall", "Name this station (for example 'Main door') in Settings first.")
        )
    return name


def _write_entry(
    session: Session,
    program_id: int,
    checkpoint_id: int,
    decision: Decision,
    station_name: str,
    station_uuid: str | None,
    operator: str,
    at: dt.datetime,
    note: str,
) -> None:
    record_event(
        session,
        station_id(session, station_name, station_uuid),
        uuid=new_uuid(),
        program_id=program_id,
        participant_id=None,
        checkpoint_id=checkpoint_id,
        direction=Direction.IN.value,
        occurred_at=at,
        operator=operator.strip()[:100],
        method=ScanMethod.MANUAL.value,
        decision=decision.value,
        note=note,
    )


def roll_call_name(opened: dt.datetime) -> str:
    """'Roll call Tue 10:42' in the language of the window that starts it (stored as typed)."""
    return translate("RollCall", "Roll call {weekday} {time}").format(
        weekday=weekday_label(opened), time=f"{opened:%H:%M}"
    )


def _unique_name(session: Session, program_id: int, wanted: str) -> str:
    names = session.scalars(select(Checkpoint.name).where(Checkpoint.program_id == program_id))
    return unique_checkpoint_name(wanted, {name.casefold() for name in names})


# --- reading ------------------------------------------------------------------------------------


def roll_calls(factory: SessionFactory, program_id: int) -> list[RollCall]:
    """Every roll call started with 'Roll call now' (here or at another station), newest first."""
    with factory() as session:
        ids = session.scalars(
            select(CheckinEvent.checkpoint_id)
            .where(
                CheckinEvent.program_id == program_id,
                CheckinEvent.decision == Decision.OPENED.value,
            )
            .order_by(CheckinEvent.occurred_at.desc(), CheckinEvent.id.desc())
        ).all()
        return [_roll_call(session, checkpoint_id) for checkpoint_id in dict.fromkeys(ids)]


def open_roll_calls(factory: SessionFactory, program_id: int) -> list[RollCall]:
    return [call for call in roll_calls(factory, program_id) if call.is_open]


def get_roll_call(factory: SessionFactory, checkpoint_id: int) -> RollCall:
    with factory() as session:
        return _roll_call(session, checkpoint_id)


def _roll_call(session: Session, checkpoint_id: int) -> RollCall:
    """A roll call read from its journal entries: the first opening and the first closing
    count (two stations may each have closed it while apart)."""
    checkpoint = session.execute(
        select(Checkpoint.name, Checkpoint.program_id).where(Checkpoint.id == checkpoint_id)
    ).one_or_none()
    if checkpoint is None:
        raise NotFoundError(
            translate("RollCall", "No checkpoint with id {id}.").format(id=checkpoint_id)
        )
    timezone = program_timezone(session, checkpoint.program_id)
    entries = session.execute(
        select(CheckinEvent.decision, CheckinEvent.occurred_at, Station.name, CheckinEvent.note)
        .join(Station, Station.id == CheckinEvent.station_id)
        .where(
            CheckinEvent.checkpoint_id == checkpoint_id,
            CheckinEvent.decision.in_((Decision.OPENED.value, Decision.CLOSED.value)),
        )
        .order_by(CheckinEvent.occurred_at, CheckinEvent.uuid)
    ).all()
    opening = next((e for e in entries if e.decision == Decision.OPENED.value), None)
    closing = next((e for e in entries if e.decision == Decision.CLOSED.value), None)
    if opening is None:
        raise UserError(
            translate("RollCall", "{name} is not a roll call started with 'Roll call now'.").format(
                name=checkpoint.name
            )
        )
    return RollCall(
        checkpoint_id=checkpoint_id,
        name=checkpoint.name,
        opened_at=local(opening.occurred_at, timezone),
        opened_by=opening.name,
        closed_at=local(closing.occurred_at, timezone) if closing else None,
        closed_by=closing.name if closing else "",
        close_reason=closing.note if closing else "",
    )


def roll_call_state(
    factory: SessionFactory, checkpoint_id: int, *, now: Clock = utc_now
) -> RollCallState:
    """Expected, accounted for, and the unaccounted for with where they were last seen."""
    with factory() as session:
        call = _roll_call(session, checkpoint_id)
        return _state(session, factory, call, now)


def _state(session: Session, factory: SessionFactory, call: RollCall, now: Clock) -> RollCallState:
    count = headcount(factory, call.checkpoint_id, now=now)
    program_id = count.checkpoint.program_id
    missing_ids = [m.person.participant_id for m in count.missing]
    facts = _people_facts(session, missing_ids)
    contacts = _delegation_contacts(session, program_id)
    on_day = call.opened_at.date()
    during_week = _during_week(session, program_id, on_day)
    unaccounted: list[Unaccounted] = []
    off_site = 0
    for missing in count.missing:
        birth, arrival, departure = facts[missing.person.participant_id]
        if during_week and not _on_site(arrival, departure, call.opened_at):
            off_site += 1
            continue
        age = _age(birth, on_day)
        unaccounted.append(
            Unaccounted(
                person=missing.person,
                minor=_is_minor(missing.person, age),
                age=age,
                last_seen=missing.last_seen,
                call=_whom_to_call(missing.person, contacts),
            )
        )
    unaccounted.sort(key=_order)
    return RollCallState(
        roll_call=call,
        expected=count.expected - off_site,
        accounted=count.present,
        unaccounted=unaccounted,
        as_of=count.as_of,
    )


def _people_facts(
    session: Session, ids: list[int]
) -> dict[int, tuple[dt.date | None, dt.datetime | None, dt.datetime | None]]:
    rows = session.execute(
        select(
            Participant.id,
            Participant.date_of_birth,
            Participant.arrival_at,
            Participant.departure_at,
        ).where(Participant.id.in_(ids))
    )
    return {pid: (birth, arrival, departure) for pid, birth, arrival, departure in rows}


def _during_week(session: Session, program_id: int, day: dt.date) -> bool:
    """Outside the program's dates a roll call is a rehearsal: everyone counts, whatever their
    travel dates say (otherwise a drill in May would expect nobody)."""
    dates = session.execute(
        select(Program.start_date, Program.end_date).where(Program.id == program_id)
    ).one()
    return bool(dates.start_date <= day <= dates.end_date)


def _on_site(arrival: dt.datetime | None, departure: dt.datetime | None, at: dt.datetime) -> bool:
    return (arrival is None or arrival <= at) and (departure is None or departure > at)


def _age(birth: dt.date | None, on_day: dt.date) -> int | None:
    if birth is None:
        return None
    before_birthday = (on_day.month, on_day.day) < (birth.month, birth.day)
    return on_day.year - birth.year - int(before_birthday)


def _is_minor(person: PersonCard, age: int | None) -> bool:
    if age is None:
        return person.role is Role.STUDENT
    return age < ADULT_AGE


def _order(item: Unaccounted) -> tuple[bool, bool, str, str, str]:
    person = item.person
    return (
        not item.minor,
        not person.delegation,
        person.delegation,
        person.family_name.casefold(),
        person.given_name.casefold(),
    )


def _delegation_contacts(session: Session, program_id: int) -> dict[int, list[_Contact]]:
    """Per delegation, its leader first, then its other teachers, with their phones."""
    rows = session.execute(
        select(
            Participant.id,
            Participant.delegation_id,
            Participant.given_name,
            Participant.preferred_name,
            Participant.family_name,
            Participant.phone,
        )
        .where(
            Participant.program_id == program_id,
            Participant.delegation_id.is_not(None),
            Participant.status != "withdrawn",
            (Participant.is_leader) | (Participant.role == Role.TEACHER.value),
        )
        .order_by(Participant.is_leader.desc(), Participant.family_name, Participant.given_name)
    )
    contacts: dict[int, list[_Contact]] = {}
    for pid, delegation_id, given, preferred, family, phone in rows:
        if delegation_id is None:
            continue
        name = f"{preferred or given} {family}".strip()
        contacts.setdefault(delegation_id, []).append(_Contact(pid, name, phone))
    return contacts


def _whom_to_call(person: PersonCard, contacts: dict[int, list[_Contact]]) -> str:
    """The delegation's leader with their phone; else its teachers; never the person."""
    if person.delegation_id is None:
        return ""
    others = [
        c
        for c in contacts.get(person.delegation_id, [])
        if c.participant_id != person.participant_id
    ]
    if not others:
        return ""
    leader = others[0]
    return f"{leader.name} {leader.phone}".strip()
