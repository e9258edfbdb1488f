"""Read and record one participant's survey answers and consent to alumni contact.

Entering answers again replaces them (a participant has one set of answers); setting consent to
"unknown" removes its record, since only a recorded yes or no is a fact worth a date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.survey.questionnaire import (
    PART_KEYS,
    ComeBack,
    Consent,
    SurveyAnswers,
    empty_answers,
)
from sakura_desktop.db.base import utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.models import AlumniConsent, Participant, SurveyResponse
from sakura_desktop.errors import NotFoundError


@dataclass(frozen=True)
class ParticipantSurvey:
    participant_id: int
    display_name: str
    answers: SurveyAnswers
    answered_at: dt.datetime | None  # None: no answers recorded yet
    consent: Consent
    consent_recorded_at: dt.datetime | None


def participant_survey(factory: SessionFactory, participant_id: int) -> ParticipantSurvey:
    with factory() as session:
        person = session.get(Participant, participant_id)
        if person is None:
            raise NotFoundError(
                translate("SurveyImport", "No participant with id {id}; reload the list.").format(
                    id=participant_id
                )
            )
        response = session.scalar(
            select(SurveyResponse).where(SurveyResponse.participant_id == participant_id)
        )
        consent = session.scalar(
            select(AlumniConsent).where(AlumniConsent.participant_id == participant_id)
        )
        return ParticipantSurvey(
            participant_id=participant_id,
            display_name=person.display_name,
            answers=answers_of(response) if response else empty_answers(),
            answered_at=response.recorded_at if response else None,
            consent=Consent(consent.consent) if consent else Consent.UNKNOWN,
            consent_recorded_at=consent.recorded_at if consent else None,
        )


def answers_of(response: SurveyResponse) -> SurveyAnswers:
    return SurveyAnswers(
        {key: getattr(response, key) for key in PART_KEYS},
        ComeBack(response.come_back) if response.come_back else None,
        response.comments,
    )


def save_participant_survey(
    factory: SessionFactory,
    participant_id: int,
    answers: SurveyAnswers,
    consent: Consent,
) -> ParticipantSurvey:
    """Record what the dialog holds, answers and consent together in one transaction."""
    with factory.begin() as session:
        if session.get(Participant, participant_id) is None:
            raise NotFoundError(
                translate("SurveyImport", "No participant with id {id}; reload the list.").format(
                    id=participant_id
                )
            )
        now = utc_now()
        record_answers(session, participant_id, answers, source="app", now=now)
        record_consent(session, participant_id, consent, now=now)
    return participant_survey(factory, participant_id)


def record_answers(
    session: Session, participant_id: int, answers: SurveyAnswers, *, source: str, now: dt.datetime
) -> bool:
    """Write (or replace) a participant's answers; empty answers remove them. True if changed."""
    response = session.scalar(
        select(SurveyResponse).where(SurveyResponse.participant_id == participant_id)
    )
    return put_answers(session, response, participant_id, answers, source=source, now=now)


def put_answers(
    session: Session,
    response: SurveyResponse | None,
    participant_id: int,
    answers: SurveyAnswers,
    *,
    source: str,
    now: dt.datetime,
) -> bool:
    """`record_answers` given the participant's current answers (`response`, already read)."""
    if answers.is_empty:
        if response is None:
            return False
        session.delete(response)
        return True
    if response is None:
        response = SurveyResponse(participant_id=participant_id)
        session.add(response)
    elif answers_of(response) == answers:
        return False
    for key in PART_KEYS:
        setattr(response, key, answers.score(key))
    response.come_back = answers.come_back.value if answers.come_back else None
    response.comments = answers.comments.strip()
    response.source = source
    response.recorded_at = now
    return True


def record_consent(
    session: Session, participant_id: int, consent: Consent, *, now: dt.datetime
) -> bool:
    """Record a yes or a no (keeping its first date while it does not change); "unknown" removes
    the record. True if anything changed."""
    record = session.scalar(
        select(AlumniConsent).where(AlumniConsent.participant_id == participant_id)
    )
    return put_consent(session, record, participant_id, consent, now=now)


def put_consent(
    session: Session,
    record: AlumniConsent | None,
    participant_id: int,
    consent: Consent,
    *,
    now: dt.datetime,
) -> bool:
    """`record_consent` given the participant's current record (already read)."""
    if consent is Consent.UNKNOWN:
        if record is None:
            return False
        session.delete(record)
        return True
    if record is not None and record.consent == consent.value:
        return False
    if record is None:
        session.add(
            AlumniConsent(participant_id=participant_id, consent=consent.value, recorded_at=now)
        )
    else:
        record.consent = consent.value
        record.recorded_at = now
    return True


def program_records(
    session: Session, program_id: int
) -> tuple[dict[int, SurveyResponse], dict[int, AlumniConsent]]:
    """Every answer and consent record of a program by participant id (two queries, for an
    import that touches many participants)."""
    in_program = select(Participant.id).where(Participant.program_id == program_id)
    responses = session.scalars(
        select(SurveyResponse).where(SurveyResponse.participant_id.in_(in_program))
    )
    consents = session.scalars(
        select(AlumniConsent).where(AlumniConsent.participant_id.in_(in_program))
    )
    return (
        {r.participant_id: r for r in responses},
        {c.participant_id: c for c in consents},
    )
