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

This module holds the incremental `ConflictEngine` (building and updating the timelines); the
conflict types are in `conflict_types`, the timeline data and sweeps in `conflict_timelines`,
and the per-kind checks with their sentences in `conflict_checks`. The public names of all three
are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import gc
from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from itertools import pairwise

from sakura_desktop.core.schedule.conflict_checks import ConflictChecks
from sakura_desktop.core.schedule.conflict_timelines import (
    Class,
    ClassKey,
    Key,
    Pair,
    Ranked,
    Slot,
    overlapping,
    slot_key,
    sorted_pair,
    sweep_overlaps,
)
from sakura_desktop.core.schedule.conflict_types import DOUBLE_BOOKINGS as DOUBLE_BOOKINGS
from sakura_desktop.core.schedule.conflict_types import NAMES_SHOWN as NAMES_SHOWN
from sakura_desktop.core.schedule.conflict_types import SHARED_VENUE_KINDS as SHARED_VENUE_KINDS
from sakura_desktop.core.schedule.conflict_types import Conflict as Conflict
from sakura_desktop.core.schedule.conflict_types import ConflictKind as ConflictKind
from sakura_desktop.core.schedule.conflict_types import Severity as Severity
from sakura_desktop.core.schedule.conflict_types import conflicts_by_session as conflicts_by_session
from sakura_desktop.core.schedule.model import SessionData, WeekData
from sakura_desktop.core.timeutil import local_day_bounds


def find_conflicts(week: WeekData) -> list[Conflict]:
    """Every conflict of the week, sorted by time (a one-shot `ConflictEngine`)."""
    return ConflictEngine(week).check_all()


class ConflictEngine(ConflictChecks):
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
        self._slots: dict[int, Slot] = {}
        self._keys: dict[int, Key] = {}  # valid sessions only
        self._singles: dict[int, list[Ranked]] = {}
        for session in self._sessions.values():
            self._people[session.id] = week.people_in(session)
            self._refresh_session(session)
        self._max_length = max((s.end - s.start for s in self._slots.values()), default=0)
        self._build_venues()
        self._build_classes()

    def _refresh_session(self, session: SessionData) -> None:
        slot = Slot(
            int(session.start.timestamp()),
            int(session.end.timestamp()),
            self._week.start_site(session),
            self._week.end_site(session),
        )
        self._slots[session.id] = slot
        if slot.valid:
            self._keys[session.id] = slot_key(session.id, slot)
        else:
            self._keys.pop(session.id, None)
        self._singles[session.id] = self._single_checks(session, slot)

    def _build_venues(self) -> None:
        self._venue_timelines: dict[int, list[Key]] = defaultdict(list)
        for session_id, session in self._sessions.items():
            slot = self._slots[session_id]
            if session.venue_id is not None and slot.valid:
                self._venue_timelines[session.venue_id].append(slot_key(session_id, slot))
        self._venue_conflicts: dict[int, list[Ranked]] = {}
        for venue_id, timeline in self._venue_timelines.items():
            timeline.sort()
            self._venue_conflicts[venue_id] = self._venue_checks(venue_id, timeline)

    def _class_keys(self) -> dict[ClassKey, set[int]]:
        """People grouped by what decides their timeline."""
        week = self._week
        named: dict[int, list[int]] = defaultdict(list)
        for session in self._sessions.values():
            for person_id in session.participant_ids:
                if person_id in week.active_people:
                    named[person_id].append(session.id)
            if session.lecturer_id is not None:
                named[session.lecturer_id].append(session.id)
        groups: dict[ClassKey, set[int]] = defaultdict(set)
        for person in week.people:
            personal = tuple(sorted(set(named.get(person.id, ()))))
            if person.active:
                teams = week.teams_of.get(person.id, ())
                groups[ClassKey(True, teams, person.delegation_id, personal)].add(person.id)
            elif personal:
                groups[ClassKey(False, (), None, personal)].add(person.id)
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
        self._classes: list[Class] = []
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
        klass = Class(members)
        self._classes.append(klass)
        keys = self._keys
        for session_id in session_ids:
            self._classes_of[session_id].append(index)
        klass.timeline = sorted(keys[s] for s in session_ids if s in keys)
        self._sweep(index, klass)

    def _sweep(self, index: int, klass: Class) -> None:
        for other, session_id in sweep_overlaps(klass.timeline):
            self._mark(index, klass.overlaps, self._overlap_classes, sorted_pair(other, session_id))
        for (_, _, first), (_, _, then) in pairwise(klass.timeline):
            self._travel_link(index, klass, first, then)

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
            slot_key(session_id, self._slots[session_id]),
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
                self._put_in(index, klass, slot_key(session_id, slot))

    def _move_in_venues(self, old: SessionData, old_key: Key | None, new: SessionData) -> None:
        touched = set()
        if old.venue_id is not None and old_key is not None:
            timeline = self._venue_timelines[old.venue_id]
            del timeline[bisect_left(timeline, old_key)]
            touched.add(old.venue_id)
        slot = self._slots[new.id]
        if new.venue_id is not None and slot.valid:
            insort(self._venue_timelines[new.venue_id], slot_key(new.id, slot))
            touched.add(new.venue_id)
        for venue_id in touched:
            timeline = self._venue_timelines[venue_id]
            self._venue_conflicts[venue_id] = self._venue_checks(venue_id, timeline)

    def _take_out(self, index: int, klass: Class, key: Key) -> None:
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

    def _put_in(self, index: int, klass: Class, key: Key) -> None:
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
        for other in overlapping(timeline, key, self._max_length):
            self._mark(index, klass.overlaps, self._overlap_classes, sorted_pair(other, session_id))

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

    def _travel_link(self, index: int, klass: Class, first: int, then: int) -> None:
        if self._travel_problem(first, then) is not None:
            self._mark(index, klass.travel, self._travel_classes, (first, then))

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


def _same_people(old: SessionData, new: SessionData) -> bool:
    return (
        old.for_everyone == new.for_everyone
        and old.team_ids == new.team_ids
        and old.delegation_ids == new.delegation_ids
        and old.participant_ids == new.participant_ids
        and old.lecturer_id == new.lecturer_id
    )
