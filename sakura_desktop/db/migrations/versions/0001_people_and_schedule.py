"""Programs, people and the schedule

Revision ID: 0001
Revises:
Create Date: 2026-11-25 01:18:58.420507
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_metadata",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_metadata")),
    )
    op.create_table(
        "programs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("host_institution", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("emergency_phone", sa.String(length=60), nullable=False),
        sa.Column("secret", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_programs_dates_ordered")),
        sa.CheckConstraint("length(secret) = 32", name=op.f("ck_programs_secret_length")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programs")),
        sa.UniqueConstraint("code", name=op.f("uq_programs_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_programs_uuid")),
    )
    op.create_table(
        "delegations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("country_name", sa.String(length=100), nullable=False),
        sa.Column("institution", sa.String(length=300), nullable=False),
        sa.CheckConstraint(
            "length(country_code) = 2", name=op.f("ck_delegations_country_code_alpha2")
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_delegations_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegations")),
        sa.UniqueConstraint("program_id", "name", name=op.f("uq_delegations_program_id_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_delegations_uuid")),
    )
    with op.batch_alter_table("delegations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delegations_program_id"), ["program_id"], unique=False)

    op.create_table(
        "sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=400), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_sites_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
        sa.UniqueConstraint("program_id", "name", name=op.f("uq_sites_program_id_name")),
    )
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sites_program_id"), ["program_id"], unique=False)

    op.create_table(
        "teams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_teams_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
        sa.UniqueConstraint("program_id", "name", name=op.f("uq_teams_program_id_name")),
    )
    with op.batch_alter_table("teams", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_teams_program_id"), ["program_id"], unique=False)

    op.create_table(
        "participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("external_id", sa.String(length=100), nullable=True),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("given_name", sa.String(length=200), nullable=False),
        sa.Column("native_name", sa.String(length=200), nullable=False),
        sa.Column("preferred_name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("is_leader", sa.Boolean(), nullable=False),
        sa.Column("gender", sa.String(length=20), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("dietary", sa.Text(), nullable=False),
        sa.Column("allergies", sa.Text(), nullable=False),
        sa.Column("emergency_contact_name", sa.String(length=200), nullable=False),
        sa.Column("emergency_contact_phone", sa.String(length=60), nullable=False),
        sa.Column("emergency_contact_relation", sa.String(length=60), nullable=False),
        sa.Column("room", sa.String(length=60), nullable=False),
        sa.Column("arrival_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("departure_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "gender IN ('female', 'male', 'other', 'unspecified')",
            name=op.f("ck_participants_gender_known"),
        ),
        sa.CheckConstraint(
            "role IN ('student', 'teacher', 'staff', 'interpreter', 'lecturer', 'guest')",
            name=op.f("ck_participants_role_known"),
        ),
        sa.CheckConstraint(
            "status IN ('registered', 'arrived', 'withdrawn', 'departed')",
            name=op.f("ck_participants_status_known"),
        ),
        sa.CheckConstraint(
            "NOT is_leader OR delegation_id IS NOT NULL",
            name=op.f("ck_participants_leader_has_delegation"),
        ),
        sa.CheckConstraint(
            "departure_at IS NULL OR arrival_at IS NULL OR departure_at >= arrival_at",
            name=op.f("ck_participants_stay_ordered"),
        ),
        sa.CheckConstraint(
            "length(trim(family_name)) + length(trim(given_name)) > 0",
            name=op.f("ck_participants_named"),
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegations.id"],
            name=op.f("fk_participants_delegation_id_delegations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_participants_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
        sa.UniqueConstraint(
            "program_id", "external_id", name=op.f("uq_participants_program_id_external_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_participants_uuid")),
    )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participants_delegation_id"), ["delegation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_participants_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            "ix_participants_program_id_family_name", ["program_id", "family_name"], unique=False
        )
        batch_op.create_index(
            "uq_participants_delegation_leader",
            ["delegation_id"],
            unique=True,
            sqlite_where=sa.text("is_leader"),
            postgresql_where=sa.text("is_leader"),
        )

    op.create_table(
        "travel_times",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("from_site_id", sa.Integer(), nullable=False),
        sa.Column("to_site_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "from_site_id <> to_site_id", name=op.f("ck_travel_times_distinct_sites")
        ),
        sa.CheckConstraint("minutes >= 0", name=op.f("ck_travel_times_minutes_non_negative")),
        sa.ForeignKeyConstraint(
            ["from_site_id"],
            ["sites.id"],
            name=op.f("fk_travel_times_from_site_id_sites"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_travel_times_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_site_id"],
            ["sites.id"],
            name=op.f("fk_travel_times_to_site_id_sites"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travel_times")),
        sa.UniqueConstraint(
            "from_site_id", "to_site_id", name=op.f("uq_travel_times_from_site_id_to_site_id")
        ),
    )
    with op.batch_alter_table("travel_times", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_travel_times_program_id"), ["program_id"], unique=False
        )

    op.create_table(
        "venues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity > 0", name=op.f("ck_venues_capacity_positive")
        ),
        sa.CheckConstraint(
            "kind IN ('hall', 'lab', 'room', 'dining', 'bus_stop', 'outdoor', 'other')",
            name=op.f("ck_venues_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_venues_site_id_sites"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venues")),
        sa.UniqueConstraint("site_id", "name", name=op.f("uq_venues_site_id_name")),
    )
    with op.batch_alter_table("venues", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_venues_site_id"), ["site_id"], unique=False)

    op.create_table(
        "availabilities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("start_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("end_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("end_at > start_at", name=op.f("ck_availabilities_window_ordered")),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_availabilities_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_availabilities")),
    )
    with op.batch_alter_table("availabilities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_availabilities_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "notebooks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("lecturer_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["lecturer_id"],
            ["participants.id"],
            name=op.f("fk_notebooks_lecturer_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_notebooks_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notebooks")),
        sa.UniqueConstraint("program_id", "title", name=op.f("uq_notebooks_program_id_title")),
        sa.UniqueConstraint("uuid", name=op.f("uq_notebooks_uuid")),
    )
    with op.batch_alter_table("notebooks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notebooks_program_id"), ["program_id"], unique=False)

    op.create_table(
        "notebook_images",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notebook_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("length(data) > 0", name=op.f("ck_notebook_images_not_empty")),
        sa.ForeignKeyConstraint(
            ["notebook_id"],
            ["notebooks.id"],
            name=op.f("fk_notebook_images_notebook_id_notebooks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notebook_images")),
        sa.UniqueConstraint(
            "notebook_id", "name", name=op.f("uq_notebook_images_notebook_id_name")
        ),
    )
    with op.batch_alter_table("notebook_images", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_notebook_images_notebook_id"), ["notebook_id"], unique=False
        )

    op.create_table(
        "team_memberships",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_team_memberships_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_team_memberships_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("team_id", "participant_id", name=op.f("pk_team_memberships")),
    )
    with op.batch_alter_table("team_memberships", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_team_memberships_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "schedule_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("start_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("end_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("venue_id", sa.Integer(), nullable=True),
        sa.Column("destination_site_id", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("lecturer_id", sa.Integer(), nullable=True),
        sa.Column("host", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("for_everyone", sa.Boolean(), nullable=False),
        sa.Column("notebook_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('lecture', 'lab_tour', 'experiment', 'meal', 'transfer', 'ceremony', 'cultural', 'free_time')",
            name=op.f("ck_schedule_sessions_kind_known"),
        ),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity > 0", name=op.f("ck_schedule_sessions_capacity_positive")
        ),
        sa.CheckConstraint(
            "revision >= 0", name=op.f("ck_schedule_sessions_revision_non_negative")
        ),
        sa.CheckConstraint("end_at > start_at", name=op.f("ck_schedule_sessions_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["destination_site_id"],
            ["sites.id"],
            name=op.f("fk_schedule_sessions_destination_site_id_sites"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["lecturer_id"],
            ["participants.id"],
            name=op.f("fk_schedule_sessions_lecturer_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["notebook_id"],
            ["notebooks.id"],
            name=op.f("fk_schedule_sessions_notebook_id_notebooks"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_schedule_sessions_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["venue_id"],
            ["venues.id"],
            name=op.f("fk_schedule_sessions_venue_id_venues"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_sessions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_schedule_sessions_uuid")),
    )
    with op.batch_alter_table("schedule_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_schedule_sessions_lecturer_id"), ["lecturer_id"], unique=False
        )
        batch_op.create_index(
            "ix_schedule_sessions_program_id_start_at", ["program_id", "start_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_schedule_sessions_venue_id"), ["venue_id"], unique=False
        )

    op.create_table(
        "session_audiences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(CASE WHEN team_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN delegation_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN participant_id IS NULL THEN 0 ELSE 1 END) = 1",
            name=op.f("ck_session_audiences_exactly_one_target"),
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegations.id"],
            name=op.f("fk_session_audiences_delegation_id_delegations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_session_audiences_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["schedule_sessions.id"],
            name=op.f("fk_session_audiences_session_id_schedule_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_session_audiences_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_audiences")),
        sa.UniqueConstraint(
            "session_id",
            "delegation_id",
            name=op.f("uq_session_audiences_session_id_delegation_id"),
        ),
        sa.UniqueConstraint(
            "session_id",
            "participant_id",
            name=op.f("uq_session_audiences_session_id_participant_id"),
        ),
        sa.UniqueConstraint(
            "session_id", "team_id", name=op.f("uq_session_audiences_session_id_team_id")
        ),
    )
    with op.batch_alter_table("session_audiences", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_audiences_session_id"), ["session_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("session_audiences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_audiences_session_id"))

    op.drop_table("session_audiences")
    with op.batch_alter_table("schedule_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_schedule_sessions_venue_id"))
        batch_op.drop_index("ix_schedule_sessions_program_id_start_at")
        batch_op.drop_index(batch_op.f("ix_schedule_sessions_lecturer_id"))

    op.drop_table("schedule_sessions")
    with op.batch_alter_table("team_memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_memberships_participant_id"))

    op.drop_table("team_memberships")
    with op.batch_alter_table("notebooks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notebooks_program_id"))

    with op.batch_alter_table("notebook_images", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notebook_images_notebook_id"))

    op.drop_table("notebook_images")
    op.drop_table("notebooks")
    with op.batch_alter_table("availabilities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_availabilities_participant_id"))

    op.drop_table("availabilities")
    with op.batch_alter_table("venues", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_venues_site_id"))

    op.drop_table("venues")
    with op.batch_alter_table("travel_times", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_travel_times_program_id"))

    op.drop_table("travel_times")
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_participants_delegation_leader",
            sqlite_where=sa.text("is_leader"),
            postgresql_where=sa.text("is_leader"),
        )
        batch_op.drop_index("ix_participants_program_id_family_name")
        batch_op.drop_index(batch_op.f("ix_participants_program_id"))
        batch_op.drop_index(batch_op.f("ix_participants_delegation_id"))

    op.drop_table("participants")
    with op.batch_alter_table("teams", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_teams_program_id"))

    op.drop_table("teams")
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sites_program_id"))

    op.drop_table("sites")
    with op.batch_alter_table("delegations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegations_program_id"))

    op.drop_table("delegations")
    op.drop_table("programs")
    op.drop_table("app_metadata")
