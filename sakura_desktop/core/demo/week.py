"""The session plan of the demo week, Monday to Friday, as `SessionSpec`s.

Each day is a function returning its sessions (buses between sites, meals, lectures, the
Tuesday lab-tour rotation, the laureate's Wednesday); venues and sites are referred to by
their keys in `places`, teams and delegations by index, people by external id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sakura_desktop.core.demo.people import DIRECTOR_ID, Person
from sakura_desktop.core.demo.places import BUS_STOPS, LAB_SLOTS, LABS, SITES, VENUES
from sakura_desktop.core.demo.program import (
    COACH_SEATS,
    TEAM_COUNT,
)
from sakura_desktop.db.enums import Role, SessionKind


@dataclass(frozen=True)
class SessionSpec:
    """One session of the week; no teams, delegations or participants means everyone."""

    title: str
    kind: SessionKind
    day: int  # 0 is Monday
    start: str  # "HH:MM", program time zone
    end: str
    venue: str  # a key of VENUES
    teams: tuple[int, ...] = ()
    delegations: tuple[int, ...] = ()
    participants: tuple[str, ...] = ()  # external ids
    destination: str | None = None  # a key of SITES, for transfers
    capacity: int | None = None
    host: str = ""
    description: str = ""
    by_laureate: bool = False
    with_notebook: bool = False

    @property
    def for_everyone(self) -> bool:
        return not (self.teams or self.delegations or self.participants)


def _bus(day: int, start: str, end: str, origin: str, destination: str) -> SessionSpec:
    names = dict((key, name) for key, name, _ in SITES)
    return SessionSpec(
        title=f"Bus: {names[origin]} → {names[destination]}",
        kind=SessionKind.TRANSFER,
        day=day,
        start=start,
        end=end,
        venue=BUS_STOPS[origin],
        destination=destination,
        capacity=COACH_SEATS,
        host="Takahashi Daisuke",
        description="Two coaches. Roll call at the door of each coach.",
    )


def _meal(day: int, title: str, start: str, end: str, venue: str) -> SessionSpec:
    return SessionSpec(
        title=title,
        kind=SessionKind.MEAL,
        day=day,
        start=start,
        end=end,
        venue=venue,
        description="Halal, vegetarian, no-pork and no-beef plates are labelled.",
    )


def _breakfast(day: int) -> SessionSpec:
    return _meal(day, "Breakfast", "07:00", "08:00", "restaurant")


def _monday() -> list[SessionSpec]:
    return [
        SessionSpec(
            "Arrival, hotel check-in and badge pick-up", SessionKind.FREE_TIME, 0,
            "11:00", "12:30", "lobby", host="Sato Yumi",
            description="Delegations arrive from Narita Airport by coach.",
        ),
        _meal(0, "Lunch (bento)", "12:30", "13:30", "restaurant"),
        _bus(0, "13:45", "14:15", "city", "campus"),
        SessionSpec(
            "Orientation: the week, safety and house rules", SessionKind.LECTURE, 0,
            "14:30", "15:30", "hall", host="Yamamoto Kenji",
        ),
        SessionSpec(
            "Welcome ceremony", SessionKind.CEREMONY, 0, "15:45", "17:00", "ceremony",
            host="President of the Tsukuba Institute of Science and Technology",
        ),
        _meal(0, "Welcome dinner", "17:30", "19:00", "cafeteria"),
        _bus(0, "19:15", "19:45", "campus", "city"),
    ]  # fmt: skip


def _lab_tours(day: int) -> list[SessionSpec]:
    """Teams t and t+4 tour together; in slot s, lab l hosts pair (l - s) mod 4."""
    pairs = len(LABS)
    tours = []
    for slot, (start, end) in enumerate(LAB_SLOTS):
        for lab, (venue, host) in enumerate(LABS):
            pair = (lab - slot) % pairs
            lab_name = next(name for key, _, name, _ in VENUES if key == venue)
            tours.append(
                SessionSpec(
                    title=f"Lab tour: {lab_name}",
                    kind=SessionKind.LAB_TOUR,
                    day=day,
                    start=start,
                    end=end,
                    venue=venue,
                    teams=(pair, pair + pairs),
                    capacity=24,
                    host=host,
                )
            )
    return tours


def _tuesday(teacher_ids: tuple[str, ...]) -> list[SessionSpec]:
    return [
        _breakfast(1),
        _bus(1, "08:15", "09:00", "city", "park"),
        *_lab_tours(1),
        SessionSpec(
            "Teachers' round table: teaching science through inquiry", SessionKind.LECTURE, 1,
            "09:30", "11:30", "park_seminar", participants=(*teacher_ids, DIRECTOR_ID),
            capacity=16, host="Yamamoto Kenji",
        ),
        _meal(1, "Lunch", "12:45", "13:45", "canteen"),
        SessionSpec(
            "Tsukuba Science City: sixty years of research", SessionKind.LECTURE, 1,
            "14:00", "15:15", "auditorium", host="Dr. Megumi Ishikawa",
        ),
        _bus(1, "15:30", "16:15", "park", "city"),
        SessionSpec(
            "Free time at the hotel", SessionKind.FREE_TIME, 1, "16:15", "18:00", "lobby",
        ),
        _meal(1, "Dinner", "18:00", "19:00", "restaurant"),
    ]  # fmt: skip


def _wednesday() -> list[SessionSpec]:
    """The laureate's day: lecture for all, then half the teams experiment while half do tea."""
    first, second = tuple(range(4)), tuple(range(4, TEAM_COUNT))
    halves = (("13:00", "14:30", first, second), ("14:45", "16:15", second, first))
    afternoon = []
    for start, end, experimenting, at_tea in halves:
        afternoon += [
            SessionSpec(
                "Hands-on experiment: plant pigments", SessionKind.EXPERIMENT, 2, start, end,
                "teaching_lab", teams=experimenting, capacity=44, host="Prof. Haruki Tanabe",
                by_laureate=True, with_notebook=True,
                description="Bring your notebook; Prof. Tanabe signs it at the end.",
            ),
            SessionSpec(
                "Japanese tea ceremony", SessionKind.CULTURAL, 2, start, end, "tatami",
                teams=at_tea, capacity=42, host="Urasenke Tsukuba tea circle",
                description="Socks, please: the tatami room is entered without shoes.",
            ),
        ]  # fmt: skip
    return [
        _breakfast(2),
        _bus(2, "08:15", "08:45", "city", "campus"),
        SessionSpec(
            "Nobel laureate lecture: light, molecules and curiosity", SessionKind.LECTURE, 2,
            "09:00", "10:45", "hall", host="Prof. Haruki Tanabe", by_laureate=True,
            description="Questions from the floor for the last 20 minutes.",
        ),
        SessionSpec(
            "Experiment briefing and laboratory safety", SessionKind.LECTURE, 2,
            "11:00", "12:00", "hall", host="Nakamura Aiko",
        ),
        _meal(2, "Lunch", "12:00", "13:00", "cafeteria"),
        *afternoon,
        _bus(2, "16:30", "17:00", "campus", "city"),
        _meal(2, "Dinner", "18:00", "19:00", "restaurant"),
    ]  # fmt: skip


def _thursday() -> list[SessionSpec]:
    workshops = [
        SessionSpec(
            "Workshop: preparing your country presentation", SessionKind.CULTURAL, 3,
            "09:00", "10:30", f"seminar{room + 1}", delegations=(room, room + 4), capacity=28,
        )
        for room in range(4)
    ]  # fmt: skip
    return [
        _breakfast(3),
        _bus(3, "08:15", "08:45", "city", "campus"),
        *workshops,
        SessionSpec(
            "Country presentations", SessionKind.CULTURAL, 3, "10:45", "12:15", "hall",
            description="Ten minutes per delegation, in English.",
        ),
        _meal(3, "Lunch", "12:15", "13:15", "cafeteria"),
        _bus(3, "13:30", "14:00", "campus", "city"),
        SessionSpec(
            "Free time: Tsukuba city centre", SessionKind.FREE_TIME, 3, "14:15", "17:30",
            "city_square", description="Stay in groups of three or more; back by 17:30.",
        ),
        _meal(3, "Dinner", "18:00", "19:30", "restaurant"),
    ]  # fmt: skip


def _friday() -> list[SessionSpec]:
    return [
        _breakfast(4),
        _bus(4, "08:30", "09:00", "city", "campus"),
        SessionSpec(
            "Farewell ceremony and certificates", SessionKind.CEREMONY, 4, "09:15", "10:45",
            "ceremony", host="Yamamoto Kenji",
        ),
        _meal(4, "Farewell lunch", "11:00", "12:15", "cafeteria"),
        _bus(4, "12:30", "13:00", "campus", "city"),
    ]  # fmt: skip


def week_specs(people: Sequence[Person]) -> list[SessionSpec]:
    teachers = tuple(p.external_id for p in people if p.role == Role.TEACHER)
    return [*_monday(), *_tuesday(teachers), *_wednesday(), *_thursday(), *_friday()]
