"""Alembic environment: runs on the connection handed in by `sakura_desktop.db.lifecycle`.

Migrations ship inside the package and run when a database is opened, never from a separate
alembic.ini, so `config.attributes["connection"]` is the only way in.
"""

from alembic import context

import sakura_desktop.db.models  # noqa: F401  (registers every table on Base.metadata)
from sakura_desktop.db.base import Base

target_metadata = Base.metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through sakura_desktop.db.lifecycle.upgrade()")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
