"""The schedule editor's refusals that name the record, as whole translatable sentences.

Marked here (evaluated at import, before any translator exists) and translated where raised,
so a translator sees "Cannot save the venue: …" whole rather than a fragment to fill in; shared
by `editing` and `editing_lecturers`.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.db.models import Program
from sakura_desktop.errors import NotFoundError, UserError

T = TypeVar("T")

# Which record a refusal is about: "Cannot save the …" and "No … with id …", whole sentences.
CANNOT_SAVE = {
    "session": QT_TRANSLATE_NOOP("ScheduleEditing", "Cannot save the session: {problems}."),
    "site": QT_TRANSLATE_NOOP("ScheduleEditing", "Cannot save the site: {problems}."),
    "venue": QT_TRANSLATE_NOOP("ScheduleEditing", "Cannot save the venue: {problems}."),
    "travel time": QT_TRANSLATE_NOOP("ScheduleEditing", "Cannot save the travel time: {problems}."),
    "lecturer": QT_TRANSLATE_NOOP("ScheduleEditing", "Cannot save the lecturer: {problems}."),
    "availability": QT_TRANSLATE_NOOP(
        "ScheduleEditing", "Cannot save the availability: {problems}."
    ),
}
NO_SUCH = {
    "site": QT_TRANSLATE_NOOP("ScheduleEditing", "No site with id {id}."),
    "venue": QT_TRANSLATE_NOOP("ScheduleEditing", "No venue with id {id}."),
    "lecturer": QT_TRANSLATE_NOOP("ScheduleEditing", "No lecturer with id {id}."),
    "person": QT_TRANSLATE_NOOP("ScheduleEditing", "No person with id {id}."),
}


def fail(what: str, problems: list[str]) -> None:
    if problems:
        joined = translate("ScheduleEditing", "; ").join(problems)
        raise UserError(translate("ScheduleEditing", CANNOT_SAVE[what]).format(problems=joined))


def program_row(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(
            translate("ScheduleEditing", "No program with id {id}.").format(id=program_id)
        )
    return program


def get_row(session: Session, model: type[T], row_id: int, what: str) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(translate("ScheduleEditing", NO_SUCH[what]).format(id=row_id))
    return row
