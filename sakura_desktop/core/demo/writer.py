"""Writing the demo into a database: every table in one transaction, then the program summary.

Ids, UUIDs and the program's HMAC secret come from the database and `secrets`, never from
the seed, so two demo databases hold the same content but badges from one never scan in
the other. Rows go in with bulk Core INSERTs, in the order the week's sessions refer to them.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from sakura_desktop.core.demo.names import COUNTRIES
from sakura_desktop.core.demo.notebook import NOTEBOOK_SOURCE, NOTEBOOK_TITLE
from sakura_desktop.core.demo.people import LAUREATE_ID, Person, draw_people
from sakura_desktop.core.demo.places import SITES, TRAVEL_MINUTES, VENUES
from sakura_desktop.core.demo.program import (
    DEMO_SEED,
    END,
    HOST_INSTITUTION,
    PROGRAM_CODE,
    PROGRAM_TITLE,
    START,
    TEAM_COLOURS,
    TEAM_COUNT,
    TIMEZONE,
    Row,
    week_time,
)
from sakura_desktop.core.demo.week import SessionSpec, week_specs
from sakura_desktop.core.programs import ProgramSummary, get_program
from sakura_desktop.core.survey.demo import add_demo_answers
from sakura_desktop.db.base import Base
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import VenueKind
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import (
    SECRET_BYTES,
    Availability,
    Delegation,
    Notebook,
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
from sakura_desktop.errors import UserError


def _insert_ids(session: Session, model: type[Base], rows: list[Row]) -> list[int]:
    """Bulk INSERT (Core, one statement); the new primary keys in the order of `rows`."""
    table = Base.metadata.tables[model.__tablename__]
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.scalars(stmt, rows))


def _write_program(session: Session) -> int:
    program = Program(
        code=PROGRAM_CODE,
        title=PROGRAM_TITLE,
        host_institution=HOST_INSTITUTION,
        start_date=START,
        end_date=END,
        timezone=TIMEZONE,
        emergency_phone="+81 29-000-0110 (24 h, program office)",
        secret=secrets.token_bytes(SECRET_BYTES),
    )
    session.add(program)
    session.flush()
    return program.id


def _venue_kind(key: str) -> str:
    """What kind of room a venue is, read off its key in VENUES."""
    if key.endswith("_bus"):
        return VenueKind.BUS_STOP.value
    if key.startswith("lab") or key == "teaching_lab":
        return VenueKind.LAB.value
    if key in ("hall", "ceremony", "auditorium"):
        return VenueKind.HALL.value
    if key in ("cafeteria", "canteen", "restaurant"):
        return VenueKind.DINING.value
    if key == "city_square":
        return VenueKind.OUTDOOR.value
    return VenueKind.ROOM.value


def _write_places(session: Session, program_id: int) -> tuple[dict[str, int], dict[str, int]]:
    """Sites, venues and travel times; returns (site id by key, venue id by key)."""
    site_ids = _insert_ids(
        session,
        Site,
        [{"program_id": program_id, "name": name, "address": addr} for _, name, addr in SITES],
    )
    sites = {key: site_id for (key, _, _), site_id in zip(SITES, site_ids, strict=True)}
    venue_rows = [
        {"site_id": sites[site], "name": name, "capacity": capacity, "kind": _venue_kind(key)}
        for key, site, name, capacity in VENUES
    ]
    venue_ids = _insert_ids(session, Venue, venue_rows)
    venues = {venue[0]: venue_id for venue, venue_id in zip(VENUES, venue_ids, strict=True)}
    session.execute(
        insert(TravelTime),
        [
            {"program_id": program_id, "from_site_id": sites[a], "to_site_id": sites[b],
             "minutes": minutes}
            for (a, b), minutes in TRAVEL_MINUTES.items()
        ],
    )  # fmt: skip
    return sites, venues


def _write_delegations(session: Session, program_id: int) -> list[int]:
    rows = [
        {
            "program_id": program_id,
            "name": f"{country.name} ({country.city})",
            "country_code": country.code,
            "country_name": country.name,
            "institution": country.institution,
        }
        for country in COUNTRIES
    ]
    return _insert_ids(session, Delegation, rows)


def _write_people(
    session: Session, program_id: int, people: list[Person], delegation_ids: list[int]
) -> dict[str, int]:
    """Participants and the laureate's availability; participant id by external id."""
    rows = [person.row(program_id, delegation_ids) for person in people]
    ids = _insert_ids(session, Participant, rows)
    by_external = {p.external_id: pid for p, pid in zip(people, ids, strict=True)}
    window = {
        "participant_id": by_external[LAUREATE_ID],
        "start_at": week_time(2, "08:30"),
        "end_at": week_time(2, "17:00"),
    }
    session.execute(insert(Availability), [window])
    return by_external


def _write_teams(
    session: Session, program_id: int, people: list[Person], people_ids: dict[str, int]
) -> list[int]:
    rows = [
        {"program_id": program_id, "name": f"Team {n + 1}", "colour": TEAM_COLOURS[n]}
        for n in range(TEAM_COUNT)
    ]
    team_ids = _insert_ids(session, Team, rows)
    members = [
        {"team_id": team_ids[p.team], "participant_id": people_ids[p.external_id]}
        for p in people
        if p.team is not None
    ]
    session.execute(insert(TeamMembership), members)
    return team_ids


def _write_notebook(session: Session, program_id: int, laureate_id: int) -> int:
    rows = [
        {
            "program_id": program_id,
            "title": NOTEBOOK_TITLE,
            "lecturer_id": laureate_id,
            "source": NOTEBOOK_SOURCE,
        }
    ]
    return _insert_ids(session, Notebook, rows)[0]


@dataclass(frozen=True)
class _Ids:
    program: int
    sites: dict[str, int]
    venues: dict[str, int]
    delegations: list[int]
    people: dict[str, int]  # by external id
    teams: list[int]
    notebook: int


def _session_row(spec: SessionSpec, ids: _Ids) -> Row:
    return {
        "program_id": ids.program,
        "title": spec.title,
        "kind": spec.kind.value,
        "start_at": week_time(spec.day, spec.start),
        "end_at": week_time(spec.day, spec.end),
        "venue_id": ids.venues[spec.venue],
        "destination_site_id": ids.sites[spec.destination] if spec.destination else None,
        "capacity": spec.capacity,
        "lecturer_id": ids.people[LAUREATE_ID] if spec.by_laureate else None,
        "host": spec.host,
        "description": spec.description,
        "for_everyone": spec.for_everyone,
        "notebook_id": ids.notebook if spec.with_notebook else None,
    }


def _audience_rows(spec: SessionSpec, session_id: int, ids: _Ids) -> list[Row]:
    empty: Row = {"session_id": session_id, "team_id": None, "delegation_id": None,
                  "participant_id": None}  # fmt: skip
    return (
        [empty | {"team_id": ids.teams[team]} for team in spec.teams]
        + [empty | {"delegation_id": ids.delegations[d]} for d in spec.delegations]
        + [empty | {"participant_id": ids.people[ext]} for ext in spec.participants]
    )


def _write_schedule(session: Session, specs: list[SessionSpec], ids: _Ids) -> None:
    session_ids = _insert_ids(session, ScheduleSession, [_session_row(s, ids) for s in specs])
    audience = [
        row
        for spec, session_id in zip(specs, session_ids, strict=True)
        for row in _audience_rows(spec, session_id, ids)
    ]
    session.execute(insert(SessionAudience), audience)


def build_demo_program(factory: SessionFactory, *, seed: int = DEMO_SEED) -> ProgramSummary:
    """Write the demo week into an open, migrated database, in one transaction."""
    rng = random.Random(seed)
    people = draw_people(rng)
    specs = week_specs(people)
    with factory.begin() as session:
        if session.scalar(select(Program.id).where(Program.code == PROGRAM_CODE)) is not None:
            raise UserError(
                f"This database already holds a program {PROGRAM_CODE}; "
                "create the demo in a new database."
            )
        program_id = _write_program(session)
        sites, venues = _write_places(session, program_id)
        delegation_ids = _write_delegations(session, program_id)
        people_ids = _write_people(session, program_id, people, delegation_ids)
        team_ids = _write_teams(session, program_id, people, people_ids)
        notebook_id = _write_notebook(session, program_id, people_ids[LAUREATE_ID])
        ids = _Ids(program_id, sites, venues, delegation_ids, people_ids, team_ids, notebook_id)
        _write_schedule(session, specs, ids)
    # Survey answers and alumni consents, so the Reports screen and the post-visit summary
    # show a survey (drawn from the same seed).
    add_demo_answers(factory, program_id)
    return get_program(factory, program_id)


def create_demo_database(path: Path) -> ProgramSummary:
    """A new database file holding only the demo program."""
    if path.exists():
        raise UserError(
            f"{path} already exists; the demo never overwrites a file. Choose another path."
        )
    database, _ = open_database(path=path, create=True)
    try:
        return build_demo_program(database.session_factory)
    finally:
        database.dispose()
