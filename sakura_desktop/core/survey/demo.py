"""Plausible survey answers and consents for the demo program, so that its Reports screen and
post-visit summary show a survey (the demo writer may call `add_demo_answers` after the people
exist). Drawn from a seed: the same demo gets the same answers."""

from __future__ import annotations

import random

from sqlalchemy import select

from sakura_desktop.core.survey.answers import put_answers, put_consent
from sakura_desktop.core.survey.questionnaire import PART_KEYS, ComeBack, Consent, SurveyAnswers
from sakura_desktop.core.survey.reports import SURVEYED_ROLES
from sakura_desktop.db.base import utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import ParticipantStatus
from sakura_desktop.db.models import AlumniConsent, Participant, SurveyResponse

COMMENTS = (
    "The laureate's lecture was the best moment of my life.",
    "More time in the labs, please.",
    "I want to study in Japan after high school.",
    "The food was great but the days were long.",
    "Thank you to our buddies and the staff!",
)


def add_demo_answers(
    factory: SessionFactory, program_id: int, seed: int = 2026, rate: float = 0.8
) -> int:
    """Answers for about `rate` of the students and teachers, consent for most; returns how many
    answered. Run once on a fresh demo (it replaces answers it finds)."""
    rng = random.Random(seed)
    now = utc_now()
    answered = 0
    with factory.begin() as session:
        people = session.scalars(
            select(Participant.id)
            .where(
                Participant.program_id == program_id,
                Participant.role.in_(SURVEYED_ROLES),
                Participant.status != ParticipantStatus.WITHDRAWN.value,
            )
            .order_by(Participant.id)
        ).all()
        for person in people:
            if rng.random() > rate:
                continue
            scores: dict[str, int | None] = {
                key: rng.choices((2, 3, 4, 5), weights=(1, 3, 8, 10))[0] for key in PART_KEYS
            }
            come_back = rng.choices(list(ComeBack), weights=(6, 3, 1))[0]
            comment = rng.choice(COMMENTS) if rng.random() < 0.4 else ""
            answers = SurveyAnswers(scores, come_back, comment)
            response = session.scalar(
                select(SurveyResponse).where(SurveyResponse.participant_id == person)
            )
            put_answers(session, response, person, answers, source="app", now=now)
            consent = Consent.YES if rng.random() < 0.7 else Consent.NO
            record = session.scalar(
                select(AlumniConsent).where(AlumniConsent.participant_id == person)
            )
            put_consent(session, record, person, consent, now=now)
            answered += 1
    return answered
