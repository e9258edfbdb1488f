"""What a database holds: schema revision and, per program, the counts a coordinator checks."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select

from sakura_desktop.core.programs import ProgramSummary, list_programs
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


def _count_where(database: Database, model: type, program_id: int) -> int:
    with database.session_factory() as session:
        column = model.program_id  # type: ignore[attr-defined]
        query = select(func.count()).select_from(model).where(column == program_id)
        return session.scalar(query) or 0


def _roles(database: Database, program_id: int) -> dict[str, int]:
    with database.session_factory() as session:
        rows = session.execute(
            select(Participant.role, func.count())
            .where(Participant.program_id == program_id)
            .group_by(Participant.role)
        ).all()
    counts: Counter[str] = Counter({role.value: 0 for role in Role})
    counts.update({role: n for role, n in rows})
    return dict(counts)


def database_info(database: Database) -> DatabaseInfo:
    with database.session_factory() as session:
        created_with = session.scalar(
            select(AppMetadata.value).where(AppMetadata.key == "created_with")
        )
    programs = [
        ProgramCounts(
            program=program,
            by_role=_roles(database, program.id),
            checkpoints=_count_where(database, Checkpoint, program.id),
            checkin_events=_count_where(database, CheckinEvent, program.id),
        )
        for program in list_programs(database.session_factory)
    ]
    return DatabaseInfo(
        location=database.display_name,
        revision=current_revision(database),
        head=head_revision(),
        created_with=created_with,
        programs=programs,
    )
