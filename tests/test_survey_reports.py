"""The survey's report tables and the alumni list, on the known world of survey_world."""

from __future__ import annotations

from pathlib import Path

import pytest
from pg_support import PG_URL, wipe_postgres
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from survey_world import build_survey_world, make_survey_db

from sakura_desktop.core.reports.table import ReportTable
from sakura_desktop.core.survey.reports import alumni_table, survey_tables
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import SurveyResponse


def _tables(path: Path) -> dict[str, ReportTable]:
    program_id = make_survey_db(path)
    database, _ = open_database(path=path)
    try:
        tables = {t.key: t for t in survey_tables(database.session_factory, program_id)}
        tables["alumni"] = alumni_table(database.session_factory, program_id, 2026)
        return tables
    finally:
        database.dispose()


def test_alumni_list_holds_exactly_the_people_who_said_yes(tmp_path: Path) -> None:
    alumni = _tables(tmp_path / "w.db")["alumni"]
    assert alumni.headers == ("Name", "Institution", "Country", "E-mail", "Year")
    assert alumni.rows == [
        ("Anan Srisuk", "Chulalongkorn University", "Thailand", "anan@example.org", 2026),
        ("Hoa Nguyen", "Hanoi University of Science", "Viet Nam", "", 2026),
        ("Minh Tran", "Hanoi University of Science", "Viet Nam", "minh@example.org", 2026),
    ]


def test_response_rate_counts_students_and_teachers_who_stayed(tmp_path: Path) -> None:
    table = _tables(tmp_path / "w.db")["survey_response"]
    # Asked: S001, S002, S004 (students; S003 withdrew) and T001; answered: S001 and T001.
    assert table.rows == [
        ("Students", 3, 1, 33.3),
        ("Teachers", 1, 1, 100.0),
        ("All", 4, 2, 50.0),
    ]
    assert any("1 more answer" in note for note in table.notes)


def test_satisfaction_come_back_and_comments(tmp_path: Path) -> None:
    tables = _tables(tmp_path / "w.db")
    satisfaction = {row[0]: row for row in tables["survey_satisfaction"].rows}
    assert satisfaction["Lectures"] == ("Lectures", 2, 4.5, 0, 0, 0, 1, 1)
    assert satisfaction["Lab tours"] == ("Lab tours", 1, 5.0, 0, 0, 0, 0, 1)
    assert satisfaction["The week overall"] == ("The week overall", 2, 4.0, 0, 0, 1, 0, 1)
    assert tables["survey_come_back"].rows == [
        ("Yes", 1, 50.0),
        ("Maybe", 1, 50.0),
        ("No", 0, 0.0),
        ("No answer", 0, 0.0),
    ]
    assert tables["survey_comments"].rows == [("Thailand", "Student", "The laureate's lecture!")]


@pytest.mark.skipif(not PG_URL, reason="SAKURA_TEST_PG_URL is not set")
def test_the_same_numbers_on_postgres() -> None:
    assert PG_URL is not None
    wipe_postgres(PG_URL)
    database, _ = open_database(PG_URL, create=True)
    try:
        program_id = build_survey_world(database)
        factory = database.session_factory
        tables = {t.key: t for t in survey_tables(factory, program_id)}
        assert tables["survey_response"].rows[-1] == ("All", 4, 2, 50.0)
        names = [row[0] for row in alumni_table(factory, program_id).rows]
        assert names == ["Anan Srisuk", "Hoa Nguyen", "Minh Tran"]
        # A score outside the scale is refused by the schema itself, not only by the import.
        with pytest.raises(IntegrityError), factory.begin() as session:
            session.execute(update(SurveyResponse).values(overall=6))
    finally:
        database.dispose()


def test_the_demo_gets_a_survey(tmp_path: Path) -> None:
    from sakura_desktop.core.demo import build_demo_program
    from sakura_desktop.core.survey.demo import add_demo_answers

    database, _ = open_database(path=tmp_path / "demo.db", create=True)
    try:
        program_id = build_demo_program(database.session_factory).id  # with its answers
        answered = add_demo_answers(database.session_factory, program_id)  # drawn again: the same
        tables = {t.key: t for t in survey_tables(database.session_factory, program_id)}
        asked, counted = tables["survey_response"].rows[-1][1:3]
        assert counted == answered and 0.6 < answered / int(str(asked)) < 0.95
        alumni = alumni_table(database.session_factory, program_id)
        assert 0 < len(alumni.rows) < answered
    finally:
        database.dispose()
