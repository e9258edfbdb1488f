"""Participants for the participants screen: a fast list, one person's details, edit, withdraw.

Editing goes through the same parsers and rules as the roster import (names NFC and trimmed,
native name kept exactly, dates, genders, roles, e-mails, unique ID / e-mail / person).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from sakura_desktop.core.audit import (
    Actor,
    AuditAction,
    changed_fields,
    record_change,
    record_status_changes,
)
from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.core.roster.errors import ValidationFailed
from sakura_desktop.core.roster.values import (
    check_birth_date,
    clean_name,
    clean_native,
    clean_text,
    parse_date,
    parse_email,
    parse_gender,
    parse_role,
)
from sakura_desktop.db.base import new_uuid, utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import ParticipantStatus
from sakura_desktop.db.models import Delegation, Participant, Program, Team, TeamMembership
from sakura_desktop.errors import NotFoundError

P: Table = Participant.__table__  # type: ignore[assignment]
D: Table = Delegation.__table__  # type: ignore[assignment]
TITLE_MAX = 40  # the column's length


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    """One line of the participants table."""

    id: int
    uuid: str
    external_id: str
    family_name: str
    given_name: str
    native_name: str
    preferred_name: str
    delegation_id: int | None
    delegation: str
    country_code: str
    country: str
    team_ids: tuple[int, ...]
    team: str  # team names, comma-separated when in several
    role: str
    is_leader: bool
    gender: str
    status: str
    date_of_birth: dt.date | None
    email: str
    dietary: str
    allergies: str
    room: str

    @property
    def display_name(self) -> str:
        return f"{self.preferred_name or self.given_name} {self.family_name}".strip()

    @property
    def withdrawn(self) -> bool:
        return self.status == ParticipantStatus.WITHDRAWN.value


@dataclass(frozen=True)
class ParticipantDetail:
    """Everything the edit dialog shows."""

    row: ParticipantRow
    program_id: int
    emergency_contact_name: str
    emergency_contact_phone: str
    notes: str
    arrival_at: dt.datetime | None
    departure_at: dt.datetime | None
    title: str = ""  # "Prof.", "Dr." (badges)
    emergency_contact_relation: str = ""  # "mother", "school office" ...
    phone: str = ""  # their own, during the visit


@dataclass(frozen=True)
class ParticipantEdit:
    """What the edit dialog sends; text fields as typed (the same parsers as the import)."""

    family_name: str = ""
    given_name: str = ""
    native_name: str = ""
    preferred_name: str = ""
    role: str = "student"  # any spelling the importer accepts; "leader" = teacher who leads
    is_leader: bool = False
    gender: str = ""  # F/M/女/男/female/male/X ...; empty = unspecified
    date_of_birth: str | dt.date | None = None
    email: str = ""
    delegation_id: int | None = None
    external_id: str = ""
    dietary: str = ""
    allergies: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    room: str = ""
    notes: str = ""
    title: str = ""  # "Prof.", "Dr."; trimmed, spaces folded
    emergency_contact_relation: str = ""
    phone: str = ""


# --- reading ---------------------------------------------------------------------------------


def _teams_by_participant(
    session: Session, program_id: int, ids: Iterable[int] | None = None
) -> dict[int, list[tuple[int, str]]]:
    query = (
        select(TeamMembership.participant_id, Team.id, Team.name)
        .join(Team, Team.id == TeamMembership.team_id)
        .where(Team.program_id == program_id)
        .order_by(Team.name)
    )
    if ids is not None:
        query = query.where(TeamMembership.participant_id.in_(list(ids)))
    teams: dict[int, list[tuple[int, str]]] = {}
    for participant_id, team_id, name in session.execute(query):
        teams.setdefault(participant_id, []).append((team_id, name))
    return teams


_ROW_COLUMNS = (
    P.c.id,
    P.c.uuid,
    P.c.external_id,
    P.c.family_name,
    P.c.given_name,
    P.c.native_name,
    P.c.preferred_name,
    P.c.delegation_id,
    D.c.name,
    D.c.country_code,
    D.c.country_name,
    P.c.role,
    P.c.is_leader,
    P.c.gender,
    P.c.status,
    P.c.date_of_birth,
    P.c.email,
    P.c.dietary,
    P.c.allergies,
    P.c.room,
)


def _row(v: Any, teams: list[tuple[int, str]]) -> ParticipantRow:
    return ParticipantRow(
        id=v.id,
        uuid=v.uuid,
        external_id=v.external_id or "",
        family_name=v.family_name,
        given_name=v.given_name,
        native_name=v.native_name,
        preferred_name=v.preferred_name,
        delegation_id=v.delegation_id,
        delegation=v.name or "",
        country_code=v.country_code or "",
        country=v.country_name or "",
        team_ids=tuple(t for t, _ in teams),
        team=", ".join(n for _, n in teams),
        role=v.role,
        is_leader=bool(v.is_leader),
        gender=v.gender,
        status=v.status,
        date_of_birth=v.date_of_birth,
        email=v.email or "",
        dietary=v.dietary,
        allergies=v.allergies,
        room=v.room,
    )


def list_participants(factory: SessionFactory, program_id: int) -> list[ParticipantRow]:
    """Every participant of the program (withdrawn included), by family then given name."""
    query = (
        select(*_ROW_COLUMNS)
        .select_from(P.outerjoin(D, P.c.delegation_id == D.c.id))
        .where(P.c.program_id == program_id)
        .order_by(P.c.family_name, P.c.given_name, P.c.id)
    )
    with factory() as session:
        teams = _teams_by_participant(session, program_id)
        return [_row(values, teams.get(values[0], [])) for values in session.execute(query)]


def get_participant(factory: SessionFactory, participant_id: int) -> ParticipantDetail:
    with factory() as session:
        person = session.get(Participant, participant_id)
        if person is None:
            raise NotFoundError(
                translate("RosterParticipants", "No participant with id {id}.").format(
                    id=participant_id
                )
            )
        query = (
            select(*_ROW_COLUMNS)
            .select_from(P.outerjoin(D, P.c.delegation_id == D.c.id))
            .where(P.c.id == participant_id)
        )
        values = session.execute(query).one()
        teams = _teams_by_participant(session, person.program_id, [participant_id])
        return ParticipantDetail(
            _row(values, teams.get(participant_id, [])),
            person.program_id,
            person.emergency_contact_name,
            person.emergency_contact_phone,
            person.notes,
            person.arrival_at,
            person.departure_at,
            person.title,
            person.emergency_contact_relation,
            person.phone,
        )


# --- validation shared with the importer -----------------------------------------------------

# The field a problem belongs to: a key the edit dialog places its message by (so English), shown
# translated in ValidationFailed's sentence.
NAME = QT_TRANSLATE_NOOP("RosterParticipants", "Name")
TITLE = QT_TRANSLATE_NOOP("RosterParticipants", "Title")
ROLE = QT_TRANSLATE_NOOP("RosterParticipants", "Role")
GENDER = QT_TRANSLATE_NOOP("RosterParticipants", "Gender")
DATE_OF_BIRTH = QT_TRANSLATE_NOOP("RosterParticipants", "Date of birth")
EMAIL = QT_TRANSLATE_NOOP("RosterParticipants", "E-mail")
DELEGATION = QT_TRANSLATE_NOOP("RosterParticipants", "Delegation")
ID = QT_TRANSLATE_NOOP("RosterParticipants", "ID")


def _edit_values(edit: ParticipantEdit) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    problems: list[tuple[str, str]] = []
    values: dict[str, Any] = {
        "family_name": clean_name(edit.family_name),
        "given_name": clean_name(edit.given_name),
        "native_name": clean_native(edit.native_name),
        "preferred_name": clean_name(edit.preferred_name),
        "title": clean_name(edit.title),
        "external_id": clean_text(edit.external_id) or None,
        "delegation_id": edit.delegation_id,
        **{name: clean_text(getattr(edit, name)) for name in _FREE_TEXT},
    }
    if not values["family_name"] and not values["given_name"]:
        problems.append(
            (NAME, translate("RosterParticipants", "fill in the family name or the given name."))
        )
    if len(values["title"]) > TITLE_MAX:
        problems.append(
            (
                TITLE,
                translate(
                    "RosterParticipants",
                    "keep the title to {count} characters, such as Prof. or Dr.",
                ).format(count=TITLE_MAX),
            )
        )
    for label, parse in _PARSED:
        try:
            values.update(parse(edit))
        except ValueError as exc:
            problems.append((label, str(exc)))
    values["is_leader"] = bool(values.get("is_leader")) or edit.is_leader
    return values, problems


_FREE_TEXT = (
    "phone",
    "dietary",
    "allergies",
    "emergency_contact_name",
    "emergency_contact_phone",
    "emergency_contact_relation",
    "room",
    "notes",
)


def _role(edit: ParticipantEdit) -> dict[str, Any]:
    role, leader = parse_role(edit.role)
    return {"role": role.value, "is_leader": leader}


def _birth(edit: ParticipantEdit) -> dict[str, Any]:
    value = parse_date(edit.date_of_birth)
    if value is not None:
        check_birth_date(value)
    return {"date_of_birth": value}


_PARSED = (
    (ROLE, _role),
    (GENDER, lambda e: {"gender": parse_gender(e.gender).value}),
    (DATE_OF_BIRTH, _birth),
    (EMAIL, lambda e: {"email": parse_email(e.email)}),
)


def _database_problems(
    session: Session, program_id: int, values: dict[str, Any], own_id: int | None
) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    others = [P.c.program_id == program_id] + ([P.c.id != own_id] if own_id else [])
    delegation_id = values["delegation_id"]
    if delegation_id is not None:
        owner = session.scalar(select(D.c.program_id).where(D.c.id == delegation_id))
        if owner != program_id:
            problems.append(
                (
                    DELEGATION,
                    translate("RosterParticipants", "choose a delegation of this program."),
                )
            )
    checks = (
        (ID, P.c.external_id == values["external_id"], values["external_id"]),
        (EMAIL, func.lower(P.c.email) == (values["email"] or "").lower(), values["email"]),
    )
    for label, condition, value in checks:
        if value and session.scalar(select(func.count()).where(condition, *others)):
            problems.append(
                (
                    label,
                    translate(
                        "RosterParticipants", "{value} already belongs to another participant."
                    ).format(value=value),
                )
            )
    if values["is_leader"]:
        if delegation_id is None:
            problems.append(
                (
                    ROLE,
                    translate(
                        "RosterParticipants", "a delegation leader must belong to a delegation."
                    ),
                )
            )
        elif session.scalar(
            select(func.count()).where(P.c.delegation_id == delegation_id, P.c.is_leader, *others)
        ):
            problems.append(
                (
                    ROLE,
                    translate(
                        "RosterParticipants",
                        "this delegation already has a leader; change theirs first.",
                    ),
                )
            )
    return problems


def _validated(
    session: Session, program_id: int, edit: ParticipantEdit, own_id: int | None
) -> dict[str, Any]:
    values, problems = _edit_values(edit)
    if not problems:
        problems = _database_problems(session, program_id, values, own_id)
    if problems:
        raise ValidationFailed(problems)
    return values


def validate_edit(
    factory: SessionFactory, program_id: int, edit: ParticipantEdit, participant_id: int | None
) -> list[tuple[str, str]]:
    """The (field, message) problems the dialog should show; empty when it can be saved."""
    try:
        with factory() as session:
            _validated(session, program_id, edit, participant_id)
    except ValidationFailed as exc:
        return list(exc.problems)
    return []


# --- writing ---------------------------------------------------------------------------------


def create_participant(
    factory: SessionFactory,
    program_id: int,
    edit: ParticipantEdit,
    *,
    actor: Actor | None = None,
) -> ParticipantDetail:
    """Add a participant; its audit row ('created', the fields filled in) in the same
    transaction."""
    with factory.begin() as session:
        if session.get(Program, program_id) is None:
            raise NotFoundError(
                translate("RosterParticipants", "No program with id {id}.").format(id=program_id)
            )
        values = _validated(session, program_id, edit, None)
        now = utc_now()
        new_id = session.execute(
            P.insert()
            .values(
                uuid=new_uuid(),
                program_id=program_id,
                created_at=now,
                updated_at=now,
                status=ParticipantStatus.REGISTERED.value,
                **values,
            )
            .returning(P.c.id)
        ).scalar_one()
        filled = [key for key, value in values.items() if value not in (None, "", False)]
        record_change(session, new_id, AuditAction.CREATED, filled, actor=actor)
    return get_participant(factory, new_id)


def update_participant(
    factory: SessionFactory,
    participant_id: int,
    edit: ParticipantEdit,
    *,
    actor: Actor | None = None,
) -> ParticipantDetail:
    """Save an edit; when anything changed, an 'edited' audit row naming the changed fields (never
    their values) in the same transaction."""
    with factory.begin() as session:
        program_id = session.scalar(select(P.c.program_id).where(P.c.id == participant_id))
        if program_id is None:
            raise NotFoundError(
                translate("RosterParticipants", "No participant with id {id}.").format(
                    id=participant_id
                )
            )
        values = _validated(session, program_id, edit, participant_id)
        columns = [P.c[key] for key in values]
        before = session.execute(select(*columns).where(P.c.id == participant_id)).one()
        changed = changed_fields(dict(before._mapping), values)
        if changed:  # a save that changes nothing is no change to record
            session.execute(
                update(P).where(P.c.id == participant_id).values(updated_at=utc_now(), **values)
            )
            record_change(session, participant_id, AuditAction.EDITED, changed, actor=actor)
    return get_participant(factory, participant_id)


def _set_status(
    factory: SessionFactory,
    ids: Sequence[int],
    status: ParticipantStatus,
    only_from: set[str],
    actor: Actor | None,
) -> int:
    if not ids:
        return 0
    with factory.begin() as session:
        found = session.scalar(select(func.count()).where(P.c.id.in_(list(ids)))) or 0
        if found != len(set(ids)):
            raise NotFoundError(
                translate(
                    "RosterParticipants", "Some of the chosen participants no longer exist; reload."
                )
            )
        changing = [
            (row.id, row.status)
            for row in session.execute(
                select(P.c.id, P.c.status).where(P.c.id.in_(list(ids)), P.c.status.in_(only_from))
            )
        ]
        if not changing:
            return 0
        session.execute(
            update(P)
            .where(P.c.id.in_([i for i, _ in changing]))
            .values(status=status.value, updated_at=utc_now())
        )
        record_status_changes(session, changing, status.value, actor=actor)
        return len(changing)


def withdraw(
    factory: SessionFactory, participant_ids: Sequence[int], *, actor: Actor | None = None
) -> int:
    """Mark participants withdrawn (kept, but refused at check-in); returns how many changed."""
    active = {s.value for s in ParticipantStatus if s is not ParticipantStatus.WITHDRAWN}
    return _set_status(factory, participant_ids, ParticipantStatus.WITHDRAWN, active, actor)


def reinstate(
    factory: SessionFactory, participant_ids: Sequence[int], *, actor: Actor | None = None
) -> int:
    """Bring withdrawn participants back as registered; returns how many changed."""
    withdrawn = {ParticipantStatus.WITHDRAWN.value}
    return _set_status(factory, participant_ids, ParticipantStatus.REGISTERED, withdrawn, actor)
