"""The demo's people: delegates drawn from the seeded generator, host staff and the laureate.

Students and teachers get names, birthdays, contacts, diets, rooms, travel and teams from
`random.Random(seed)` in a fixed order (so the same seed gives the same people); the host
staff and the laureate are fixed. Nothing here touches the database: `Person.row` is what
the writer inserts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sakura_desktop.core.demo.names import COUNTRIES, Country, strip_marks
from sakura_desktop.core.demo.program import (
    ALLERGIES,
    END,
    HOST_INSTITUTION,
    HOST_MAIL_DOMAIN,
    START,
    STUDENTS_PER_DELEGATION,
    TEACHERS_TOTAL,
    TEAM_COUNT,
    TIMEZONE,
    Pair,
    Row,
    week_time,
)
from sakura_desktop.core.timeutil import at_local
from sakura_desktop.db.enums import Gender, ParticipantStatus, Role


@dataclass(frozen=True)
class HostPerson:
    family: Pair
    given: Pair
    gender: Gender
    role: Role
    duty: str
    birth_year: int
    title: str = ""  # printed before the name on badges


# Host people are fixed, not drawn: coordinators remember "Sato-san runs the buses".
HOST_PEOPLE: tuple[HostPerson, ...] = (
    HostPerson(("Yamamoto", "山本"), ("Kenji", "健二"), Gender.MALE, Role.STAFF,
               "Program director", 1971, "Prof."),
    HostPerson(("Sato", "佐藤"), ("Yumi", "由美"), Gender.FEMALE, Role.STAFF,
               "Coordinator, International Exchange Office", 1985),
    HostPerson(("Takahashi", "高橋"), ("Daisuke", "大輔"), Gender.MALE, Role.STAFF,
               "Coordinator, buses and logistics", 1990),
    HostPerson(("Nakamura", "中村"), ("Aiko", "愛子"), Gender.FEMALE, Role.STAFF,
               "Nurse and safety officer", 1978),
    HostPerson(("Kobayashi", "小林"), ("Shota", "翔太"), Gender.MALE, Role.STAFF,
               "Student volunteer", 2003),
    HostPerson(("Ito", "伊藤"), ("Mariko", "真理子"), Gender.FEMALE, Role.INTERPRETER,
               "English–Japanese interpreter", 1982),
    HostPerson(("Watanabe", "渡辺"), ("Ryo", "涼"), Gender.MALE, Role.INTERPRETER,
               "English–Japanese interpreter", 1993),
)  # fmt: skip
LAUREATE = HostPerson(
    ("Tanabe", "田辺"),
    ("Haruki", "春樹"),
    Gender.MALE,
    Role.LECTURER,
    "Nobel Prize in Chemistry for light-driven molecular catalysts (a fictional laureate)",
    1951,
    title="Prof.",
)
DIRECTOR_ID = "HOST-01"
LAUREATE_ID = "LECT-01"


@dataclass
class Person:
    """One participant row before it is written; `delegation` is an index into COUNTRIES."""

    external_id: str
    family_name: str
    given_name: str
    native_name: str
    role: str
    gender: str
    date_of_birth: dt.date | None
    delegation: int | None = None
    is_leader: bool = False
    preferred_name: str = ""
    email: str | None = None
    phone: str = ""
    dietary: str = ""
    allergies: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    emergency_contact_relation: str = ""
    title: str = ""
    room: str = ""
    arrival_at: dt.datetime | None = None
    departure_at: dt.datetime | None = None
    status: str = ParticipantStatus.REGISTERED.value
    notes: str = ""
    team: int | None = None  # index of the team, students only

    def row(self, program_id: int, delegation_ids: Sequence[int]) -> Row:
        values = dataclasses.asdict(self)
        del values["delegation"], values["team"]
        for key in ("family_name", "given_name", "native_name", "preferred_name"):
            values[key] = unicodedata.normalize("NFC", values[key])
        values["program_id"] = program_id
        values["delegation_id"] = (
            None if self.delegation is None else delegation_ids[self.delegation]
        )
        return values


def _phone(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)


def _mail_local(*parts: str) -> str:
    """'Dela Cruz', 'Peñaflor', 'Seo-yeon' -> 'delacruz', 'penaflor', 'seoyeon'."""
    ascii_parts = []
    for part in parts:
        plain = strip_marks(part).encode("ascii", "ignore").decode().lower()
        ascii_parts.append("".join(ch for ch in plain if ch.isalnum()))
    return ".".join(ascii_parts)


def _birth_date(rng: random.Random, youngest: int, oldest: int) -> dt.date:
    """A birthday that makes the person `youngest`..`oldest` years old on the first day."""
    age = rng.randint(youngest, oldest)
    latest = START.replace(year=START.year - age)
    earliest = START.replace(year=START.year - age - 1) + dt.timedelta(days=1)
    return earliest + dt.timedelta(days=rng.randrange((latest - earliest).days + 1))


def _native_name(country: Country, family: Pair, given: Pair) -> str:
    parts = (family[1], given[1]) if country.family_first else (given[1], family[1])
    return country.native_separator.join(parts)


def _roman_name(country: Country, family: str, given: str) -> str:
    return f"{family} {given}" if country.family_first else f"{given} {family}"


def _other(rng: random.Random, pool: Sequence[Pair], not_this: str) -> str:
    """A romanised name from `pool` other than `not_this` (a parent is not their child's twin)."""
    return rng.choice([roman for roman, _ in pool if roman != not_this])


def _emergency_contact(
    rng: random.Random, country: Country, family: Pair, given: Pair, relation: str
) -> str:
    """A parent or spouse, named as people from that country are named."""
    if relation == "father" and country.code == "MN":
        # A Mongolian's "family" name is a patronymic: the father's given name.
        name = _roman_name(country, _other(rng, country.families, family[0]), family[0])
    elif relation in ("father", "husband"):
        name = _roman_name(country, family[0], _other(rng, country.male, given[0]))
    else:  # mother or wife: keeps her own family name in some countries
        own_family = (
            _other(rng, country.families, family[0]) if country.mother_keeps_name else family[0]
        )
        name = _roman_name(country, own_family, _other(rng, country.female, given[0]))
    return name


def _dietary(rng: random.Random, country: Country) -> str:
    draw, cumulative = rng.random(), 0.0
    for need, share in country.diets:
        cumulative += share
        if draw < cumulative:
            return need
    return ""


class NamePicker:
    """Deals names from shuffled decks, so names rarely repeat inside a delegation.

    Each (country, pool) has its own deck, reshuffled when it runs out; a full name is never
    dealt twice in the program.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.decks: dict[tuple[str, str], list[Any]] = {}
        self.used: set[tuple[str, str, str]] = set()

    def deal(self, key: tuple[str, str], pool: Sequence[Any]) -> Any:
        deck = self.decks.setdefault(key, [])
        if not deck:
            deck.extend(pool)
            self.rng.shuffle(deck)
        return deck.pop()

    def pick(self, country: Country, gender: Gender) -> tuple[Pair, Pair]:
        pool = country.female if gender is Gender.FEMALE else country.male
        while True:
            family: Pair = self.deal((country.code, "family"), country.families)
            given: Pair = self.deal((country.code, gender.value), pool)
            key = (country.code, family[0], given[0])
            if key not in self.used:
                self.used.add(key)
                return family, given

    def nickname(self, country: Country, gender: Gender) -> str:
        female = gender is Gender.FEMALE
        pool = country.nicknames_female if female else country.nicknames_male
        name: str = self.deal((country.code, f"nickname-{gender.value}"), pool)
        return name


def _delegate(
    rng: random.Random,
    names: NamePicker,
    index: int,
    number: int,
    role: Role,
    gender: Gender,
) -> Person:
    """A student or teacher of delegation `index`; `number` makes the external id."""
    country = COUNTRIES[index]
    family, given = names.pick(country, gender)
    student = role is Role.STUDENT
    person = Person(
        external_id=f"{country.code}-{number:03d}",
        family_name=family[0],
        given_name=given[0],
        native_name=_native_name(country, family, given),
        role=role.value,
        gender=gender.value,
        date_of_birth=_birth_date(rng, 15, 18) if student else _birth_date(rng, 30, 60),
        delegation=index,
        dietary=_dietary(rng, country),
        allergies=rng.choice(ALLERGIES) if rng.random() < 0.15 else "",
        emergency_contact_phone=_phone(rng, country.phone),
    )
    if student:
        relation = rng.choice(("mother", "father"))
    else:
        relation = "wife" if gender is Gender.MALE else "husband"
    person.emergency_contact_name = _emergency_contact(rng, country, family, given, relation)
    person.emergency_contact_relation = relation
    if not student or rng.random() < 0.75:
        person.email = f"{_mail_local(given[0], family[0])}@{country.mail_domain}"
    nicknames = country.nicknames_female if gender is Gender.FEMALE else country.nicknames_male
    if student and nicknames and rng.random() < country.nickname_share:
        person.preferred_name = names.nickname(country, gender)
    if rng.random() < 0.04:
        person.notes = "Asthma: carries an inhaler."
    return person


def _delegation_people(
    rng: random.Random, names: NamePicker, index: int, teachers: int
) -> list[Person]:
    females = rng.randint(4, 6)
    genders = [Gender.FEMALE] * females + [Gender.MALE] * (STUDENTS_PER_DELEGATION - females)
    rng.shuffle(genders)
    people = [
        _delegate(rng, names, index, n + 1, Role.STUDENT, gender)
        for n, gender in enumerate(genders)
    ]
    for n in range(teachers):
        gender = rng.choice((Gender.FEMALE, Gender.MALE))
        teacher = _delegate(rng, names, index, 101 + n, Role.TEACHER, gender)
        teacher.is_leader = n == 0
        # A Japanese mobile for the week, made without the random stream (the demo's other
        # values stay as they were for the seed).
        teacher.phone = f"+81 90-{1000 + 10 * index + n:04d}-{2000 + 37 * index:04d}"
        people.append(teacher)
    _assign_rooms_and_travel(rng, index, people)
    return people


def _assign_rooms_and_travel(rng: random.Random, index: int, people: list[Person]) -> None:
    """Twin rooms per gender on the delegation's own floor; teachers in single rooms."""
    floor = (3 + index) * 100
    arrival = at_local(START, dt.time(10, 0), TIMEZONE) + dt.timedelta(
        minutes=15 * rng.randrange(10)
    )
    departure = at_local(END, dt.time(13, 30), TIMEZONE) + dt.timedelta(
        minutes=15 * rng.randrange(9)
    )
    room = 1
    for gender in (Gender.FEMALE, Gender.MALE):
        students = [p for p in people if p.role == Role.STUDENT and p.gender == gender]
        for n, person in enumerate(students):
            person.room = str(floor + room + n // 2)
        room += (len(students) + 1) // 2
    for n, teacher in enumerate(p for p in people if p.role == Role.TEACHER):
        teacher.room = str(floor + 15 + n)
    for person in people:
        person.arrival_at, person.departure_at = arrival, departure


def _withdraw_one(rng: random.Random, people: list[Person]) -> None:
    """Real rosters always have one late withdrawal; check-in must show it red."""
    person = rng.choice([p for p in people if p.role == Role.STUDENT])
    person.status = ParticipantStatus.WITHDRAWN.value
    person.room = ""
    person.arrival_at = person.departure_at = None
    person.notes = "Withdrew on 1 July 2026 (illness); the place was not refilled."


def _host_person(rng: random.Random, number: int, host: HostPerson, external_id: str) -> Person:
    return Person(
        external_id=external_id,
        family_name=host.family[0],
        given_name=host.given[0],
        native_name=host.family[1] + host.given[1],
        role=host.role.value,
        gender=host.gender.value,
        date_of_birth=dt.date(host.birth_year, 1 + rng.randrange(12), 1 + rng.randrange(28)),
        email=f"{_mail_local(host.given[0], host.family[0])}@{HOST_MAIL_DOMAIN}",
        emergency_contact_name=f"{HOST_INSTITUTION} main office",
        emergency_contact_phone=f"+81 29-000-{1000 + number:04d}",
        emergency_contact_relation="employer",
        title=host.title,
        notes=host.duty,
    )


def draw_people(rng: random.Random) -> list[Person]:
    names = NamePicker(rng)
    two_teachers = set(rng.sample(range(len(COUNTRIES)), TEACHERS_TOTAL - len(COUNTRIES)))
    people: list[Person] = []
    for index in range(len(COUNTRIES)):
        people += _delegation_people(rng, names, index, 2 if index in two_teachers else 1)
    _withdraw_one(rng, people)
    for number, host in enumerate(HOST_PEOPLE, start=1):
        people.append(_host_person(rng, number, host, f"HOST-{number:02d}"))
    laureate = _host_person(rng, 99, LAUREATE, LAUREATE_ID)
    # The laureate comes for Wednesday only: check-in must not count him missing on Monday.
    laureate.arrival_at = week_time(2, "08:00")
    laureate.departure_at = week_time(2, "18:00")
    people.append(laureate)
    _assign_teams(people)
    return people


def _assign_teams(people: list[Person]) -> None:
    """Deal each delegation's students round the teams, starting one team further each time.

    Students alternate female/male within a delegation, so every team gets students of (nearly)
    every country and of both genders, and team sizes differ by at most one.
    """
    for index in range(len(COUNTRIES)):
        students = [
            p
            for p in people
            if p.delegation == index
            and p.role == Role.STUDENT
            and p.status != ParticipantStatus.WITHDRAWN
        ]
        females = [p for p in students if p.gender == Gender.FEMALE]
        males = [p for p in students if p.gender == Gender.MALE]
        alternating = [p for pair in zip(females, males, strict=False) for p in pair]
        alternating += females[len(males) :] + males[len(females) :]
        for k, person in enumerate(alternating):
            person.team = (index + k) % TEAM_COUNT
