"""The survey's numbers and the alumni list, as `ReportTable`s for the screen, the CLI and the
post-visit summary.

Who is asked: the visitors (students and teachers) who did not withdraw. The response rate is
counted over them, and the satisfaction, come-back and comment tables summarise their answers
only; answers recorded for anyone else (host staff trying the form, a participant who withdrew)
are counted in a note, not mixed in. Comments are listed without names (the funder reads
opinions, not people), with the country and role that give them context.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.reports.table import ReportTable, ReportValue
from sakura_desktop.core.survey.questionnaire import PARTS, SCORES, ComeBack, Consent
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import ParticipantStatus, Role
from sakura_desktop.db.models import (
    AlumniConsent,
    Delegation,
    Participant,
    Program,
    SurveyResponse,
)
from sakura_desktop.errors import NotFoundError

SURVEYED_ROLES = (Role.STUDENT.value, Role.TEACHER.value)
ALUMNI_HEADERS = ("Name", "Institution", "Country", "E-mail", "Year")


@dataclass(frozen=True)
class _Person:
    role: str
    withdrawn: bool
    country: str

    @property
    def surveyed(self) -> bool:
        return self.role in SURVEYED_ROLES and not self.withdrawn


def survey_tables(factory: SessionFactory, program_id: int) -> list[ReportTable]:
    """Response rate, satisfaction per part of the week, come-back answers and comments."""
    with factory() as session:
        if session.get(Program, program_id) is None:
            raise NotFoundError(
                translate("ReportTables", "No program with id {id}.").format(id=program_id)
            )
        people = {
            pid: _Person(role, status == ParticipantStatus.WITHDRAWN.value, country or "")
            for pid, role, status, country in session.execute(
                select(
                    Participant.id, Participant.role, Participant.status, Delegation.country_name
                )
                .outerjoin(Delegation, Participant.delegation_id == Delegation.id)
                .where(Participant.program_id == program_id)
            )
        }
        responses = list(
            session.scalars(
                select(SurveyResponse)
                .join(Participant, SurveyResponse.participant_id == Participant.id)
                .where(Participant.program_id == program_id)
                .order_by(SurveyResponse.id)
            )
        )
        counted = [r for r in responses if people[r.participant_id].surveyed]
        others = len(responses) - len(counted)
        return [
            _response_rate(people, counted, others),
            _satisfaction(counted),
            _come_back(counted),
            _comments(people, counted),
        ]


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _response_rate(
    people: dict[int, _Person], counted: list[SurveyResponse], others: int
) -> ReportTable:
    answered_roles = Counter(_role_of(people, r) for r in counted)
    expected_roles = Counter(p.role for p in people.values() if p.surveyed)
    rows: list[tuple[ReportValue, ...]] = []
    for role in SURVEYED_ROLES:
        expected, answered = expected_roles[role], answered_roles[role]
        group = (
            translate("ReportTables", "Students")
            if role == Role.STUDENT.value
            else translate("ReportTables", "Teachers")
        )
        rows.append((group, expected, answered, _percent(answered, expected)))
    total_expected, total_answered = sum(expected_roles.values()), len(counted)
    rows.append(
        (
            translate("ReportTables", "All"),
            total_expected,
            total_answered,
            _percent(total_answered, total_expected),
        )
    )
    notes = [
        translate(
            "ReportTables",
            "Students and teachers who did not withdraw are asked; the rate is theirs.",
        )
    ]
    if others:
        notes.append(
            translate(
                "ReportTables",
                "{count} more answer(s) recorded for host staff, lecturers, guests or people who "
                "withdrew are left out of every survey table.",
            ).format(count=others)
        )
    return ReportTable(
        "survey_response",
        translate("ReportTables", "Survey: response rate"),
        ("Group", "Asked", "Answered", "Response rate (%)"),
        rows,
        tuple(notes),
    )


def _role_of(people: dict[int, _Person], response: SurveyResponse) -> str:
    return people[response.participant_id].role


def _satisfaction(counted: list[SurveyResponse]) -> ReportTable:
    rows: list[tuple[ReportValue, ...]] = []
    for part in PARTS:
        scores = [s for s in (getattr(r, part.key) for r in counted) if s is not None]
        spread = Counter(scores)
        mean = round(sum(scores) / len(scores), 2) if scores else None
        # The questionnaire's words are marked in ui/survey/words.py ("SurveyWords").
        rows.append(
            (
                translate("SurveyWords", part.label),
                len(scores),
                mean,
                *(spread[score] for score in SCORES),
            )
        )
    return ReportTable(
        "survey_satisfaction",
        translate(
            "ReportTables",
            "Survey: satisfaction per part of the week (1 = very dissatisfied, 5 = very satisfied)",
        ),
        ("Part of the week", "Answers", "Mean", *(f"{score}" for score in SCORES)),
        rows,
        (
            translate(
                "ReportTables", "A part left blank by a participant is not counted for that part."
            ),
        ),
    )


def _come_back(counted: list[SurveyResponse]) -> ReportTable:
    answers = Counter(r.come_back for r in counted)
    total = len(counted)
    rows: list[tuple[ReportValue, ...]] = [
        (
            translate("SurveyWords", choice.label),
            answers[choice.value],
            _percent(answers[choice.value], total),
        )
        for choice in ComeBack
    ]
    rows.append(
        (translate("ReportTables", "No answer"), answers[None], _percent(answers[None], total))
    )
    return ReportTable(
        "survey_come_back",
        translate("ReportTables", "Survey: would you like to come back to Japan to study or work?"),
        ("Answer", "Participants", "Share (%)"),
        rows,
    )


def _comments(people: dict[int, _Person], counted: list[SurveyResponse]) -> ReportTable:
    rows: list[tuple[ReportValue, ...]] = [
        (people[r.participant_id].country, _role_label(people, r), r.comments)
        for r in counted
        if r.comments.strip()
    ]
    rows.sort(key=lambda row: (str(row[0]), str(row[1])))
    return ReportTable(
        "survey_comments",
        translate("ReportTables", "Survey: comments"),
        ("Country", "Role", "Comment"),
        rows,
        (translate("ReportTables", "Listed without names."),),
    )


def _role_label(people: dict[int, _Person], response: SurveyResponse) -> str:
    return people[response.participant_id].role.capitalize()


def alumni_table(factory: SessionFactory, program_id: int, year: int | None = None) -> ReportTable:
    """Exactly the people who said yes to alumni contact: name, institution, country, e-mail and
    the programme's year (`year`, or the year the program started)."""
    with factory() as session:
        program = session.get(Program, program_id)
        if program is None:
            raise NotFoundError(
                translate("ReportTables", "No program with id {id}.").format(id=program_id)
            )
        shown_year = year if year is not None else program.start_date.year
        found = session.execute(
            select(Participant, Delegation)
            .join(AlumniConsent, AlumniConsent.participant_id == Participant.id)
            .outerjoin(Delegation, Participant.delegation_id == Delegation.id)
            .where(
                Participant.program_id == program_id,
                AlumniConsent.consent == Consent.YES.value,
            )
        ).all()
        rows: list[tuple[ReportValue, ...]] = []
        for person, delegation in found:
            institution = delegation.institution if delegation else program.host_institution
            country = delegation.country_name if delegation else "Japan"
            name = f"{person.given_name} {person.family_name}".strip()
            rows.append((name, institution, country, person.email or "", shown_year))
        rows.sort(key=lambda row: (str(row[2]), str(row[0]).casefold()))
        return ReportTable(
            "alumni",
            translate(
                "ReportTables", "Alumni who agreed to be contacted ({program}, {year})"
            ).format(program=program.title, year=shown_year),
            ALUMNI_HEADERS,
            rows,
            (
                translate(
                    "ReportTables",
                    "Only people whose consent to alumni contact is recorded as yes are listed.",
                ),
            ),
        )
