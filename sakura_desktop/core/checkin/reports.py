"""Read-only check-in reports: head count, where is everyone, and the recent scans list.

These read the journal and the roster in one short session each and return plain dataclasses
for the check-in screen and the CLI. They never write, need no station, and share nothing with
the desk's caches, which is why they live apart from `desk` (the scanning path).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from sakura_desktop.core.checkin import journal
from sakura_desktop.core.checkin.checkpoints import (
    CheckpointInfo,
    checkpoint_facts,
    expected_ids,
    get_checkpoint,
)
from sakura_desktop.core.checkin.decision import Outcome
from sakura_desktop.core.checkin.desk import ACTIVE, Clock
from sakura_desktop.core.checkin.people import (
    PersonCard,
    delegation_contacts,
    load_card,
    load_cards,
)
from sakura_desktop.core.i18n import translate
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.base import utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Decision, Direction, ScanMethod
from sakura_desktop.db.models import CheckinEvent, Checkpoint, Program, Station
from sakura_desktop.errors import NotFoundError


@dataclass(frozen=True)
class LastSeen:
    checkpoint_id: int
    checkpoint_name: str
    at: dt.datetime  # in the program's time zone
    direction: Direction

    @property
    def label(self) -> str:
        verb = "left" if self.direction is Direction.OUT else "at"
        return f"{verb} {self.checkpoint_name}, {self.at:%a %H:%M}"


@dataclass(frozen=True)
class MissingPerson:
    person: PersonCard
    contact: str  # the delegation's leader (or teachers) to call
    last_seen: LastSeen | None
    checked_out_here: bool  # came in, then checked out of this checkpoint


@dataclass(frozen=True)
class Headcount:
    checkpoint: CheckpointInfo
    expected: int
    present: int  # expected people standing inside
    extra: int  # people inside who were not expected
    checked_out: int  # expected people who came in and then checked out
    missing: list[MissingPerson]  # expected, not inside; by delegation (host last), name
    as_of: dt.datetime  # program time zone


@dataclass(frozen=True)
class Whereabouts:
    person: PersonCard
    last_seen: LastSeen | None


@dataclass(frozen=True)
class ScanLine:
    event_uuid: str
    occurred_at: dt.datetime  # program time zone
    outcome: Outcome
    direction: Direction
    method: ScanMethod
    station: str
    operator: str
    person_name: str  # display name, or the raw code of an unidentified scan
    participant_id: int | None
    voided: bool


# Journal entries that are not scans: undo entries, and a roll call's opening and closing.
NOT_SCANS = (Decision.VOIDED.value, Decision.OPENED.value, Decision.CLOSED.value)


def outcome_of(decision: str) -> Outcome:
    """The screen's outcome of a stored event."""
    return Outcome(decision)


def program_timezone(session: Session, program_id: int) -> str:
    timezone = session.scalar(select(Program.timezone).where(Program.id == program_id))
    if timezone is None:
        raise NotFoundError(
            translate("CheckinReports", "No program with id {id}.").format(id=program_id)
        )
    return timezone


def checkpoint_names(session: Session, program_id: int) -> dict[int, str]:
    rows = session.execute(
        select(Checkpoint.id, Checkpoint.name).where(Checkpoint.program_id == program_id)
    )
    return {checkpoint_id: name for checkpoint_id, name in rows}


def _last_seen(
    sighting: journal.Sighting | None, names: dict[int, str], timezone: str
) -> LastSeen | None:
    if sighting is None:
        return None
    return LastSeen(
        sighting.checkpoint_id,
        names.get(sighting.checkpoint_id, "?"),
        local(sighting.at, timezone),
        sighting.direction,
    )


def headcount(factory: SessionFactory, checkpoint_id: int, *, now: Clock = utc_now) -> Headcount:
    """Expected, present and missing at a checkpoint, with where each missing person was last
    seen and whom to call."""
    info = get_checkpoint(factory, checkpoint_id)
    with factory() as session:
        facts = info.facts
        timezone = program_timezone(session, facts.program_id)
        expected = expected_ids(session, facts)
        here = journal.standings(session, checkpoint_id)
        inside = {pid for pid, s in here.items() if s.inside}
        missing_ids = expected - inside
        cards = load_cards(session, facts.program_id)
        contacts = delegation_contacts(session, facts.program_id)
        seen = journal.last_seen(session, facts.program_id, missing_ids)
        names = checkpoint_names(session, facts.program_id)
    missing = [
        MissingPerson(
            person=cards[pid],
            contact=contacts.for_person(pid, cards[pid].delegation_id),
            last_seen=_last_seen(seen.get(pid), names, timezone),
            checked_out_here=pid in here,
        )
        for pid in missing_ids
    ]
    missing.sort(key=_missing_order)
    return Headcount(
        checkpoint=info,
        expected=len(expected),
        present=len(expected & inside),
        extra=len(inside - expected),
        checked_out=sum(1 for m in missing if m.checked_out_here),
        missing=missing,
        as_of=local(now(), timezone),
    )


def _missing_order(missing: MissingPerson) -> tuple[bool, str, str, str]:
    """Delegations in name order, host people (no delegation) last."""
    person = missing.person
    return (not person.delegation, person.delegation, person.family_name, person.given_name)


def where_is_everyone(factory: SessionFactory, program_id: int) -> list[Whereabouts]:
    """Each active person's last sighting (never-seen people first, then oldest sighting first:
    the ones to worry about lead)."""
    with factory() as session:
        timezone = program_timezone(session, program_id)
        cards = load_cards(session, program_id)
        seen = journal.last_seen_all(session, program_id)
        names = checkpoint_names(session, program_id)
    rows = [
        Whereabouts(card, _last_seen(seen.get(pid), names, timezone))
        for pid, card in cards.items()
        if card.status in ACTIVE
    ]
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    rows.sort(
        key=lambda w: (
            w.last_seen.at if w.last_seen else epoch,
            w.person.family_name,
            w.person.given_name,
        )
    )
    return rows


def recent_scans(factory: SessionFactory, checkpoint_id: int, limit: int = 20) -> list[ScanLine]:
    """The last scans at a checkpoint, newest first (undo entries are not listed; the scans
    they void are marked)."""
    voiding = aliased(CheckinEvent, name="voiding")
    with factory() as session:
        facts = checkpoint_facts(session, checkpoint_id)
        timezone = program_timezone(session, facts.program_id)
        rows = session.execute(
            select(
                CheckinEvent,
                Station.name,
                exists().where(voiding.voids_event_uuid == CheckinEvent.uuid),
            )
            .join(Station, Station.id == CheckinEvent.station_id)
            .where(
                CheckinEvent.checkpoint_id == checkpoint_id,
                CheckinEvent.decision.not_in(NOT_SCANS),
            )
            .order_by(CheckinEvent.occurred_at.desc(), CheckinEvent.id.desc())
            .limit(limit)
        ).all()
        people = {
            pid: load_card(session, facts.program_id, pid)
            for pid in {r[0].participant_id for r in rows if r[0].participant_id is not None}
        }
    return [
        scan_line(event, station, bool(voided), people, timezone) for event, station, voided in rows
    ]


def scan_line(
    event: CheckinEvent,
    station: str,
    voided: bool,
    people: Mapping[int, PersonCard | None],
    timezone: str,
) -> ScanLine:
    """One line of the recent scans list for a stored event (`people` by participant id)."""
    card = people.get(event.participant_id) if event.participant_id is not None else None
    return ScanLine(
        event_uuid=event.uuid,
        occurred_at=local(event.occurred_at, timezone),
        outcome=outcome_of(event.decision),
        direction=Direction(event.direction),
        method=ScanMethod(event.method),
        station=station,
        operator=event.operator,
        person_name=card.display_name if card else (event.raw_code or ""),
        participant_id=event.participant_id,
        voided=voided,
    )
