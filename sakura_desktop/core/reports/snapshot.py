"""One read of everything the reports need: the program, its people, groups and sessions.

Each report used to ask the database person by person; with 3,000 people that is thousands of
queries. A snapshot reads each table once in one short session, and the reports compute from
plain Python objects (so they are also easy to test and to run in a worker thread).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from sakura_desktop.core.checkin.checkpoints import Audience
from sakura_desktop.core.i18n import translate
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import CheckpointKind, ParticipantStatus
from sakura_desktop.db.models import (
    Checkpoint,
    Delegation,
    Participant,
    Program,
    ScheduleSession,
    SessionAudience,
    Site,
    Team,
    TeamMembership,
    Venue,
)
from sakura_desktop.errors import NotFoundError

HOST_GROUP = "Host (no delegation)"
WITHDRAWN = ParticipantStatus.WITHDRAWN.value


@dataclass(frozen=True)
class ProgramFacts:
    id: int
    code: str
    title: str
    host_institution: str
    start_date: dt.date
    end_date: dt.date
    timezone: str


@dataclass(frozen=True)
class DelegationFacts:
    id: int
    name: str
    country_code: str
    country_name: str
    institution: str


@dataclass(frozen=True)
class Person:
    id: int
    external_id: str
    family_name: str
    given_name: str
    native_name: str
    preferred_name: str
    role: str
    is_leader: bool
    gender: str
    date_of_birth: dt.date | None
    email: str
    phone: str
    dietary: str
    allergies: str
    room: str
    arrival_at: dt.datetime | None  # UTC
    departure_at: dt.datetime | None  # UTC
    status: str
    delegation_id: int | None
    team_ids: tuple[int, ...] = ()

    @property
    def display_name(self) -> str:
        """Preferred (or given) name then family name, as on badges."""
        return f"{self.preferred_name or self.given_name} {self.family_name}".strip()

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.family_name.casefold(), (self.preferred_name or self.given_name).casefold())

    @property
    def withdrawn(self) -> bool:
        return self.status == WITHDRAWN


@dataclass(frozen=True)
class SessionFacts:
    id: int
    title: str
    kind: str
    start: dt.datetime  # UTC
    end: dt.datetime  # UTC
    capacity: int | None
    audience: Audience
    checkpoint_id: int | None
    venue: str = ""  # where it takes place (a transfer: where the bus leaves from)
    destination: str = ""  # a transfer's destination site


@dataclass
class Snapshot:
    program: ProgramFacts
    people: dict[int, Person]
    delegations: dict[int, DelegationFacts]
    teams: dict[int, str]
    sessions: list[SessionFacts]  # in time order
    arrival_checkpoint_id: int | None
    checkpoint_names: dict[int, str] = field(default_factory=dict)
    # Built once from `people`, for expanding audiences quickly (see `expected_at`).
    taking_part: list[Person] = field(init=False)
    by_delegation: dict[int, list[Person]] = field(init=False)
    by_team: dict[int, list[Person]] = field(init=False)

    def __post_init__(self) -> None:
        self.taking_part = [p for p in self.people.values() if not p.withdrawn]
        self.by_delegation = defaultdict(list)
        self.by_team = defaultdict(list)
        for person in self.taking_part:
            if person.delegation_id is not None:
                self.by_delegation[person.delegation_id].append(person)
            for team in person.team_ids:
                self.by_team[team].append(person)

    def delegation_of(self, person: Person) -> DelegationFacts | None:
        if person.delegation_id is None:
            return None
        return self.delegations.get(person.delegation_id)

    def country_code(self, person: Person) -> str:
        delegation = self.delegation_of(person)
        return delegation.country_code if delegation else ""

    def delegation_name(self, person: Person) -> str:
        delegation = self.delegation_of(person)
        return delegation.name if delegation else HOST_GROUP

    def roster_order(self, person: Person) -> tuple[bool, str, str, str]:
        """Delegations by name, host people (no delegation) last; then family and given name."""
        return (
            person.delegation_id is None,
            self.delegation_name(person).casefold(),
            *person.sort_key,
        )

    def team_names(self, person: Person) -> str:
        return ", ".join(sorted(self.teams[t] for t in person.team_ids if t in self.teams))


def load_snapshot(factory: SessionFactory, program_id: int) -> Snapshot:
    """Read the program's people, delegations, teams, sessions and checkpoints at once."""
    with factory() as session:
        program = _program(session, program_id)
        teams = {
            tid: name
            for tid, name in session.connection().execute(
                select(Team.id, Team.name).where(Team.program_id == program_id)
            )
        }
        members: dict[int, list[int]] = defaultdict(list)
        for tid, pid in session.connection().execute(
            select(TeamMembership.team_id, TeamMembership.participant_id).where(
                TeamMembership.team_id.in_(select(Team.id).where(Team.program_id == program_id))
            )
        ):
            members[pid].append(tid)
        people = _people(session, program_id, members)
        delegations = _delegations(session, program_id)
        checkpoints = (
            session.connection()
            .execute(
                select(
                    Checkpoint.id, Checkpoint.name, Checkpoint.kind, Checkpoint.session_id
                ).where(Checkpoint.program_id == program_id)
            )
            .all()
        )
        by_session = {row.session_id: row.id for row in checkpoints if row.session_id is not None}
        arrival = next(
            (row.id for row in checkpoints if row.kind == CheckpointKind.ARRIVAL.value), None
        )
        sessions = _sessions(session, program_id, by_session)
    return Snapshot(
        program=program,
        people=people,
        delegations=delegations,
        teams=teams,
        sessions=sessions,
        arrival_checkpoint_id=arrival,
        checkpoint_names={row.id: row.name for row in checkpoints},
    )


def _program(session: Session, program_id: int) -> ProgramFacts:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(
            translate("ReportTables", "No program with id {id}.").format(id=program_id)
        )
    return ProgramFacts(
        id=program.id,
        code=program.code,
        title=program.title,
        host_institution=program.host_institution,
        start_date=program.start_date,
        end_date=program.end_date,
        timezone=program.timezone,
    )


def _people(session: Session, program_id: int, teams: dict[int, list[int]]) -> dict[int, Person]:
    p = Participant
    rows = session.connection().execute(
        select(
            p.id,
            p.external_id,
            p.family_name,
            p.given_name,
            p.native_name,
            p.preferred_name,
            p.role,
            p.is_leader,
            p.gender,
            p.date_of_birth,
            p.email,
            p.phone,
            p.dietary,
            p.allergies,
            p.room,
            p.arrival_at,
            p.departure_at,
            p.status,
            p.delegation_id,
        ).where(p.program_id == program_id)
    )
    people: dict[int, Person] = {}
    for row in rows:
        values = dict(row._mapping)
        values["external_id"] = values["external_id"] or ""
        values["email"] = values["email"] or ""
        people[row.id] = Person(**values, team_ids=tuple(sorted(teams.get(row.id, ()))))
    return people


def _delegations(session: Session, program_id: int) -> dict[int, DelegationFacts]:
    d = Delegation
    rows = session.connection().execute(
        select(d.id, d.name, d.country_code, d.country_name, d.institution).where(
            d.program_id == program_id
        )
    )
    return {row.id: DelegationFacts(*row) for row in rows}


def _sessions(session: Session, program_id: int, checkpoints: dict[int, int]) -> list[SessionFacts]:
    s = ScheduleSession
    rows = (
        session.connection()
        .execute(
            select(
                s.id,
                s.title,
                s.kind,
                s.start_at,
                s.end_at,
                s.capacity,
                s.for_everyone,
                Venue.name.label("venue"),
                Site.name.label("destination"),
            )
            .outerjoin(Venue, Venue.id == s.venue_id)
            .outerjoin(Site, Site.id == s.destination_site_id)
            .where(s.program_id == program_id)
        )
        .all()
    )
    audiences: dict[int, list[tuple[int | None, int | None, int | None]]] = defaultdict(list)
    for sid, team, delegation, person in session.connection().execute(
        select(
            SessionAudience.session_id,
            SessionAudience.team_id,
            SessionAudience.delegation_id,
            SessionAudience.participant_id,
        )
        .join(s, s.id == SessionAudience.session_id)
        .where(s.program_id == program_id)
    ):
        audiences[sid].append((team, delegation, person))
    result = []
    for row in rows:
        entries = audiences.get(row.id, [])
        audience = Audience(
            everyone=bool(row.for_everyone),
            team_ids=frozenset(t for t, _, _ in entries if t is not None),
            delegation_ids=frozenset(d for _, d, _ in entries if d is not None),
            participant_ids=frozenset(p for _, _, p in entries if p is not None),
            start=row.start_at,
            end=row.end_at,
        )
        result.append(
            SessionFacts(
                id=row.id,
                title=row.title,
                kind=row.kind,
                start=row.start_at,
                end=row.end_at,
                capacity=row.capacity,
                audience=audience,
                checkpoint_id=checkpoints.get(row.id),
                venue=row.venue or "",
                destination=row.destination or "",
            )
        )
    result.sort(key=lambda item: (item.start, item.title, item.id))
    return result
