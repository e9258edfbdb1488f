"""A program's week as plain, immutable data: what the conflict engine, the exports and the week
view read. No ORM objects, no Qt; `loading.load_week` builds it from the database.

Who is in a session (the rule every check and every filter follows): `for_everyone` means every
active participant (not withdrawn); a team or a delegation means its active members; a named
participant means that person when active; the session's lecturer is in it too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.schedule.day_text import day_label
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.enums import SessionKind


@dataclass(frozen=True)
class SiteData:
    id: int
    name: str
    address: str = ""


@dataclass(frozen=True)
class VenueData:
    id: int
    name: str
    site_id: int
    capacity: int | None = None
    kind: str = "other"


@dataclass(frozen=True)
class PersonData:
    id: int
    name: str  # "Given Family" (preferred given name first), with the title if any
    delegation_id: int | None = None
    active: bool = True  # False once withdrawn
    external_id: str | None = None


@dataclass(frozen=True)
class GroupData:
    """A team or a delegation: an id and the name people know it by."""

    id: int
    name: str


@dataclass(frozen=True)
class SessionData:
    id: int
    title: str
    kind: str
    start: dt.datetime  # aware
    end: dt.datetime
    venue_id: int | None = None
    destination_site_id: int | None = None  # transfers: where the bus arrives
    capacity: int | None = None
    lecturer_id: int | None = None
    for_everyone: bool = False
    team_ids: tuple[int, ...] = ()
    delegation_ids: tuple[int, ...] = ()
    participant_ids: tuple[int, ...] = ()
    uuid: str = ""
    host: str = ""
    description: str = ""
    notebook_id: int | None = None
    revision: int = 0  # bumped by every edit: the iCalendar SEQUENCE
    updated_at: dt.datetime | None = None  # aware (UTC); the iCalendar LAST-MODIFIED

    @property
    def is_transfer(self) -> bool:
        return self.kind == SessionKind.TRANSFER.value


@dataclass(frozen=True)
class WeekData:
    """Everything about one program's schedule, as loaded at one moment."""

    program_id: int
    title: str
    timezone: str
    start_date: dt.date
    end_date: dt.date
    sessions: tuple[SessionData, ...]
    sites: tuple[SiteData, ...] = ()
    venues: tuple[VenueData, ...] = ()
    people: tuple[PersonData, ...] = ()
    teams: tuple[GroupData, ...] = ()
    delegations: tuple[GroupData, ...] = ()
    memberships: tuple[tuple[int, int], ...] = ()  # (team_id, participant_id)
    travel_minutes: Mapping[tuple[int, int], int] = field(default_factory=dict)  # site -> site
    availability: Mapping[int, tuple[tuple[dt.datetime, dt.datetime], ...]] = field(
        default_factory=dict
    )  # participant id -> windows; a lecturer with none is always available

    @cached_property
    def site_by_id(self) -> dict[int, SiteData]:
        return {site.id: site for site in self.sites}

    @cached_property
    def venue_by_id(self) -> dict[int, VenueData]:
        return {venue.id: venue for venue in self.venues}

    @cached_property
    def person_by_id(self) -> dict[int, PersonData]:
        return {person.id: person for person in self.people}

    @cached_property
    def team_by_id(self) -> dict[int, GroupData]:
        return {team.id: team for team in self.teams}

    @cached_property
    def delegation_by_id(self) -> dict[int, GroupData]:
        return {delegation.id: delegation for delegation in self.delegations}

    @cached_property
    def session_by_id(self) -> dict[int, SessionData]:
        return {session.id: session for session in self.sessions}

    @cached_property
    def team_members(self) -> dict[int, frozenset[int]]:
        """Active members of each team."""
        return _active_groups(self.memberships, self.person_by_id, (t.id for t in self.teams))

    @cached_property
    def delegation_members(self) -> dict[int, frozenset[int]]:
        pairs = [(p.delegation_id, p.id) for p in self.people if p.delegation_id is not None]
        ids = (d.id for d in self.delegations)
        return _active_groups(pairs, self.person_by_id, ids)

    @cached_property
    def active_people(self) -> frozenset[int]:
        return frozenset(p.id for p in self.people if p.active)

    @cached_property
    def teams_of(self) -> dict[int, tuple[int, ...]]:
        """Team ids of each participant (active or not)."""
        found: dict[int, list[int]] = {}
        for team_id, person_id in sorted(self.memberships):
            found.setdefault(person_id, []).append(team_id)
        return {person: tuple(teams) for person, teams in found.items()}

    def people_in(self, session: SessionData) -> frozenset[int]:
        """Everybody a session holds, its lecturer included (see the module's rule)."""
        if session.for_everyone:
            people = set(self.active_people)
        else:
            people = set()
            for team_id in session.team_ids:
                people |= self.team_members.get(team_id, frozenset())
            for delegation_id in session.delegation_ids:
                people |= self.delegation_members.get(delegation_id, frozenset())
            people |= {p for p in session.participant_ids if p in self.active_people}
        if session.lecturer_id is not None:
            people.add(session.lecturer_id)
        return frozenset(people)

    def start_site(self, session: SessionData) -> int | None:
        venue = self.venue_by_id.get(session.venue_id) if session.venue_id is not None else None
        return venue.site_id if venue is not None else None

    def end_site(self, session: SessionData) -> int | None:
        """Where the people are when it ends: a transfer's destination, else its venue's site."""
        if session.is_transfer and session.destination_site_id is not None:
            return session.destination_site_id
        return self.start_site(session)

    def venue_label(self, session: SessionData) -> str:
        venue = self.venue_by_id.get(session.venue_id) if session.venue_id is not None else None
        if venue is None:
            return ""
        site = self.site_by_id.get(venue.site_id)
        return f"{venue.name}, {site.name}" if site is not None else venue.name

    def audience_label(self, session: SessionData) -> str:
        if session.for_everyone:
            return translate("ScheduleWeek", "Everyone")
        names = [self.team_by_id[t].name for t in session.team_ids if t in self.team_by_id]
        names += [
            self.delegation_by_id[d].name
            for d in session.delegation_ids
            if d in self.delegation_by_id
        ]
        names += [
            self.person_by_id[p].name for p in session.participant_ids if p in self.person_by_id
        ]
        return ", ".join(names)

    def time_label(self, session: SessionData) -> str:
        return self.span_label(session.start, session.end)

    def span_label(self, start_at: dt.datetime, end_at: dt.datetime) -> str:
        """'Tue 14 Jul 09:15–10:00' in the program's time zone."""
        start = local(start_at, self.timezone)
        end = local(end_at, self.timezone)
        same_day = start.date() == end.date()
        end_text = f"{end:%H:%M}" if same_day else f"{day_label(end)} {end:%H:%M}"
        return f"{day_label(start)} {start:%H:%M}–{end_text}"

    def session_label(self, session: SessionData) -> str:
        """'Lab tour: Robotics' (Tue 14 Jul 09:15–10:00) — how sentences name a session."""
        return translate("ScheduleWeek", "'{title}' ({time})").format(
            title=session.title, time=self.time_label(session)
        )

    def sessions_for_team(self, team_id: int) -> list[SessionData]:
        """The team's week: sessions naming the team, and those for everyone."""
        return [s for s in self.sessions if s.for_everyone or team_id in s.team_ids]

    def holds(self, session: SessionData, participant_id: int) -> bool:
        """Whether `participant_id` is in `session` (same rule as `people_in`, without sets)."""
        if session.lecturer_id == participant_id:
            return True
        if participant_id not in self.active_people:
            return False
        if session.for_everyone or participant_id in session.participant_ids:
            return True
        person = self.person_by_id[participant_id]
        if person.delegation_id is not None and person.delegation_id in session.delegation_ids:
            return True
        return any(team in session.team_ids for team in self.teams_of.get(participant_id, ()))

    def sessions_for_participant(self, participant_id: int) -> list[SessionData]:
        return [s for s in self.sessions if self.holds(s, participant_id)]

    def sessions_at_venue(self, venue_id: int) -> list[SessionData]:
        return [s for s in self.sessions if s.venue_id == venue_id]


def _active_groups(
    pairs: Iterable[tuple[int, int]], people: Mapping[int, PersonData], group_ids: Iterable[int]
) -> dict[int, frozenset[int]]:
    found: dict[int, set[int]] = {group: set() for group in group_ids}
    for group, person in pairs:
        record = people.get(person)
        if record is not None and record.active:
            found.setdefault(group, set()).add(person)
    return {group: frozenset(members) for group, members in found.items()}
