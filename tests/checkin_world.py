"""A small, fully known program for the check-in tests (and a second program beside it)."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sakura_desktop.core.checkin.checkpoints import CheckpointInfo, ensure_checkpoints
from sakura_desktop.core.checkin.service import CheckinDesk
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.engine import Database
from sakura_desktop.db.enums import ParticipantStatus, Role, SessionKind
from sakura_desktop.db.models import (
    Delegation,
    Participant,
    Program,
    ScheduleSession,
    SessionAudience,
    Team,
)

TOKYO = ZoneInfo("Asia/Tokyo")
START = dt.datetime(2026, 7, 13, 9, 0, tzinfo=TOKYO)


class FakeClock:
    """Starts Monday 09:00 Tokyo and moves one second per reading."""

    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@dataclass
class World:
    db: Database
    program_id: int
    other_program_id: int
    people: dict[str, int]  # short name -> participant id
    tokens: dict[str, str]  # short name -> live token
    other_token: str  # a valid badge of the other program
    checkpoints: dict[str, CheckpointInfo] = field(default_factory=dict)
    clock: FakeClock = field(default_factory=FakeClock)

    def desk(self, station: str = "Main door", operator: str = "Aiko") -> CheckinDesk:
        return CheckinDesk(
            self.db.session_factory,
            self.program_id,
            station_name=station,
            operator=operator,
            clock=self.clock,
        )

    def cp(self, prefix: str) -> int:
        return self.checkpoints[prefix].id


def _program(code: str) -> Program:
    return Program(
        code=code,
        title=f"Week {code}",
        start_date=dt.date(2026, 7, 13),
        end_date=dt.date(2026, 7, 17),
        secret=secrets.token_bytes(32),
    )


def _session(
    program_id: int, title: str, kind: SessionKind, hour: int, **kw: object
) -> ScheduleSession:
    start = START.replace(hour=hour)
    return ScheduleSession(
        program_id=program_id,
        title=title,
        kind=kind.value,
        start_at=start,
        end_at=start + dt.timedelta(hours=1),
        **kw,
    )


def build_world(db: Database) -> World:
    factory = db.session_factory
    with factory.begin() as s:
        program, other = _program("SSP-TEST"), _program("OTHER-WEEK")
        s.add_all([program, other])
        s.flush()
        th = Delegation(
            program_id=program.id, name="Chulalongkorn", country_code="TH", country_name="Thailand"
        )
        vn = Delegation(
            program_id=program.id, name="Hanoi HS", country_code="VN", country_name="Viet Nam"
        )
        kr = Delegation(
            program_id=program.id, name="Seoul Science HS", country_code="KR", country_name="Korea"
        )
        s.add_all([th, vn, kr])
        s.flush()
        red = Team(program_id=program.id, name="Red")
        blue = Team(program_id=program.id, name="Blue")
        s.add_all([red, blue])

        def person(family: str, given: str, **kw: object) -> Participant:
            p = Participant(program_id=program.id, family_name=family, given_name=given, **kw)
            s.add(p)
            return p

        people = {
            "anong": person(
                "Saetang",
                "Anong",
                native_name="อนงค์ แซ่ตั้ง",
                delegation_id=th.id,
                preferred_name="Nong",
            ),
            "somchai": person(
                "Wongsakul",
                "Somchai",
                native_name="สมชาย วงศ์สกุล",
                delegation_id=th.id,
                role=Role.TEACHER.value,
                is_leader=True,
            ),
            "duc": person("Nguyễn", "Văn Đức", native_name="Nguyễn Văn Đức", delegation_id=vn.id),
            "lan": person("Trần", "Thị Lan", delegation_id=vn.id, role=Role.TEACHER.value),
            "minji": person("Kim", "Minji", native_name="김민지", delegation_id=kr.id),
            "jisoo": person(
                "Park",
                "Jisoo",
                native_name="박지수",
                delegation_id=kr.id,
                status=ParticipantStatus.WITHDRAWN.value,
            ),
            "hana": person(
                "Lee",
                "Hana",
                native_name="이하나",
                delegation_id=kr.id,
                status=ParticipantStatus.DEPARTED.value,
            ),
            "taro": person("Yamada", "Taro", native_name="山田 太郎", role=Role.STAFF.value),
        }
        s.flush()
        red.members = [people["anong"], people["minji"]]
        blue.members = [people["duc"]]
        lecture = _session(
            program.id, "Welcome lecture", SessionKind.LECTURE, 10, for_everyone=True
        )
        tour = _session(program.id, "Lab tour: SPring-8", SessionKind.LAB_TOUR, 11)
        bus = _session(program.id, "Bus to Harima", SessionKind.TRANSFER, 12, for_everyone=True)
        thai = _session(program.id, "Thai delegation meeting", SessionKind.CULTURAL, 13)
        free = _session(program.id, "Free time", SessionKind.FREE_TIME, 14, for_everyone=True)
        s.add_all([lecture, tour, bus, thai, free])
        s.flush()
        s.add_all(
            [
                SessionAudience(session_id=tour.id, team_id=red.id),
                SessionAudience(session_id=tour.id, participant_id=people["taro"].id),
                SessionAudience(session_id=thai.id, delegation_id=th.id),
            ]
        )
        other_person = Participant(program_id=other.id, family_name="Other", given_name="Person")
        s.add(other_person)
        s.flush()
        ids = {name: p.id for name, p in people.items()}
        program_id, other_id, other_pid = program.id, other.id, other_person.id
    tokens = {t.participant_id: t.token for t in issue_missing_tokens(factory, program_id)}
    other_token = issue_missing_tokens(factory, other_id)[0].token
    assert other_token and other_pid
    world = World(
        db=db,
        program_id=program_id,
        other_program_id=other_id,
        people=ids,
        tokens={name: tokens[pid] for name, pid in ids.items()},
        other_token=other_token,
    )
    for info in ensure_checkpoints(factory, program_id):
        world.checkpoints[info.name.split(",")[0]] = info
    return world
