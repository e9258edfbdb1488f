"""The Overview screen: the chosen program at a glance.

Title, host, dates and time zone; active participants by role (and how many withdrew); the
delegations; and the sessions of today (or, outside the program's dates, of the day the program
starts or ended, said so plainly). Loaded off the GUI thread with `program_overview`.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.program_views import ProgramOverview
from sakura_desktop.core.timeutil import zone
from sakura_desktop.db.enums import Role
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.overview.models import DelegationTableModel, SessionTableModel
from sakura_desktop.ui.overview.text import day_caption, program_subtitle, role_label
from sakura_desktop.ui.overview.welcome import WelcomePanel
from sakura_desktop.ui.widgets.data_follower import DataFollower
from sakura_desktop.ui.widgets.screen_page import ScreenPage
from sakura_desktop.ui.widgets.stat_tile import StatTile
from sakura_desktop.ui.widgets.table_view import read_only_table
from sakura_desktop.ui.workspace import Workspace

if TYPE_CHECKING:  # SQLAlchemy loads with the first database, not to show the window
    from sakura_desktop.db.engine import SessionFactory


def _load(
    factory: SessionFactory, program_id: int, today: dt.date, _progress: ProgressReporter
) -> ProgramOverview:
    from sakura_desktop.core.programs import program_overview

    return program_overview(factory, program_id, today)


def _table(model: DelegationTableModel | SessionTableModel, name: str) -> QTableView:
    view = read_only_table(name)
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(28)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


def _section(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("Section")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    heading = QLabel(title)
    heading.setObjectName("SectionTitle")
    layout.addWidget(heading)
    return frame, layout


class OverviewPage(ScreenPage):
    create_program_requested = Signal()
    open_database_requested = Signal()
    new_database_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewPage")
        self.workspace = workspace
        self.overview: ProgramOverview | None = None
        self._generation = 0

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)

        self.title_label = QLabel()
        self.title_label.setObjectName("PageTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("PageSubtitle")
        self.subtitle_label.setWordWrap(True)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.title_label)
        header.addWidget(self.subtitle_label)
        layout.addLayout(header)

        tiles = QGridLayout()
        tiles.setHorizontalSpacing(10)
        self.tiles: dict[str, StatTile] = {}
        for column, role in enumerate([*(r.value for r in Role), "withdrawn"]):
            tile = StatTile(role_label(role), muted=role == "withdrawn")
            tile.setObjectName(f"count_{role}")
            tiles.addWidget(tile, 0, column)
            tiles.setColumnStretch(column, 1)
            self.tiles[role] = tile
        layout.addLayout(tiles)

        self.delegation_model = DelegationTableModel(parent=self)
        self.delegation_view = _table(self.delegation_model, "delegationTable")
        delegations, delegations_layout = _section(self.tr("Delegations"))
        delegations_layout.addWidget(self.delegation_view, 1)
        self.delegation_note = QLabel()
        self.delegation_note.setObjectName("Note")
        self.delegation_note.setWordWrap(True)
        delegations_layout.addWidget(self.delegation_note)
        header_view = self.delegation_view.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.session_model = SessionTableModel(parent=self)
        self.session_view = _table(self.session_model, "sessionTable")
        sessions, sessions_layout = _section(self.tr("Today's sessions"))
        self.day_label = QLabel()
        self.day_label.setObjectName("DayCaption")
        self.day_label.setWordWrap(True)
        sessions_layout.addWidget(self.day_label)
        sessions_layout.addWidget(self.session_view, 1)
        header_view = self.session_view.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header_view.resizeSection(3, 180)
        header_view.resizeSection(4, 110)

        tables = QHBoxLayout()
        tables.setSpacing(20)
        tables.addWidget(delegations, 5)
        tables.addWidget(sessions, 8)
        layout.addLayout(tables, 1)

        self.error_label = QLabel()
        self.error_label.setObjectName("ErrorNote")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        # With no database open the page welcomes: the demo, a new program, a file, a roster.
        self.welcome = WelcomePanel()
        self.stack.addWidget(self.welcome)

        workspace.database_changed.connect(self.refresh)
        workspace.opening_changed.connect(self.refresh)
        workspace.programs_changed.connect(self.refresh)
        workspace.program_changed.connect(self.refresh)
        self.data_follower = DataFollower(self, workspace, self.refresh)
        self.refresh()

    # -- state ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show what fits the workspace now: a message, or (re)load the chosen program."""
        ws = self.workspace
        factory = ws.factory
        if factory is None:
            self._generation += 1
            self.overview = None
            if ws.opening:
                self.show_message(self.tr("Opening…"), self.tr("Reading {0}.").format(ws.opening))
            else:
                self.stack.setCurrentWidget(self.welcome)
            return
        if ws.program is None:
            self._generation += 1
            self.overview = None
            if not ws.programs_loaded:
                where = ws.database.display_name if ws.database is not None else ""
                self.show_message(self.tr("Loading…"), self.tr("Reading {0}.").format(where))
            else:
                self.show_message(
                    self.tr("This database holds no program yet"),
                    self.tr(
                        "A program is one exchange week: its title, host institution, dates, "
                        "time zone and sites. Create one to start adding delegations, "
                        "participants and the schedule."
                    ),
                    [
                        (self.tr("Create a program…"), self.create_program_requested.emit),
                        (self.tr("Open another database…"), self.open_database_requested.emit),
                    ],
                )
            return
        self._load(factory, ws.program.id)

    def today_for(self, timezone: str) -> dt.date:
        return self.workspace.clock().astimezone(zone(timezone)).date()

    def _load(self, factory: SessionFactory, program_id: int) -> None:
        assert self.workspace.program is not None
        self._generation += 1
        generation = self._generation
        today = self.today_for(self.workspace.program.timezone)

        def loaded(overview: ProgramOverview) -> None:
            if generation == self._generation:
                self.show_overview(overview, today)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.error_label.setText(messages.describe(exc, self.tr("loading the overview")))
                self.error_label.show()

        self.workspace.runner.run(
            partial(_load, factory, program_id, today),
            on_success=loaded,
            on_error=failed,
            title="Loading the overview",
        )

    def show_overview(self, overview: ProgramOverview, today: dt.date) -> None:
        self.overview = overview
        program = overview.program
        self.error_label.hide()
        self.title_label.setText(program.title)
        self.subtitle_label.setText(program_subtitle(program))
        for role, tile in self.tiles.items():
            if role == "withdrawn":
                tile.set_value(overview.withdrawn)
            else:
                tile.set_value(overview.by_role.get(role, 0))
        self.delegation_model.set_rows(overview.delegations)
        active = sum(overview.by_role.values())
        in_delegations = sum(d.total for d in overview.delegations)
        count = len(overview.delegations)
        if count == 1:
            note = self.tr("1 delegation, {0} participants").format(in_delegations)
        else:
            note = self.tr("{0} delegations, {1} participants").format(count, in_delegations)
        if active > in_delegations:
            note += self.tr("; {0} more without a delegation (host staff, guests)").format(
                active - in_delegations
            )
        self.delegation_note.setText(note + self.tr(". Withdrawn participants are not counted."))
        self.session_model.set_rows(overview.sessions)
        self.day_label.setText(day_caption(overview, today))
        self.show_content()
