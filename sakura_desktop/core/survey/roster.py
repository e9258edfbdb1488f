"""Who gets a named questionnaire: the people the survey asks (students and teachers who did not
withdraw), as the printed sheet names them."""

from __future__ import annotations

from sakura_desktop.core.documents.content import lang_of
from sakura_desktop.core.documents.data import load_people
from sakura_desktop.core.survey.reports import SURVEYED_ROLES
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.printing.fonts import CjkLang
from sakura_desktop.printing.survey_sheet import SheetPerson


def surveyed_people(factory: SessionFactory, program_id: int) -> list[SheetPerson]:
    with factory() as session:
        people = load_people(session, program_id)
    return [
        SheetPerson(
            name=person.full_name,
            native_name=person.native_name,
            roster_id=person.external_id,
            delegation=person.delegation,
            lang=CjkLang(lang_of(person) or CjkLang.JAPANESE.value),
        )
        for person in people
        if person.role in SURVEYED_ROLES
    ]
