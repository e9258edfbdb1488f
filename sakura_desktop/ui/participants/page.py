"""The Participants screen: every participant of the chosen program, found as you type.

A table over `ParticipantTableModel` (sorting by any column, filter-as-you-type over romanised
and native names, delegation / team / role / status filters, columns chosen by the user and kept
in the settings), with multi-select for withdraw, reinstate and team assignment; the edit
dialog; delegation and team management; roster import (the wizard) and export. Everything that
reads or writes runs as a core use case through the task runner.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.roster.delegations import DelegationRow
from sakura_desktop.core.roster.exporter import ExportResult
from sakura_desktop.core.roster.participants import (
    ParticipantDetail,
    ParticipantRow,
    get_participant,
    reinstate,
    withdraw,
)
from sakura_desktop.core.roster.teams import TeamRow, assign_to_team
from sakura_desktop.core.tokens import IssuedToken, reissue_tokens
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import ParticipantStatus, Role
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.participants import file_dialogs
from sakura_desktop.ui.participants.dialogs import (
    DelegationsDialog,
    ParticipantDialog,
    TeamsDialog,
)
from sakura_desktop.ui.participants.import_wizard import ImportWizard
from sakura_desktop.ui.participants.jobs import ScreenData, export_table, load_screen, run_use_case
from sakura_desktop.ui.participants.models import (
    ACTIVE,
    COLUMN_KEYS,
    COLUMNS,
    DEFAULT_COLUMNS,
    LEADERS,
    NO_DELEGATION,
    NO_TEAM,
    ParticipantFilter,
    ParticipantTableModel,
    column_index,
)
from sakura_desktop.ui.participants.text import ROLE_LABELS, STATUS_LABELS, plural
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.widgets.screen_page import ScreenPage
from sakura_desktop.ui.workspace import Workspace

COLUMN_WIDTHS = {
    "family_name": 120, "given_name": 110, "native_name": 130, "preferred_name": 110,
    "external_id": 80, "delegation": 150, "country": 100, "team": 80, "role": 104,
    "gender": 64, "date_of_birth": 100, "email": 190, "dietary": 110, "allergies": 110,
    "room": 60, "status": 90,
}  # fmt: skip
EXPORT_TITLES = {
    "participants": "Export participants",
    "delegations": "Export delegations",
    "teams": "Export teams",
}


def _combo(name: str, tooltip: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setToolTip(tooltip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(10)
    return combo


def _safe_name(text: str) -> str:
    return re.sub(r"[^\w\- ]+", "", text).strip() or "program"


class ParticipantsPage(ScreenPage):
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
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        self.title_label = QLabel("Participants")
        self.title_label.setObjectName("PageTitle")
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("PageSubtitle")
        self.subtitle_label.setWordWrap(True)  # a long program title wraps instead of being cut
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)

        self.import_button = QPushButton("Import roster…")
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip("Add or update participants from a CSV or Excel roster")
        self.import_button.clicked.connect(self.open_import_wizard)
        self.export_button = QPushButton("Export")
        self.export_button.setObjectName("exportButton")
        export_menu = QMenu(self.export_button)
        for kind, title in EXPORT_TITLES.items():
            label = title.removeprefix("Export ").capitalize() + "…"
            export_menu.addAction(label, partial(self.export, kind))
        self.export_button.setMenu(export_menu)
        self.delegations_button = QPushButton("Delegations…")
        self.delegations_button.clicked.connect(self.open_delegations)
        self.teams_button = QPushButton("Teams…")
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

    def _build_filters(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setObjectName("participantSearch")
        self.search.setPlaceholderText("Search names (romanised or native script) or ID…")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self._search_changed)
        self.delegation_filter = _combo("delegationFilter", "Show one delegation")
        self.team_filter = _combo("teamFilter", "Show one team")
        self.role_filter = _combo("roleFilter", "Show one role")
        self.role_filter.addItem("All roles", "")
        for role in Role:
            self.role_filter.addItem(ROLE_LABELS[role.value] + "s", role.value)
        self.role_filter.addItem("Delegation leaders", LEADERS)
        self.status_filter = _combo("statusFilter", "Show by status")
        self.status_filter.addItem("All statuses", "")
        self.status_filter.addItem("Active (not withdrawn)", ACTIVE)
        for status in ParticipantStatus:
            self.status_filter.addItem(STATUS_LABELS[status.value], status.value)
        self._fill_filter_combos()
        for combo in (
            self.delegation_filter,
            self.team_filter,
            self.role_filter,
            self.status_filter,
        ):
            combo.currentIndexChanged.connect(self._combos_changed)

        self.columns_button = QPushButton("Columns…")
        self.columns_button.setObjectName("columnsButton")
        self.columns_button.setToolTip("Choose the columns (or right-click a column header)")
        self.columns_button.clicked.connect(
            lambda: self.columns_menu().exec(
                self.columns_button.mapToGlobal(QPoint(0, self.columns_button.height()))
            )
        )

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.search, 2)
        for combo in (
            self.delegation_filter,
            self.team_filter,
            self.role_filter,
            self.status_filter,
        ):
            row.addWidget(combo)
        row.addWidget(self.columns_button)
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
        self.add_button = QPushButton("Add…")
        self.add_button.setToolTip("Add one participant by hand")
        self.add_button.clicked.connect(self.add_participant)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.clicked.connect(self.edit_selected)
        self.withdraw_button = QPushButton("Withdraw…")
        self.withdraw_button.setToolTip(
            "Keep them on the list but refuse them at check-in (they can be reinstated)"
        )
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.reinstate_button = QPushButton("Reinstate…")
        self.reinstate_button.clicked.connect(self.reinstate_selected)
        self.assign_button = QPushButton("Assign to team")
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setToolTip("Move the selected participants into a team")
        self.assign_menu = QMenu(self.assign_button)
        self.assign_menu.aboutToShow.connect(lambda: self._fill_assign_menu(self.assign_menu))
        self.assign_button.setMenu(self.assign_menu)
        self.reissue_action = QAction("Re-issue badge…", self)
        self.reissue_action.setObjectName("reissueBadgeAction")
        self.reissue_action.setToolTip(
            "Replace a lost badge: the old one stops working and a new one must be printed"
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
                    "No database is open",
                    "Open or create a database (File menu), then choose a program to see and "
                    "import its participants.",
                )
            elif not ws.programs_loaded:
                self.show_message("Loading…", "Reading the database.")
            else:
                self.show_message(
                    "No program yet",
                    "Participants belong to a program (one exchange week). Create a program "
                    "first, then import its roster here.",
                )
            return
        if self.data is None or self.data.program_id != ws.program.id:
            self.show_message("Loading participants…", ws.program.title)
        self.reload()

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
                    "Cannot show the participants", messages.describe(exc, "loading participants")
                )

        self.workspace.runner.run(
            partial(load_screen, factory, program_id),
            on_success=loaded,
            on_error=failed,
            title="Loading participants",
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
            plural(len(data.rows), "participant"),
            plural(len(data.delegations), "delegation"),
            plural(len(data.teams), "team"),
        ]
        self.subtitle_label.setText(
            (f"{program.title} · " if program is not None else "") + ", ".join(parts)
        )
        self.show_content()
        if self.teams_dialog is not None:
            self.teams_dialog.set_people(data.rows)
        self._update_counts()

    # -- filters --------------------------------------------------------------------------

    def _fill_filter_combos(self) -> None:
        """Delegation and team choices from the loaded data, keeping the current choice."""
        self._filling_combos = True
        try:
            delegation = self.delegation_filter.currentData()
            self.delegation_filter.clear()
            self.delegation_filter.addItem("All delegations", None)
            for d in self.delegations:
                self.delegation_filter.addItem(f"{d.name} ({d.country_code})", d.id)
            self.delegation_filter.addItem("No delegation", NO_DELEGATION)
            self.delegation_filter.setCurrentIndex(
                max(0, self.delegation_filter.findData(delegation))
            )
            team = self.team_filter.currentData()
            self.team_filter.clear()
            self.team_filter.addItem("All teams", None)
            for t in self.teams:
                self.team_filter.addItem(t.name, t.id)
            self.team_filter.addItem("No team", NO_TEAM)
            self.team_filter.setCurrentIndex(max(0, self.team_filter.findData(team)))
        finally:
            self._filling_combos = False
        self._combos_changed()

    def current_filter(self) -> ParticipantFilter:
        delegation: Any = self.delegation_filter.currentData()
        team: Any = self.team_filter.currentData()
        return ParticipantFilter(
            text=self.search.text(),
            delegation_id=int(delegation) if delegation is not None else None,
            team_id=int(team) if team is not None else None,
            role=str(self.role_filter.currentData() or ""),
            status=str(self.status_filter.currentData() or ""),
        )

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)

    def _combos_changed(self) -> None:
        if not self._filling_combos:
            self.model.set_filter(self.current_filter())

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- columns --------------------------------------------------------------------------

    def visible_columns(self) -> list[str]:
        return [c.key for i, c in enumerate(COLUMNS) if not self.view.isColumnHidden(i)]

    def apply_columns(self, keys: Sequence[str]) -> None:
        wanted = [k for k in keys if k in COLUMN_KEYS] or list(DEFAULT_COLUMNS)
        for index, column in enumerate(COLUMNS):
            self.view.setColumnHidden(index, column.key not in wanted)

    def set_column_visible(self, key: str, visible: bool) -> None:
        keys = self.visible_columns()
        if visible and key not in keys:
            keys.append(key)
        elif not visible and key in keys:
            if len(keys) == 1:
                return  # keep at least one column
            keys.remove(key)
        self.apply_columns(keys)
        self.workspace.settings.participant_columns = self.visible_columns()

    def reset_columns(self) -> None:
        self.apply_columns(DEFAULT_COLUMNS)
        self.workspace.settings.participant_columns = list(DEFAULT_COLUMNS)

    def columns_menu(self) -> QMenu:
        menu = QMenu(self)
        visible = set(self.visible_columns())
        for column in COLUMNS:
            action = menu.addAction(column.header)
            action.setCheckable(True)
            action.setChecked(column.key in visible)
            action.setEnabled(not (column.key in visible and len(visible) == 1))
            action.toggled.connect(partial(self.set_column_visible, column.key))
        menu.addSeparator()
        menu.addAction("Default columns", self.reset_columns)
        return menu

    # -- selection ------------------------------------------------------------------------

    def selected_view_rows(self) -> list[int]:
        """The selected lines, in view order (from the selection's ranges: fast for 30,000)."""
        rows: set[int] = set()
        selection = self.view.selectionModel().selection()
        for n in range(selection.count()):
            block = selection.at(n)
            rows.update(range(block.top(), block.bottom() + 1))
        return sorted(r for r in rows if r < self.model.visible_count)

    def selected_rows(self) -> list[ParticipantRow]:
        return [self.model.row_at(r) for r in self.selected_view_rows()]

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def select_ids(self, ids: Sequence[int], current: int | None = None) -> None:
        rows = sorted(r for r in (self.model.view_row_of(i) for i in ids) if r is not None)
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        start = previous = None
        for row in [*rows, None]:
            if row is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None and previous is not None:
                selection.select(self.model.index(start, 0), self.model.index(previous, last))
            start = previous = row
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().select(selection, flags)
        current_row = self.model.view_row_of(current) if current is not None else None
        if current_row is None and rows:
            current_row = rows[0]
        if current_row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _remember_selection(self) -> None:
        self._keep_selection = self.selected_ids()
        current = self.view.selectionModel().currentIndex()
        valid = current.isValid() and current.row() < self.model.visible_count
        self._keep_current = self.model.row_at(current.row()).id if valid else None

    def _restore_selection(self) -> None:
        if self._keep_selection or self._keep_current is not None:
            self.select_ids(self._keep_selection, self._keep_current)
            current = self.view.selectionModel().currentIndex()
            if current.isValid():
                self.view.scrollTo(current)

    def _update_counts(self) -> None:
        total, shown = self.model.total_count, self.model.visible_count
        selected = len(self.selected_view_rows()) if shown else 0
        if total == 0:
            text = "No participants yet: import a roster, or add people one by one."
        elif shown == total:
            text = f"{plural(total, 'participant')}"
        else:
            text = f"Showing {shown:,} of {total:,}"
        if selected:
            text += f" · {selected:,} selected"
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
        menu.addAction("Edit…", self.edit_selected).setEnabled(self.edit_button.isEnabled())
        menu.addAction("Withdraw…", self.withdraw_selected).setEnabled(
            self.withdraw_button.isEnabled()
        )
        menu.addAction("Reinstate…", self.reinstate_selected).setEnabled(
            self.reinstate_button.isEnabled()
        )
        self._fill_assign_menu(menu.addMenu("Assign to team"))
        menu.addSeparator()
        menu.addAction(self.reissue_action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # -- editing --------------------------------------------------------------------------

    def add_participant(self) -> None:
        self._open_participant_dialog(None)

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        factory = self.factory
        if len(rows) != 1 or factory is None:
            return
        self.workspace.runner.run(
            run_use_case(partial(get_participant, factory, rows[0].id)),
            on_success=self._open_participant_dialog,
            on_error=lambda exc: messages.show_error(self, exc, "opening the participant"),
            title="Opening the participant",
        )

    def _open_participant_dialog(self, detail: ParticipantDetail | None) -> None:
        factory, program_id = self.factory, self.program_id
        if factory is None or program_id is None:
            return
        dialog = ParticipantDialog(
            self.workspace, factory, program_id, self.delegations, detail, self
        )
        dialog.saved.connect(self._participant_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _participant_saved(self, detail: ParticipantDetail) -> None:
        name = detail.row.display_name
        is_new = self.model.view_row_of(detail.row.id) is None and not any(
            r.id == detail.row.id for r in self.model.all_rows()
        )
        self.notice_label.setText(f"Added {name}." if is_new else f"Saved {name}.")
        self._keep_selection, self._keep_current = [detail.row.id], detail.row.id
        # A new delegation leader or changed delegation shows in other rows and counts too.
        self.reload()

    def _confirm_status(self, rows: list[ParticipantRow], withdrawing: bool) -> bool:
        count = plural(len(rows), "participant")
        names = ", ".join(r.display_name for r in rows[:5]) + (" …" if len(rows) > 5 else "")
        if withdrawing:
            title, text, button = "Withdraw", f"Withdraw {count}?", "Withdraw"
            informative = (
                f"{names}.\n\nThey stay on the list (greyed) with their data, but check-in "
                "refuses them and head counts no longer expect them. You can reinstate them."
            )
        else:
            title, text, button = "Reinstate", f"Reinstate {count}?", "Reinstate"
            informative = f"{names}.\n\nThey are registered again and expected at check-in."
        return messages.choose(self, title, text, [button], informative=informative) == 0

    def withdraw_selected(self) -> None:
        self._change_status(withdrawing=True)

    def reinstate_selected(self) -> None:
        self._change_status(withdrawing=False)

    def _change_status(self, withdrawing: bool) -> None:
        factory = self.factory
        rows = [r for r in self.selected_rows() if r.withdrawn != withdrawing]
        if not rows or factory is None or not self._confirm_status(rows, withdrawing):
            return
        use_case = withdraw if withdrawing else reinstate
        verb = "Withdrew" if withdrawing else "Reinstated"

        def done(changed: int) -> None:
            self.notice_label.setText(f"{verb} {plural(changed, 'participant')}.")
            self.reload()

        run_with_progress(
            self.workspace.runner,
            self,
            run_use_case(partial(use_case, factory, [r.id for r in rows])),
            label=f"{verb.removesuffix('d').removesuffix('e')}ing…",
            on_success=done,
            on_error=lambda exc: messages.show_error(self, exc),
            cancellable=False,
        )

    # -- badges ---------------------------------------------------------------------------

    def _confirm_reissue(self, rows: list[ParticipantRow]) -> bool:
        count = len(rows)
        text = (
            f"Re-issue the badge of {rows[0].display_name}?"
            if count == 1
            else f"Re-issue the badges of {plural(count, 'participant')}?"
        )
        names = ", ".join(r.display_name for r in rows[:5]) + (" …" if count > 5 else "")
        informative = (
            f"{names}.\n\nThe old badge stops working at once: check-in refuses it as "
            "replaced (REVOKED). A new badge must be printed and handed over (Print → Badges)."
        )
        button = "Re-issue badge" if count == 1 else "Re-issue badges"
        return messages.choose(self, "Re-issue badge", text, [button], informative=informative) == 0

    def reissue_selected(self) -> None:
        """Replace the badges of the selected participants (a lost or damaged badge)."""
        factory = self.factory
        rows = self.selected_rows()
        if not rows or factory is None or not self._confirm_reissue(rows):
            return
        names = {r.id: r.display_name for r in rows}

        def done(issued: list[IssuedToken]) -> None:
            if len(issued) == 1:
                who = names.get(issued[0].participant_id, "the participant")
                text = f"Re-issued the badge of {who} (badge #{issued[0].serial})"
            else:
                text = f"Re-issued {plural(len(issued), 'badge')}"
            self.notice_label.setText(
                f"{text}: the old badge no longer works; print the new one."
                if len(issued) == 1
                else f"{text}: the old badges no longer work; print the new ones."
            )

        run_with_progress(
            self.workspace.runner,
            self,
            run_use_case(partial(reissue_tokens, factory, [r.id for r in rows])),
            label="Re-issuing badges…",
            on_success=done,
            on_error=lambda exc: messages.show_error(self, exc),
            cancellable=False,
        )

    # -- teams ----------------------------------------------------------------------------

    def _fill_assign_menu(self, menu: QMenu) -> None:
        menu.clear()
        for team in self.teams:
            action = menu.addAction(f"{team.name}  ({team.size})")
            action.triggered.connect(partial(self.assign_selected_to_team, team.id))
        if self.teams:
            menu.addSeparator()
        no_team: QAction = menu.addAction("No team (take out of their team)")
        no_team.triggered.connect(partial(self.assign_selected_to_team, None))
        menu.addAction("Manage teams…", self.open_teams)

    def assign_selected_to_team(self, team_id: int | None, _checked: bool = False) -> None:
        factory = self.factory
        ids = self.selected_ids()
        if not ids or factory is None:
            return
        name = next((t.name for t in self.teams if t.id == team_id), "no team")

        def done(count: int) -> None:
            self.notice_label.setText(f"Put {plural(count, 'participant')} into {name}.")
            self.reload()

        run_with_progress(
            self.workspace.runner,
            self,
            run_use_case(partial(assign_to_team, factory, ids, team_id)),
            label=f"Assigning {plural(len(ids), 'participant')} to {name}…",
            on_success=done,
            on_error=lambda exc: messages.show_error(self, exc, "assigning the team"),
            cancellable=False,
        )

    def open_teams(self) -> None:
        factory, program_id = self.factory, self.program_id
        if factory is None or program_id is None:
            return
        dialog = TeamsDialog(
            self.workspace, factory, program_id, self.teams, self.model.all_rows(), self
        )
        dialog.changed.connect(self.reload)
        dialog.finished.connect(lambda _code: setattr(self, "teams_dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        self.teams_dialog = dialog
        dialog.open()

    def open_delegations(self) -> None:
        factory, program_id = self.factory, self.program_id
        if factory is None or program_id is None:
            return
        dialog = DelegationsDialog(
            self.workspace, factory, program_id, self.delegations, self.model.all_rows(), self
        )
        dialog.changed.connect(self.reload)
        dialog.finished.connect(lambda _code: setattr(self, "delegations_dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        self.delegations_dialog = dialog
        dialog.open()

    # -- import and export ----------------------------------------------------------------

    def open_import_wizard(self) -> None:
        factory, program = self.factory, self.workspace.program
        if factory is None or program is None:
            return
        wizard = ImportWizard(self.workspace, factory, program.id, program.title, self)
        wizard.imported.connect(lambda _summary: self.reload())
        wizard.finished.connect(wizard.deleteLater)
        self.wizard = wizard
        wizard.open()

    def export(self, kind: str) -> None:
        factory, program = self.factory, self.workspace.program
        if factory is None or program is None:
            return
        settings = self.workspace.settings
        folder = Path(settings.roster_folder or settings.last_folder or Path.home())
        suggested = folder / f"{_safe_name(program.code or program.title)} {kind}.xlsx"
        path = file_dialogs.choose_export_path(self, EXPORT_TITLES[kind], suggested)
        if path is None:
            return
        settings.roster_folder = str(path.parent)

        def done(result: ExportResult) -> None:
            self.notice_label.setText(f"Exported {plural(result.rows, 'row')} to {result.path}.")

        run_with_progress(
            self.workspace.runner,
            self,
            partial(export_table, kind, factory, program.id, path),
            label=f"Exporting {kind} to {path.name}…",
            on_success=done,
            on_error=lambda exc: messages.show_error(self, exc, f"exporting {kind}"),
        )
