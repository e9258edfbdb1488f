"""A live head count: load a checkpoint's head count once, then follow the journal's new events.

Several stations write to one journal (a shared PostgreSQL database, two processes on one SQLite
file, or events merged from a sync folder). A screen polls `newest_event_id` (one indexed query)
and, when it moved, asks its `HeadcountTracker` to `refresh()`: the tracker reads only the events
with an id above the last one it saw (of any checkpoint of the program, since a scan elsewhere
changes where a missing person was last seen), re-reads the standing and the last sighting of
only the people those events name (a few indexed queries, however large the program), and
returns the same `Headcount` a fresh `reports.headcount()` would give, and the recent scans.

Event ids are handed out in insertion order, but on PostgreSQL two stations' transactions may
commit out of that order: after seeing id 101, id 100 can still appear. The tracker remembers
such holes and reads them again on the next refreshes, for `GAP_WAIT_S` seconds (a scan's
transaction lasts milliseconds; a hole still empty by then was a rolled-back insert).

What the journal does not carry (a roster edit, a withdrawn person, a new session audience) is
not followed: the screen reloads in full on those (`load()`), as it does on F5.
"""

from __future__ import annotations

import bisect
import dataclasses
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from sakura_desktop.core.checkin import journal
from sakura_desktop.core.checkin.checkpoints import (
    ACTIVE_STATUSES,
    CheckpointInfo,
    arrival_checkpoint_id,
    expected_ids,
    get_checkpoint,
)
from sakura_desktop.core.checkin.desk import Clock
from sakura_desktop.core.checkin.people import (
    DelegationContacts,
    PersonCard,
    delegation_contacts,
    load_card,
    load_cards,
)
from sakura_desktop.core.checkin.reports import (
    NOT_SCANS,
    Headcount,
    LastSeen,
    MissingPerson,
    ScanLine,
    checkpoint_names,
    program_timezone,
    scan_line,
)
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.base import utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import (
    CheckpointKind,
    Decision,
    Direction,
    ParticipantStatus,
)
from sakura_desktop.db.models import CheckinEvent, Participant, Station

RECENT_LIMIT = 20
GAP_WAIT_S = 30.0
GAP_MAX = 2_000  # more holes than this at once: read the whole head count again
IN_CHUNK = 500  # ids per IN (...) list

_voided = aliased(CheckinEvent, name="voided")
_voiding = aliased(CheckinEvent, name="voiding_line")


def newest_event_id(factory: SessionFactory, program_id: int) -> int:
    """The id of the program's newest journal event, 0 when it has none.

    One backward step on the primary key (the newest events are the program's in a database
    that holds one running program): cheap enough to ask every second.
    """
    with factory() as session:
        newest = session.scalar(
            select(CheckinEvent.id)
            .where(CheckinEvent.program_id == program_id)
            .order_by(CheckinEvent.id.desc())
            .limit(1)
        )
    return int(newest or 0)


@dataclass(frozen=True)
class LiveView:
    """What the check-in screen shows of one checkpoint, as of the last event read."""

    headcount: Headcount
    recent: list[ScanLine]  # newest first, as `reports.recent_scans` lists them
    new_scans: list[ScanLine]  # the scans at this checkpoint read by this refresh, newest first
    last_event_id: int
    events_read: int  # the program's events this refresh read (0: nothing changed)


@dataclass(frozen=True)
class _NewEvent:
    id: int
    participant_id: int | None
    checkpoint_id: int
    decision: str
    voided_uuid: str | None


@dataclass(frozen=True)
class _RecentEntry:
    occurred_at: float  # UTC timestamp; with the id, the order `recent_scans` uses
    event_id: int
    line: ScanLine


def _chunks(ids: Collection[int]) -> Iterator[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), IN_CHUNK):
        yield ordered[start : start + IN_CHUNK]


def _seen() -> ColumnElement[bool]:
    """A scan that shows the person was there (as `journal.last_seen_one` reads sightings)."""
    return and_(
        CheckinEvent.participant_id.is_not(None),
        CheckinEvent.decision != Decision.VOIDED.value,
        journal.not_voided(),
    )


def standings_of(
    session: Session, checkpoint_id: int, people: Collection[int]
) -> dict[int, journal.Standing]:
    """The standing at one checkpoint of each of `people` (absent: never moved there)."""
    found: dict[int, journal.Standing] = {}
    for chunk in _chunks(people):
        rows = session.execute(
            select(CheckinEvent.participant_id, CheckinEvent.direction, CheckinEvent.occurred_at)
            .where(
                CheckinEvent.checkpoint_id == checkpoint_id,
                CheckinEvent.participant_id.in_(chunk),
                journal.moves_person(),
            )
            .order_by(CheckinEvent.occurred_at, CheckinEvent.uuid)
        )
        for pid, direction, at in rows:
            if pid is not None:
                found[pid] = journal.Standing(direction == Direction.IN.value, at)
    return found


def sightings_of(session: Session, people: Collection[int]) -> dict[int, journal.Sighting]:
    """Where each of `people` was last seen (absent: never seen)."""
    found: dict[int, journal.Sighting] = {}
    for chunk in _chunks(people):
        rows = session.execute(
            select(
                CheckinEvent.participant_id,
                CheckinEvent.checkpoint_id,
                CheckinEvent.occurred_at,
                CheckinEvent.direction,
            )
            .where(CheckinEvent.participant_id.in_(chunk), _seen())
            .order_by(CheckinEvent.occurred_at, CheckinEvent.uuid)
        )
        for pid, checkpoint_id, at, direction in rows:
            if pid is not None:
                found[pid] = journal.Sighting(checkpoint_id, at, Direction(direction))
    return found


def _missing_order(card: PersonCard) -> tuple[bool, str, str, str, int]:
    """As `reports.headcount` orders the missing: delegations A to Z, host people last."""
    return (
        not card.delegation,
        card.delegation,
        card.family_name,
        card.given_name,
        card.participant_id,
    )


class _RollCallAudience:
    """Who a roll call expects moves with the arrival checkpoint's scans: follow them."""

    def __init__(self, session: Session, program_id: int) -> None:
        self.arrival_id = arrival_checkpoint_id(session, program_id)
        self.active = set(
            session.scalars(
                select(Participant.id).where(
                    Participant.program_id == program_id,
                    Participant.status.in_(ACTIVE_STATUSES),
                )
            )
        )
        self.arrived_by_status = set(
            session.scalars(
                select(Participant.id).where(
                    Participant.program_id == program_id,
                    Participant.status == ParticipantStatus.ARRIVED.value,
                )
            )
        )
        self.arrived_by_scan = (
            journal.arrived_ids(session, self.arrival_id) if self.arrival_id is not None else set()
        )

    def follow(self, session: Session, people: Collection[int]) -> None:
        if self.arrival_id is None or not people:
            return
        here = standings_of(session, self.arrival_id, people)
        for pid in people:
            standing = here.get(pid)
            if standing is not None and standing.inside:
                self.arrived_by_scan.add(pid)
            else:
                self.arrived_by_scan.discard(pid)

    def expected(self) -> set[int]:
        arrived = self.arrived_by_status | self.arrived_by_scan
        return self.active & arrived if arrived else set(self.active)


class HeadcountTracker:
    """One checkpoint's head count, missing list and recent scans, kept fresh from new events.

    Not thread-safe: one refresh at a time (the screen runs it in one worker and skips a tick
    while one is in flight). Build it, `load()` once (also after a roster change), then
    `refresh()` as often as the journal moves.
    """

    def __init__(
        self,
        factory: SessionFactory,
        checkpoint_id: int,
        *,
        recent_limit: int = RECENT_LIMIT,
        now: Clock = utc_now,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.factory = factory
        self.checkpoint_id = checkpoint_id
        self.recent_limit = recent_limit
        self._now = now
        self._monotonic = monotonic
        self._loaded = False
        self.last_event_id = 0
        self._gaps: dict[int, float] = {}  # event id not seen yet -> when noticed (monotonic)

    # --- loading ------------------------------------------------------------------------------

    def load(self) -> LiveView:
        """Read the whole head count (as `reports.headcount` does) and the recent scans."""
        info = get_checkpoint(self.factory, self.checkpoint_id)
        with self.factory() as session:
            # Read the newest id first: an event stored while the rest is read is read again by
            # the next refresh, which re-reads people (never adds), so reading twice is harmless.
            self.last_event_id = _newest_id(session)
            self._gaps = {}
            self._load_session(session, info)
            self._build_missing(session)
            self._recent = self._read_recent(session, None)
        self._loaded = True
        return self._view([], 0)

    def _load_session(self, session: Session, info: CheckpointInfo) -> None:
        self.info = info
        facts = info.facts
        self.program_id = facts.program_id
        self.timezone = program_timezone(session, facts.program_id)
        self._roll_call = (
            _RollCallAudience(session, facts.program_id)
            if facts.kind is CheckpointKind.ROLL_CALL
            else None
        )
        self.expected = (
            self._roll_call.expected()
            if self._roll_call is not None
            else expected_ids(session, facts)
        )
        here = journal.standings(session, self.checkpoint_id)
        self.moved_here = set(here)
        self.inside = {pid for pid, standing in here.items() if standing.inside}
        self.cards = load_cards(session, facts.program_id)
        self.contacts: DelegationContacts = delegation_contacts(session, facts.program_id)
        self.names = checkpoint_names(session, facts.program_id)

    def _build_missing(self, session: Session) -> None:
        """The missing list, kept sorted as `reports.headcount` sorts it: each change later is
        one insertion or removal, never a rebuild."""
        missing = self.expected - self.inside
        seen = journal.last_seen(session, self.program_id, missing)
        rows = sorted(
            (
                (_missing_order(self.cards[pid]), self._missing_person(pid, seen.get(pid)))
                for pid in missing
            ),
            key=lambda row: row[0],
        )
        self._missing_keys = [key for key, _ in rows]
        self._missing = [person for _, person in rows]
        self._missing_ids = set(missing)
        self._checked_out = sum(1 for person in self._missing if person.checked_out_here)

    # --- refreshing ---------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._loaded

    @property
    def awaiting_gaps(self) -> bool:
        """Whether ids below the newest one may still appear (refresh even if the newest id
        did not move)."""
        return bool(self._gaps)

    def refresh(self) -> LiveView:
        """Read the events stored since the last load or refresh and bring the view up to date."""
        if not self._loaded:
            return self.load()
        with self.factory() as session:
            events = self._read_new_events(session)
            if len(self._gaps) > GAP_MAX:
                return self.load()
            mine = [e for e in events if e is not None]
            if mine:
                self._apply(session, mine)
            new_lines = self._merge_recent(session, mine)
        return self._view(new_lines, len(mine))

    def _read_new_events(self, session: Session) -> list[_NewEvent | None]:
        """The journal's events above the last id read, and any earlier hole; None for other
        programs' events (read only to close holes)."""
        since = self.last_event_id
        condition = CheckinEvent.id > since
        if self._gaps:
            condition = or_(condition, CheckinEvent.id.in_(sorted(self._gaps)))
        rows = session.execute(
            select(
                CheckinEvent.id,
                CheckinEvent.program_id,
                CheckinEvent.participant_id,
                CheckinEvent.checkpoint_id,
                CheckinEvent.decision,
                CheckinEvent.voids_event_uuid,
                _voided.participant_id,
                _voided.checkpoint_id,
            )
            .outerjoin(_voided, _voided.uuid == CheckinEvent.voids_event_uuid)
            .where(condition)
            .order_by(CheckinEvent.id)
        ).all()
        ids = [row[0] for row in rows]
        self._note_gaps(since, ids)
        return [
            _NewEvent(
                id=row[0],
                # An undo names the person and checkpoint of the scan it voids.
                participant_id=row[2] if row[5] is None else row[6],
                checkpoint_id=row[3] if row[5] is None else row[7],
                decision=row[4],
                voided_uuid=row[5],
            )
            if row[1] == self.program_id
            else None
            for row in rows
        ]

    def _note_gaps(self, since: int, ids: list[int]) -> None:
        now = self._monotonic()
        seen = set(ids)
        for found in seen & self._gaps.keys():
            del self._gaps[found]
        newest = max(ids, default=since)
        if newest > since:
            for missing in range(since + 1, newest):
                if missing not in seen:
                    self._gaps[missing] = now
            self.last_event_id = newest
        for hole, noticed in list(self._gaps.items()):
            if now - noticed > GAP_WAIT_S:
                del self._gaps[hole]

    def _apply(self, session: Session, events: list[_NewEvent]) -> None:
        people = {e.participant_id for e in events if e.participant_id is not None}
        here = {
            e.participant_id
            for e in events
            if e.checkpoint_id == self.checkpoint_id and e.participant_id is not None
        }
        self._learn(session, people, {e.checkpoint_id for e in events})
        if here:
            standings = standings_of(session, self.checkpoint_id, here)
            for pid in here:
                standing = standings.get(pid)
                _toggle(self.moved_here, pid, standing is not None)
                _toggle(self.inside, pid, standing is not None and standing.inside)
        if self._roll_call is not None:
            arrival = self._roll_call.arrival_id
            at_arrival = {
                e.participant_id
                for e in events
                if e.checkpoint_id == arrival and e.participant_id is not None
            }
            if at_arrival:
                self._roll_call.follow(session, at_arrival)
                before, self.expected = self.expected, self._roll_call.expected()
                people |= before ^ self.expected
        self._update_missing(session, people)

    def _update_missing(self, session: Session, people: set[int]) -> None:
        """Take `people` out of the missing list and put back those still missing, with their
        standing here and last sighting read again."""
        for pid in people & self._missing_ids:
            index = bisect.bisect_left(self._missing_keys, _missing_order(self.cards[pid]))
            del self._missing_keys[index]
            removed = self._missing.pop(index)
            self._checked_out -= removed.checked_out_here
            self._missing_ids.discard(pid)
        now_missing = {pid for pid in people if pid in self.expected and pid not in self.inside}
        if not now_missing:
            return
        seen = sightings_of(session, now_missing)
        for pid in now_missing:
            key = _missing_order(self.cards[pid])
            index = bisect.bisect_left(self._missing_keys, key)
            person = self._missing_person(pid, seen.get(pid))
            self._missing_keys.insert(index, key)
            self._missing.insert(index, person)
            self._checked_out += person.checked_out_here
            self._missing_ids.add(pid)

    def _learn(self, session: Session, people: Iterable[int], checkpoints: Iterable[int]) -> None:
        """People and checkpoints created since the load (another station's roll call)."""
        for pid in [pid for pid in people if pid not in self.cards]:
            card = load_card(session, self.program_id, pid)
            if card is not None:
                self.cards[pid] = card
        if any(cp not in self.names for cp in checkpoints):
            self.names = checkpoint_names(session, self.program_id)

    # --- recent scans -------------------------------------------------------------------------

    def _read_recent(
        self, session: Session, event_ids: Collection[int] | None
    ) -> list[_RecentEntry]:
        """The checkpoint's newest scans (or, given ids, those of them that are scans here)."""
        query = (
            select(
                CheckinEvent,
                Station.name,
                exists().where(_voiding.voids_event_uuid == CheckinEvent.uuid),
            )
            .join(Station, Station.id == CheckinEvent.station_id)
            .where(
                CheckinEvent.checkpoint_id == self.checkpoint_id,
                CheckinEvent.decision.not_in(NOT_SCANS),
            )
            .order_by(CheckinEvent.occurred_at.desc(), CheckinEvent.id.desc())
            .limit(self.recent_limit)
        )
        if event_ids is not None:
            query = query.where(CheckinEvent.id.in_(sorted(event_ids)))
        return [
            _RecentEntry(
                event.occurred_at.timestamp(),
                event.id,
                scan_line(event, station, bool(voided), self.cards, self.timezone),
            )
            for event, station, voided in session.execute(query).all()
        ]

    def _merge_recent(self, session: Session, events: list[_NewEvent]) -> list[ScanLine]:
        voided = {e.voided_uuid for e in events if e.voided_uuid is not None}
        if voided:
            self._recent = [
                dataclasses.replace(entry, line=dataclasses.replace(entry.line, voided=True))
                if entry.line.event_uuid in voided
                else entry
                for entry in self._recent
            ]
        scans_here = [
            e.id
            for e in events
            if e.checkpoint_id == self.checkpoint_id and e.decision not in NOT_SCANS
        ]
        if not scans_here:
            return []
        fresh = self._read_recent(session, scans_here)
        known = {entry.event_id for entry in self._recent}
        fresh = [entry for entry in fresh if entry.event_id not in known]
        merged = sorted(
            [*self._recent, *fresh], key=lambda e: (e.occurred_at, e.event_id), reverse=True
        )
        self._recent = merged[: self.recent_limit]
        return [entry.line for entry in fresh]

    # --- the view -----------------------------------------------------------------------------

    def _view(self, new_scans: list[ScanLine], events_read: int) -> LiveView:
        present = len(self.expected) - len(self._missing)
        headcount = Headcount(
            checkpoint=self.info,
            expected=len(self.expected),
            present=present,
            extra=len(self.inside) - present,
            checked_out=self._checked_out,
            missing=list(self._missing),
            as_of=local(self._now(), self.timezone),
        )
        return LiveView(
            headcount=headcount,
            recent=[entry.line for entry in self._recent],
            new_scans=new_scans,
            last_event_id=self.last_event_id,
            events_read=events_read,
        )

    def _missing_person(self, pid: int, sighting: journal.Sighting | None) -> MissingPerson:
        card = self.cards[pid]
        return MissingPerson(
            person=card,
            contact=self.contacts.for_person(pid, card.delegation_id),
            last_seen=None
            if sighting is None
            else LastSeen(
                sighting.checkpoint_id,
                self.names.get(sighting.checkpoint_id, "?"),
                local(sighting.at, self.timezone),
                sighting.direction,
            ),
            checked_out_here=pid in self.moved_here,
        )


def _toggle(members: set[int], pid: int, present: bool) -> None:
    if present:
        members.add(pid)
    else:
        members.discard(pid)


def _newest_id(session: Session) -> int:
    return int(
        session.scalar(select(CheckinEvent.id).order_by(CheckinEvent.id.desc()).limit(1)) or 0
    )
