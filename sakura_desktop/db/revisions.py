"""The schema revisions this version ships, named without loading Alembic.

Opening a database that is already at the newest schema is what every command and the window do
at start, and importing Alembic only to learn the newest revision's name cost about a second of
each. Alembic is loaded when a database must be created or upgraded. `tests/test_migrations.py`
holds these names equal to what Alembic reads from `migrations/versions`: a new migration fails
that test until it is named here.
"""

from __future__ import annotations

HEAD_REVISION = "0005"
KNOWN_REVISIONS = frozenset({"0001", "0002", "0003", "0004", "0005"})
