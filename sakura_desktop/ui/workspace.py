"""What the window is working on: the open database, its programs, and the chosen program.

The workspace holds state and announces changes by signal; screens listen and redraw. Everything
that touches the database runs through the task runner as a core use case; what comes back is
plain dataclasses (`ProgramSummary`), never ORM objects.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from sakura_desktop.errors import UserError
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import ProgressReporter, TaskRunner
from sakura_desktop.ui.i18n import translate

# The database layer loads when a database is opened, not to show the window.
if TYPE_CHECKING:
    from sakura_desktop.core.program_views import ProgramDraft, ProgramSummary
    from sakura_desktop.db.engine import Database, SessionFactory
    from sakura_desktop.db.lifecycle import OpenReport

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DatabaseTarget:
    """Which database to open, and how."""

    path: Path | None = None
    url: str | None = None
    create: bool = False  # create the file when it is missing
    must_be_new: bool = False  # File > New database: never reuse or replace an existing file
    demo: bool = False  # first build a demo week into `path`
    remember: bool = True  # add to recent files and reopen next time

    @property
    def display(self) -> str:
        return str(self.path) if self.path is not None else (self.url or "")


def open_target(target: DatabaseTarget, progress: ProgressReporter) -> tuple[Database, OpenReport]:
    """The worker side of opening: build the demo week if asked, then open (and upgrade)."""
    if target.demo:
        from sakura_desktop.core.demo import create_demo_database

        assert target.path is not None
        progress.report(0, 0, translate("Workspace", "Building the demo week…"))
        create_demo_database(target.path)
    elif target.must_be_new and target.path is not None and target.path.exists():
        raise UserError(
            translate(
                "Workspace",
                "{0} already exists. Choose another name for the new database, "
                "or open the existing one with File > Open database.",
            ).format(target.path)
        )
    progress.report(0, 0, translate("Workspace", "Opening {0}…").format(target.display))
    from sakura_desktop.db.lifecycle import open_database  # in the worker: SQLAlchemy loads here

    if target.path is not None:
        return open_database(path=target.path, create=target.create or target.demo)
    return open_database(url=target.url, create=target.create)


class Workspace(QObject):
    database_changed = Signal()
    programs_changed = Signal()
    program_changed = Signal()
    settings_changed = Signal()  # the user changed this machine's settings (station name ...)
    # The check-in journal gained events this window did not record (merged from the sync folder):
    # screens that show scans re-read them.
    journal_changed = Signal()
    # The program's data changed through one screen or dialog (an import, an edit, a schedule
    # change, badges recorded as printed): every other screen reloads what it shows, at once if
    # it is on screen, else when next shown (`ui/widgets/data_follower.py`). The argument is the
    # screen that made the change; it has reloaded itself already.
    data_changed = Signal(object)
    opening_changed = Signal()  # a database started or finished opening (`opening`)

    def __init__(
        self,
        settings: Settings,
        runner: TaskRunner,
        clock: Callable[[], dt.datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = runner
        self.clock: Callable[[], dt.datetime] = clock or (lambda: dt.datetime.now(dt.UTC))
        self.database: Database | None = None
        self.open_report: OpenReport | None = None
        self.programs: list[ProgramSummary] = []
        self.program: ProgramSummary | None = None
        self.programs_loaded = False
        # What is being opened in a worker right now ("" when nothing): the Overview says so
        # instead of welcoming, so the window never flashes "no database" before one opens.
        self.opening = ""

    # -- the database ---------------------------------------------------------------------

    def begin_opening(self, display: str) -> None:
        self.opening = display
        self.opening_changed.emit()

    def end_opening(self) -> None:
        self.opening = ""
        self.opening_changed.emit()

    @property
    def factory(self) -> SessionFactory | None:
        return self.database.session_factory if self.database is not None else None

    def adopt(self, database: Database, report: OpenReport, target: DatabaseTarget) -> None:
        """Make `database` the open one (closing the previous) and load its programs."""
        previous, self.database, self.open_report = self.database, database, report
        if previous is not None and previous is not database:
            previous.dispose()
        if target.remember and database.path is not None:
            self.settings.last_database = str(database.path)
            self.settings.add_recent_file(database.path)
            self.settings.last_folder = str(database.path.parent)
        if report.backup is not None:
            log.info("database upgraded; backup at %s", report.backup)
        self.programs, self.program, self.programs_loaded = [], None, False
        self.database_changed.emit()
        self.refresh_programs()

    def close_database(self) -> None:
        if self.database is not None:
            self.database.dispose()
        self.database = None
        self.open_report = None
        self.programs, self.program, self.programs_loaded = [], None, False
        self.database_changed.emit()
        self.programs_changed.emit()
        self.program_changed.emit()

    def announce_change(self, source: object) -> None:
        """`source` changed the program's data; the other screens follow."""
        self.data_changed.emit(source)

    def database_replaced(self, source: object) -> None:
        """The open database's content was replaced (a restore): every screen re-reads it."""
        self.refresh_programs()
        self.journal_changed.emit()
        self.announce_change(source)

    # -- programs -------------------------------------------------------------------------

    def refresh_programs(
        self,
        select_id: int | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        factory = self.factory
        if factory is None:
            return
        keep = select_id if select_id is not None else (self.program.id if self.program else None)

        def loaded(programs: list[ProgramSummary]) -> None:
            if self.factory is not factory:  # another database was opened meanwhile
                return
            self.programs = programs
            self.programs_loaded = True
            chosen = next((p for p in programs if p.id == keep), None)
            if chosen is None and programs:
                chosen = self._default_program(programs)
            self.programs_changed.emit()
            self._set_program(chosen)

        self.runner.run(
            partial(_list_programs, factory),
            on_success=loaded,
            on_error=on_error or (lambda exc: log.error("cannot list programs: %s", exc)),
            title="Loading programs",
        )

    def _default_program(self, programs: list[ProgramSummary]) -> ProgramSummary:
        """The program running now, else the next one to start, else the latest."""
        today = self.clock().date()
        running = [p for p in programs if p.start_date <= today <= p.end_date]
        upcoming = [p for p in programs if p.start_date > today]
        if running:
            return running[0]
        if upcoming:
            return upcoming[0]
        return programs[-1]

    def select_program(self, program_id: int) -> None:
        chosen = next((p for p in self.programs if p.id == program_id), None)
        if chosen is not None:
            self._set_program(chosen)

    def _set_program(self, program: ProgramSummary | None) -> None:
        changed = program != self.program or program is None
        self.program = program
        if changed:
            self.program_changed.emit()

    def create_program(
        self,
        draft: ProgramDraft,
        on_success: Callable[[ProgramSummary], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        factory = self.factory
        if factory is None:
            on_error(
                UserError(
                    translate("Workspace", "Open or create a database first (File > New database).")
                )
            )
            return

        def created(program: ProgramSummary) -> None:
            self.refresh_programs(select_id=program.id)
            on_success(program)

        self.runner.run(
            partial(_create_program, factory, draft),
            on_success=created,
            on_error=on_error,
            title="Creating the program",
        )


def _list_programs(factory: SessionFactory, _progress: ProgressReporter) -> list[ProgramSummary]:
    from sakura_desktop.core.programs import list_programs

    return list_programs(factory)


def _create_program(
    factory: SessionFactory, draft: ProgramDraft, _progress: ProgressReporter
) -> ProgramSummary:
    from sakura_desktop.core.programs import create_program

    return create_program(factory, draft)
