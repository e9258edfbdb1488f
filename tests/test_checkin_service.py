"""Check-in use cases on a real SQLite file: scans, the journal, undo, head counts, search."""

from __future__ import annotations

import pytest
from checkin_world import World, build_world
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError

from sakura_desktop.core.checkin.checkpoints import (
    checkpoint_facts,
    create_roll_call,
    ensure_checkpoints,
    expected_ids,
    list_checkpoints,
    resolve_checkpoint,
)
from sakura_desktop.core.checkin.decision import Outcome, Tone
from sakura_desktop.core.checkin.service import (
    CheckinDesk,
    headcount,
    manual_checkin,
    recent_scans,
    scan,
    search_people,
    undo,
    where_is_everyone,
)
from sakura_desktop.core.demo import build_demo_program
from sakura_desktop.core.tokens import issue_missing_tokens, reissue_token
from sakura_desktop.db.engine import Database
from sakura_desktop.db.enums import Direction, ParticipantStatus, ScanMethod
from sakura_desktop.db.models import CheckinEvent, Participant, Station
from sakura_desktop.errors import NotFoundError, UserError

LECTURE = "Welcome lecture"
TOUR = "Lab tour: SPring-8"
BUS = "Bus to Harima"
THAI = "Thai delegation meeting"


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def events(world: World) -> list[CheckinEvent]:
    with world.db.session_factory() as session:
        return list(session.scalars(select(CheckinEvent).order_by(CheckinEvent.id)))


# --- checkpoints ------------------------------------------------------------------------------


def test_standard_checkpoints_and_their_audiences(world: World) -> None:
    names = [info.name for info in list_checkpoints(world.db.session_factory, world.program_id)]
    assert names[0] == "Arrival"
    assert names[1:] == [
        "Welcome lecture, Mon 13 Jul 10:00",
        "Lab tour: SPring-8, Mon 13 Jul 11:00",
        "Bus to Harima, Mon 13 Jul 12:00",
        "Thai delegation meeting, Mon 13 Jul 13:00",
    ]  # no checkpoint for free time
    assert world.checkpoints[BUS].allows_exit and not world.checkpoints[LECTURE].allows_exit
    # Idempotent.
    again = ensure_checkpoints(world.db.session_factory, world.program_id)
    assert [i.id for i in again] == [
        i.id for i in list_checkpoints(world.db.session_factory, world.program_id)
    ]
    p = world.people
    active = {p[n] for n in ("anong", "somchai", "duc", "lan", "minji", "taro")}
    with world.db.session_factory() as session:

        def expected(name: str) -> set[int]:
            return expected_ids(session, checkpoint_facts(session, world.cp(name)))

        assert expected("Arrival") == active
        assert expected(LECTURE) == active
        assert expected(TOUR) == {p["anong"], p["minji"], p["taro"]}  # team Red + Taro by name
        assert expected(THAI) == {p["anong"], p["somchai"]}  # the Thai delegation
    counts = {
        i.name.split(",")[0]: i.expected
        for i in list_checkpoints(world.db.session_factory, world.program_id, with_counts=True)
    }
    assert counts[TOUR] == 3 and counts["Arrival"] == 6


def test_resolve_checkpoint_by_id_name_or_unique_part(world: World) -> None:
    factory = world.db.session_factory
    tour = world.checkpoints[TOUR]
    assert resolve_checkpoint(factory, world.program_id, str(tour.id)) == tour
    assert resolve_checkpoint(factory, world.program_id, tour.name.upper()) == tour
    assert resolve_checkpoint(factory, world.program_id, "spring-8") == tour
    with pytest.raises(UserError, match="several"):
        resolve_checkpoint(factory, world.program_id, "mon 13 jul")
    with pytest.raises(NotFoundError):
        resolve_checkpoint(factory, world.program_id, "nowhere")


def test_roll_call_expects_everyone_until_arrival_is_used_then_the_arrived(world: World) -> None:
    factory = world.db.session_factory
    dinner = create_roll_call(factory, world.program_id, "  Dinner   19:00 ")
    assert dinner.name == "Dinner 19:00"
    with pytest.raises(UserError, match="already exists"):
        create_roll_call(factory, world.program_id, "Dinner 19:00")
    assert headcount(factory, dinner.id).expected == 6
    desk = world.desk()
    desk.scan(world.cp("Arrival"), world.tokens["anong"])
    desk.scan(world.cp("Arrival"), world.tokens["duc"])
    assert headcount(factory, dinner.id).expected == 2
    assert desk.scan(dinner.id, world.tokens["minji"]).outcome is Outcome.NOT_EXPECTED
    assert desk.scan(dinner.id, world.tokens["duc"]).outcome is Outcome.ACCEPTED


# --- every decision through the service --------------------------------------------------------


def test_every_decision_is_stored_with_raw_code_only_when_refused(world: World) -> None:
    desk = world.desk()
    forged = world.tokens["anong"][:-1] + ("0" if world.tokens["anong"][-1] != "0" else "1")
    reissue_token(world.db.session_factory, world.people["minji"])
    cases = [
        (TOUR, world.tokens["anong"], Outcome.ACCEPTED, Tone.GREEN),
        (TOUR, world.tokens["anong"], Outcome.ALREADY_IN, Tone.AMBER),
        (TOUR, world.tokens["duc"], Outcome.NOT_EXPECTED, Tone.AMBER),
        (TOUR, world.tokens["jisoo"], Outcome.WITHDRAWN, Tone.RED),
        (TOUR, "not a badge", Outcome.UNKNOWN, Tone.RED),
        (TOUR, world.tokens["minji"], Outcome.REVOKED, Tone.RED),
        (TOUR, forged, Outcome.FORGED, Tone.RED),
        (TOUR, world.other_token, Outcome.WRONG_PROGRAM, Tone.RED),
    ]
    results = [desk.scan(world.cp(cp), code) for cp, code, _, _ in cases]
    assert [(r.outcome, r.tone) for r in results] == [(o, t) for _, _, o, t in cases]
    accepted = results[0]
    assert accepted.person is not None
    assert (accepted.person.given_name, accepted.person.native_name) == ("Anong", "อนงค์ แซ่ตั้ง")
    assert (accepted.person.delegation, accepted.person.country, accepted.person.team) == (
        "Chulalongkorn",
        "Thailand",
        "Red",
    )
    assert accepted.occurred_at.utcoffset().total_seconds() == 9 * 3600  # type: ignore[union-attr]
    stored = events(world)
    assert [e.uuid for e in stored] == [r.event_uuid for r in results]
    assert [e.raw_code is not None for e in stored] == [False] * 3 + [True] * 5
    assert stored[4].raw_code == "not a badge"
    assert {e.operator for e in stored} == {"Aiko"}
    assert [e.participant_id is not None for e in stored] == [True] * 4 + [False, True] + [
        False
    ] * 2
    # The revoked scan is shown as revoked in the recent list, too.
    lines = recent_scans(world.db.session_factory, world.cp(TOUR), limit=20)
    assert [line.outcome for line in reversed(lines)] == [o for _, _, o, _ in cases]
    assert lines[0].person_name == world.other_token


def test_events_are_immutable(world: World) -> None:
    result = world.desk().scan(world.cp(LECTURE), world.tokens["anong"])
    with pytest.raises(DBAPIError), world.db.session_factory.begin() as session:
        session.execute(
            update(CheckinEvent)
            .where(CheckinEvent.uuid == result.event_uuid)
            .values(decision="forged")
        )


def test_station_is_registered_once_by_name(world: World) -> None:
    for _ in range(2):
        scan(world.db.session_factory, world.program_id, world.cp(LECTURE), "x", "Door B", "Ken")
    world.desk("Door A").scan(world.cp(LECTURE), "y")
    with world.db.session_factory() as session:
        assert sorted(session.scalars(select(Station.name))) == ["Door A", "Door B"]


def test_status_changes_are_seen_without_refresh(world: World) -> None:
    desk = world.desk()
    with world.db.session_factory.begin() as session:
        session.execute(
            update(Participant)
            .where(Participant.id == world.people["duc"])
            .values(status=ParticipantStatus.WITHDRAWN.value)
        )
    assert desk.scan(world.cp(LECTURE), world.tokens["duc"]).outcome is Outcome.WITHDRAWN


# --- exit, undo, manual ----------------------------------------------------------------------


def test_exit_direction_on_a_bus(world: World) -> None:
    desk = world.desk()
    bus = world.cp(BUS)
    anong = world.tokens["anong"]
    never_in = desk.scan(bus, anong, direction=Direction.OUT)
    assert (never_in.outcome, never_in.tone) == (Outcome.NOT_EXPECTED, Tone.AMBER)
    assert "nothing to check out" in never_in.message
    assert desk.scan(bus, anong).outcome is Outcome.ACCEPTED
    out = desk.scan(bus, anong, direction=Direction.OUT)
    assert (out.outcome, out.direction) == (Outcome.ACCEPTED, Direction.OUT)
    again = desk.scan(bus, anong, direction=Direction.OUT)
    assert again.outcome is Outcome.ALREADY_IN and "already checked out" in again.message
    assert desk.scan(bus, anong).outcome is Outcome.ACCEPTED  # boards again
    count = headcount(world.db.session_factory, bus)
    assert count.present == 1
    with pytest.raises(UserError, match="entries only"):
        desk.scan(world.cp(LECTURE), anong, direction=Direction.OUT)


def test_undo_voids_without_deleting(world: World) -> None:
    desk = world.desk(operator="Ken")
    lecture = world.cp(LECTURE)
    first = desk.scan(lecture, world.tokens["anong"])
    assert headcount(world.db.session_factory, lecture).present == 1
    undone = desk.undo(first.event_uuid)
    assert undone.voided_uuid == first.event_uuid and "Nong Saetang" in undone.message
    assert headcount(world.db.session_factory, lecture).present == 0
    stored = events(world)
    assert len(stored) == 2
    assert (
        stored[1].decision,
        stored[1].method,
        stored[1].voids_event_uuid,
        stored[1].operator,
    ) == (
        "voided",
        "undo",
        first.event_uuid,
        "Ken",
    )
    with pytest.raises(UserError, match="already undone"):
        desk.undo(first.event_uuid)
    with pytest.raises(UserError, match="itself an undo"):
        desk.undo(undone.event_uuid)
    with pytest.raises(NotFoundError):
        undo(world.db.session_factory, "no-such-uuid", "Main door")
    # The scan after an undo is a fresh welcome, not "already in".
    assert desk.scan(lecture, world.tokens["anong"]).outcome is Outcome.ACCEPTED
    lines = recent_scans(world.db.session_factory, lecture)
    assert [line.voided for line in lines] == [False, True]


def test_manual_checkin_records_method_and_operator(world: World) -> None:
    factory = world.db.session_factory
    result = manual_checkin(
        factory, world.program_id, world.cp(THAI), world.people["somchai"], "Desk", "Yuki"
    )
    assert result.outcome is Outcome.ACCEPTED and result.method is ScanMethod.MANUAL
    stored = events(world)[-1]
    assert (stored.method, stored.operator, stored.raw_code) == ("manual", "Yuki", None)
    manual = world.desk().check_in(world.cp(THAI), world.people["jisoo"])
    assert manual.outcome is Outcome.WITHDRAWN
    with pytest.raises(NotFoundError):
        world.desk().check_in(world.cp(THAI), 99999)


# --- head count and whereabouts ----------------------------------------------------------------


def test_headcount_after_a_sequence_of_scans(world: World) -> None:
    factory = world.db.session_factory
    desk = world.desk()
    p = world.people
    desk.scan(world.cp("Arrival"), world.tokens["minji"])
    world.clock.advance(minutes=30)
    desk.scan(world.cp(LECTURE), world.tokens["minji"])  # Minji was at the lecture ...
    desk.scan(world.cp(TOUR), world.tokens["anong"])
    desk.scan(world.cp(TOUR), world.tokens["anong"])  # a double scan counts once
    desk.scan(world.cp(TOUR), world.tokens["duc"])  # not expected: extra
    wrong = desk.scan(world.cp(TOUR), world.tokens["taro"])
    desk.undo(wrong.event_uuid)  # ... Taro's scan was a mistake
    desk.scan(world.cp(TOUR), "junk")
    count = headcount(factory, world.cp(TOUR))
    assert (count.expected, count.present, count.extra, count.checked_out) == (3, 1, 1, 0)
    missing = {m.person.participant_id: m for m in count.missing}
    assert set(missing) == {p["minji"], p["taro"]}
    minji = missing[p["minji"]]
    assert minji.last_seen is not None
    assert minji.last_seen.checkpoint_name.startswith(LECTURE)
    assert minji.last_seen.at.strftime("%H:%M") == "09:30"  # program time zone
    assert minji.person.delegation == "Seoul Science HS" and minji.person.team == "Red"
    assert missing[p["taro"]].last_seen is None  # the undone scan does not count as a sighting
    thai = headcount(factory, world.cp(THAI))
    contacts = {m.person.participant_id: m.contact for m in thai.missing}
    assert contacts[p["anong"]] == "Somchai Wongsakul"
    assert contacts[p["somchai"]] == ""  # the leader is not told to call himself
    vn = headcount(factory, world.cp(LECTURE))
    vn_contacts = {m.person.participant_id: m.contact for m in vn.missing}
    assert vn_contacts[p["duc"]] == "Thị Lan Trần"
    assert vn_contacts.get(p["lan"], "") == ""  # nor the only teacher herself


def test_a_missing_leader_or_teacher_is_given_another_teacher_to_call() -> None:
    from sakura_desktop.core.checkin.people import DelegationContacts

    contacts = DelegationContacts(
        leaders={1: (10, "Jianguo Li")},
        teachers={1: [(11, "Mei Wang"), (12, "Hao Zhang")], 2: [(20, "Aroon Sri")]},
    )
    assert contacts.for_person(99, 1) == "Jianguo Li"
    assert contacts.for_person(10, 1) == "Mei Wang, Hao Zhang"  # the leader himself
    assert contacts.for_person(11, 2) == "Aroon Sri"
    assert contacts.for_person(20, 2) == ""  # the only teacher: nobody else to call
    assert contacts.for_person(5, None) == ""


def test_headcount_last_seen_with_many_missing_uses_the_program_wide_query(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sakura_desktop.core.checkin import journal

    desk = world.desk()
    desk.scan(world.cp(LECTURE), world.tokens["minji"])
    monkeypatch.setattr(journal, "POINT_QUERY_LIMIT", 0)
    count = headcount(world.db.session_factory, world.cp(TOUR))
    minji = next(m for m in count.missing if m.person.given_name == "Minji")
    assert minji.last_seen is not None and minji.last_seen.checkpoint_id == world.cp(LECTURE)


def test_where_is_everyone(world: World) -> None:
    desk = world.desk()
    desk.scan(world.cp(LECTURE), world.tokens["anong"])
    world.clock.advance(minutes=5)
    desk.scan(world.cp(BUS), world.tokens["anong"])
    desk.scan(world.cp(BUS), world.tokens["anong"], direction=Direction.OUT)
    rows = where_is_everyone(world.db.session_factory, world.program_id)
    assert len(rows) == 6  # withdrawn and departed people are left out
    last = rows[-1]
    assert last.person.given_name == "Anong" and last.last_seen is not None
    assert last.last_seen.direction is Direction.OUT and last.last_seen.label.startswith("left Bus")
    assert all(row.last_seen is None for row in rows[:-1])


# --- search -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("anong", "anong"),
        ("SAETANG", "anong"),
        ("nong", "anong"),  # preferred name
        ("nguyen duc", "duc"),  # without the Vietnamese marks
        ("Nguyễn", "duc"),
        ("tran lan", "lan"),
        ("김민지", "minji"),
        ("민지", "minji"),
        ("山田太郎", "taro"),  # spaces in the native name are ignored
        ("山田", "taro"),
        ("อนงค์", "anong"),
    ],
)
def test_search_in_latin_and_native_scripts(world: World, text: str, who: str) -> None:
    found = search_people(world.db.session_factory, world.program_id, text)
    assert found and found[0].participant_id == world.people[who]
    assert world.desk().search_people(text)[0].participant_id == world.people[who]


def test_search_without_match_or_text(world: World) -> None:
    assert search_people(world.db.session_factory, world.program_id, "zzz") == []
    assert search_people(world.db.session_factory, world.program_id, "   ") == []


# --- the point-query rule equals the set rule, on the demo week ----------------------------------


def test_expected_point_rule_matches_set_rule_on_the_demo(database: Database) -> None:
    factory = database.session_factory
    program = build_demo_program(factory)
    issue_missing_tokens(factory, program.id)
    checkpoints = ensure_checkpoints(factory, program.id)
    desk = CheckinDesk(factory, program.id, station_name="Test")
    from sakura_desktop.core.checkin.people import load_cards

    with factory() as session:
        cards = load_cards(session, program.id)
        for info in checkpoints:
            facts = checkpoint_facts(session, info.id)
            wanted = expected_ids(session, facts)
            point = {pid for pid, card in cards.items() if desk._expects(session, facts, card)}
            assert point == wanted, info.name
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_people_are_expected_only_while_they_stay(database: Database) -> None:
    """The laureate comes on Wednesday only: not missing at Monday's lunch, expected on Wednesday;
    the point check of a scan agrees with the head count."""
    program = build_demo_program(database.session_factory)
    factory = database.session_factory
    checkpoints = {c.name: c for c in ensure_checkpoints(factory, program.id)}
    monday_lunch = next(c for n, c in checkpoints.items() if n.startswith("Lunch (bento)"))
    lecture = next(c for n, c in checkpoints.items() if n.startswith("Nobel laureate lecture"))
    with factory() as session:
        laureate = session.scalars(
            select(Participant).where(Participant.external_id == "LECT-01")
        ).one()
        laureate_id = laureate.id
        assert laureate_id not in expected_ids(session, checkpoint_facts(session, monday_lunch.id))
        assert laureate_id in expected_ids(session, checkpoint_facts(session, lecture.id))
    missing_monday = {m.person.participant_id for m in headcount(factory, monday_lunch.id).missing}
    assert laureate_id not in missing_monday
    token = next(
        t.token
        for t in issue_missing_tokens(factory, program.id)
        if t.participant_id == laureate_id
    )
    desk = CheckinDesk(factory, program.id, station_name="Canteen")
    assert desk.scan(monday_lunch.id, token).outcome is Outcome.NOT_EXPECTED  # he is not here yet
    assert desk.scan(lecture.id, token).outcome is Outcome.ACCEPTED
