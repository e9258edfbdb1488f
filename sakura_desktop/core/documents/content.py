"""From plain facts to the input of each renderer (badges, notebooks, paper documents)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sakura_desktop.core.documents.data import (
    PersonFacts,
    ProgramFacts,
    SessionFacts,
    load_sessions,
)
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Role, SessionKind
from sakura_desktop.printing import text
from sakura_desktop.printing.badges import BadgeBack, BadgePerson
from sakura_desktop.printing.fonts import cjk_lang_for_country

# Sessions a badge's "week at a glance" leaves out: everybody knows when meals are.
GLANCE_SKIP = frozenset({SessionKind.MEAL, SessionKind.FREE_TIME, SessionKind.TRANSFER})
JAPAN_EMERGENCY = "Ambulance / fire 119  ·  Police 110"


def lang_of(person: PersonFacts) -> str | None:
    """The delegation's country tells which Han forms to use; host people are Japanese."""
    return cjk_lang_for_country(person.country_code or "JP").value


def uncovered_by_person(people: Iterable[PersonFacts]) -> dict[str, str]:
    """Who has characters in their printed names that no shipped font covers, and which ones
    (they print as empty boxes): "Given FAMILY (delegation)" -> the characters."""
    found: dict[str, str] = {}
    for person in people:
        shown = (person.shown_given, person.family_name, person.native_name, person.title,
                 person.delegation, person.country, person.team_label)  # fmt: skip
        lang = cjk_lang_for_country(person.country_code or "JP")
        chars = text.uncovered(" ".join(shown), lang)
        if chars:
            who = person.full_name + (f" ({person.delegation})" if person.delegation else "")
            before = found.get(who, "")
            found[who] = before + "".join(c for c in chars if c not in before)
    return found


def badge_person(
    person: PersonFacts, token: str, back: BadgeBack | None, host_institution: str = ""
) -> BadgePerson:
    """The badge of `person`; host staff and lecturers (no delegation) are named with the
    program's host institution, as students are with their sending one."""
    team = person.teams[0] if person.teams else None
    own = person.delegation_id is None
    return BadgePerson(
        participant_id=person.id,
        given_name=person.shown_given,
        legal_given_name=person.given_name,
        family_name=person.family_name,
        native_name=person.native_name,
        role=person.role,
        token=token,
        title=person.title,
        delegation=person.delegation,
        institution=person.institution or (host_institution if own else ""),
        country=person.country or ("Japan" if own else ""),
        team=person.team_label,
        team_colour=team.colour if team else None,
        lang=cjk_lang_for_country(person.country_code or "JP"),
        back=back,
    )


def _glance(person: PersonFacts, sessions: Sequence[SessionFacts]) -> BadgeBack:
    days: dict[str, list[str]] = {}
    heads: dict[str, str] = {}  # the last "Lab tour:" of each day
    for item in sessions:
        label = f"{item.start:%a %-d}"
        days.setdefault(label, [])
        if item.kind in GLANCE_SKIP or not item.includes(person):
            continue
        title = short_title(item.title, item.kind)
        head, colon, name = title.partition(": ")
        if colon and heads.get(label) == head:
            title = name  # "09:15 Lab tour: Robotics · 10:10 Plant Genomics": the kind once
        heads[label] = head if colon else ""
        days[label].append(f"{item.start:%H:%M} {title}")
    return BadgeBack(tuple((day, tuple(items)) for day, items in days.items()), ())


def short_title(title: str, kind: SessionKind) -> str:
    """A long title's head ("Tsukuba Science City: sixty years..."), unless the head only names
    the kind ("Lab tour: Plant Genomics Laboratory"): then the name is what tells sessions apart."""
    head, _, _ = title.partition(":")
    names_kind = head.casefold().endswith(kind.value.replace("_", " "))
    return head if len(title) > 34 and len(head) >= 8 and not names_kind else title


def _office_phone(program: ProgramFacts, people: Sequence[PersonFacts]) -> str:
    """The program's emergency number; else the host office, as staff list it for themselves."""
    if program.emergency_phone:
        return program.emergency_phone
    for person in people:
        if person.delegation_id is None and person.emergency_relation == "employer":
            return person.emergency_phone
    return ""


def _leaders(people: Sequence[PersonFacts]) -> dict[int, str]:
    """Each delegation's leader as a student needs them: the name and the phone to call."""
    return {
        p.delegation_id: f"{p.full_name}  {p.phone}".strip()
        for p in people
        if p.is_leader and p.delegation_id is not None
    }


def emergency_lines(
    program: ProgramFacts, person: PersonFacts, everyone: Sequence[PersonFacts]
) -> tuple[str, ...]:
    lines = [JAPAN_EMERGENCY]
    office = _office_phone(program, everyone)
    if office:
        lines.append(f"Host office  {office}")
    leader = _leaders(everyone).get(person.delegation_id or -1)
    if leader and person.role == Role.STUDENT.value:
        lines.append(f"Your leader  {leader}")
    return tuple(lines)


def badge_backs(
    factory: SessionFactory, program: ProgramFacts, people: Sequence[PersonFacts]
) -> dict[int, BadgeBack]:
    from sakura_desktop.core.documents.data import load_people

    with factory() as session:
        sessions = load_sessions(session, program)
        everyone = load_people(session, program.id)
    return {
        p.id: BadgeBack(_glance(p, sessions).days, emergency_lines(program, p, everyone))
        for p in people
    }
