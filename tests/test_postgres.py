"""The same schema, migrations and use cases on PostgreSQL, for sites that share a server.

Runs only when SAKURA_TEST_PG_URL names a database we may wipe, e.g.
postgresql+psycopg://sakura:sakura@localhost/sakura_test (needs `pip install -e ".[postgres]"`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from pg_support import PG_URL, wipe_postgres
from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints
from sakura_desktop.core.checkin.service import CheckinDesk
from sakura_desktop.core.demo import build_demo_program
from sakura_desktop.core.schedule.loading import program_conflicts
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.base import Base
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import head_revision, open_database
from sakura_desktop.db.models import CheckinEvent, Participant

pytestmark = pytest.mark.skipif(not PG_URL, reason="SAKURA_TEST_PG_URL is not set")


@pytest.fixture
def pg() -> Iterator[Database]:
    assert PG_URL is not None
    wipe_postgres(PG_URL)
    database, report = open_database(PG_URL, create=True)
    assert report.revision_after == head_revision()
    try:
        yield database
    finally:
        database.dispose()


def test_schema_at_head_matches_the_models(pg: Database) -> None:
    with pg.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_demo_week_is_conflict_free_and_checkins_work(pg: Database) -> None:
    program = build_demo_program(pg.session_factory)
    assert program.participants == 98
    assert program_conflicts(pg.session_factory, program.id) == []
    checkpoints = ensure_checkpoints(pg.session_factory, program.id)
    tokens = issue_missing_tokens(pg.session_factory, program.id)
    desk = CheckinDesk(pg.session_factory, program.id, station_name="Server door")
    first = desk.scan(checkpoints[0].id, tokens[0].token)
    again = desk.scan(checkpoints[0].id, tokens[0].token)
    assert (first.decision.value, again.decision.value) == ("accepted", "already_in")


def test_constraints_and_immutable_journal_hold_on_postgres(pg: Database) -> None:
    program = build_demo_program(pg.session_factory)
    with pytest.raises(IntegrityError), pg.session() as session:
        session.add(Participant(program_id=program.id, family_name="X", role="tourist"))
    checkpoints = ensure_checkpoints(pg.session_factory, program.id)
    tokens = issue_missing_tokens(pg.session_factory, program.id)
    CheckinDesk(pg.session_factory, program.id, station_name="A").scan(
        checkpoints[0].id, tokens[0].token
    )
    with pytest.raises(DBAPIError, match="immutable"), pg.session() as session:
        session.execute(update(CheckinEvent).values(operator="someone else"))
    with pg.session() as session:
        event = session.scalars(select(CheckinEvent)).one()
        assert event.occurred_at.tzinfo is not None
        assert abs(event.occurred_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
