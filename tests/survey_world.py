"""A small program with a known survey and consent state, for the survey tests.

People (roster id, role, delegation, consent to alumni contact):
  S001 Anan Srisuk      student  Thailand  yes   answered everything (5s), come back yes, comment
  S002 Busaba Chai      student  Thailand  no    did not answer
  T001 Hoa Nguyen       teacher  Viet Nam  yes   answered lectures 4, overall 3, maybe; no e-mail
  S003 Minh Tran        student  Viet Nam  yes   withdrew; not asked
  H001 Kenji Sato       staff    host      -     tried the form (5 overall): not counted
  S004 Lan Pham         student  Viet Nam  -     did not answer
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sakura_desktop.core.programs import ProgramDraft, create_program
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import AlumniConsent, Delegation, Participant, SurveyResponse

WHEN = dt.datetime(2026, 7, 26, 9, 0, tzinfo=dt.UTC)


def build_survey_world(database: Database) -> int:
    program = create_program(
        database.session_factory,
        ProgramDraft(
            "SSP-SURVEY",
            "Sakura Science Week",
            dt.date(2026, 7, 20),
            dt.date(2026, 7, 26),
            host_institution="Tsukuba Institute",
        ),
    )
    with database.session_factory.begin() as session:
        thai = Delegation(
            program_id=program.id,
            name="Chula",
            country_code="TH",
            country_name="Thailand",
            institution="Chulalongkorn University",
        )
        viet = Delegation(
            program_id=program.id,
            name="Hanoi",
            country_code="VN",
            country_name="Viet Nam",
            institution="Hanoi University of Science",
        )
        session.add_all([thai, viet])
        session.flush()
        people = {
            "S001": ("Srisuk", "Anan", "student", thai, "anan@example.org", "registered"),
            "S002": ("Chai", "Busaba", "student", thai, "busaba@example.org", "registered"),
            "T001": ("Nguyen", "Hoa", "teacher", viet, None, "registered"),
            "S003": ("Tran", "Minh", "student", viet, "minh@example.org", "withdrawn"),
            "H001": ("Sato", "Kenji", "staff", None, "sato@example.jp", "registered"),
            "S004": ("Pham", "Lan", "student", viet, "lan@example.org", "registered"),
        }
        ids: dict[str, int] = {}
        for external_id, (family, given, role, delegation, email, status) in people.items():
            person = Participant(
                program_id=program.id,
                external_id=external_id,
                family_name=family,
                given_name=given,
                role=role,
                delegation_id=delegation.id if delegation else None,
                email=email,
                status=status,
            )
            session.add(person)
            session.flush()
            ids[external_id] = person.id
        for external_id, consent in (("S001", "yes"), ("S002", "no"), ("T001", "yes"),
                                     ("S003", "yes")):  # fmt: skip
            session.add(
                AlumniConsent(participant_id=ids[external_id], consent=consent, recorded_at=WHEN)
            )
        session.add_all(
            [
                SurveyResponse(
                    participant_id=ids["S001"],
                    lectures=5,
                    lab_tours=5,
                    experiments=5,
                    cultural=5,
                    meals_lodging=5,
                    overall=5,
                    come_back="yes",
                    comments="The laureate's lecture!",
                    recorded_at=WHEN,
                ),
                SurveyResponse(
                    participant_id=ids["T001"],
                    lectures=4,
                    overall=3,
                    come_back="maybe",
                    comments="",
                    recorded_at=WHEN,
                ),
                SurveyResponse(
                    participant_id=ids["H001"], overall=5, comments="test", recorded_at=WHEN
                ),
            ]
        )
    return program.id


def make_survey_db(path: Path) -> int:
    database, _ = open_database(path=path, create=True)
    try:
        return build_survey_world(database)
    finally:
        database.dispose()
