"""The PostgreSQL server the tests may use (SAKURA_TEST_PG_URL names a database they may wipe)."""

from __future__ import annotations

import os

from sqlalchemy import create_engine, text

PG_URL = os.environ.get("SAKURA_TEST_PG_URL")


def wipe_postgres(url: str) -> None:
    """An empty public schema: the next open_database(url, create=True) builds it at head."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
