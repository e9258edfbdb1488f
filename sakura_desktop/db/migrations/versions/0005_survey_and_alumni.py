"""Post-visit survey answers and consent to alumni contact

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 10:10:00

One row of answers per participant (satisfaction 1-5 per part of the week, whether they would come
back to Japan, comments; entered in the app or imported from an online form) and one row of consent
per participant who was asked (yes or no, and when it was recorded; no row means not asked yet).
Both go with the participant when the participant is deleted.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.sql.schema import SchemaItem

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PARTS = ("lectures", "lab_tours", "experiments", "cultural", "meals_lodging", "overall")


def _participant_key(table: str) -> list[SchemaItem]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f(f"fk_{table}_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("participant_id", name=op.f(f"uq_{table}_participant_id")),
    ]


def upgrade() -> None:
    op.create_table(
        "survey_responses",
        *_participant_key("survey_responses"),
        *(sa.Column(part, sa.Integer(), nullable=True) for part in _PARTS),
        sa.Column("come_back", sa.String(length=10), nullable=True),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        *(
            sa.CheckConstraint(
                f"{part} BETWEEN 1 AND 5", name=op.f(f"ck_survey_responses_{part}_score")
            )
            for part in _PARTS
        ),
        sa.CheckConstraint(
            "come_back IN ('yes', 'maybe', 'no')", name=op.f("ck_survey_responses_come_back_known")
        ),
        sa.CheckConstraint(
            "source IN ('app', 'import')", name=op.f("ck_survey_responses_source_known")
        ),
    )
    op.create_table(
        "alumni_consents",
        *_participant_key("alumni_consents"),
        sa.Column("consent", sa.String(length=10), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "consent IN ('yes', 'no')", name=op.f("ck_alumni_consents_consent_known")
        ),
    )


def downgrade() -> None:
    op.drop_table("alumni_consents")
    op.drop_table("survey_responses")
