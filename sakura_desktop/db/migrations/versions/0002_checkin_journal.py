"""Check-in: stations, checkpoints, the scan journal and badge tokens

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 01:18:58.420507
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stations")),
        sa.UniqueConstraint("uuid", name=op.f("uq_stations_uuid")),
    )
    op.create_table(
        "badge_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("serial > 0", name=op.f("ck_badge_tokens_serial_positive")),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_badge_tokens_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_badge_tokens")),
        sa.UniqueConstraint(
            "participant_id", "serial", name=op.f("uq_badge_tokens_participant_id_serial")
        ),
    )
    with op.batch_alter_table("badge_tokens", schema=None) as batch_op:
        batch_op.create_index(
            "uq_badge_tokens_participant_live",
            ["participant_id"],
            unique=True,
            sqlite_where=sa.text("revoked_at IS NULL"),
            postgresql_where=sa.text("revoked_at IS NULL"),
        )

    op.create_table(
        "checkpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("allows_exit", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(kind IN ('session', 'transfer')) = (session_id IS NOT NULL)",
            name=op.f("ck_checkpoints_session_matches_kind"),
        ),
        sa.CheckConstraint(
            "kind IN ('arrival', 'session', 'transfer', 'roll_call')",
            name=op.f("ck_checkpoints_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_checkpoints_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["schedule_sessions.id"],
            name=op.f("fk_checkpoints_session_id_schedule_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkpoints")),
        sa.UniqueConstraint("program_id", "name", name=op.f("uq_checkpoints_program_id_name")),
        sa.UniqueConstraint("session_id", name=op.f("uq_checkpoints_session_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_checkpoints_uuid")),
    )
    with op.batch_alter_table("checkpoints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkpoints_program_id"), ["program_id"], unique=False)

    op.create_table(
        "checkin_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("checkpoint_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("raw_code", sa.String(length=200), nullable=True),
        sa.Column("voids_event_uuid", sa.String(length=36), nullable=True),
        sa.CheckConstraint(
            "(decision = 'voided') = (voids_event_uuid IS NOT NULL)",
            name=op.f("ck_checkin_events_voiding_consistent"),
        ),
        sa.CheckConstraint(
            "decision IN ('accepted', 'already_in', 'not_expected', 'withdrawn', 'unknown', 'forged', 'wrong_program', 'revoked', 'voided')",
            name=op.f("ck_checkin_events_decision_known"),
        ),
        sa.CheckConstraint(
            "direction IN ('in', 'out')", name=op.f("ck_checkin_events_direction_known")
        ),
        sa.CheckConstraint(
            "method IN ('scanner', 'camera', 'manual', 'undo')",
            name=op.f("ck_checkin_events_method_known"),
        ),
        sa.ForeignKeyConstraint(
            ["checkpoint_id"],
            ["checkpoints.id"],
            name=op.f("fk_checkin_events_checkpoint_id_checkpoints"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_checkin_events_participant_id_participants"),
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_checkin_events_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_checkin_events_station_id_stations")
        ),
        sa.ForeignKeyConstraint(
            ["voids_event_uuid"],
            ["checkin_events.uuid"],
            name=op.f("fk_checkin_events_voids_event_uuid_checkin_events"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_events")),
        sa.UniqueConstraint("uuid", name=op.f("uq_checkin_events_uuid")),
        sa.UniqueConstraint("voids_event_uuid", name=op.f("uq_checkin_events_voids_event_uuid")),
    )
    with op.batch_alter_table("checkin_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_checkin_events_checkpoint_id_participant_id",
            ["checkpoint_id", "participant_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_checkin_events_participant_id_occurred_at",
            ["participant_id", "occurred_at"],
            unique=False,
        )

    _make_journal_immutable()


# The scan journal is evidence of who was where: an event is never rewritten, only voided by a
# later event. Deleting stays possible (purging personal data after the program).
_SQLITE_TRIGGER = """
CREATE TRIGGER checkin_events_immutable BEFORE UPDATE ON checkin_events
BEGIN
    SELECT RAISE(ABORT, 'check-in events are immutable; add a voiding event instead');
END
"""
_POSTGRES_FUNCTION = """
CREATE FUNCTION checkin_events_refuse_update() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'check-in events are immutable; add a voiding event instead';
END
$$ LANGUAGE plpgsql
"""
_POSTGRES_TRIGGER = """
CREATE TRIGGER checkin_events_immutable BEFORE UPDATE ON checkin_events
FOR EACH ROW EXECUTE FUNCTION checkin_events_refuse_update()
"""


def _make_journal_immutable() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(_SQLITE_TRIGGER)
    elif dialect == "postgresql":
        op.execute(_POSTGRES_FUNCTION)
        op.execute(_POSTGRES_TRIGGER)


def _drop_journal_immutability() -> None:
    dialect = op.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        op.execute(
            "DROP TRIGGER IF EXISTS checkin_events_immutable"
            + (" ON checkin_events" if dialect == "postgresql" else "")
        )
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS checkin_events_refuse_update()")


def downgrade() -> None:
    _drop_journal_immutability()
    with op.batch_alter_table("checkin_events", schema=None) as batch_op:
        batch_op.drop_index("ix_checkin_events_participant_id_occurred_at")
        batch_op.drop_index("ix_checkin_events_checkpoint_id_participant_id")

    op.drop_table("checkin_events")
    with op.batch_alter_table("checkpoints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkpoints_program_id"))

    op.drop_table("checkpoints")
    with op.batch_alter_table("badge_tokens", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_badge_tokens_participant_live",
            sqlite_where=sa.text("revoked_at IS NULL"),
            postgresql_where=sa.text("revoked_at IS NULL"),
        )

    op.drop_table("badge_tokens")
    op.drop_table("stations")
