"""Teams for rotations: by hand, or auto-formed so each team mixes delegations, genders, roles.

A participant is in at most one team through these use cases (`assign_to_team` moves people);
the schema would allow more, and a team list shows all of a person's teams if that happens.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.core.roster.values import clean_name
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import ParticipantStatus, Role
from sakura_desktop.db.models import (
    Participant,
    Program,
    SessionAudience,
    Team,
    TeamMembership,
)
from sakura_desktop.errors import NotFoundError, UserError

P: Table = Participant.__table__  # type: ignore[assignment]
T: Table = Team.__table__  # type: ignore[assignment]
M: Table = TeamMembership.__table__  # type: ignore[assignment]
PALETTE = (
    "#e6194b",
    "#3cb44b",
    "#4363d8",
    "#f58231",
    "#911eb4",
    "#42d4f4",
    "#f032e6",
    "#9a6324",
    "#469990",
    "#800000",
    "#808000",
    "#000075",
)


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    colour: str
    size: int
    by_role: dict[str, int] = field(default_factory=dict)
    by_gender: dict[str, int] = field(default_factory=dict)
    delegations: int = 0  # how many delegations the team mixes


@dataclass(frozen=True)
class AutoTeams:
    teams: tuple[TeamRow, ...]  # the N teams formed, in name order
    assigned: int
    seed: int
    empty: tuple[TeamRow, ...] = ()  # the program's other teams, now without active members
    sessions_for_empty: int = 0  # sessions whose audience still lists one of the empty teams

    def empty_teams_warning(self) -> str | None:
        """What to tell the coordinator about the teams left empty (None when there are none)."""
        if not self.empty:
            return None
        names = [team.name for team in self.empty]
        count = self.sessions_for_empty
        if len(names) == 1:
            text = _ONE_EMPTY[min(count, 2)]
            listed = names[0]
        else:
            text = _SEVERAL_EMPTY[min(count, 2)]
            listed = translate("RosterTeams", "{names} and {last}").format(
                names=", ".join(names[:-1]), last=names[-1]
            )
        return translate("RosterTeams", text).format(teams=listed, count=f"{count:,}")


# The empty-teams warning by how many teams (one, several) and how many sessions still list them
# (none, one, several): each a whole sentence for the translators.
_ONE_EMPTY = (
    QT_TRANSLATE_NOOP("RosterTeams", "{teams} is now empty; delete or reuse it."),
    QT_TRANSLATE_NOOP(
        "RosterTeams", "{teams} is now empty but 1 session still lists it; delete or reuse it."
    ),
    QT_TRANSLATE_NOOP(
        "RosterTeams",
        "{teams} is now empty but {count} sessions still list it; delete or reuse it.",
    ),
)
_SEVERAL_EMPTY = (
    QT_TRANSLATE_NOOP("RosterTeams", "{teams} are now empty; delete or reuse them."),
    QT_TRANSLATE_NOOP(
        "RosterTeams",
        "{teams} are now empty but 1 session still lists them; delete or reuse them.",
    ),
    QT_TRANSLATE_NOOP(
        "RosterTeams",
        "{teams} are now empty but {count} sessions still list them; delete or reuse them.",
    ),
)


# --- listing and hand editing ---------------------------------------------------------------


def list_teams(factory: SessionFactory, program_id: int) -> list[TeamRow]:
    """The program's teams with their sizes (withdrawn members not counted)."""
    with factory() as session:
        members = session.execute(
            select(M.c.team_id, P.c.role, P.c.gender, P.c.delegation_id)
            .join(P, P.c.id == M.c.participant_id)
            .join(T, T.c.id == M.c.team_id)
            .where(T.c.program_id == program_id, P.c.status != ParticipantStatus.WITHDRAWN.value)
        ).all()
        teams = session.execute(
            select(T.c.id, T.c.name, T.c.colour).where(T.c.program_id == program_id)
        ).all()
    by_team: dict[int, list[Any]] = {}
    for member in members:  # one pass: a scan per team was slow for 30,000 people
        by_team.setdefault(member[0], []).append(member)
    rows = [_team_row(t.id, t.name, t.colour, by_team.get(t.id, [])) for t in teams]
    return sorted(rows, key=lambda r: _natural(r.name))


def _natural(name: str) -> tuple[Any, ...]:
    head = name.rstrip("0123456789")
    tail = name[len(head) :]
    return (head.casefold(), int(tail) if tail else -1, name)


def _team_row(team_id: int, name: str, colour: str, members: list[Any]) -> TeamRow:
    return TeamRow(
        team_id,
        name,
        colour,
        len(members),
        dict(Counter(m[1] for m in members)),
        dict(Counter(m[2] for m in members)),
        len({m[3] for m in members if m[3] is not None}),
    )


def _team_program(session: Session, team_id: int) -> int:
    program_id: int | None = session.scalar(select(T.c.program_id).where(T.c.id == team_id))
    if program_id is None:
        raise NotFoundError(translate("RosterTeams", "No team with id {id}.").format(id=team_id))
    return program_id


def _check_people(session: Session, program_id: int, ids: list[int]) -> None:
    found = session.scalar(
        select(func.count()).where(P.c.id.in_(ids), P.c.program_id == program_id)
    )
    if found != len(set(ids)):
        raise UserError(
            translate(
                "RosterTeams", "Some of the chosen participants are not in this program; reload."
            )
        )


def create_team(
    factory: SessionFactory, program_id: int, name: str, colour: str | None = None
) -> TeamRow:
    name = clean_name(name)
    if not name:
        raise UserError(translate("RosterTeams", "The team needs a name."))
    try:
        with factory.begin() as session:
            if session.get(Program, program_id) is None:
                raise NotFoundError(
                    translate("RosterTeams", "No program with id {id}.").format(id=program_id)
                )
            count = session.scalar(select(func.count()).where(T.c.program_id == program_id)) or 0
            chosen = colour or PALETTE[count % len(PALETTE)]
            team_id = session.execute(
                insert(T).values(program_id=program_id, name=name, colour=chosen).returning(T.c.id)
            ).scalar_one()
    except IntegrityError as exc:
        raise UserError(
            translate("RosterTeams", "A team named {name} already exists in this program.").format(
                name=repr(name)
            )
        ) from exc
    return next(t for t in list_teams(factory, program_id) if t.id == team_id)


def rename_team(
    factory: SessionFactory, team_id: int, name: str, colour: str | None = None
) -> TeamRow:
    name = clean_name(name)
    if not name:
        raise UserError(translate("RosterTeams", "The team needs a name."))
    values = {"name": name} | ({"colour": colour} if colour else {})
    try:
        with factory.begin() as session:
            program_id = _team_program(session, team_id)
            session.execute(update(T).where(T.c.id == team_id).values(**values))
    except IntegrityError as exc:
        raise UserError(
            translate("RosterTeams", "A team named {name} already exists in this program.").format(
                name=repr(name)
            )
        ) from exc
    return next(t for t in list_teams(factory, program_id) if t.id == team_id)


def delete_team(factory: SessionFactory, team_id: int) -> None:
    """Delete a team (its members stay, teamless); refused while sessions are planned for it."""
    with factory.begin() as session:
        _team_program(session, team_id)
        planned = session.scalar(select(func.count()).where(SessionAudience.team_id == team_id))
        if planned:
            raise UserError(
                translate(
                    "RosterTeams",
                    "The team is the audience of {count} sessions; remove it from them first.",
                ).format(count=planned)
            )
        session.execute(delete(T).where(T.c.id == team_id))


def add_members(factory: SessionFactory, team_id: int, participant_ids: list[int]) -> int:
    """Add people to a team (keeping any other team); returns how many were added."""
    with factory.begin() as session:
        program_id = _team_program(session, team_id)
        _check_people(session, program_id, participant_ids)
        present = set(
            session.scalars(
                select(M.c.participant_id).where(
                    M.c.team_id == team_id, M.c.participant_id.in_(participant_ids)
                )
            )
        )
        new = [pid for pid in dict.fromkeys(participant_ids) if pid not in present]
        if new:
            session.execute(insert(M), [{"team_id": team_id, "participant_id": p} for p in new])
        return len(new)


def remove_members(factory: SessionFactory, team_id: int, participant_ids: list[int]) -> int:
    with factory.begin() as session:
        _team_program(session, team_id)
        result = session.execute(
            delete(M).where(M.c.team_id == team_id, M.c.participant_id.in_(participant_ids))
        )
        return int(result.rowcount)  # type: ignore[attr-defined]


def assign_to_team(factory: SessionFactory, participant_ids: list[int], team_id: int | None) -> int:
    """Move people into one team, out of any other of the program's teams (None: no team)."""
    if not participant_ids:
        return 0
    with factory.begin() as session:
        if team_id is None:
            program_id = session.scalar(select(P.c.program_id).where(P.c.id == participant_ids[0]))
            if program_id is None:
                raise NotFoundError(
                    translate("RosterTeams", "The chosen participants no longer exist; reload.")
                )
        else:
            program_id = _team_program(session, team_id)
        _check_people(session, program_id, participant_ids)
        _clear_memberships(session, program_id, participant_ids)
        if team_id is not None:
            rows = [
                {"team_id": team_id, "participant_id": p} for p in dict.fromkeys(participant_ids)
            ]
            session.execute(insert(M), rows)
        return len(set(participant_ids))


def _clear_memberships(session: Session, program_id: int, participant_ids: list[int]) -> None:
    teams = select(T.c.id).where(T.c.program_id == program_id).scalar_subquery()
    for begin in range(0, len(participant_ids), 500):
        chunk = participant_ids[begin : begin + 500]
        session.execute(delete(M).where(M.c.participant_id.in_(chunk), M.c.team_id.in_(teams)))


# --- auto-forming ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    id: int
    delegation: int | None
    gender: str
    role: str


def form_groups(people: list[Person], n: int, seed: int) -> list[list[int]]:
    """Split people into n groups whose sizes differ by at most one, spreading each delegation,
    role and gender as evenly as the numbers allow. Pure and deterministic for a seed.
    """
    rng = random.Random(seed)
    order = sorted(people, key=lambda p: p.id)
    rng.shuffle(order)
    delegation_sizes = Counter(p.delegation for p in order)
    role_sizes = Counter(p.role for p in order)
    order.sort(
        key=lambda p: (
            role_sizes[p.role],
            p.role,
            -delegation_sizes[p.delegation],
            p.delegation or 0,
            p.gender,
        )
    )
    return _deal(order, n, rng)


def _deal(order: list[Person], n: int, rng: random.Random) -> list[list[int]]:
    base, extra = divmod(len(order), n)
    groups: list[list[int]] = [[] for _ in range(n)]
    counts: list[Counter[tuple[str, object]]] = [Counter() for _ in range(n)]
    tiebreak = list(range(n))
    rng.shuffle(tiebreak)
    for person in order:
        big = sum(1 for g in groups if len(g) > base)
        open_teams = [t for t in range(n) if len(groups[t]) < base or
                      (len(groups[t]) == base and big < extra)]  # fmt: skip
        keys = (("d", person.delegation), ("r", person.role), ("g", (person.role, person.gender)))
        best = min(
            open_teams,
            key=lambda t: (
                *(counts[t][k] for k in keys),
                counts[t][("all", person.gender)],
                len(groups[t]),
                tiebreak[t],
            ),
        )
        groups[best].append(person.id)
        counts[best].update([*keys, ("all", person.gender)])
    return groups


def auto_form_teams(
    factory: SessionFactory,
    program_id: int,
    n: int,
    seed: int = 0,
    include_teachers: bool = False,
) -> AutoTeams:
    """Form N mixed teams ("Team 1" ... "Team N", created when missing) of the active students
    (and teachers if asked). Those people leave any team they were in; others are untouched.
    """
    with factory.begin() as session:
        if session.get(Program, program_id) is None:
            raise NotFoundError(
                translate("RosterTeams", "No program with id {id}.").format(id=program_id)
            )
        people = _eligible(session, program_id, include_teachers)
        if n < 1:
            raise UserError(translate("RosterTeams", "Ask for at least one team."))
        if not people:
            raise UserError(
                translate(
                    "RosterTeams", "There is nobody to put into teams: import the roster first."
                )
            )
        if n > len(people):
            raise UserError(
                translate(
                    "RosterTeams", "Cannot form {teams} teams from {people} people; ask for fewer."
                ).format(teams=n, people=len(people))
            )
        team_ids = _ensure_teams(session, program_id, n)
        groups = form_groups(people, n, seed)
        _clear_memberships(session, program_id, [p.id for p in people])
        rows = [
            {"team_id": t, "participant_id": p}
            for t, g in zip(team_ids, groups, strict=True)
            for p in g
        ]
        session.execute(insert(M), rows)
    teams = list_teams(factory, program_id)
    by_id = {t.id: t for t in teams}
    empty = tuple(t for t in teams if t.size == 0 and t.id not in team_ids)
    return AutoTeams(
        tuple(by_id[t] for t in team_ids),
        len(people),
        seed,
        empty,
        _sessions_for(factory, [t.id for t in empty]),
    )


def _sessions_for(factory: SessionFactory, team_ids: list[int]) -> int:
    """How many sessions have one of these teams in their audience."""
    if not team_ids:
        return 0
    with factory() as session:
        count = session.scalar(
            select(func.count(func.distinct(SessionAudience.session_id))).where(
                SessionAudience.team_id.in_(team_ids)
            )
        )
    return int(count or 0)


def _eligible(session: Session, program_id: int, include_teachers: bool) -> list[Person]:
    roles = [Role.STUDENT.value] + ([Role.TEACHER.value] if include_teachers else [])
    rows = session.execute(
        select(P.c.id, P.c.delegation_id, P.c.gender, P.c.role).where(
            P.c.program_id == program_id,
            P.c.role.in_(roles),
            P.c.status != ParticipantStatus.WITHDRAWN.value,
        )
    )
    return [Person(*row) for row in rows]


def _ensure_teams(session: Session, program_id: int, n: int) -> list[int]:
    existing: dict[str, int] = {
        name: team_id
        for name, team_id in session.execute(
            select(T.c.name, T.c.id).where(T.c.program_id == program_id)
        )
    }
    ids = []
    for number in range(1, n + 1):
        name = f"Team {number}"
        if name not in existing:
            colour = PALETTE[(number - 1) % len(PALETTE)]
            existing[name] = session.execute(
                insert(T).values(program_id=program_id, name=name, colour=colour).returning(T.c.id)
            ).scalar_one()
        ids.append(existing[name])
    return ids
