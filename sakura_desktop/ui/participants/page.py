"""The Participants screen: every participant of the chosen program, found as you type.

A table over `ParticipantTableModel` (sorting by any column, filter-as-you-type over romanised
and native names, delegation / team / role / status filters, columns chosen by the user and kept
in the settings), with multi-select for withdraw, reinstate and team assignment; the edit
dialog; delegation and team management; roster import (the wizard) and export. Everything that
reads or writes runs as a core use case through the task runner.

This module builds the screen and loads it; the filter bar and columns (`page_filters`), the
selection (`page_selection`) and the actions (`page_actions`) are mixins next to it.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.roster.delegations import DelegationRow
from sakura_desktop.core.roster.teams import TeamRow
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.participants.dialogs import (
    DelegationsDialog,
    ParticipantDialog,
    TeamsDialog,
)
from sakura_desktop.ui.participants.import_wizard import ImportWizard
from sakura_desktop.ui.participants.jobs import ScreenData, load_screen
from sakura_desktop.ui.participants.models import (
    DEFAULT_COLUMNS,
    ParticipantTableModel,
    column_index,
)
from sakura_desktop.ui.participants.page_actions import EXPORT_MENU, EXPORT_TITLES, ActionsMixin
from sakura_desktop.ui.participants.page_filters import FilterBarMixin
from sakura_desktop.ui.participants.page_selection import SelectionMixin
from sakura_desktop.ui.participants.text import counted
from sakura_desktop.ui.widgets.data_follower import DataFollower
from sakura_desktop.ui.widgets.screen_page import ScreenPage
from sakura_desktop.ui.workspace import Workspace

__all__ = ["COLUMN_WIDTHS", "EXPORT_TITLES", "ParticipantsPage"]

COLUMN_WIDTHS = {
    "family_name": 120, "given_name": 110, "native_name": 130, "preferred_name": 110,
    "external_id": 80, "delegation": 150, "country": 100, "team": 80, "role": 104,
    "gender": 64, "date_of_birth": 100, "email": 190, "dietary": 110, "allergies": 110,
    "room": 60, "status": 90,
}  # fmt: skip


class ParticipantsPage(FilterBarMixin, SelectionMixin, ActionsMixin, ScreenPage):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsPage")
        self.workspace = workspace
        self.data: ScreenData | None = None
        self.delegations: list[DelegationRow] = []
        self.teams: list[TeamRow] = []
        self.dialog: ParticipantDialog | None = None
        self.delegations_dialog: DelegationsDialog | None = None
        self.teams_dialog: TeamsDialog | None = None
        self.wizard: ImportWizard | None = None
        self._generation = 0
        self._keep_selection: list[int] = []
        self._keep_current: int | None = None
        self._filling_combos = False

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        self.model = ParticipantTableModel(self)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_filters())
        self.view = self._build_view()
        layout.addWidget(self.view, 1)
        layout.addLayout(self._build_actions())

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.filtered.connect(self._update_counts)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_counts())
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)

        self.apply_columns(self.workspace.settings.participant_columns or list(DEFAULT_COLUMNS))
        workspace.database_changed.connect(self.refresh)
        workspace.program_changed.connect(self.refresh)
        self.data_follower = DataFollower(self, workspace, self.reload)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        self.title_label = QLabel(self.tr("Participants"))
        self.title_label.setObjectName("PageTitle")
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("PageSubtitle")
        self.subtitle_label.setWordWrap(True)  # a long program title wraps instead of being cut
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)

        self.import_button = QPushButton(self.tr("Import roster…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(
            self.tr("Add or update participants from a CSV or Excel roster")
        )
        self.import_button.clicked.connect(self.open_import_wizard)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("exportButton")
        export_menu = QMenu(self.export_button)
        for kind in EXPORT_TITLES:
            export_menu.addAction(
                translate("ParticipantsPage", EXPORT_MENU[kind]), partial(self.export, kind)
            )
        self.export_button.setMenu(export_menu)
        self.delegations_button = QPushButton(self.tr("Delegations…"))
        self.delegations_button.clicked.connect(self.open_delegations)
        self.teams_button = QPushButton(self.tr("Teams…"))
        self.teams_button.clicked.connect(self.open_teams)

        row = QHBoxLayout()
        row.addLayout(titles, 1)
        for widget in (
            self.delegations_button,
            self.teams_button,
            self.export_button,
            self.import_button,
        ):
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignBottom)
        return row

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("participantsTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(26)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column_index("family_name"), Qt.SortOrder.AscendingOrder)
        for key, width in COLUMN_WIDTHS.items():
            header.resizeSection(column_index(key), width)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.columns_menu().exec(header.mapToGlobal(pos))
        )
        view.setSortingEnabled(True)
        view.doubleClicked.connect(lambda _index: self.edit_selected())
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._row_menu)
        QShortcut(QKeySequence(Qt.Key.Key_Return), view, self.edit_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        return view

    def _build_actions(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add one participant by hand"))
        self.add_button.clicked.connect(self.add_participant)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.setToolTip(
            self.tr("Keep them on the list but refuse them at check-in (they can be reinstated)")
        )
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.reinstate_button = QPushButton(self.tr("Reinstate…"))
        self.reinstate_button.clicked.connect(self.reinstate_selected)
        self.assign_button = QPushButton(self.tr("Assign to team"))
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setToolTip(self.tr("Move the selected participants into a team"))
        self.assign_menu = QMenu(self.assign_button)
        self.assign_menu.aboutToShow.connect(lambda: self._fill_assign_menu(self.assign_menu))
        self.assign_button.setMenu(self.assign_menu)
        self.reissue_action = QAction(self.tr("Re-issue badge…"), self)
        self.reissue_action.setObjectName("reissueBadgeAction")
        self.reissue_action.setToolTip(
            self.tr("Replace a lost badge: the old one stops working and a new one must be printed")
        )
        self.reissue_action.triggered.connect(self.reissue_selected)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("Note")
        self.notice_label.setWordWrap(True)

        row = QHBoxLayout()
        for widget in (
            self.add_button,
            self.edit_button,
            self.withdraw_button,
            self.reinstate_button,
            self.assign_button,
        ):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.notice_label, 1)
        row.addWidget(self.count_label)
        return row

    # -- loading --------------------------------------------------------------------------

    @property
    def factory(self) -> SessionFactory | None:
        return self.workspace.factory

    @property
    def program_id(self) -> int | None:
        program = self.workspace.program
        return program.id if program is not None else None

    def refresh(self) -> None:
        """Show what fits the workspace now: a message, or (re)load the chosen program."""
        ws = self.workspace
        self.notice_label.clear()
        if ws.factory is None or ws.program is None:
            self._generation += 1
            self.data = None
            self.model.set_rows([])
            if ws.factory is None:
                self.show_message(
                    self.tr("No database is open"),
                    self.tr(
                        "Open or create a database (File menu), then choose a program to see "
                        "and import its participants."
                    ),
                )
            elif not ws.programs_loaded:
                self.show_message(self.tr("Loading…"), self.tr("Reading the database."))
            else:
                self.show_message(
                    self.tr("No program yet"),
                    self.tr(
                        "Participants belong to a program (one exchange week). Create a "
                        "program first, then import its roster here."
                    ),
                )
            return
        if self.data is None or self.data.program_id != ws.program.id:
            self.show_message(self.tr("Loading participants…"), ws.program.title)
        self.reload()

    def reload_after_change(self) -> None:
        """This screen changed the program's data: reload it, and let the other screens know."""
        self.reload()
        self.workspace.announce_change(self)

    def reload(self) -> None:
        factory, program_id = self.factory, self.program_id
        if factory is None or program_id is None:
            return
        self._generation += 1
        generation = self._generation

        def loaded(data: ScreenData) -> None:
            if generation == self._generation:
                self.show_data(data)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.show_message(
                    self.tr("Cannot show the participants"),
                    messages.describe(exc, self.tr("loading participants")),
                )

        self.workspace.runner.run(
            partial(load_screen, factory, program_id),
            on_success=loaded,
            on_error=failed,
            title=self.tr("Loading participants"),
        )

    def show_data(self, data: ScreenData) -> None:
        same_program = self.data is not None and self.data.program_id == data.program_id
        self.data = data
        self.delegations = list(data.delegations)
        self.teams = list(data.teams)
        if not same_program:
            self._keep_selection = []
        self._fill_filter_combos()
        self.model.set_team_colours(data.teams)
        self.model.set_rows(data.rows, data.keys)
        program = self.workspace.program
        parts = [
            counted(len(data.rows), self.tr("{0} participant"), self.tr("{0} participants")),
            counted(len(data.delegations), self.tr("{0} delegation"), self.tr("{0} delegations")),
            counted(len(data.teams), self.tr("{0} team"), self.tr("{0} teams")),
        ]
        self.subtitle_label.setText(
            (f"{program.title} · " if program is not None else "") + self.tr(", ").join(parts)
        )
        self.show_content()
        if self.teams_dialog is not None:
            self.teams_dialog.set_people(data.rows)
        self._update_counts()

    def _update_counts(self) -> None:
        total, shown = self.model.total_count, self.model.visible_count
        selected = len(self.selected_view_rows()) if shown else 0
        if total == 0:
            text = self.tr("No participants yet: import a roster, or add people one by one.")
        elif shown == total:
            text = counted(total, self.tr("{0} participant"), self.tr("{0} participants"))
        else:
            text = self.tr("Showing {0} of {1}").format(f"{shown:,}", f"{total:,}")
        if selected:
            text += " · " + self.tr("{0} selected").format(f"{selected:,}")
        self.count_label.setText(text)
        rows = self.selected_rows() if selected and selected <= 5000 else []
        self.edit_button.setEnabled(selected == 1)
        self.withdraw_button.setEnabled(any(not r.withdrawn for r in rows) or selected > 5000)
        self.reinstate_button.setEnabled(any(r.withdrawn for r in rows) or selected > 5000)
        self.assign_button.setEnabled(selected > 0)
        self.reissue_action.setEnabled(0 < selected <= 5000)
        has_program = self.data is not None
        for widget in (
            self.add_button,
            self.import_button,
            self.export_button,
            self.delegations_button,
            self.teams_button,
        ):
            widget.setEnabled(has_program)

    def _row_menu(self, pos: QPoint) -> None:
        if not self.view.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self.edit_selected).setEnabled(
            self.edit_button.isEnabled()
        )
        menu.addAction(self.tr("Survey answers…"), self.survey_selected).setEnabled(
            self.edit_button.isEnabled()
        )
        menu.addAction(self.tr("Withdraw…"), self.withdraw_selected).setEnabled(
            self.withdraw_button.isEnabled()
        )
        menu.addAction(self.tr("Reinstate…"), self.reinstate_selected).setEnabled(
            self.reinstate_button.isEnabled()
        )
        self._fill_assign_menu(menu.addMenu(self.tr("Assign to team")))
        menu.addSeparator()
        menu.addAction(self.reissue_action)
        menu.addAction(self.tr("Import survey answers…"), self.open_survey_import)
        menu.exec(self.view.viewport().mapToGlobal(pos))
