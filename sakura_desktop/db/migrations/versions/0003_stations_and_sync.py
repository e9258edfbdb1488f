"""Stations number their events; journals exchange between stations; roll calls close

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 03:40:00

Participants get their own phone number (a roll call shows the leader's). Every event gets its
station's sequence number (existing events are numbered per station in the
order they were recorded), stations learn whether they are local and how far they have been
exported or merged, and roll calls are opened and closed by events (which travel in the journal
like scans), the closing one with a note (why it was closed with people unaccounted for).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DECISIONS_BEFORE = (
    "'accepted', 'already_in', 'not_expected', 'withdrawn', 'unknown', 'forged', "
    "'wrong_program', 'revoked', 'voided'"
)
_DECISIONS_AFTER = _DECISIONS_BEFORE + ", 'opened', 'closed'"

_SQLITE_TRIGGER = """
CREATE TRIGGER checkin_events_immutable BEFORE UPDATE ON checkin_events
BEGIN
    SELECT RAISE(ABORT, 'check-in events are immutable; add a voiding event instead');
END
"""


def _drop_trigger() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS checkin_events_immutable")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE checkin_events DISABLE TRIGGER checkin_events_immutable")


def _restore_trigger() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(_SQLITE_TRIGGER)
    elif dialect == "postgresql":
        op.execute("ALTER TABLE checkin_events ENABLE TRIGGER checkin_events_immutable")


def _number_existing_events() -> None:
    """Number each station's events 1, 2, 3 ... in the order they were recorded."""
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, station_id FROM checkin_events ORDER BY id")).all()
    counters: dict[int, int] = {}
    numbered = []
    for event_id, station_id in rows:
        counters[station_id] = counters.get(station_id, 0) + 1
        numbered.append({"id": event_id, "seq": counters[station_id]})
    if numbered:
        bind.execute(
            sa.text("UPDATE checkin_events SET station_seq = :seq WHERE id = :id"), numbered
        )
    for station_id, last in counters.items():
        bind.execute(
            sa.text("UPDATE stations SET last_seq = :last WHERE id = :id"),
            {"last": last, "id": station_id},
        )


def upgrade() -> None:
    # Plain ADD COLUMN for the tables other tables point at: a batch copy would drop them,
    # which SQLite refuses while their rows are referenced (foreign keys are on).
    op.add_column(
        "participants",
        sa.Column("phone", sa.String(length=60), server_default=sa.text("''"), nullable=False),
    )
    op.add_column(
        "stations", sa.Column("is_local", sa.Boolean(), server_default=sa.true(), nullable=False)
    )
    op.add_column(
        "stations",
        sa.Column("last_seq", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.add_column(
        "stations",
        sa.Column("exported_seq", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.add_column("stations", sa.Column("last_merged_at", sa.DateTime(timezone=True)))

    _drop_trigger()
    with op.batch_alter_table("checkin_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("station_seq", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("note", sa.Text(), server_default=sa.text("''"), nullable=False)
        )
    _number_existing_events()
    with op.batch_alter_table("checkin_events", schema=None) as batch_op:
        batch_op.alter_column("station_seq", existing_type=sa.Integer(), nullable=False)
        batch_op.create_check_constraint(
            op.f("ck_checkin_events_station_seq_positive"), "station_seq > 0"
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_checkin_events_station_id_station_seq"), ["station_id", "station_seq"]
        )
        batch_op.drop_constraint(op.f("ck_checkin_events_decision_known"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_checkin_events_decision_known"), f"decision IN ({_DECISIONS_AFTER})"
        )
        # Two stations apart may each undo the same scan: both undos are facts to keep.
        batch_op.drop_constraint(op.f("uq_checkin_events_voids_event_uuid"), type_="unique")
        batch_op.create_index(
            batch_op.f("ix_checkin_events_voids_event_uuid"), ["voids_event_uuid"], unique=False
        )
        batch_op.create_index("ix_checkin_events_program_id_id", ["program_id", "id"], unique=False)
    _restore_trigger()


def downgrade() -> None:
    _drop_trigger()
    op.execute("DELETE FROM checkin_events WHERE decision IN ('opened', 'closed')")
    with op.batch_alter_table("checkin_events", schema=None) as batch_op:
        batch_op.drop_index("ix_checkin_events_program_id_id")
        batch_op.drop_index(batch_op.f("ix_checkin_events_voids_event_uuid"))
        batch_op.create_unique_constraint(
            batch_op.f("uq_checkin_events_voids_event_uuid"), ["voids_event_uuid"]
        )
        batch_op.drop_constraint(op.f("ck_checkin_events_decision_known"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_checkin_events_decision_known"), f"decision IN ({_DECISIONS_BEFORE})"
        )
        batch_op.drop_constraint(
            batch_op.f("uq_checkin_events_station_id_station_seq"), type_="unique"
        )
        batch_op.drop_constraint(op.f("ck_checkin_events_station_seq_positive"), type_="check")
        batch_op.drop_column("note")
        batch_op.drop_column("station_seq")
    _restore_trigger()
    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.drop_column("last_merged_at")
        batch_op.drop_column("exported_seq")
        batch_op.drop_column("last_seq")
        batch_op.drop_column("is_local")
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_column("phone")
