"""Reading a form's answers and guessing its columns; cutting names out of comments."""

from __future__ import annotations

from pathlib import Path

import pytest
from survey_world import make_survey_db

from sakura_desktop.core.purge_text import REMOVED, NameScrubber
from sakura_desktop.core.survey.mapping import SurveyField, guess_survey_field
from sakura_desktop.core.survey.purge import scrub_survey_comments
from sakura_desktop.core.survey.questionnaire import ComeBack, Consent
from sakura_desktop.core.survey.values import read_come_back, read_consent, read_score
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import SurveyResponse


@pytest.mark.parametrize(
    ("cell", "score"),
    [("4", 4), (4, 4), (4.0, 4), ("5 - Very satisfied", 5), ("Satisfied", 4), ("３", 3),
     ("", None), ("N/A", None), (None, None)],
)  # fmt: skip
def test_scores_read_as_forms_write_them(cell: object, score: int | None) -> None:
    assert read_score(cell) == score  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", ["0", "6", 7, "4.5", "great", True])
def test_scores_outside_the_scale_are_refused(cell: object) -> None:
    with pytest.raises(ValueError, match="satisfaction"):
        read_score(cell)  # type: ignore[arg-type]


def test_come_back_and_consent_choices() -> None:
    assert read_come_back("Yes, definitely") is ComeBack.YES
    assert read_come_back("Not sure") is ComeBack.MAYBE
    assert read_come_back("no") is ComeBack.NO
    assert read_consent("I agree") is Consent.YES
    assert read_consent("No") is Consent.NO
    assert read_consent("") is None
    with pytest.raises(ValueError):
        read_come_back("Perhaps next year or so?!")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Email Address", SurveyField.EMAIL),
        ("Roster ID", SurveyField.ROSTER_ID),
        ("ID", None),  # Microsoft Forms' response number
        ("Timestamp", None),
        ("Name", None),
        ("Please rate each part of the week [Lab tours]", SurveyField.LAB_TOURS),
        ("Please rate each part of the week [Lectures]", SurveyField.LECTURES),
        ("How satisfied were you with meals and lodging?", SurveyField.MEALS_LODGING),
        ("Would you like to come back to Japan to study or work?", SurveyField.COME_BACK),
        ("May we contact you about alumni events, lectures and scholarships?",
         SurveyField.CONSENT),
        ("参加者番号", SurveyField.ROSTER_ID),
        ("参加者氏名", None),
        ("講義の満足度", SurveyField.LECTURES),
    ],
)  # fmt: skip
def test_columns_are_recognised_by_their_words(header: str, field: SurveyField | None) -> None:
    assert guess_survey_field(header) is field


def test_a_purge_cuts_names_out_of_comments_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    program_id = make_survey_db(path)
    database, _ = open_database(path=path)
    try:
        with database.session_factory.begin() as session:
            response = session.query(SurveyResponse).filter_by(comments="The laureate's lecture!")
            response.update({"comments": "Thank you Busaba and Anan! Write to anan@example.org"})
            scrubber = NameScrubber(["Anan", "Srisuk", "Busaba", "Chai", "anan@example.org"])
            assert scrub_survey_comments(session, program_id, scrubber) == 1
        with database.session_factory() as session:
            kept = session.query(SurveyResponse).filter(SurveyResponse.lectures == 5).one()
            assert kept.comments == f"Thank you {REMOVED} and {REMOVED}! Write to {REMOVED}"
            assert kept.overall == 5 and kept.come_back == "yes"
    finally:
        database.dispose()
