"""The conflict engine: everything in a week that cannot happen as planned, in plain sentences.

Pure Python over `model.WeekData`. Rules (who is in a session: see `model`):

- a session that ends before (or when) it starts, or lies outside the program's dates;
- an audience (lecturer included) larger than the session's or the venue's capacity;
- a transfer shorter than the trip between its two sites;
- a lecturer outside every availability window they have (none given: always available);
- a venue holding two sessions at once (bus stops and outdoor spaces are shared: never);
- a person in two sessions at once, reported at the coarsest level that is true: everyone, a
  team, a delegation, the lecturer, then the remaining people by name;
- too little time between two consecutive sessions of the same people at different sites (a
  transfer starts at its venue's site and ends at its destination); a site pair without a travel
  time is a warning.

Intervals are half-open: a session ending at 10:00 and one starting at 10:00 do not overlap.
Sessions that end before they start take part in no pair check.

Algorithms: people with the same memberships (teams, delegation, named sessions) share one
timeline ("class"); each class timeline and each venue timeline is a sorted list swept once, so the
cost grows with the size of the timelines, not with the square of the sessions. A move updates
only the timelines that hold the moved session, around its old and new positions.
"""

from __future__ import annotations

import datetime as dt
import gc
from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import StrEnum

from sakura_desktop.core.schedule.model import SessionData, WeekData
from sakura_desktop.core.timeutil import local_day_bounds
from sakura_desktop.db.enums import VenueKind

SHARED_VENUE_KINDS = frozenset({VenueKind.BUS_STOP.value, VenueKind.OUTDOOR.value})
NAMES_SHOWN = 3


class ConflictKind(StrEnum):
    ENDS_BEFORE_START = "ends_before_start"
    OUTSIDE_DATES = "outside_dates"
    EVERYONE_DOUBLE_BOOKED = "everyone_double_booked"
    TEAM_DOUBLE_BOOKED = "team_double_booked"
    DELEGATION_DOUBLE_BOOKED = "delegation_double_booked"
    LECTURER_DOUBLE_BOOKED = "lecturer_double_booked"
    PERSON_DOUBLE_BOOKED = "person_double_booked"
    VENUE_DOUBLE_BOOKED = "venue_double_booked"
    TRAVEL_TIME = "travel_time"
    TRANSFER_TOO_SHORT = "transfer_too_short"
    SESSION_CAPACITY = "session_capacity"
    VENUE_CAPACITY = "venue_capacity"
    LECTURER_UNAVAILABLE = "lecturer_unavailable"


DOUBLE_BOOKINGS = frozenset(
    {
        ConflictKind.EVERYONE_DOUBLE_BOOKED,
        ConflictKind.TEAM_DOUBLE_BOOKED,
        ConflictKind.DELEGATION_DOUBLE_BOOKED,
        ConflictKind.LECTURER_DOUBLE_BOOKED,
        ConflictKind.PERSON_DOUBLE_BOOKED,
    }
)
_KIND_ORDER = {kind: n for n, kind in enumerate(ConflictKind)}


class Severity(StrEnum):
    ERROR = "error"  # cannot happen as planned
    WARNING = "warning"  # may be fine, a person should look


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    severity: Severity
    sentence: str
    session_ids: tuple[int, ...]  # in time order
    participant_ids: tuple[int, ...] = ()  # everyone affected (sorted)
    venue_id: int | None = None
    team_id: int | None = None
    delegation_id: int | None = None


def conflicts_by_session(conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
    """For marking blocks: each session id with the conflicts it takes part in."""
    found: dict[int, list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        for session_id in conflict.session_ids:
            found[session_id].append(conflict)
    return dict(found)


def find_conflicts(week: WeekData) -> list[Conflict]:
    """Every conflict of the week, sorted by time (a one-shot `ConflictEngine`)."""
    return ConflictEngine(week).check_all()


Key = tuple[int, int, int]  # (start, end, session id) in epoch seconds: timeline order
Pair = tuple[int, int]
Ranked = tuple[tuple[int, int, tuple[int, ...], str], Conflict]


@dataclass
class _Slot:
    """What the sweeps need of a session, precomputed."""

    start: int
    end: int
    start_site: int | None
    end_site: int | None

    @property
    def valid(self) -> bool:
        return self.end > self.start


@dataclass(frozen=True)
class _ClassKey:
    active: bool
    teams: tuple[int, ...]
    delegation: int | None
    personal: tuple[int, ...]  # sessions naming the person, or lectured by them


@dataclass
class _Class:
    """People who share one timeline, and the conflicting pairs found on it."""

    members: frozenset[int]
    timeline: list[Key] = field(default_factory=list)
    overlaps: set[Pair] = field(default_factory=set)
    travel: set[Pair] = field(default_factory=set)


def _key(session_id: int, slot: _Slot) -> Key:
    return (slot.start, slot.end, session_id)


def _pair(a: int, b: int) -> Pair:
    return (a, b) if a < b else (b, a)


class ConflictEngine:
    """Built once from a loaded week; answers the full list and "what if this session moved".

    `check_all()` returns the current list; `check_after_move()` previews a move without keeping
    it (the week view calls it while dragging); `apply_move()` keeps it (on drop, after the
    database write); `replace_session`, `add_session` and `remove_session` follow other edits.
    """

    def __init__(self, week: WeekData) -> None:
        self._week = week
        self._sessions: dict[int, SessionData] = {s.id: s for s in week.sessions}
        self._build()

    # --- public API -------------------------------------------------------------------------

    @property
    def week(self) -> WeekData:
        """The week with every applied edit."""
        return replace(self._week, sessions=tuple(self._sessions.values()))

    def check_all(self) -> list[Conflict]:
        self._render_dirty()
        ranked = [*self._ranked_singles(), *self._ranked_pairs()]
        ranked.sort(key=lambda item: item[0])
        return [conflict for _, conflict in ranked]

    def check_after_move(
        self,
        session_id: int,
        new_start: dt.datetime,
        new_end: dt.datetime,
        new_venue_id: int | None = None,
    ) -> list[Conflict]:
        """The full list as it would be after the move; the engine is left as it was."""
        with self._moved(session_id, new_start, new_end, new_venue_id):
            return self.check_all()

    def apply_move(
        self,
        session_id: int,
        new_start: dt.datetime,
        new_end: dt.datetime,
        new_venue_id: int | None = None,
    ) -> list[Conflict]:
        old = self._session(session_id)
        venue_id = old.venue_id if new_venue_id is None else new_venue_id
        self._update(replace(old, start=new_start, end=new_end, venue_id=venue_id))
        return self.check_all()

    def replace_session(self, session: SessionData) -> list[Conflict]:
        """After an edit in a dialog; a new audience or lecturer rebuilds everything."""
        old = self._session(session.id)
        if _same_people(old, session):
            self._update(session)
        else:
            self._sessions[session.id] = session
            self._build()
        return self.check_all()

    def add_session(self, session: SessionData) -> list[Conflict]:
        self._sessions[session.id] = session
        self._build()
        return self.check_all()

    def remove_session(self, session_id: int) -> list[Conflict]:
        self._session(session_id)
        del self._sessions[session_id]
        self._build()
        return self.check_all()

    # --- building ---------------------------------------------------------------------------

    def _session(self, session_id: int) -> SessionData:
        try:
            return self._sessions[session_id]
        except KeyError:
            raise KeyError(f"No session {session_id} in this week.") from None

    def _build(self) -> None:
        """Everything from scratch; the collector is paused meanwhile (it would only find the
        many small tuples built here alive, at a third of the cost of the whole build)."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._build_all()
        finally:
            if collecting:
                gc.enable()

    def _build_all(self) -> None:
        week = self._week
        opens = local_day_bounds(week.start_date, week.timezone)[0]
        closes = local_day_bounds(week.end_date, week.timezone)[1]
        self._opens, self._closes = int(opens.timestamp()), int(closes.timestamp())
        self._people: dict[int, frozenset[int]] = {}
        self._slots: dict[int, _Slot] = {}
        self._keys: dict[int, Key] = {}  # valid sessions only
        self._singles: dict[int, list[Ranked]] = {}
        for session in self._sessions.values():
            self._people[session.id] = week.people_in(session)
            self._refresh_session(session)
        self._max_length = max((s.end - s.start for s in self._slots.values()), default=0)
        self._build_venues()
        self._build_classes()

    def _refresh_session(self, session: SessionData) -> None:
        slot = _Slot(
            int(session.start.timestamp()),
            int(session.end.timestamp()),
            self._week.start_site(session),
            self._week.end_site(session),
        )
        self._slots[session.id] = slot
        if slot.valid:
            self._keys[session.id] = _key(session.id, slot)
        else:
            self._keys.pop(session.id, None)
        self._singles[session.id] = self._single_checks(session, slot)

    def _build_venues(self) -> None:
        self._venue_timelines: dict[int, list[Key]] = defaultdict(list)
        for session_id, session in self._sessions.items():
            slot = self._slots[session_id]
            if session.venue_id is not None and slot.valid:
                self._venue_timelines[session.venue_id].append(_key(session_id, slot))
        self._venue_conflicts: dict[int, list[Ranked]] = {}
        for venue_id, timeline in self._venue_timelines.items():
            timeline.sort()
            self._venue_conflicts[venue_id] = self._venue_checks(venue_id, timeline)

    def _class_keys(self) -> dict[_ClassKey, set[int]]:
        """People grouped by what decides their timeline."""
        week = self._week
        named: dict[int, list[int]] = defaultdict(list)
        for session in self._sessions.values():
            for person_id in session.participant_ids:
                if person_id in week.active_people:
                    named[person_id].append(session.id)
            if session.lecturer_id is not None:
                named[session.lecturer_id].append(session.id)
        groups: dict[_ClassKey, set[int]] = defaultdict(set)
        for person in week.people:
            personal = tuple(sorted(set(named.get(person.id, ()))))
            if person.active:
                teams = week.teams_of.get(person.id, ())
                groups[_ClassKey(True, teams, person.delegation_id, personal)].add(person.id)
            elif personal:
                groups[_ClassKey(False, (), None, personal)].add(person.id)
        return groups

    def _build_classes(self) -> None:
        by_team: dict[int, list[int]] = defaultdict(list)
        by_delegation: dict[int, list[int]] = defaultdict(list)
        everyone: list[int] = []
        for session in self._sessions.values():
            if session.for_everyone:
                everyone.append(session.id)
            for team in session.team_ids:
                by_team[team].append(session.id)
            for delegation in session.delegation_ids:
                by_delegation[delegation].append(session.id)
        self._rendered: dict[tuple[str, Pair], list[Ranked]] = {}
        self._dirty: set[tuple[str, Pair]] = set()
        self._classes: list[_Class] = []
        self._classes_of: dict[int, list[int]] = defaultdict(list)
        self._overlap_classes: dict[Pair, set[int]] = defaultdict(set)
        self._travel_classes: dict[Pair, set[int]] = defaultdict(set)
        for key, members in self._class_keys().items():
            ids = set(key.personal)
            if key.active:
                ids.update(everyone)
                for team in key.teams:
                    ids.update(by_team.get(team, ()))
                if key.delegation is not None:
                    ids.update(by_delegation.get(key.delegation, ()))
            self._add_class(frozenset(members), ids)

    def _add_class(self, members: frozenset[int], session_ids: set[int]) -> None:
        index = len(self._classes)
        klass = _Class(members)
        self._classes.append(klass)
        keys = self._keys
        for session_id in session_ids:
            self._classes_of[session_id].append(index)
        klass.timeline = sorted(keys[s] for s in session_ids if s in keys)
        self._sweep(index, klass)

    def _sweep(self, index: int, klass: _Class) -> None:
        running: list[tuple[int, int]] = []  # (end, session id) of sessions still going
        previous: Key | None = None
        for start, end, session_id in klass.timeline:
            if running:
                running = [item for item in running if item[0] > start]
                for _, other in running:
                    self._mark(
                        index, klass.overlaps, self._overlap_classes, _pair(other, session_id)
                    )
            running.append((end, session_id))
            if previous is not None:
                self._travel_link(index, klass, previous[2], session_id)
            previous = (start, end, session_id)

    # --- incremental updates ------------------------------------------------------------------

    @contextmanager
    def _moved(
        self, session_id: int, start: dt.datetime, end: dt.datetime, venue_id: int | None
    ) -> Iterator[None]:
        old = self._session(session_id)
        new_venue = old.venue_id if venue_id is None else venue_id
        self._update(replace(old, start=start, end=end, venue_id=new_venue))
        try:
            yield
        finally:
            self._update(old)

    def _update(self, new: SessionData) -> None:
        """Same people, new time and/or place: touch only the timelines that hold it."""
        session_id = new.id
        old = self._session(session_id)
        old_key, old_valid = (
            _key(session_id, self._slots[session_id]),
            self._slots[session_id].valid,
        )
        self._sessions[session_id] = new
        self._refresh_session(new)
        slot = self._slots[session_id]
        self._max_length = max(self._max_length, slot.end - slot.start)
        self._move_in_venues(old, old_key if old_valid else None, new)
        for index in self._classes_of.get(session_id, ()):
            klass = self._classes[index]
            if old_valid:
                self._take_out(index, klass, old_key)
            if slot.valid:
                self._put_in(index, klass, _key(session_id, slot))

    def _move_in_venues(self, old: SessionData, old_key: Key | None, new: SessionData) -> None:
        touched = set()
        if old.venue_id is not None and old_key is not None:
            timeline = self._venue_timelines[old.venue_id]
            del timeline[bisect_left(timeline, old_key)]
            touched.add(old.venue_id)
        slot = self._slots[new.id]
        if new.venue_id is not None and slot.valid:
            insort(self._venue_timelines[new.venue_id], _key(new.id, slot))
            touched.add(new.venue_id)
        for venue_id in touched:
            timeline = self._venue_timelines[venue_id]
            self._venue_conflicts[venue_id] = self._venue_checks(venue_id, timeline)

    def _take_out(self, index: int, klass: _Class, key: Key) -> None:
        session_id = key[2]
        timeline = klass.timeline
        position = bisect_left(timeline, key)
        before = timeline[position - 1][2] if position > 0 else None
        after = timeline[position + 1][2] if position + 1 < len(timeline) else None
        if before is not None:
            self._unmark(index, klass.travel, self._travel_classes, (before, session_id))
        if after is not None:
            self._unmark(index, klass.travel, self._travel_classes, (session_id, after))
        for pair in [p for p in klass.overlaps if session_id in p]:
            self._unmark(index, klass.overlaps, self._overlap_classes, pair)
        del timeline[position]
        if before is not None and after is not None:
            self._travel_link(index, klass, before, after)

    def _put_in(self, index: int, klass: _Class, key: Key) -> None:
        session_id = key[2]
        timeline = klass.timeline
        position = bisect_left(timeline, key)
        before = timeline[position - 1][2] if position > 0 else None
        after = timeline[position][2] if position < len(timeline) else None
        if before is not None and after is not None:
            self._unmark(index, klass.travel, self._travel_classes, (before, after))
        timeline.insert(position, key)
        if before is not None:
            self._travel_link(index, klass, before, session_id)
        if after is not None:
            self._travel_link(index, klass, session_id, after)
        for other in self._overlapping(timeline, key):
            self._mark(index, klass.overlaps, self._overlap_classes, _pair(other, session_id))

    def _overlapping(self, timeline: list[Key], key: Key) -> Iterator[int]:
        start, end, session_id = key
        position = bisect_left(timeline, (end,)) - 1
        earliest = start - self._max_length
        while position >= 0 and timeline[position][0] >= earliest:
            other_start, other_end, other = timeline[position]
            if other != session_id and other_end > start and other_start < end:
                yield other
            position -= 1

    def _mark(self, index: int, mine: set[Pair], where: dict[Pair, set[int]], pair: Pair) -> None:
        mine.add(pair)
        where[pair].add(index)
        self._dirty.add(("o" if where is self._overlap_classes else "t", pair))

    def _unmark(self, index: int, mine: set[Pair], where: dict[Pair, set[int]], pair: Pair) -> None:
        if pair not in mine:
            return
        mine.discard(pair)
        holders = where[pair]
        holders.discard(index)
        if not holders:
            del where[pair]
        self._dirty.add(("o" if where is self._overlap_classes else "t", pair))

    def _travel_link(self, index: int, klass: _Class, first: int, then: int) -> None:
        if self._travel_problem(first, then) is not None:
            self._mark(index, klass.travel, self._travel_classes, (first, then))

    def _travel_problem(self, first: int, then: int) -> tuple[int, int, int | None] | None:
        """(from site, to site, minutes needed or None if unknown) when the gap is too short."""
        a, b = self._slots[first], self._slots[then]
        if a.end > b.start or a.end_site is None or b.start_site is None:
            return None
        if a.end_site == b.start_site:
            return None
        need = self._week.travel_minutes.get((a.end_site, b.start_site))
        if need is not None and b.start - a.end >= need * 60:
            return None
        return (a.end_site, b.start_site, need)

    # --- sentences ----------------------------------------------------------------------------

    def _ranked_singles(self) -> Iterator[Ranked]:
        for items in self._singles.values():
            yield from items
        for items in self._venue_conflicts.values():
            yield from items

    def _ranked_pairs(self) -> Iterator[Ranked]:
        for items in self._rendered.values():
            yield from items

    def _render_dirty(self) -> None:
        for which, pair in self._dirty:
            holders = self._overlap_classes if which == "o" else self._travel_classes
            if pair not in holders:
                self._rendered.pop((which, pair), None)
            elif which == "o":
                self._rendered[(which, pair)] = self._overlap_sentences(pair)
            else:
                self._rendered[(which, pair)] = self._travel_sentences(pair)
        self._dirty = set()

    def _rank(self, conflict: Conflict) -> Ranked:
        first = min(self._slots[s].start for s in conflict.session_ids)
        key = (first, _KIND_ORDER[conflict.kind], conflict.session_ids, conflict.sentence)
        return key, conflict

    def _label(self, session_id: int) -> str:
        return self._week.session_label(self._sessions[session_id])

    def _in_order(self, pair: Pair) -> tuple[int, int]:
        a, b = pair
        return (a, b) if _key(a, self._slots[a]) <= _key(b, self._slots[b]) else (b, a)

    def _single_checks(self, session: SessionData, slot: _Slot) -> list[Ranked]:
        found: list[Conflict] = []
        label = self._week.session_label(session)
        ids = (session.id,)
        if not slot.valid:
            how = "when it starts" if slot.end == slot.start else "before it starts"
            found.append(_error(ConflictKind.ENDS_BEFORE_START, f"{label} ends {how}.", ids))
        elif slot.start < self._opens or slot.end > self._closes:
            week = self._week
            sentence = (
                f"{label} is outside the program's dates "
                f"({week.start_date:%a %d %b} to {week.end_date:%a %d %b %Y})."
            )
            found.append(_error(ConflictKind.OUTSIDE_DATES, sentence, ids))
        found += self._capacity_checks(session, label)
        found += self._transfer_checks(session, slot, label)
        found += self._availability_checks(session, label)
        return [self._rank_single(conflict, slot) for conflict in found]

    def _rank_single(self, conflict: Conflict, slot: _Slot) -> Ranked:
        key = (slot.start, _KIND_ORDER[conflict.kind], conflict.session_ids, conflict.sentence)
        return key, conflict

    def _capacity_checks(self, session: SessionData, label: str) -> list[Conflict]:
        found = []
        size = len(self._people[session.id])
        venue = self._week.venue_by_id.get(session.venue_id or -1)
        if session.capacity is not None and size > session.capacity:
            sentence = f"{label} has {size} people but room for {session.capacity}."
            found.append(_warning(ConflictKind.SESSION_CAPACITY, sentence, (session.id,)))
        if venue is not None and venue.capacity is not None and size > venue.capacity:
            sentence = f"{label} has {size} people but {venue.name} holds {venue.capacity}."
            found.append(
                _warning(ConflictKind.VENUE_CAPACITY, sentence, (session.id,), venue_id=venue.id)
            )
        return found

    def _transfer_checks(self, session: SessionData, slot: _Slot, label: str) -> list[Conflict]:
        if not session.is_transfer or slot.start_site is None or slot.end_site is None:
            return []
        if slot.start_site == slot.end_site or not slot.valid:
            return []
        need = self._week.travel_minutes.get((slot.start_site, slot.end_site))
        minutes = (slot.end - slot.start) // 60
        trip = self._trip(slot.start_site, slot.end_site)
        if need is None:
            sentence = f"{label}: no travel time is set {trip}; add it to check this transfer."
            return [_warning(ConflictKind.TRANSFER_TOO_SHORT, sentence, (session.id,))]
        if minutes >= need:
            return []
        sentence = f"{label} takes {minutes} min but the trip {trip} takes {need} min."
        return [_error(ConflictKind.TRANSFER_TOO_SHORT, sentence, (session.id,))]

    def _availability_checks(self, session: SessionData, label: str) -> list[Conflict]:
        lecturer = session.lecturer_id
        windows = self._week.availability.get(lecturer) if lecturer is not None else None
        if lecturer is None or not windows:
            return []
        if any(start <= session.start and session.end <= end for start, end in windows):
            return []
        name = self._person_name(lecturer)
        spans = "; ".join(self._week.span_label(start, end) for start, end in windows)
        sentence = f"{name} lectures {label} but is available only {spans}."
        return [
            _warning(ConflictKind.LECTURER_UNAVAILABLE, sentence, (session.id,), people=(lecturer,))
        ]

    def _venue_checks(self, venue_id: int, timeline: list[Key]) -> list[Ranked]:
        venue = self._week.venue_by_id.get(venue_id)
        if venue is None or venue.kind in SHARED_VENUE_KINDS:
            return []
        found = []
        running: list[tuple[int, int]] = []
        for start, end, session_id in timeline:
            running = [item for item in running if item[0] > start]
            for _, other in running:
                sentence = (
                    f"{venue.name} is double-booked: {self._label(other)} "
                    f"and {self._label(session_id)}."
                )
                conflict = _error(
                    ConflictKind.VENUE_DOUBLE_BOOKED,
                    sentence,
                    (other, session_id),
                    venue_id=venue_id,
                )
                found.append(self._rank(conflict))
            running.append((end, session_id))
        return found

    def _overlap_sentences(self, pair: Pair) -> list[Ranked]:
        a_id, b_id = self._in_order(pair)
        a, b = self._sessions[a_id], self._sessions[b_id]
        shared = self._people[a_id] & self._people[b_id]
        both = f"{self._label(a_id)} and {self._label(b_id)}"
        ids = (a_id, b_id)
        if a.for_everyone and b.for_everyone:
            sentence = f"Everyone is in two places at once: {both}."
            return [self._rank(_error(ConflictKind.EVERYONE_DOUBLE_BOOKED, sentence, ids, shared))]
        found, covered = self._group_overlaps(a, b, both)
        rest = shared - covered
        lecturers = {x for x in (a.lecturer_id, b.lecturer_id) if x is not None}
        for lecturer in sorted(lecturers & rest):
            name = self._person_name(lecturer)
            sentence = f"{name} lectures in one and is expected at the other: {both}."
            if a.lecturer_id == b.lecturer_id:
                sentence = f"{name} lectures in two places at once: {both}."
            found.append(_error(ConflictKind.LECTURER_DOUBLE_BOOKED, sentence, ids, {lecturer}))
            rest = rest - {lecturer}
        if rest:
            who = self._names(rest)
            verb = "is" if len(rest) == 1 else "are"
            sentence = f"{who} {verb} in two places at once: {both}."
            found.append(_error(ConflictKind.PERSON_DOUBLE_BOOKED, sentence, ids, rest))
        return [self._rank(conflict) for conflict in found]

    def _group_overlaps(
        self, a: SessionData, b: SessionData, both: str
    ) -> tuple[list[Conflict], set[int]]:
        week = self._week
        found: list[Conflict] = []
        covered: set[int] = set()
        ids = (a.id, b.id)
        for team_id in self._common(a, b, "team_ids"):
            members = week.team_members.get(team_id, frozenset())
            if members:
                name = week.team_by_id[team_id].name
                sentence = f"{name} is in two places at once: {both}."
                kind = ConflictKind.TEAM_DOUBLE_BOOKED
                found.append(_error(kind, sentence, ids, members, team_id=team_id))
                covered |= members
        for delegation_id in self._common(a, b, "delegation_ids"):
            members = week.delegation_members.get(delegation_id, frozenset()) - covered
            if members:
                name = week.delegation_by_id[delegation_id].name
                sentence = f"The delegation {name} is in two places at once: {both}."
                kind = ConflictKind.DELEGATION_DOUBLE_BOOKED
                found.append(_error(kind, sentence, ids, members, delegation_id=delegation_id))
                covered |= members
        return found, covered

    def _common(self, a: SessionData, b: SessionData, attribute: str) -> list[int]:
        """Teams (or delegations) in both sessions; for everyone counts as every one of them."""
        known = self._week.team_by_id if attribute == "team_ids" else self._week.delegation_by_id
        mine: set[int] = set(known) if a.for_everyone else set(getattr(a, attribute))
        theirs: set[int] = set(known) if b.for_everyone else set(getattr(b, attribute))
        return sorted((mine & theirs) & set(known))

    def _travel_sentences(self, pair: Pair) -> list[Ranked]:
        first, then = pair
        problem = self._travel_problem(first, then)
        if problem is None:  # cannot happen: marked pairs are problems
            return []
        from_site, to_site, need = problem
        people: set[int] = set()
        for index in self._travel_classes[pair]:
            people |= self._classes[index].members
        who = self._describe(people, self._sessions[first], self._sessions[then])
        gap = (self._slots[then].start - self._slots[first].end) // 60
        trip = self._trip(from_site, to_site)
        steps = f"{self._label(first)} to {self._label(then)}"
        if need is None:
            sentence = f"{who}: {steps}, {gap} min, and no travel time is set {trip}."
            conflict = _warning(ConflictKind.TRAVEL_TIME, sentence, pair, people=people)
        else:
            sentence = f"{who}: only {gap} min from {steps}; the trip {trip} takes {need} min."
            conflict = _error(ConflictKind.TRAVEL_TIME, sentence, pair, people)
        return [self._rank(conflict)]

    def _describe(self, people: set[int], a: SessionData, b: SessionData) -> str:
        """'Team 3', 'Team 3 and Team 5', 'Everyone', or names: who a sentence is about."""
        week = self._week
        if a.for_everyone and b.for_everyone and week.active_people <= people:
            rest = people - week.active_people
            return "Everyone" + (f" and {self._names(rest)}" if rest else "")
        parts: list[str] = []
        covered: set[int] = set()
        for team_id in self._common(a, b, "team_ids"):
            members = week.team_members.get(team_id, frozenset())
            if members and members <= people:
                parts.append(week.team_by_id[team_id].name)
                covered |= members
        for delegation_id in self._common(a, b, "delegation_ids"):
            members = week.delegation_members.get(delegation_id, frozenset())
            if members and members <= people and not members <= covered:
                parts.append(week.delegation_by_id[delegation_id].name)
                covered |= members
        if people - covered:
            parts.append(self._names(people - covered))
        return _join(parts)

    def _names(self, people: Iterable[int]) -> str:
        names = sorted(self._person_name(p) for p in people)
        if len(names) <= NAMES_SHOWN:
            return _join(names)
        more = len(names) - NAMES_SHOWN + 1
        return ", ".join(names[: NAMES_SHOWN - 1]) + f" and {more} others"

    def _person_name(self, person_id: int) -> str:
        person = self._week.person_by_id.get(person_id)
        return person.name if person is not None else f"participant {person_id}"

    def _trip(self, from_site: int, to_site: int) -> str:
        sites = self._week.site_by_id
        origin = sites[from_site].name if from_site in sites else f"site {from_site}"
        destination = sites[to_site].name if to_site in sites else f"site {to_site}"
        return f"from {origin} to {destination}"


def _same_people(old: SessionData, new: SessionData) -> bool:
    return (
        old.for_everyone == new.for_everyone
        and old.team_ids == new.team_ids
        and old.delegation_ids == new.delegation_ids
        and old.participant_ids == new.participant_ids
        and old.lecturer_id == new.lecturer_id
    )


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _error(
    kind: ConflictKind,
    sentence: str,
    session_ids: tuple[int, ...],
    people: Iterable[int] = (),
    *,
    venue_id: int | None = None,
    team_id: int | None = None,
    delegation_id: int | None = None,
) -> Conflict:
    return Conflict(
        kind, Severity.ERROR, sentence, session_ids, tuple(sorted(people)), venue_id, team_id,
        delegation_id,
    )  # fmt: skip


def _warning(
    kind: ConflictKind,
    sentence: str,
    session_ids: tuple[int, ...],
    *,
    people: Iterable[int] = (),
    venue_id: int | None = None,
) -> Conflict:
    return Conflict(kind, Severity.WARNING, sentence, session_ids, tuple(sorted(people)), venue_id)
