"""Migration 0005 on a database of the previous version with people in it: the survey tables
arrive empty, the people stay, and answers go with a participant who is deleted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import delete, text
from survey_world import build_survey_world

from sakura_desktop.db import lifecycle
from sakura_desktop.db.engine import make_engine, sqlite_url
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import AlumniConsent, Participant, SurveyResponse


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_a_0004_database_with_people_upgrades_and_answers_follow_their_person(
    tmp_path: Path,
) -> None:
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    build_survey_world(database)
    database.dispose()
    # Back to 0004 (the survey tables go), people kept.
    engine = make_engine(sqlite_url(path))
    config = lifecycle.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
    with engine.connect() as conn:
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    engine.dispose()
    assert "survey_responses" not in names and "alumni_consents" not in names
    assert _count(path, "participants") == 6

    database, report = open_database(path=path)  # the start-up upgrade, with its backup
    try:
        assert (report.revision_before, report.revision_after) == ("0004", "0005")
        assert _count(path, "participants") == 6
        assert _count(path, "survey_responses") == 0
        with database.session_factory.begin() as session:
            anan = session.query(Participant).filter_by(external_id="S001").one()
            session.add(SurveyResponse(participant_id=anan.id, overall=5, comments=""))
            session.add(AlumniConsent(participant_id=anan.id, consent="yes"))
        assert (_count(path, "survey_responses"), _count(path, "alumni_consents")) == (1, 1)
        with database.session_factory.begin() as session:
            session.execute(delete(Participant).where(Participant.external_id == "S001"))
    finally:
        database.dispose()
    # Deleting a person deletes their answers and consent (foreign keys on, ON DELETE CASCADE).
    assert (_count(path, "survey_responses"), _count(path, "alumni_consents")) == (0, 0)
