"""Read one program's week from the database into `WeekData` (one session, plain data out)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.schedule.conflicts import Conflict, ConflictEngine
from sakura_desktop.core.schedule.model import (
    GroupData,
    PersonData,
    SessionData,
    SiteData,
    VenueData,
    WeekData,
)
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import ParticipantStatus
from sakura_desktop.db.models import (
    Availability,
    Delegation,
    Participant,
    Program,
    ScheduleSession,
    SessionAudience,
    Site,
    Team,
    TeamMembership,
    TravelTime,
    Venue,
)
from sakura_desktop.errors import NotFoundError


def load_week(factory: SessionFactory, program_id: int) -> WeekData:
    with factory() as session:
        return read_week(session, program_id)


def program_conflicts(factory: SessionFactory, program_id: int) -> list[Conflict]:
    """Every conflict in the program's week, in time order."""
    return ConflictEngine(load_week(factory, program_id)).check_all()


def load_engine(factory: SessionFactory, program_id: int) -> ConflictEngine:
    """What the week view keeps while a program is open."""
    return ConflictEngine(load_week(factory, program_id))


def read_week(session: Session, program_id: int) -> WeekData:
    """The week, read inside an open session (for use cases that already hold one)."""
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(translate("Programs", "No program with id {id}.").format(id=program_id))
    return WeekData(
        program_id=program.id,
        title=program.title,
        timezone=program.timezone,
        start_date=program.start_date,
        end_date=program.end_date,
        sessions=_sessions(session, program_id),
        sites=_sites(session, program_id),
        venues=_venues(session, program_id),
        people=_people(session, program_id),
        teams=_groups(session, Team, program_id),
        delegations=_groups(session, Delegation, program_id),
        memberships=_memberships(session, program_id),
        travel_minutes=_travel(session, program_id),
        availability=_availability(session, program_id),
    )


def person_name(title: str, given: str, preferred: str, family: str) -> str:
    """'Prof. Haruki Tanabe', 'Ploy Srisuk': how sentences and exports name a person."""
    return " ".join(part for part in (title, preferred or given, family) if part)


def _sites(session: Session, program_id: int) -> tuple[SiteData, ...]:
    rows = session.execute(
        select(Site.id, Site.name, Site.address)
        .where(Site.program_id == program_id)
        .order_by(Site.id)
    )
    return tuple(SiteData(site_id, name, address) for site_id, name, address in rows)


def _venues(session: Session, program_id: int) -> tuple[VenueData, ...]:
    rows = session.execute(
        select(Venue.id, Venue.name, Venue.site_id, Venue.capacity, Venue.kind)
        .join(Site, Venue.site_id == Site.id)
        .where(Site.program_id == program_id)
        .order_by(Venue.id)
    )
    return tuple(VenueData(*row) for row in rows)


def _people(session: Session, program_id: int) -> tuple[PersonData, ...]:
    rows = session.execute(
        select(
            Participant.id,
            Participant.title,
            Participant.given_name,
            Participant.preferred_name,
            Participant.family_name,
            Participant.delegation_id,
            Participant.status,
            Participant.external_id,
        )
        .where(Participant.program_id == program_id)
        .order_by(Participant.id)
    )
    return tuple(
        PersonData(
            id=pid,
            name=person_name(title, given, preferred, family),
            delegation_id=delegation_id,
            active=status != ParticipantStatus.WITHDRAWN.value,
            external_id=external_id,
        )
        for pid, title, given, preferred, family, delegation_id, status, external_id in rows
    )


def _groups(
    session: Session, model: type[Team] | type[Delegation], program_id: int
) -> tuple[GroupData, ...]:
    rows = session.execute(
        select(model.id, model.name).where(model.program_id == program_id).order_by(model.id)
    )
    return tuple(GroupData(group_id, name) for group_id, name in rows)


def _memberships(session: Session, program_id: int) -> tuple[tuple[int, int], ...]:
    rows = session.execute(
        select(TeamMembership.team_id, TeamMembership.participant_id)
        .join(Team, TeamMembership.team_id == Team.id)
        .where(Team.program_id == program_id)
        .order_by(TeamMembership.team_id, TeamMembership.participant_id)
    )
    return tuple((team_id, pid) for team_id, pid in rows)


def _travel(session: Session, program_id: int) -> dict[tuple[int, int], int]:
    rows = session.execute(
        select(TravelTime.from_site_id, TravelTime.to_site_id, TravelTime.minutes).where(
            TravelTime.program_id == program_id
        )
    )
    return {(origin, destination): minutes for origin, destination, minutes in rows}


def _availability(
    session: Session, program_id: int
) -> dict[int, tuple[tuple[dt.datetime, dt.datetime], ...]]:
    rows = session.execute(
        select(Availability.participant_id, Availability.start_at, Availability.end_at)
        .join(Participant, Availability.participant_id == Participant.id)
        .where(Participant.program_id == program_id)
        .order_by(Availability.participant_id, Availability.start_at)
    )
    found: dict[int, list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)
    for pid, start, end in rows:
        found[pid].append((start, end))
    return {pid: tuple(windows) for pid, windows in found.items()}


def _audiences(session: Session, program_id: int) -> dict[int, tuple[list[int], ...]]:
    rows = session.execute(
        select(
            SessionAudience.session_id,
            SessionAudience.team_id,
            SessionAudience.delegation_id,
            SessionAudience.participant_id,
        )
        .join(ScheduleSession, SessionAudience.session_id == ScheduleSession.id)
        .where(ScheduleSession.program_id == program_id)
        .order_by(SessionAudience.id)
    )
    found: dict[int, tuple[list[int], ...]] = defaultdict(lambda: ([], [], []))
    for session_id, team_id, delegation_id, participant_id in rows:
        teams, delegations, people = found[session_id]
        if team_id is not None:
            teams.append(team_id)
        elif delegation_id is not None:
            delegations.append(delegation_id)
        elif participant_id is not None:
            people.append(participant_id)
    return found


def _sessions(session: Session, program_id: int) -> tuple[SessionData, ...]:
    audiences = _audiences(session, program_id)
    rows = session.scalars(
        select(ScheduleSession)
        .where(ScheduleSession.program_id == program_id)
        .order_by(ScheduleSession.start_at, ScheduleSession.id)
    )
    return tuple(session_data(row, audiences.get(row.id, ([], [], []))) for row in rows)


def session_data(row: ScheduleSession, audience: tuple[list[int], ...]) -> SessionData:
    """One ORM row (and its audience: team, delegation, participant ids) as plain data."""
    teams, delegations, people = audience
    return SessionData(
        id=row.id,
        title=row.title,
        kind=row.kind,
        start=row.start_at.astimezone(dt.UTC),
        end=row.end_at.astimezone(dt.UTC),
        venue_id=row.venue_id,
        destination_site_id=row.destination_site_id,
        capacity=row.capacity,
        lecturer_id=row.lecturer_id,
        for_everyone=row.for_everyone,
        team_ids=tuple(sorted(teams)),
        delegation_ids=tuple(sorted(delegations)),
        participant_ids=tuple(sorted(people)),
        uuid=row.uuid,
        host=row.host,
        description=row.description,
        notebook_id=row.notebook_id,
        revision=row.revision or 0,
        updated_at=row.updated_at.astimezone(dt.UTC) if row.updated_at is not None else None,
    )
