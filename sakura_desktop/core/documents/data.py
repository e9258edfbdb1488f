"""Plain data for printed documents, read from the database in one session per job.

People come in roster order: by delegation (host people last), then role, family and given
name. Withdrawn people are left out. Nothing here returns an ORM object.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import ParticipantStatus, Role, SessionKind
from sakura_desktop.db.models import (
    BadgeToken,
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
from sakura_desktop.errors import NotFoundError, UserError

ROLE_ORDER = {
    role.value: n
    for n, role in enumerate(
        (Role.STUDENT, Role.TEACHER, Role.INTERPRETER, Role.STAFF, Role.LECTURER, Role.GUEST)
    )
}


@dataclass(frozen=True)
class ProgramFacts:
    id: int
    code: str
    title: str
    host_institution: str
    start_date: dt.date
    end_date: dt.date
    timezone: str
    emergency_phone: str = ""

    @property
    def dates_label(self) -> str:
        start, end = self.start_date, self.end_date
        if start.year == end.year and start.month == end.month:
            return f"{start.day}–{end.day} {end:%B %Y}"
        return f"{start:%-d %B} – {end:%-d %B %Y}"


@dataclass(frozen=True)
class TeamFacts:
    id: int
    name: str
    colour: str


@dataclass(frozen=True)
class PersonFacts:
    id: int
    family_name: str
    given_name: str
    preferred_name: str
    native_name: str
    title: str
    role: str
    is_leader: bool
    status: str
    delegation_id: int | None
    delegation: str
    country: str
    country_code: str
    teams: tuple[TeamFacts, ...]
    emergency_phone: str
    emergency_relation: str
    external_id: str = ""  # the roster's own id (e.g. CN-001)
    institution: str = ""  # the delegation's sending institution
    phone: str = ""  # their own phone during the visit (a leader's is on students' badges)

    @property
    def shown_given(self) -> str:
        return self.preferred_name or self.given_name

    @property
    def full_name(self) -> str:
        return f"{self.shown_given} {self.family_name}".strip()

    @property
    def team_label(self) -> str:
        return ", ".join(team.name for team in self.teams)

    def roster_key(self) -> tuple[int, str, int, str, str, int]:
        return (
            self.delegation_id is None,
            self.delegation.casefold(),
            ROLE_ORDER.get(self.role, 99),
            self.family_name.casefold(),
            self.given_name.casefold(),
            self.id,
        )


@dataclass(frozen=True)
class SessionFacts:
    id: int
    title: str
    kind: SessionKind
    start: dt.datetime  # in the program's time zone
    end: dt.datetime
    venue: str
    site: str
    host: str
    lecturer_id: int | None
    description: str
    for_everyone: bool
    team_ids: frozenset[int]
    delegation_ids: frozenset[int]
    participant_ids: frozenset[int]
    notebook_id: int | None

    def includes(self, person: PersonFacts) -> bool:
        return (
            self.for_everyone
            or person.id in self.participant_ids
            or (person.delegation_id is not None and person.delegation_id in self.delegation_ids)
            or any(team.id in self.team_ids for team in person.teams)
        )

    @property
    def where(self) -> str:
        return ", ".join(part for part in (self.venue, self.site) if part)


def load_program(session: Session, program_id: int) -> ProgramFacts:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(translate("Programs", "No program with id {id}.").format(id=program_id))
    return ProgramFacts(
        program.id,
        program.code,
        program.title,
        program.host_institution,
        program.start_date,
        program.end_date,
        program.timezone,
        program.emergency_phone,
    )


def _teams_by_person(session: Session, program_id: int) -> dict[int, list[TeamFacts]]:
    teams: dict[int, list[TeamFacts]] = defaultdict(list)
    rows = session.execute(
        select(TeamMembership.participant_id, Team.id, Team.name, Team.colour)
        .join(Team, Team.id == TeamMembership.team_id)
        .where(Team.program_id == program_id)
        .order_by(Team.name)
    )
    for pid, team_id, name, colour in rows:
        teams[pid].append(TeamFacts(team_id, name, colour))
    return teams


def load_people(session: Session, program_id: int, *, withdrawn: bool = False) -> list[PersonFacts]:
    """Everyone of the program in roster order (withdrawn people only when asked)."""
    teams = _teams_by_person(session, program_id)
    rows = session.execute(
        select(
            Participant,
            Delegation.name,
            Delegation.country_name,
            Delegation.country_code,
            Delegation.institution,
        )
        .outerjoin(Delegation, Delegation.id == Participant.delegation_id)
        .where(Participant.program_id == program_id)
    ).all()
    people = [
        PersonFacts(
            id=p.id,
            family_name=p.family_name,
            given_name=p.given_name,
            preferred_name=p.preferred_name,
            native_name=p.native_name,
            title=p.title,
            role=p.role,
            is_leader=p.is_leader,
            status=p.status,
            delegation_id=p.delegation_id,
            delegation=dname or "",
            country=country or "",
            country_code=code or "",
            teams=tuple(teams.get(p.id, ())),
            emergency_phone=p.emergency_contact_phone,
            emergency_relation=p.emergency_contact_relation,
            external_id=p.external_id or "",
            institution=institution or "",
            phone=p.phone or "",
        )
        for p, dname, country, code, institution in rows
    ]
    if not withdrawn:
        people = [p for p in people if p.status != ParticipantStatus.WITHDRAWN.value]
    return sorted(people, key=PersonFacts.roster_key)


def load_sessions(session: Session, program: ProgramFacts) -> list[SessionFacts]:
    audience: dict[int, list[tuple[int | None, int | None, int | None]]] = defaultdict(list)
    for sid, team, delegation, person in session.execute(
        select(
            SessionAudience.session_id,
            SessionAudience.team_id,
            SessionAudience.delegation_id,
            SessionAudience.participant_id,
        ).join(ScheduleSession, ScheduleSession.id == SessionAudience.session_id)
        .where(ScheduleSession.program_id == program.id)
    ):  # fmt: skip
        audience[sid].append((team, delegation, person))
    rows = session.execute(
        select(ScheduleSession, Venue.name, Site.name)
        .outerjoin(Venue, Venue.id == ScheduleSession.venue_id)
        .outerjoin(Site, Site.id == Venue.site_id)
        .where(ScheduleSession.program_id == program.id)
        .order_by(ScheduleSession.start_at, ScheduleSession.title)
    ).all()
    return [_session_facts(row, venue, site, audience[row.id], program.timezone)
            for row, venue, site in rows]  # fmt: skip


def _session_facts(
    row: ScheduleSession,
    venue: str | None,
    site: str | None,
    targets: list[tuple[int | None, int | None, int | None]],
    timezone: str,
) -> SessionFacts:
    return SessionFacts(
        id=row.id,
        title=row.title,
        kind=SessionKind(row.kind),
        start=local(row.start_at, timezone),
        end=local(row.end_at, timezone),
        venue=venue or "",
        site=site or "",
        host=row.host,
        lecturer_id=row.lecturer_id,
        description=row.description,
        for_everyone=row.for_everyone,
        team_ids=frozenset(t for t, _, _ in targets if t is not None),
        delegation_ids=frozenset(d for _, d, _ in targets if d is not None),
        participant_ids=frozenset(p for _, _, p in targets if p is not None),
        notebook_id=row.notebook_id,
    )


# --- choosing who -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Audience:
    """Who a document is for. All filters given must hold (an empty audience is everyone)."""

    delegation: str | None = None  # name, id or country code
    team: str | None = None  # name or id
    participant_ids: tuple[int, ...] = ()
    participants: tuple[str, ...] = ()  # as typed: roster ids (CN-001) or database ids
    unprinted: bool = False  # badges only: people whose live badge was never printed

    @property
    def label(self) -> str:
        parts = []
        if self.delegation:
            parts.append(
                translate("PrintDocuments", "delegation {name}").format(name=self.delegation)
            )
        if self.team:
            parts.append(translate("PrintDocuments", "team {name}").format(name=self.team))
        if self.participant_ids or self.participants:
            count = len(set(self.participant_ids)) + len(self.participants)
            parts.append(translate("PrintDocuments", "{count} selected").format(count=count))
        if self.unprinted:
            parts.append(translate("PrintDocuments", "badges not printed yet"))
        return translate("PrintDocuments", ", ").join(parts) or translate(
            "PrintDocuments", "everyone"
        )


def _matches_delegation(person: PersonFacts, wanted: str) -> bool:
    key = wanted.strip().casefold()
    return person.delegation_id is not None and key in (
        str(person.delegation_id),
        person.delegation.casefold(),
        person.country_code.casefold(),
        person.country.casefold(),
    )


def _matches_team(person: PersonFacts, wanted: str) -> bool:
    key = wanted.strip().casefold()
    return any(key in (str(t.id), t.name.casefold()) for t in person.teams)


def unprinted_ids(session: Session, program_id: int) -> set[int]:
    """People with no live badge, or whose live badge was never printed."""
    printed = set(
        session.scalars(
            select(BadgeToken.participant_id)
            .join(Participant, Participant.id == BadgeToken.participant_id)
            .where(
                Participant.program_id == program_id,
                BadgeToken.revoked_at.is_(None),
                BadgeToken.printed_at.is_not(None),
            )
        )
    )
    everyone = set(
        session.scalars(select(Participant.id).where(Participant.program_id == program_id))
    )
    return everyone - printed


def choose(
    session: Session, program_id: int, people: list[PersonFacts], audience: Audience
) -> list[PersonFacts]:
    chosen = people
    if audience.delegation:
        chosen = [p for p in chosen if _matches_delegation(p, audience.delegation)]
        if not any(_matches_delegation(p, audience.delegation) for p in people):
            raise NotFoundError(
                translate("PrintDocuments", "No delegation {name} in this program.").format(
                    name=repr(audience.delegation)
                )
            )
    if audience.team:
        if not any(_matches_team(p, audience.team) for p in people):
            raise NotFoundError(
                translate("PrintDocuments", "No team {name} with members in this program.").format(
                    name=repr(audience.team)
                )
            )
        chosen = [p for p in chosen if _matches_team(p, audience.team)]
    if audience.participant_ids or audience.participants:
        known = {p.id for p in people}
        missing = sorted(set(audience.participant_ids) - known)
        if missing:
            raise NotFoundError(
                translate("PrintDocuments", "No active participant with id {ids}.").format(
                    ids=", ".join(map(str, missing))
                )
            )
        wanted = set(audience.participant_ids) | resolve_participants(people, audience.participants)
        chosen = [p for p in chosen if p.id in wanted]
    if audience.unprinted:
        todo = unprinted_ids(session, program_id)
        chosen = [p for p in chosen if p.id in todo]
    return chosen


def resolve_participants(people: list[PersonFacts], given: tuple[str, ...]) -> set[int]:
    """The database ids of people named by roster id (external id, first) or database id; a
    NotFoundError names every one not found among the active participants."""
    exact = {p.external_id: p.id for p in people if p.external_id}
    folded = {p.external_id.casefold(): p.id for p in people if p.external_id}
    by_id = {str(p.id): p.id for p in people}
    found: set[int] = set()
    missing: list[str] = []
    for name in given:
        key = name.strip()
        pid = exact.get(key, folded.get(key.casefold(), by_id.get(key)))
        if pid is None:
            missing.append(name)
        else:
            found.add(pid)
    if missing:
        shown = ", ".join(repr(m) for m in missing)
        raise NotFoundError(
            translate(
                "PrintDocuments",
                "No active participant with the roster id or id {ids} in this program.",
            ).format(ids=shown)
        )
    return found


def require_someone(people: list[PersonFacts], audience: Audience) -> None:
    if not people:
        raise UserError(
            translate("PrintDocuments", "Nobody to print for ({audience}).").format(
                audience=audience.label
            )
        )


# --- use cases for the Print screen (each opens and closes its own session) -----------------


@dataclass(frozen=True)
class PrintFacts:
    """What the Print screen offers to choose from: people, who still lacks a badge, sessions."""

    program: ProgramFacts
    people: list[PersonFacts]
    unprinted: set[int]
    sessions: list[SessionFacts]


def print_facts(factory: SessionFactory, program_id: int) -> PrintFacts:
    with factory() as session:
        program = load_program(session, program_id)
        return PrintFacts(
            program,
            load_people(session, program_id),
            unprinted_ids(session, program_id),
            load_sessions(session, program),
        )


def audience_ids(factory: SessionFactory, program_id: int, audience: Audience) -> tuple[int, ...]:
    """The ids of the people an audience names, in roster order (errors as `choose` gives)."""
    with factory() as session:
        people = choose(session, program_id, load_people(session, program_id), audience)
    return tuple(person.id for person in people)
