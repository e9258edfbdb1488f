"""A small week whose every report number is worked out by hand (see EXPECTED in the tests).

Program SSP-REP, Tokyo, Monday 13 July 2026. Eight people:

  anong   Chulalongkorn (TH) student F 17   vegetarian, peanuts    room 301  team Red
  somchai Chulalongkorn (TH) teacher M 46   leader, no beef        room 302
  minji   Seoul Science HS (KR) student F 18 (birthday on day one) shellfish, peanuts  room 305  Red
  jisoo   Seoul Science HS (KR) student, WITHDRAWN, halal          room 306
  hyun    Seoul Science HS (KR) teacher M, no birth date, leader, "none"   room 310
  budi    SMA Negeri 3 Bandung (ID) student M 19, halal, ARRIVES LATE (14:30)   room 10   Blue
  sari    SMA Negeri 3 Bandung (ID) student F 20, "vegan; no pork", LEAVES EARLY (14:00)
          room 9  Blue
  taro    host staff M 36, status departed, no room

Survey: anong (lectures 5, overall 4, come back yes, a comment) and minji (lectures 3, overall 5,
maybe) answer; taro answers too but staff are not surveyed. Alumni consent: anong and budi yes,
minji no.

Sessions (Monday unless said): lecture 10-11 (everyone), lunch 12-13 (meal, everyone),
bus 15:00-15:45 (transfer, everyone, 5 seats), lab tour 16-17 (team Red and taro), dinner 18-19
(meal, everyone, nobody scanned), free time 20-21, breakfast Tuesday 07:30 (meal, not scanned).

Scans, on two stations whose journals are merged into the first ("Main door"):
  lecture  Main door 09:40: anong, somchai, minji, taro, budi (not expected: not arrived yet),
           sari (then undone), jisoo (refused: withdrawn); Door 2 10:05: anong again (a merged
           duplicate), hyun
  lunch    Main door: anong, somchai; Door 2: minji
  bus      Main door: anong, budi, hyun; anong gets off (checked out: still attended)
  lab tour Main door: minji, taro, taro again (already in); Door 2: anong; Main door: anong
           (both stations admitted her apart: a merged duplicate)
"""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from checkin_world import FakeClock

from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints
from sakura_desktop.core.checkin.service import CheckinDesk
from sakura_desktop.core.sync.export import export_journal
from sakura_desktop.core.sync.merge import merge_journal
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.engine import Database
from sakura_desktop.db.enums import Direction, ParticipantStatus, Role, SessionKind
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import (
    Delegation,
    Participant,
    Program,
    ScheduleSession,
    SessionAudience,
    Site,
    Team,
    Venue,
)

TOKYO = ZoneInfo("Asia/Tokyo")
DAY = dt.date(2026, 7, 13)


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=TOKYO)


@dataclass
class ReportWorld:
    path: Path
    db: Database
    program_id: int
    people: dict[str, int]
    sessions: dict[str, int]
    checkpoints: dict[str, int]  # session short name -> checkpoint id


def add_program(db: Database) -> tuple[int, dict[str, int], dict[str, int]]:
    with db.session_factory.begin() as s:
        program = Program(
            code="SSP-REP",
            title="Report Week",
            host_institution="Tsukuba Institute",
            start_date=DAY,
            end_date=DAY + dt.timedelta(days=4),
            secret=secrets.token_bytes(32),
        )
        s.add(program)
        s.flush()
        pid = program.id
        th = Delegation(program_id=pid, name="Chulalongkorn", country_code="TH",
                        country_name="Thailand",
                        institution="Chulalongkorn University")  # fmt: skip
        kr = Delegation(program_id=pid, name="Seoul Science HS", country_code="KR",
                        country_name="Korea", institution="Seoul Science High School")  # fmt: skip
        idn = Delegation(program_id=pid, name="SMA Negeri 3 Bandung", country_code="ID",
                         country_name="Indonesia", institution="SMA Negeri 3 Bandung")  # fmt: skip
        s.add_all([th, kr, idn])
        s.flush()
        red, blue = Team(program_id=pid, name="Red"), Team(program_id=pid, name="Blue")
        s.add_all([red, blue])

        def person(family: str, given: str, **kw: object) -> Participant:
            p = Participant(program_id=pid, family_name=family, given_name=given, **kw)
            s.add(p)
            return p

        people = {
            "anong": person("Saetang", "Anong", native_name="อนงค์ แซ่ตั้ง", delegation_id=th.id,
                            gender="female", date_of_birth=dt.date(2008, 9, 1),
                            dietary="Vegetarian", allergies="peanuts", room="301"),
            "somchai": person("Wongsakul", "Somchai", native_name="สมชาย วงศ์สกุล",
                              delegation_id=th.id, role=Role.TEACHER.value, is_leader=True,
                              gender="male", date_of_birth=dt.date(1980, 7, 13),
                              phone="+66 81 234 5678", dietary="no beef", room="302"),
            "minji": person("Kim", "Minji", native_name="김민지", delegation_id=kr.id,
                            gender="female", date_of_birth=dt.date(2008, 7, 13),
                            allergies="Shellfish, Peanuts", room="305"),
            "jisoo": person("Park", "Jisoo", native_name="박지수", delegation_id=kr.id,
                            gender="female", status=ParticipantStatus.WITHDRAWN.value,
                            dietary="halal", room="306"),
            "hyun": person("Choi", "Hyun", native_name="최현", delegation_id=kr.id,
                           role=Role.TEACHER.value, is_leader=True, gender="male",
                           phone="+82 10 1234 5678", dietary="none", room="310"),
            "budi": person("Santoso", "Budi", delegation_id=idn.id, gender="male",
                           date_of_birth=dt.date(2007, 1, 1), dietary="Halal", room="10",
                           arrival_at=at(14, 30)),
            "sari": person("Wulandari", "Sari", delegation_id=idn.id, gender="female",
                           date_of_birth=dt.date(2006, 5, 5), dietary="vegan; no pork",
                           room="9", departure_at=at(14, 0)),
            "taro": person("Yamada", "Taro", native_name="山田 太郎", role=Role.STAFF.value,
                           gender="male", date_of_birth=dt.date(1990, 1, 1),
                           status=ParticipantStatus.DEPARTED.value),
        }  # fmt: skip
        s.flush()
        red.members = [people["anong"], people["minji"]]
        blue.members = [people["budi"], people["sari"]]
        site = Site(program_id=pid, name="Hotel Sakura")
        harima = Site(program_id=pid, name="Harima Campus")
        s.add_all([site, harima])
        s.flush()
        bay = Venue(site_id=site.id, name="Coach Bay")
        hall = Venue(site_id=site.id, name="Cafeteria")
        s.add_all([bay, hall])
        s.flush()

        def session(name: str, kind: SessionKind, start: dt.datetime, minutes: int,
                    **kw: object) -> ScheduleSession:  # fmt: skip
            row = ScheduleSession(program_id=pid, title=name, kind=kind.value, start_at=start,
                                  end_at=start + dt.timedelta(minutes=minutes), **kw)  # fmt: skip
            s.add(row)
            return row

        sessions = {
            "lecture": session("Welcome lecture", SessionKind.LECTURE, at(10), 60,
                               for_everyone=True),
            "lunch": session("Lunch", SessionKind.MEAL, at(12), 60, for_everyone=True,
                             venue_id=hall.id),
            "bus": session("Bus to Harima", SessionKind.TRANSFER, at(15), 45, for_everyone=True,
                           capacity=5, venue_id=bay.id, destination_site_id=harima.id),
            "tour": session("Lab tour", SessionKind.LAB_TOUR, at(16), 60),
            "dinner": session("Dinner", SessionKind.MEAL, at(18), 60, for_everyone=True,
                              venue_id=hall.id),
            "free": session("Free time", SessionKind.FREE_TIME, at(20), 60, for_everyone=True),
            "breakfast": session("Breakfast", SessionKind.MEAL, at(7, 30, DAY +
                                 dt.timedelta(days=1)), 60, for_everyone=True),
        }  # fmt: skip
        s.flush()
        s.add_all(
            [
                SessionAudience(session_id=sessions["tour"].id, team_id=red.id),
                SessionAudience(session_id=sessions["tour"].id, participant_id=people["taro"].id),
            ]
        )
        return pid, {k: p.id for k, p in people.items()}, {k: v.id for k, v in sessions.items()}


def build_report_world(tmp_path: Path) -> ReportWorld:
    """The program above in `week.db`, after both stations' scans were merged into it."""
    path = tmp_path / "week.db"
    db, _ = open_database(path=path, create=True)
    program_id, people, sessions = add_program(db)
    tokens = {
        t.participant_id: t.token for t in issue_missing_tokens(db.session_factory, program_id)
    }
    infos = ensure_checkpoints(db.session_factory, program_id)
    by_session = {info.session_id: info.id for info in infos if info.session_id is not None}
    checkpoints = {name: by_session[sid] for name, sid in sessions.items() if sid in by_session}
    db.dispose()
    door2_path = tmp_path / "door2.db"
    shutil.copyfile(path, door2_path)
    main = _open(path)
    door2 = _open(door2_path)
    token = {name: tokens[pid] for name, pid in people.items()}
    _scan_main_door(main, program_id, checkpoints, token)
    _scan_door2(door2, program_id, checkpoints, token)
    journal = export_journal(door2.session_factory, program_id, tmp_path / "door2.journal")
    door2.dispose()
    merge_journal(main.session_factory, program_id, journal.path)
    _answer_the_survey(main, people)
    return ReportWorld(path, main, program_id, people, sessions, checkpoints)


def _answer_the_survey(db: Database, people: dict[str, int]) -> None:
    """anong and minji answer (taro too, but staff are not surveyed); anong and budi agree to
    alumni contact, minji says no, nobody asked the others."""
    from sakura_desktop.core.survey.answers import record_answers, record_consent
    from sakura_desktop.core.survey.questionnaire import ComeBack, Consent, SurveyAnswers

    now = at(18, 30)
    answers = {
        "anong": SurveyAnswers({"lectures": 5, "overall": 4}, ComeBack.YES, "Loved the lab"),
        "minji": SurveyAnswers({"lectures": 3, "overall": 5}, ComeBack.MAYBE),
        "taro": SurveyAnswers({"overall": 1}, ComeBack.NO, "Too much paperwork"),
    }
    with db.session_factory.begin() as session:
        for name, given in answers.items():
            record_answers(session, people[name], given, source="app", now=now)
        for name, consent in (("anong", Consent.YES), ("budi", Consent.YES),
                              ("minji", Consent.NO)):  # fmt: skip
            record_consent(session, people[name], consent, now=now)


def _open(path: Path) -> Database:
    db, _ = open_database(path=path)
    return db


def _desk(db: Database, program_id: int, station: str, clock: FakeClock) -> CheckinDesk:
    return CheckinDesk(db.session_factory, program_id, station_name=station, operator="Aiko",
                       clock=clock)  # fmt: skip


def _scan_main_door(db: Database, program_id: int, cps: dict[str, int],
                    token: dict[str, str]) -> None:  # fmt: skip
    clock = FakeClock(at(9, 40))
    desk = _desk(db, program_id, "Main door", clock)
    for name in ("anong", "somchai", "minji", "taro", "budi"):
        desk.scan(cps["lecture"], token[name])
    undone = desk.scan(cps["lecture"], token["sari"])
    desk.undo(undone.event_uuid)
    desk.scan(cps["lecture"], token["jisoo"])
    clock.now = at(11, 55)
    desk.scan(cps["lunch"], token["anong"])
    desk.scan(cps["lunch"], token["somchai"])
    clock.now = at(14, 50)
    for name in ("anong", "budi", "hyun"):
        desk.scan(cps["bus"], token[name])
    clock.now = at(15, 44)
    desk.scan(cps["bus"], token["anong"], direction=Direction.OUT)
    clock.now = at(15, 58)
    desk.scan(cps["tour"], token["minji"])
    desk.check_in(cps["tour"], _pid(db, program_id, "Yamada"))
    desk.check_in(cps["tour"], _pid(db, program_id, "Yamada"))
    clock.now = at(16, 2)
    desk.scan(cps["tour"], token["anong"])


def _scan_door2(db: Database, program_id: int, cps: dict[str, int],
                token: dict[str, str]) -> None:  # fmt: skip
    clock = FakeClock(at(10, 5))
    desk = _desk(db, program_id, "Door 2", clock)
    desk.scan(cps["lecture"], token["anong"])
    desk.scan(cps["lecture"], token["hyun"])
    clock.now = at(12, 1)
    desk.scan(cps["lunch"], token["minji"])
    clock.now = at(16, 1)
    desk.scan(cps["tour"], token["anong"])


def _pid(db: Database, program_id: int, family: str) -> int:
    from sqlalchemy import select

    with db.session() as s:
        return int(
            s.scalars(
                select(Participant.id).where(
                    Participant.program_id == program_id, Participant.family_name == family
                )
            ).one()
        )
