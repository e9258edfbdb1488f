"""The audit log and the purge on PostgreSQL (SAKURA_TEST_PG_URL names a database we may wipe)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_support import PG_URL, wipe_postgres
from roster_world import ROSTERS, write_csv
from sqlalchemy import select, text

from sakura_desktop.core.audit import AuditAction, participant_history
from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints
from sakura_desktop.core.checkin.service import CheckinDesk
from sakura_desktop.core.demo import build_demo_program
from sakura_desktop.core.purge import purge_program
from sakura_desktop.core.purge_statistics import stored_statistics
from sakura_desktop.core.roster.importer import import_roster_file
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import CheckinEvent, Participant

pytestmark = pytest.mark.skipif(not PG_URL, reason="SAKURA_TEST_PG_URL is not set")


@pytest.fixture
def pg() -> Iterator[Database]:
    assert PG_URL is not None
    wipe_postgres(PG_URL)
    database, _ = open_database(PG_URL, create=True)
    try:
        yield database
    finally:
        database.dispose()


def test_import_audit_and_purge_on_postgres(pg: Database, tmp_path: Path) -> None:
    factory = pg.session_factory
    program = build_demo_program(factory)
    headers, rows = ROSTERS["cp932"]
    import_roster_file(
        factory, program.id, write_csv(tmp_path / "jp.csv", [headers, *rows], "cp932")
    )
    checkpoints = ensure_checkpoints(factory, program.id)
    tokens = issue_missing_tokens(factory, program.id)
    desk = CheckinDesk(factory, program.id, station_name="Server door", operator="Sato Yumi")
    desk.scan(checkpoints[0].id, tokens[0].token)
    desk.scan(checkpoints[0].id, "garbage-code-Yamada")
    with factory() as session:
        jp01 = session.scalar(select(Participant.id).where(Participant.external_id == "JP-01"))
    assert jp01 is not None
    assert [h.action for h in participant_history(factory, jp01)] == [AuditAction.IMPORTED]

    report = purge_program(pg, program.id)

    assert report.fresh_backup is None and "VACUUM FULL" in report.storage_note
    stats = stored_statistics(factory, program.id)
    assert stats is not None and stats.by_country["Japan"] >= 4
    with pg.engine.connect() as conn:
        names = conn.execute(text("SELECT family_name, given_name, email FROM participants")).all()
        operators = conn.scalars(select(CheckinEvent.operator)).all()
        raw = conn.scalars(select(CheckinEvent.raw_code)).all()
    assert all(g == "Participant" and e is None for _f, g, e in names)
    assert set(operators) == {""} and set(raw) == {None}
    assert participant_history(factory, jp01)[-1].action is AuditAction.PURGED
    # the journal is locked again
    with pytest.raises(Exception, match="immutable"), factory.begin() as session:
        session.execute(text("UPDATE checkin_events SET operator = 'x'"))
