"""The per-kind conflict checks and their sentences, as a mixin of `ConflictEngine`.

Each check turns what the engine's timelines found (or one session on its own) into ranked,
plain-language `Conflict`s: dates, capacity, transfers, lecturer availability, venue and people
double-bookings, travel time. They read the engine's state but never change it, so they live
apart from the building and incremental-update code in `conflicts`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.schedule.conflict_timelines import (
    Class,
    Key,
    Pair,
    Ranked,
    Slot,
    slot_key,
    sweep_overlaps,
)
from sakura_desktop.core.schedule.conflict_types import (
    KIND_ORDER,
    NAMES_SHOWN,
    SHARED_VENUE_KINDS,
    Conflict,
    ConflictKind,
    error,
    join_words,
    warning,
)
from sakura_desktop.core.schedule.day_text import day_label, day_year_label
from sakura_desktop.core.schedule.model import SessionData, WeekData


class ConflictChecks:
    """The checks; `ConflictEngine` provides the state declared here."""

    _week: WeekData
    _sessions: dict[int, SessionData]
    _people: dict[int, frozenset[int]]
    _slots: dict[int, Slot]
    _opens: int
    _closes: int
    _classes: list[Class]
    _travel_classes: dict[Pair, set[int]]

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

    def _rank(self, conflict: Conflict) -> Ranked:
        first = min(self._slots[s].start for s in conflict.session_ids)
        key = (first, KIND_ORDER[conflict.kind], conflict.session_ids, conflict.sentence)
        return key, conflict

    def _label(self, session_id: int) -> str:
        return self._week.session_label(self._sessions[session_id])

    def _in_order(self, pair: Pair) -> tuple[int, int]:
        a, b = pair
        return (a, b) if slot_key(a, self._slots[a]) <= slot_key(b, self._slots[b]) else (b, a)

    def _single_checks(self, session: SessionData, slot: Slot) -> list[Ranked]:
        found: list[Conflict] = []
        label = self._week.session_label(session)
        ids = (session.id,)
        if not slot.valid:
            if slot.end == slot.start:
                sentence = translate("ScheduleConflicts", "{session} ends when it starts.")
            else:
                sentence = translate("ScheduleConflicts", "{session} ends before it starts.")
            sentence = sentence.format(session=label)
            found.append(error(ConflictKind.ENDS_BEFORE_START, sentence, ids))
        elif slot.start < self._opens or slot.end > self._closes:
            week = self._week
            sentence = translate(
                "ScheduleConflicts", "{session} is outside the program's dates ({first} to {last})."
            ).format(
                session=label,
                first=day_label(week.start_date),
                last=day_year_label(week.end_date),
            )
            found.append(error(ConflictKind.OUTSIDE_DATES, sentence, ids))
        found += self._capacity_checks(session, label)
        found += self._transfer_checks(session, slot, label)
        found += self._availability_checks(session, label)
        return [self._rank_single(conflict, slot) for conflict in found]

    def _rank_single(self, conflict: Conflict, slot: Slot) -> Ranked:
        key = (slot.start, KIND_ORDER[conflict.kind], conflict.session_ids, conflict.sentence)
        return key, conflict

    def _capacity_checks(self, session: SessionData, label: str) -> list[Conflict]:
        found = []
        size = len(self._people[session.id])
        venue = self._week.venue_by_id.get(session.venue_id or -1)
        if session.capacity is not None and size > session.capacity:
            sentence = translate(
                "ScheduleConflicts", "{session} has {size} people but room for {capacity}."
            ).format(session=label, size=size, capacity=session.capacity)
            found.append(warning(ConflictKind.SESSION_CAPACITY, sentence, (session.id,)))
        if venue is not None and venue.capacity is not None and size > venue.capacity:
            sentence = translate(
                "ScheduleConflicts", "{session} has {size} people but {venue} holds {capacity}."
            ).format(session=label, size=size, venue=venue.name, capacity=venue.capacity)
            found.append(
                warning(ConflictKind.VENUE_CAPACITY, sentence, (session.id,), venue_id=venue.id)
            )
        return found

    def _transfer_checks(self, session: SessionData, slot: Slot, label: str) -> list[Conflict]:
        if not session.is_transfer or slot.start_site is None or slot.end_site is None:
            return []
        if slot.start_site == slot.end_site or not slot.valid:
            return []
        need = self._week.travel_minutes.get((slot.start_site, slot.end_site))
        minutes = (slot.end - slot.start) // 60
        trip = self._trip(slot.start_site, slot.end_site)
        if need is None:
            sentence = translate(
                "ScheduleConflicts",
                "{session}: no travel time is set {trip}; add it to check this transfer.",
            ).format(session=label, trip=trip)
            return [warning(ConflictKind.TRANSFER_TOO_SHORT, sentence, (session.id,))]
        if minutes >= need:
            return []
        sentence = translate(
            "ScheduleConflicts",
            "{session} takes {minutes} min but the trip {trip} takes {need} min.",
        ).format(session=label, minutes=minutes, trip=trip, need=need)
        return [error(ConflictKind.TRANSFER_TOO_SHORT, sentence, (session.id,))]

    def _availability_checks(self, session: SessionData, label: str) -> list[Conflict]:
        lecturer = session.lecturer_id
        windows = self._week.availability.get(lecturer) if lecturer is not None else None
        if lecturer is None or not windows:
            return []
        if any(start <= session.start and session.end <= end for start, end in windows):
            return []
        name = self._person_name(lecturer)
        spans = "; ".join(self._week.span_label(start, end) for start, end in windows)
        sentence = translate(
            "ScheduleConflicts", "{name} lectures {session} but is available only {spans}."
        ).format(name=name, session=label, spans=spans)
        return [
            warning(ConflictKind.LECTURER_UNAVAILABLE, sentence, (session.id,), people=(lecturer,))
        ]

    def _venue_checks(self, venue_id: int, timeline: list[Key]) -> list[Ranked]:
        venue = self._week.venue_by_id.get(venue_id)
        if venue is None or venue.kind in SHARED_VENUE_KINDS:
            return []
        found = []
        for other, session_id in sweep_overlaps(timeline):
            sentence = translate(
                "ScheduleConflicts", "{venue} is double-booked: {first} and {second}."
            ).format(venue=venue.name, first=self._label(other), second=self._label(session_id))
            conflict = error(
                ConflictKind.VENUE_DOUBLE_BOOKED, sentence, (other, session_id), venue_id=venue_id
            )
            found.append(self._rank(conflict))
        return found

    def _overlap_sentences(self, pair: Pair) -> list[Ranked]:
        a_id, b_id = self._in_order(pair)
        a, b = self._sessions[a_id], self._sessions[b_id]
        shared = self._people[a_id] & self._people[b_id]
        both = translate("ScheduleConflicts", "{first} and {second}").format(
            first=self._label(a_id), second=self._label(b_id)
        )
        ids = (a_id, b_id)
        if a.for_everyone and b.for_everyone:
            sentence = translate(
                "ScheduleConflicts", "Everyone is in two places at once: {sessions}."
            ).format(sessions=both)
            return [self._rank(error(ConflictKind.EVERYONE_DOUBLE_BOOKED, sentence, ids, shared))]
        found, covered = self._group_overlaps(a, b, both)
        rest = shared - covered
        lecturers = {x for x in (a.lecturer_id, b.lecturer_id) if x is not None}
        for lecturer in sorted(lecturers & rest):
            name = self._person_name(lecturer)
            sentence = translate(
                "ScheduleConflicts",
                "{name} lectures in one and is expected at the other: {sessions}.",
            )
            if a.lecturer_id == b.lecturer_id:
                sentence = translate(
                    "ScheduleConflicts", "{name} lectures in two places at once: {sessions}."
                )
            sentence = sentence.format(name=name, sessions=both)
            found.append(error(ConflictKind.LECTURER_DOUBLE_BOOKED, sentence, ids, {lecturer}))
            rest = rest - {lecturer}
        if rest:
            who = self._names(rest)
            if len(rest) == 1:
                sentence = translate(
                    "ScheduleConflicts", "{who} is in two places at once: {sessions}."
                )
            else:
                sentence = translate(
                    "ScheduleConflicts", "{who} are in two places at once: {sessions}."
                )
            sentence = sentence.format(who=who, sessions=both)
            found.append(error(ConflictKind.PERSON_DOUBLE_BOOKED, sentence, ids, rest))
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
                sentence = translate(
                    "ScheduleConflicts", "{who} is in two places at once: {sessions}."
                ).format(who=name, sessions=both)
                kind = ConflictKind.TEAM_DOUBLE_BOOKED
                found.append(error(kind, sentence, ids, members, team_id=team_id))
                covered |= members
        for delegation_id in self._common(a, b, "delegation_ids"):
            members = week.delegation_members.get(delegation_id, frozenset()) - covered
            if members:
                name = week.delegation_by_id[delegation_id].name
                sentence = translate(
                    "ScheduleConflicts",
                    "The delegation {name} is in two places at once: {sessions}.",
                ).format(name=name, sessions=both)
                kind = ConflictKind.DELEGATION_DOUBLE_BOOKED
                found.append(error(kind, sentence, ids, members, delegation_id=delegation_id))
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
        before, after = self._label(first), self._label(then)
        if need is None:
            sentence = translate(
                "ScheduleConflicts",
                "{who}: {before} to {after}, {gap} min, and no travel time is set {trip}.",
            ).format(who=who, before=before, after=after, gap=gap, trip=trip)
            conflict = warning(ConflictKind.TRAVEL_TIME, sentence, pair, people=people)
        else:
            sentence = translate(
                "ScheduleConflicts",
                "{who}: only {gap} min from {before} to {after}; the trip {trip} takes {need} min.",
            ).format(who=who, gap=gap, before=before, after=after, trip=trip, need=need)
            conflict = error(ConflictKind.TRAVEL_TIME, sentence, pair, people)
        return [self._rank(conflict)]

    def _describe(self, people: set[int], a: SessionData, b: SessionData) -> str:
        """'Team 3', 'Team 3 and Team 5', 'Everyone', or names: who a sentence is about."""
        week = self._week
        if a.for_everyone and b.for_everyone and week.active_people <= people:
            rest = people - week.active_people
            if not rest:
                return translate("ScheduleConflicts", "Everyone")
            return translate("ScheduleConflicts", "Everyone and {names}").format(
                names=self._names(rest)
            )
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
        return join_words(parts)

    def _names(self, people: Iterable[int]) -> str:
        names = sorted(self._person_name(p) for p in people)
        if len(names) <= NAMES_SHOWN:
            return join_words(names)
        more = len(names) - NAMES_SHOWN + 1
        return translate("ScheduleConflicts", "{names} and {count} others").format(
            names=translate("ScheduleConflicts", ", ").join(names[: NAMES_SHOWN - 1]), count=more
        )

    def _person_name(self, person_id: int) -> str:
        person = self._week.person_by_id.get(person_id)
        if person is not None:
            return person.name
        return translate("ScheduleConflicts", "participant {id}").format(id=person_id)

    def _trip(self, from_site: int, to_site: int) -> str:
        sites = self._week.site_by_id
        unknown = translate("ScheduleConflicts", "site {id}")
        origin = sites[from_site].name if from_site in sites else unknown.format(id=from_site)
        destination = sites[to_site].name if to_site in sites else unknown.format(id=to_site)
        return translate("ScheduleConflicts", "from {origin} to {destination}").format(
            origin=origin, destination=destination
        )
