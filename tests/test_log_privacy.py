"""The log file after an upgrade and after failing writes: no password, no personal field.

The log is read the way someone who finds the laptop would read it: the whole file, as text.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_support import PG_URL, wipe_postgres
from roster_world import make_program
from sqlalchemy import insert
from sqlalchemy.engine import make_url

from sakura_desktop.core.roster.participants import (
    ParticipantEdit,
    create_participant,
    update_participant,
)
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import Participant
from sakura_desktop.logging_setup import configure_logging, redact
from sakura_desktop.tasks.runner import SyncTaskRunner

FAMILY, GIVEN = "Takahashi-Privacy", "Yuiko"
EMAIL = "yuiko.takahashi@example.jp"
ALLERGY = "peanuts-and-kiwi"
PASSPORT = "TK8842917"
BIRTH = dt.date(2008, 12, 24)
PERSONAL = (FAMILY, GIVEN, EMAIL, ALLERGY, PASSPORT, BIRTH.isoformat(), "2008, 12, 24")


@pytest.fixture
def log_file(isolated_user_dirs: Path) -> Iterator[Path]:
    """The application's own log set up for this test, as the CLI and the GUI set it up."""
    root = logging.getLogger()
    ours = [h for h in root.handlers if getattr(h, "_sakura", False)]
    for handler in ours:
        root.removeHandler(handler)
    level = root.level
    path = configure_logging()
    assert path is not None and path.is_relative_to(isolated_user_dirs)
    try:
        yield path
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_sakura", False)]:
            root.removeHandler(handler)
            handler.close()
        for handler in ours:
            root.addHandler(handler)
        root.setLevel(level)


def fail_with_personal_data(database: Database) -> None:
    """A participant, then two failing writes carrying their data, through the task runner."""
    program = make_program(database)
    factory = database.session_factory
    create_participant(
        factory,
        program.id,
        ParticipantEdit(
            family_name=FAMILY,
            given_name=GIVEN,
            email=EMAIL,
            allergies=ALLERGY,
            date_of_birth=BIRTH,
            external_id=PASSPORT,
        ),
    )
    other = create_participant(factory, program.id, ParticipantEdit(family_name="Other"))
    errors: list[BaseException] = []
    runner = SyncTaskRunner()

    def bad_row(_progress: object) -> None:  # a bug: a raw insert breaking a constraint
        with database.session() as session:
            session.execute(
                insert(Participant.__table__).values(
                    program_id=program.id,
                    external_id=PASSPORT,
                    family_name=FAMILY,
                    given_name=GIVEN,
                    email=EMAIL,
                    allergies=ALLERGY,
                    date_of_birth=BIRTH,
                    role="student",
                    gender="",
                    status="registered",
                    created_at=dt.datetime(2026, 7, 1, tzinfo=dt.UTC),
                    updated_at=dt.datetime(2026, 7, 1, tzinfo=dt.UTC),
                )
            )

    def same_email(_progress: object) -> object:  # a refusal that names the e-mail
        return update_participant(
            factory, other.row.id, ParticipantEdit(family_name="Other", email=EMAIL)
        )

    for job in (bad_row, same_email):
        runner.run(job, on_success=lambda _r: None, on_error=errors.append, title="Save")
    assert [type(e).__name__ for e in errors] == ["IntegrityError", "ValidationFailed"]
    assert EMAIL in str(errors[1])  # the user is told; the log is not


def assert_private(text: str) -> None:
    for value in PERSONAL:
        assert value not in text, value


def test_failing_writes_on_sqlite_log_no_personal_field(log_file: Path, database: Database) -> None:
    fail_with_personal_data(database)
    text = log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in text and "ValidationFailed" in text  # the failures are logged
    assert_private(text)


@pytest.mark.skipif(PG_URL is None, reason="SAKURA_TEST_PG_URL names no PostgreSQL server")
def test_upgrade_and_failing_writes_on_postgresql_log_no_password(log_file: Path) -> None:
    assert PG_URL is not None
    password = make_url(PG_URL).password
    assert password, "the test URL must carry a password"
    user = make_url(PG_URL).username
    wipe_postgres(PG_URL)
    database, report = open_database(PG_URL, create=True)
    try:
        assert report.revision_before is None  # it was upgraded from nothing
        fail_with_personal_data(database)
    finally:
        database.dispose()
    text = log_file.read_text(encoding="utf-8")
    assert f"{user}:***@" in text  # the upgrade is logged, its URL without the password
    assert f":{password}@" not in text
    assert "IntegrityError" in text and "DETAIL: ***" in text
    assert_private(text)


def test_redact_removes_what_libraries_put_in_messages() -> None:
    assert redact("to postgresql+psycopg://ann:pa55@db.local/x") == (
        "to postgresql+psycopg://ann:***@db.local/x"
    )
    assert redact("sqlite:////home/ann/a:b@c.db") == "sqlite:////home/ann/a:b@c.db"
    detail = "duplicate key\nDETAIL:  Key (email)=(ann@example.jp) already exists.\n"
    assert "ann@example.jp" not in redact(detail)
    assert redact("[parameters: ('Ann', 'ann@example.jp')]") == "[parameters: ***]"
