"""The filter bar and the column chooser of the Participants screen: the search box, the
delegation / team / role / status combos, and which table columns show (kept in the settings).

A mixin of `ParticipantsPage`, apart from the actions and the loading: it only turns widget
state into a `ParticipantFilter` for the model and hides or shows columns of the view.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu, QPushButton, QTableView

from sakura_desktop.core.roster.delegations import DelegationRow
from sakura_desktop.core.roster.teams import TeamRow
from sakura_desktop.db.enums import ParticipantStatus, Role
from sakura_desktop.ui.i18n import translate
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
    column_header,
)
from sakura_desktop.ui.participants.text import role_plural, status_name
from sakura_desktop.ui.widgets.flow_layout import FlowLayout
from sakura_desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from sakura_desktop.ui.widgets.screen_page import ScreenPage as _Base
else:
    _Base = object


def _combo(name: str, tooltip: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setToolTip(tooltip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(10)
    return combo


class FilterBarMixin(_Base):
    """Search, filter combos and column choice for `ParticipantsPage` (which sets the fields)."""

    workspace: Workspace
    model: ParticipantTableModel
    view: QTableView
    delegations: list[DelegationRow]
    teams: list[TeamRow]
    _filling_combos: bool

    def _build_filters(self) -> FlowLayout:
        self.search = QLineEdit()
        self.search.setObjectName("participantSearch")
        self.search.setPlaceholderText(
            translate("ParticipantsPage", "Search names (romanised or native script) or ID…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)  # fits the filters in a 960-pixel window (200 %)
        self.search.textChanged.connect(self._search_changed)
        self.delegation_filter = _combo(
            "delegationFilter", translate("ParticipantsPage", "Show one delegation")
        )
        self.team_filter = _combo("teamFilter", translate("ParticipantsPage", "Show one team"))
        self.role_filter = _combo("roleFilter", translate("ParticipantsPage", "Show one role"))
        self.role_filter.addItem(translate("ParticipantsPage", "All roles"), "")
        for role in Role:
            self.role_filter.addItem(role_plural(role.value), role.value)
        self.role_filter.addItem(translate("ParticipantsPage", "Delegation leaders"), LEADERS)
        self.status_filter = _combo("statusFilter", translate("ParticipantsPage", "Show by status"))
        self.status_filter.addItem(translate("ParticipantsPage", "All statuses"), "")
        self.status_filter.addItem(translate("ParticipantsPage", "Active (not withdrawn)"), ACTIVE)
        for status in ParticipantStatus:
            self.status_filter.addItem(status_name(status.value), status.value)
        self._fill_filter_combos()
        for combo in (
            self.delegation_filter,
            self.team_filter,
            self.role_filter,
            self.status_filter,
        ):
            combo.currentIndexChanged.connect(self._combos_changed)

        self.columns_button = QPushButton(translate("ParticipantsPage", "Columns…"))
        self.columns_button.setObjectName("columnsButton")
        self.columns_button.setToolTip(
            translate("ParticipantsPage", "Choose the columns (or right-click a column header)")
        )
        self.columns_button.clicked.connect(
            lambda: self.columns_menu().exec(
                self.columns_button.mapToGlobal(QPoint(0, self.columns_button.height()))
            )
        )

        # A flow, not a box: on a narrow window (200 %, Japanese) the filters wrap onto a second
        # line instead of being squeezed until their texts are cut.
        row = FlowLayout(spacing=8)
        row.addWidget(self.search)
        for combo in (
            self.delegation_filter,
            self.team_filter,
            self.role_filter,
            self.status_filter,
        ):
            row.addWidget(combo)
        row.addWidget(self.columns_button)
        return row

    # -- filters --------------------------------------------------------------------------

    def _fill_filter_combos(self) -> None:
        """Delegation and team choices from the loaded data, keeping the current choice."""
        self._filling_combos = True
        try:
            delegation = self.delegation_filter.currentData()
            self.delegation_filter.clear()
            self.delegation_filter.addItem(translate("ParticipantsPage", "All delegations"), None)
            for d in self.delegations:
                self.delegation_filter.addItem(f"{d.name} ({d.country_code})", d.id)
            self.delegation_filter.addItem(
                translate("ParticipantsPage", "No delegation"), NO_DELEGATION
            )
            self.delegation_filter.setCurrentIndex(
                max(0, self.delegation_filter.findData(delegation))
            )
            team = self.team_filter.currentData()
            self.team_filter.clear()
            self.team_filter.addItem(translate("ParticipantsPage", "All teams"), None)
            for t in self.teams:
                self.team_filter.addItem(t.name, t.id)
            self.team_filter.addItem(translate("ParticipantsPage", "No team"), NO_TEAM)
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
            action = menu.addAction(column_header(column))
            action.setCheckable(True)
            action.setChecked(column.key in visible)
            action.setEnabled(not (column.key in visible and len(visible) == 1))
            action.toggled.connect(partial(self.set_column_visible, column.key))
        menu.addSeparator()
        menu.addAction(translate("ParticipantsPage", "Default columns"), self.reset_columns)
        return menu
