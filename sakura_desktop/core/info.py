"""What a database holds: schema revision and, per program, the counts a coordinator checks."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sakura_desktop.core.programs import ProgramSummary, count_rows, list_programs
from sakura_desktop.db.engine import Database
from sakura_desktop.db.enums import Role
from sakura_desktop.db.lifecycle import current_revision, head_revision
from sakura_desktop.db.models import AppMetadata, CheckinEvent, Checkpoint, Participant


@dataclass(frozen=True)
class ProgramCounts:
    program: ProgramSummary
    by_role: dict[str, int]
    checkpoints: int
    checkin_events: int


@dataclass(frozen=True)
class DatabaseInfo:
    location: str
    revision: str | None
    head: str
    created_with: str | None
    programs: list[ProgramCounts]

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head


def _roles(session: Session, program_id: int) -> dict[str, int]:
    rows = session.execute(
        select(Participant.role, func.count())
        .where(Participant.program_id == program_id)
        .group_by(Participant.role)
    ).all()
    counts: Counter[str] = Counter({role.value: 0 for role in Role})
    counts.update({role: n for role, n in rows})
    return dict(counts)


def database_info(database: Database) -> DatabaseInfo:
    summaries = list_programs(database.session_factory)
    with database.session_factory() as session:
        created_with = session.scalar(
            select(AppMetadata.value).where(AppMetadata.key == "created_with")
        )
        programs = [
            ProgramCounts(
                program=program,
                by_role=_roles(session, program.id),
                checkpoints=count_rows(session, Checkpoint, program.id),
                checkin_events=count_rows(session, CheckinEvent, program.id),
            )
            for program in summaries
        ]
    return DatabaseInfo(
        location=database.display_name,
        revision=current_revision(database),
        head=head_revision(),
        created_with=created_with,
        programs=programs,
    )
