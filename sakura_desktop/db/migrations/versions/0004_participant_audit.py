"""Participants' changes are audited (who, when, which fields; never values)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 09:45:00

One row per change to a participant: created, edited, imported, deleted, status changed or
purged, with the station and OS user that made it and the names of the fields it touched. The
statistics a purge keeps live in app_metadata (no table needed).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ACTIONS = "'created', 'edited', 'imported', 'deleted', 'status_changed', 'purged'"


def upgrade() -> None:
    op.create_table(
        "participant_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("participant_uuid", sa.String(length=36), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("os_user", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("detail", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            f"action IN ({_ACTIONS})", name=op.f("ck_participant_audit_action_known")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_participant_audit_participant_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_participant_audit_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_audit")),
    )
    op.create_index(
        op.f("ix_participant_audit_program_id"), "participant_audit", ["program_id"], unique=False
    )
    op.create_index(
        op.f("ix_participant_audit_participant_id"),
        "participant_audit",
        ["participant_id"],
        unique=False,
    )
    op.create_index(
        "ix_participant_audit_participant_uuid_occurred_at",
        "participant_audit",
        ["participant_uuid", "occurred_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_participant_audit_participant_uuid_occurred_at", "participant_audit")
    op.drop_index(op.f("ix_participant_audit_participant_id"), "participant_audit")
    op.drop_index(op.f("ix_participant_audit_program_id"), "participant_audit")
    op.drop_table("participant_audit")
