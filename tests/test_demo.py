"""The demo program: its shape, its names, a conflict-free week, determinism, and no overwrites."""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from schedule_check import Conflict, find_conflicts, load_week
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from sakura_desktop.core.demo import (
    DEMO_SEED,
    LAUREATE_ID,
    PROGRAM_CODE,
    build_demo_program,
    create_demo_database,
)
from sakura_desktop.core.programs import ProgramSummary
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.engine import Database
from sakura_desktop.db.enums import ParticipantStatus, Role, SessionKind
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import (
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

TOKYO = "Asia/Tokyo"

# Unicode blocks a native name may use, per country (besides spaces and hyphens).
SCRIPTS: dict[str, list[tuple[int, int]]] = {
    "CN": [(0x4E00, 0x9FFF)],  # CJK unified ideographs
    "KR": [(0xAC00, 0xD7A3)],  # Hangul syllables
    "TH": [(0x0E00, 0x0E7F)],  # Thai
    "IN": [(0x0900, 0x097F)],  # Devanagari
    "MN": [(0x0400, 0x04FF)],  # Cyrillic (with Ө and Ү)
}


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Database, ProgramSummary]]:
    """A fresh demo database, open; tests that break the demo get their own."""
    database, _ = open_database(path=tmp_path / "demo.db", create=True)
    try:
        yield database, build_demo_program(database.session_factory)
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def shared_demo(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Database, ProgramSummary]]:
    """One demo for the read-only tests of this module."""
    path = tmp_path_factory.mktemp("shared") / "demo.db"
    database, _ = open_database(path=path, create=True)
    try:
        yield database, build_demo_program(database.session_factory)
    finally:
        database.dispose()


def conflicts(database: Database, program_id: int) -> list[Conflict]:
    with database.session_factory() as session:
        return find_conflicts(load_week(session, program_id))


def participants(session: Session) -> list[Participant]:
    return list(session.scalars(select(Participant)))


# --- shape ------------------------------------------------------------------------------------


def test_summary_counts(shared_demo: tuple[Database, ProgramSummary]) -> None:
    _, summary = shared_demo
    assert summary.code == PROGRAM_CODE
    assert (summary.start_date, summary.end_date) == (dt.date(2026, 7, 13), dt.date(2026, 7, 17))
    assert summary.start_date.weekday() == 0
    assert summary.timezone == TOKYO
    assert (summary.delegations, summary.teams) == (8, 8)
    assert 90 <= summary.participants <= 110


def test_delegations_and_people(shared_demo: tuple[Database, ProgramSummary]) -> None:
    database, _ = shared_demo
    with database.session_factory() as session:
        delegations = list(session.scalars(select(Delegation)))
        people = participants(session)
    assert sorted(d.country_code for d in delegations) == sorted(
        ["CN", "KR", "TH", "VN", "IN", "ID", "MN", "PH"]
    )
    assert all(d.institution for d in delegations)
    roles = Counter(p.role for p in people)
    assert 75 <= roles[Role.STUDENT] <= 90
    assert 8 <= roles[Role.TEACHER] <= 12
    assert 4 <= roles[Role.STAFF] <= 6
    assert 1 <= roles[Role.INTERPRETER] <= 2
    assert roles[Role.LECTURER] == 1
    for delegation in delegations:
        members = [p for p in people if p.delegation_id == delegation.id]
        teachers = [p for p in members if p.role == Role.TEACHER]
        assert 1 <= len(teachers) <= 2
        leaders = [p for p in members if p.is_leader]
        assert len(leaders) == 1 and leaders[0].role == Role.TEACHER
    hosts = [p for p in people if p.role not in (Role.STUDENT, Role.TEACHER)]
    assert all(p.delegation_id is None for p in hosts)
    assert len({p.external_id for p in people}) == len(people)


def test_students_are_plausible(shared_demo: tuple[Database, ProgramSummary]) -> None:
    database, summary = shared_demo
    with database.session_factory() as session:
        people = participants(session)
    start = summary.start_date
    for person in people:
        assert person.date_of_birth is not None
        age = (start - person.date_of_birth).days // 365.25
        if person.role == Role.STUDENT:
            assert 15 <= age <= 18, person.external_id
        elif person.role == Role.TEACHER:
            assert 30 <= age <= 60, person.external_id
        assert person.emergency_contact_name and person.emergency_contact_phone
    students = [p for p in people if p.role == Role.STUDENT]
    assert {p.gender for p in students} == {"female", "male"}
    assert any("halal" in p.dietary for p in students)
    assert any("vegetarian" in p.dietary for p in students)
    assert any(p.allergies for p in students)
    active = [p for p in students if p.status != ParticipantStatus.WITHDRAWN]
    assert all(p.room and p.arrival_at and p.departure_at for p in active)
    assert all(p.arrival_at.tzinfo is not None for p in active)  # type: ignore[union-attr]
    assert {(p.external_id or "")[:2] for p in students} == {
        "CN", "KR", "TH", "VN", "IN", "ID", "MN", "PH"
    }  # fmt: skip


def _in_script(text: str, blocks: list[tuple[int, int]]) -> bool:
    return all(ch in " -" or any(lo <= ord(ch) <= hi for lo, hi in blocks) for ch in text) and any(
        ch not in " -" for ch in text
    )


def _is_latin(text: str) -> bool:
    return all(ch in " -" or "LATIN" in unicodedata.name(ch) for ch in text)


def test_native_names_are_in_the_right_script(
    shared_demo: tuple[Database, ProgramSummary],
) -> None:
    database, _ = shared_demo
    with database.session_factory() as session:
        rows = session.execute(
            select(Participant, Delegation.country_code).outerjoin(Delegation)
        ).all()
    seen_marks = False
    for person, country in rows:
        name = person.native_name
        assert name, person.external_id
        for text in (name, person.family_name, person.given_name, person.preferred_name):
            assert unicodedata.is_normalized("NFC", text)
        if country in SCRIPTS:
            assert _in_script(name, SCRIPTS[country]), (country, name)
        elif country == "VN":
            assert _is_latin(name), name
            seen_marks |= not name.isascii()
            plain = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
            plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
            assert plain == f"{person.family_name} {person.given_name}"
        elif country in ("ID", "PH"):
            assert _is_latin(name), name
        else:  # host staff, interpreters and the laureate: Japanese in kanji
            assert _in_script(name, [(0x4E00, 0x9FFF)]), name
    assert seen_marks, "Vietnamese names keep their diacritics"


def test_mongolian_names_use_mongolian_letters(
    shared_demo: tuple[Database, ProgramSummary],
) -> None:
    database, _ = shared_demo
    with database.session_factory() as session:
        names = session.scalars(
            select(Participant.native_name).join(Delegation).where(Delegation.country_code == "MN")
        ).all()
    assert any("Ө" in n or "ө" in n or "Ү" in n or "ү" in n for n in names)


def test_places(shared_demo: tuple[Database, ProgramSummary]) -> None:
    database, _ = shared_demo
    with database.session_factory() as session:
        sites = list(session.scalars(select(Site)))
        venues = list(session.scalars(select(Venue)))
        travel = {(t.from_site_id, t.to_site_id) for t in session.scalars(select(TravelTime))}
    assert len(sites) == 3 and all(site.address for site in sites)
    assert travel == {(a.id, b.id) for a in sites for b in sites if a != b}
    assert {v.site_id for v in venues} == {s.id for s in sites}
    assert sum("Laboratory" in v.name or "Centre" in v.name for v in venues) >= 4


def test_teams_are_mixed(shared_demo: tuple[Database, ProgramSummary]) -> None:
    database, _ = shared_demo
    with database.session_factory() as session:
        teams = list(session.scalars(select(Team)))
        memberships = session.execute(
            select(TeamMembership.team_id, Participant).join(
                Participant, TeamMembership.participant_id == Participant.id
            )
        ).all()
        students = [p for p in participants(session) if p.role == Role.STUDENT]
    assert len(teams) == 8
    assert all(len(t.colour) == 7 and t.colour.startswith("#") for t in teams)
    assert len({t.colour for t in teams}) == 8
    members: dict[int, list[Participant]] = defaultdict(list)
    for team_id, person in memberships:
        members[team_id].append(person)
    sizes = [len(m) for m in members.values()]
    assert max(sizes) - min(sizes) <= 1
    for team_members in members.values():
        assert len({p.delegation_id for p in team_members}) >= 5
        assert {p.gender for p in team_members} == {"female", "male"}
        assert all(p.role == Role.STUDENT for p in team_members)
    in_teams = Counter(p.id for _, p in memberships)
    for student in students:
        expected = 0 if student.status == ParticipantStatus.WITHDRAWN else 1
        assert in_teams[student.id] == expected, student.external_id


# --- the schedule -------------------------------------------------------------------------------


def test_sessions_cover_the_week_and_every_kind(
    shared_demo: tuple[Database, ProgramSummary],
) -> None:
    database, summary = shared_demo
    with database.session_factory() as session:
        sessions = list(session.scalars(select(ScheduleSession)))
    days = {local(s.start_at, TOKYO).date() for s in sessions}
    assert days == {summary.start_date + dt.timedelta(days=n) for n in range(5)}
    assert {s.kind for s in sessions} == {kind.value for kind in SessionKind}
    by_day = defaultdict(set)
    for s in sessions:
        by_day[local(s.start_at, TOKYO).date()].add(s.kind)
    for kinds in by_day.values():
        assert SessionKind.MEAL in kinds and SessionKind.TRANSFER in kinds
    first, last = min(days), max(days)
    assert SessionKind.CEREMONY in by_day[first] and SessionKind.CEREMONY in by_day[last]
    for s in sessions:
        if s.kind == SessionKind.TRANSFER:
            assert s.destination_site_id is not None and s.venue_id is not None


def test_every_team_visits_every_lab_once(shared_demo: tuple[Database, ProgramSummary]) -> None:
    database, _ = shared_demo
    with database.session_factory() as session:
        visits = session.execute(
            select(SessionAudience.team_id, ScheduleSession.venue_id)
            .join(ScheduleSession)
            .where(ScheduleSession.kind == SessionKind.LAB_TOUR)
        ).all()
        team_ids = set(session.scalars(select(Team.id)))
        tours = list(
            session.scalars(
                select(ScheduleSession).where(ScheduleSession.kind == SessionKind.LAB_TOUR)
            )
        )
    labs = {venue for _, venue in visits}
    assert len(labs) == 4
    assert all(not tour.for_everyone for tour in tours)
    assert Counter(visits) == Counter({(team, lab): 1 for team in team_ids for lab in labs})


def test_laureate_lecture_and_notebook(shared_demo: tuple[Database, ProgramSummary]) -> None:
    database, _ = shared_demo
    with database.session_factory() as session:
        laureate = session.scalars(
            select(Participant).where(Participant.external_id == LAUREATE_ID)
        ).one()
        lectures = session.scalars(
            select(ScheduleSession).where(ScheduleSession.lecturer_id == laureate.id)
        ).all()
        windows = session.scalars(
            select(Availability).where(Availability.participant_id == laureate.id)
        ).all()
        notebook = session.scalars(select(Notebook)).one()
        experiments = session.scalars(
            select(ScheduleSession).where(ScheduleSession.kind == SessionKind.EXPERIMENT)
        ).all()
    assert laureate.role == Role.LECTURER
    assert {s.kind for s in lectures} >= {SessionKind.LECTURE.value}
    assert windows
    assert experiments and all(s.notebook_id == notebook.id for s in experiments)
    assert notebook.lecturer_id == laureate.id
    for section in ("## Safety", "## Background", "## Materials", "## Procedure", "## Data"):
        assert section in notebook.source
    assert "1. " in notebook.source and "| " in notebook.source


def test_demo_week_has_no_conflict(shared_demo: tuple[Database, ProgramSummary]) -> None:
    database, summary = shared_demo
    assert conflicts(database, summary.id) == []


def _first(session: Session, kind: SessionKind, title: str = "") -> ScheduleSession:
    return session.scalars(
        select(ScheduleSession)
        .where(ScheduleSession.kind == kind, ScheduleSession.title.contains(title))
        .order_by(ScheduleSession.start_at, ScheduleSession.id)
    ).first()  # type: ignore[return-value]


def _move_tour_onto_next_slot(session: Session) -> None:
    """A team's first lab tour moved onto its second: the team is in two labs at once."""
    tour = _first(session, SessionKind.LAB_TOUR)
    team = session.scalars(
        select(SessionAudience.team_id).where(SessionAudience.session_id == tour.id)
    ).first()
    later = session.scalars(
        select(ScheduleSession)
        .join(SessionAudience)
        .where(SessionAudience.team_id == team, ScheduleSession.start_at > tour.start_at)
        .order_by(ScheduleSession.start_at)
    ).first()
    assert later is not None
    tour.start_at, tour.end_at = later.start_at, later.end_at


def _shrink_lab(session: Session) -> None:
    tour = _first(session, SessionKind.LAB_TOUR)
    session.execute(update(Venue).where(Venue.id == tour.venue_id).values(capacity=5))


def _shrink_session(session: Session) -> None:
    _first(session, SessionKind.LAB_TOUR).capacity = 5


def _bus_to_the_wrong_site(session: Session) -> None:
    """The morning bus to the research park goes to the campus: no time left for the labs."""
    tour = _first(session, SessionKind.LAB_TOUR)
    park = session.scalars(select(Venue.site_id).where(Venue.id == tour.venue_id)).one()
    bus = session.scalars(
        select(ScheduleSession)
        .where(
            ScheduleSession.kind == SessionKind.TRANSFER,
            ScheduleSession.destination_site_id == park,
        )
        .order_by(ScheduleSession.start_at)
    ).first()
    assert bus is not None
    other = session.scalars(
        select(Site.id).where(Site.id != park, Site.id != _venue_site(session, bus.venue_id))
    ).one()
    bus.destination_site_id = other


def _venue_site(session: Session, venue_id: int | None) -> int:
    return session.scalars(select(Venue.site_id).where(Venue.id == venue_id)).one()


def _drop_morning_bus_and_slow_traffic(session: Session) -> None:
    lecture = _first(session, SessionKind.LECTURE, "laureate")
    day_start = lecture.start_at - dt.timedelta(hours=3)
    bus = session.scalars(
        select(ScheduleSession).where(
            ScheduleSession.kind == SessionKind.TRANSFER,
            ScheduleSession.start_at.between(day_start, lecture.start_at),
        )
    ).one()
    session.delete(bus)
    session.execute(update(TravelTime).values(minutes=120))


def _short_bus(session: Session) -> None:
    bus = _first(session, SessionKind.TRANSFER)
    bus.end_at = bus.start_at + dt.timedelta(minutes=5)


def _laureate_leaves_early(session: Session) -> None:
    lecture = _first(session, SessionKind.LECTURE, "laureate")
    session.execute(update(Availability).values(end_at=lecture.start_at + dt.timedelta(hours=1)))


def _ceremony_on_saturday(session: Session) -> None:
    ceremony = session.scalars(
        select(ScheduleSession)
        .where(ScheduleSession.kind == SessionKind.CEREMONY)
        .order_by(ScheduleSession.start_at.desc())
    ).first()
    assert ceremony is not None
    ceremony.start_at += dt.timedelta(days=1)
    ceremony.end_at += dt.timedelta(days=1)


def _lunch_overlaps_lecture(session: Session) -> None:
    lecture = _first(session, SessionKind.LECTURE, "laureate")
    lunch = session.scalars(
        select(ScheduleSession).where(
            ScheduleSession.kind == SessionKind.MEAL, ScheduleSession.start_at > lecture.start_at
        )
    ).first()
    assert lunch is not None
    lunch.start_at = lecture.end_at - dt.timedelta(minutes=10)


def _delegation_into_a_team_slot(session: Session) -> None:
    """A delegation added to a lab tour: its students are already in their own teams' tours."""
    tour = _first(session, SessionKind.LAB_TOUR)
    delegation = session.scalars(select(Delegation.id)).first()
    session.add(SessionAudience(session_id=tour.id, delegation_id=delegation))


def _remove_all_audiences(session: Session) -> None:
    """Control: removing the audience of the tours cannot create a conflict."""
    session.execute(delete(SessionAudience))


BREAKAGES: dict[str, tuple[Callable[[Session], None], set[str]]] = {
    "tour moved onto the team's next tour": (_move_tour_onto_next_slot, {"person", "venue"}),
    "lab smaller than two teams": (_shrink_lab, {"capacity"}),
    "session capacity too small": (_shrink_session, {"capacity"}),
    "bus to the wrong site": (_bus_to_the_wrong_site, {"travel"}),
    "no bus, slow traffic": (_drop_morning_bus_and_slow_traffic, {"travel"}),
    "bus faster than the road": (_short_bus, {"transfer"}),
    "laureate leaves early": (_laureate_leaves_early, {"availability"}),
    "ceremony after the program": (_ceremony_on_saturday, {"dates"}),
    "lunch during the lecture": (_lunch_overlaps_lecture, {"person"}),
    "delegation double-booked": (_delegation_into_a_team_slot, {"person", "capacity"}),
    "control: fewer people": (_remove_all_audiences, set()),
}


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_the_checker_finds_each_kind_of_conflict(
    demo: tuple[Database, ProgramSummary], name: str
) -> None:
    database, summary = demo
    breakage, expected = BREAKAGES[name]
    with database.session() as session:
        breakage(session)
    found = {conflict.kind for conflict in conflicts(database, summary.id)}
    assert found >= expected
    if not expected:
        assert found == set()


# --- determinism and freshness ------------------------------------------------------------------

VOLATILE = {"id", "uuid", "secret", "created_at", "updated_at", "recorded_at"}


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows without ids, uuids, secrets and timestamps of creation, sorted."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        result = {}
        for table in sorted(tables):
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            keep = [i for i, c in enumerate(columns) if c not in VOLATILE]
            rows = [tuple(row[i] for i in keep) for row in cursor]
            if table == "app_metadata":  # the badge secret's note names the program's uuid
                rows = [row for row in rows if not str(row[0]).startswith("badge_secret:")]
            result[table] = sorted(rows, key=repr)
        return result
    finally:
        conn.close()


def _build(path: Path, seed: int = DEMO_SEED) -> ProgramSummary:
    database, _ = open_database(path=path, create=True)
    try:
        return build_demo_program(database.session_factory, seed=seed)
    finally:
        database.dispose()


def _column(path: Path, sql: str) -> set[object]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute(sql)}
    finally:
        conn.close()


def test_same_seed_same_content_fresh_identities(tmp_path: Path) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    first, second = _build(one), _build(two)
    assert dump(one) == dump(two)
    assert dump(one)["participants"]  # the comparison compared something
    assert first.uuid != second.uuid
    assert _column(one, "SELECT secret FROM programs") != _column(
        two, "SELECT secret FROM programs"
    )
    for table in ("participants", "schedule_sessions", "delegations", "notebooks"):
        sql = f"SELECT uuid FROM {table}"
        assert not _column(one, sql) & _column(two, sql), table


def test_another_seed_gives_another_week(tmp_path: Path) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    _build(one)
    summary = _build(two, seed=DEMO_SEED + 1)
    assert dump(one)["participants"] != dump(two)["participants"]
    database, _ = open_database(path=two)
    try:
        assert conflicts(database, summary.id) == []
    finally:
        database.dispose()


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_other_seeds_are_conflict_free_too(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "seed.db"
    summary = _build(path, seed=seed)
    database, _ = open_database(path=path)
    try:
        assert conflicts(database, summary.id) == []
    finally:
        database.dispose()


# --- creating the file --------------------------------------------------------------------------


def test_create_demo_database(tmp_path: Path) -> None:
    path = tmp_path / "new" / "demo.db"
    summary = create_demo_database(path)
    assert path.exists()
    assert summary.code == PROGRAM_CODE
    assert summary.participants > 0


@pytest.mark.parametrize("content", [b"", b"my precious data\x00\xff"])
def test_create_demo_database_never_overwrites(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "existing.db"
    path.write_bytes(content)
    with pytest.raises(UserError, match="already exists; the demo never overwrites a file"):
        create_demo_database(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.db"]


def test_existing_sqlite_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "real.db"
    _build(path)
    before = path.read_bytes()
    with pytest.raises(UserError, match="Choose another path"):
        create_demo_database(path)
    assert path.read_bytes() == before


def test_second_demo_in_the_same_database_is_refused(
    demo: tuple[Database, ProgramSummary],
) -> None:
    database, summary = demo
    with pytest.raises(UserError, match=PROGRAM_CODE):
        build_demo_program(database.session_factory)
    with database.session_factory() as session:
        assert session.scalars(select(Program.id)).all() == [summary.id]
