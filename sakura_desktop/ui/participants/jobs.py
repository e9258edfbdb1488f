"""The Participants screen's units of work, run by the task runner off the GUI thread.

Each takes plain values (a session factory, ids, a path), calls core use cases, and returns
plain dataclasses. No widgets here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sakura_desktop.core.audit import Actor
from sakura_desktop.core.backups import backup_before
from sakura_desktop.core.roster import (
    ColumnMapping,
    ImportCancelled,
    ImportSummary,
    RosterTable,
    import_roster,
    load_saved_mapping,
    read_roster,
    save_mapping,
)
from sakura_desktop.core.roster.delegations import DelegationRow, list_delegations
from sakura_desktop.core.roster.errors import ValidationFailed
from sakura_desktop.core.roster.exporter import EXPORTS, ExportResult, export_participants
from sakura_desktop.core.roster.mapping import ColumnProfile, profile_columns
from sakura_desktop.core.roster.participants import (
    ParticipantDetail,
    ParticipantEdit,
    ParticipantRow,
    create_participant,
    list_participants,
    update_participant,
    validate_edit,
)
from sakura_desktop.core.roster.teams import TeamRow, list_teams
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.tasks import Cancelled, ProgressReporter
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.participants.models import search_keys


@dataclass(frozen=True)
class ScreenData:
    program_id: int
    rows: list[ParticipantRow]
    keys: list[str]  # search keys, folded here so the GUI thread does not have to
    delegations: list[DelegationRow]
    teams: list[TeamRow]


def load_screen(factory: SessionFactory, program_id: int, progress: ProgressReporter) -> ScreenData:
    progress.report(0, 3, translate("ParticipantJobs", "Loading participants…"))
    rows = list_participants(factory, program_id)
    progress.report(1, 3, translate("ParticipantJobs", "Loading delegations and teams…"))
    keys = search_keys(rows)
    delegations = list_delegations(factory, program_id)
    teams = list_teams(factory, program_id)
    progress.report(3, 3)
    return ScreenData(program_id, rows, keys, delegations, teams)


@dataclass(frozen=True)
class SaveOutcome:
    """A saved participant, or the (field, message) problems that stopped the save."""

    detail: ParticipantDetail | None
    problems: tuple[tuple[str, str], ...] = ()


def save_participant(
    factory: SessionFactory,
    program_id: int,
    participant_id: int | None,
    edit: ParticipantEdit,
    _progress: ProgressReporter,
    actor: Actor | None = None,
) -> SaveOutcome:
    """Check the edit with the importer's rules (`validate_edit`), then create or update."""
    problems = validate_edit(factory, program_id, edit, participant_id)
    if problems:
        return SaveOutcome(None, tuple(problems))
    try:
        if participant_id is None:
            return SaveOutcome(create_participant(factory, program_id, edit, actor=actor))
        return SaveOutcome(update_participant(factory, participant_id, edit, actor=actor))
    except ValidationFailed as exc:  # somebody else saved a clashing e-mail meanwhile
        return SaveOutcome(None, exc.problems)


def export_table(
    kind: str,
    factory: SessionFactory,
    program_id: int,
    path: Path,
    progress: ProgressReporter,
    include_sensitive: bool = False,
) -> ExportResult:
    progress.report(0, 0, translate("ParticipantJobs", "Writing {0}…").format(path.name))
    if kind == "participants":
        return export_participants(factory, program_id, path, include_sensitive=include_sensitive)
    return EXPORTS[kind](factory, program_id, path)


def run_use_case(fn: Callable[[], object]) -> Callable[[ProgressReporter], object]:
    """A task that just calls `fn` (a core use case with its arguments bound)."""

    def task(_progress: ProgressReporter) -> object:
        return fn()

    return task


# --- the import wizard ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReadOutcome:
    table: RosterTable
    saved_mapping: dict[str, str | None]
    profiles: dict[int, ColumnProfile]  # what each column holds, for the unmapped warnings


def read_file(
    factory: SessionFactory,
    program_id: int,
    path: Path,
    encoding: str | None,
    progress: ProgressReporter,
) -> ReadOutcome:
    progress.report(0, 0, translate("ParticipantJobs", "Reading {0}…").format(path.name))
    table = read_roster(path, encoding=encoding, is_cancelled=lambda: progress.cancelled)
    saved = load_saved_mapping(factory, program_id)
    return ReadOutcome(table, saved, profile_columns(table.rows))


def run_import(
    factory: SessionFactory,
    program_id: int,
    table: RosterTable,
    mapping: ColumnMapping,
    *,
    dry_run: bool,
    skip_invalid: bool,
    progress: ProgressReporter,
    is_cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """The dry run (validation report) or the real import, in one transaction.

    A cancel rolls the transaction back and is reported as `Cancelled`: nothing was written.
    After a real import the mapping is saved for the program's next file.
    """
    rows = len(table.rows)

    def stopped() -> bool:
        return progress.cancelled or (is_cancelled is not None and is_cancelled())

    def report(done: int, total: int) -> None:
        if stopped():
            raise ImportCancelled()
        if done <= rows or dry_run:
            text = translate("ParticipantJobs", "Checking rows… ({0} of {1})").format(
                f"{min(done, rows):,}", f"{rows:,}"
            )
        else:
            text = translate("ParticipantJobs", "Writing to the database… ({0} of {1})").format(
                f"{done - rows:,}", f"{rows:,}"
            )
        progress.report(done, total, text)

    def back_up() -> None:
        # Called by the import once the rows passed their checks and something will be
        # written: a refused file or one that changes nothing takes no backup.
        progress.report(
            0, 0, translate("ParticipantJobs", "Backing up the database before the import…")
        )
        backup_before(factory, "import")

    try:
        summary = import_roster(
            factory,
            program_id,
            table,
            mapping,
            skip_invalid=skip_invalid,
            dry_run=dry_run,
            progress=report,
            is_cancelled=stopped,
            before_write=back_up,
        )
    except ImportCancelled as exc:
        raise Cancelled() from exc
    if summary.written:
        save_mapping(factory, program_id, mapping)
    return summary


def participant_ids(rows: Sequence[ParticipantRow]) -> list[int]:
    return [r.id for r in rows]
