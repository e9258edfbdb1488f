"""Selection handling of the Participants screen: the selected rows read from the selection's
ranges (fast for 30,000 rows), selecting rows by participant id, and keeping the selection and
the current row across a reload of the model.

A mixin of `ParticipantsPage`, apart from the actions that use the selection.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QTableView

from sakura_desktop.core.roster.participants import ParticipantRow
from sakura_desktop.ui.participants.models import ParticipantTableModel

if TYPE_CHECKING:
    from sakura_desktop.ui.widgets.screen_page import ScreenPage as _Base
else:
    _Base = object


class SelectionMixin(_Base):
    """Which participants are selected, for `ParticipantsPage` (which sets the fields)."""

    model: ParticipantTableModel
    view: QTableView
    _keep_selection: list[int]
    _keep_current: int | None

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
