"""Edit the lecturers (participants with the lecturer role) and their availability windows.

Part of `editing` (which re-exports these): the same rules, validate first, one transaction,
plain data back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.schedule.editing_text import fail, get_row, program_row
from sakura_desktop.core.schedule.loading import person_name
from sakura_desktop.core.schedule.model import PersonData
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Role
from sakura_desktop.db.models import Availability, Participant
from sakura_desktop.errors import UserError


@dataclass(frozen=True)
class LecturerDraft:
    family_name: str
    given_name: str
    title: str = ""
    native_name: str = ""
    email: str | None = None


@dataclass(frozen=True)
class LecturerInfo:
    person: PersonData
    windows: tuple[tuple[dt.datetime, dt.datetime], ...] = field(default_factory=tuple)


def list_lecturers(factory: SessionFactory, program_id: int) -> list[LecturerInfo]:
    with factory() as session:
        rows = session.scalars(
            select(Participant)
            .where(Participant.program_id == program_id, Participant.role == Role.LECTURER.value)
            .order_by(Participant.family_name, Participant.given_name)
        ).all()
        return [LecturerInfo(_person(row), _windows(session, row.id)) for row in rows]


def _person(row: Participant) -> PersonData:
    name = person_name(row.title, row.given_name, row.preferred_name, row.family_name)
    return PersonData(row.id, name, row.delegation_id, row.status != "withdrawn", row.external_id)


def _windows(session: Session, participant_id: int) -> tuple[tuple[dt.datetime, dt.datetime], ...]:
    rows = session.execute(
        select(Availability.start_at, Availability.end_at)
        .where(Availability.participant_id == participant_id)
        .order_by(Availability.start_at)
    )
    return tuple((start, end) for start, end in rows)


def _lecturer_problems(draft: LecturerDraft) -> list[str]:
    if not (draft.family_name.strip() or draft.given_name.strip()):
        return [translate("ScheduleEditing", "the name is empty")]
    return []


def create_lecturer(factory: SessionFactory, program_id: int, draft: LecturerDraft) -> PersonData:
    with factory.begin() as session:
        program_row(session, program_id)
        fail("lecturer", _lecturer_problems(draft))
        row = Participant(program_id=program_id, role=Role.LECTURER.value)
        _apply_lecturer(row, draft)
        session.add(row)
        session.flush()
        return _person(row)


def update_lecturer(
    factory: SessionFactory, participant_id: int, draft: LecturerDraft
) -> PersonData:
    with factory.begin() as session:
        row = get_row(session, Participant, participant_id, "lecturer")
        fail("lecturer", _lecturer_problems(draft))
        _apply_lecturer(row, draft)
        session.flush()
        return _person(row)


def _apply_lecturer(row: Participant, draft: LecturerDraft) -> None:
    row.family_name = draft.family_name.strip()
    row.given_name = draft.given_name.strip()
    row.title = draft.title.strip()
    row.native_name = draft.native_name.strip()
    row.email = (draft.email or "").strip() or None


def delete_lecturer(factory: SessionFactory, participant_id: int) -> None:
    """Only a lecturer who never checked in; their sessions keep running without a lecturer."""
    with factory.begin() as session:
        row = get_row(session, Participant, participant_id, "lecturer")
        if row.role != Role.LECTURER.value:
            raise UserError(
                translate(
                    "ScheduleEditing",
                    "{name} is a {role}, not a lecturer; remove them from the roster.",
                ).format(name=row.display_name, role=row.role)
            )
        session.delete(row)
        try:
            session.flush()
        except IntegrityError as exc:
            raise UserError(
                translate(
                    "ScheduleEditing", "Cannot delete {name}: their check-in records must be kept."
                ).format(name=row.display_name)
            ) from exc


def set_availability(
    factory: SessionFactory,
    participant_id: int,
    windows: Sequence[tuple[dt.datetime, dt.datetime]],
) -> LecturerInfo:
    """Replace a person's availability windows (none: always available)."""
    ends_early = translate("ScheduleEditing", "window {number} ends before it starts")
    problems = [ends_early.format(number=n) for n, (s, e) in enumerate(windows, 1) if e <= s]
    fail("availability", problems)
    with factory.begin() as session:
        row = get_row(session, Participant, participant_id, "person")
        session.execute(delete(Availability).where(Availability.participant_id == participant_id))
        session.add_all(
            Availability(participant_id=participant_id, start_at=s, end_at=e) for s, e in windows
        )
        session.flush()
        return LecturerInfo(_person(row), _windows(session, participant_id))
