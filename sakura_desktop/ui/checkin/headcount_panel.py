"""Expected / present / missing at the chosen checkpoint, and the missing list.

`show_headcount` takes a full `Headcount` (loaded through the task runner on checkpoint change
and every ~30 s). Between loads, `apply_scan` keeps the numbers current cheaply from each scan
result: an entry that counts takes the person off the missing list. Anything it cannot work out
locally (a check-out, an undo) asks for a reload by returning False.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.checkin.service import Headcount, ScanResult
from sakura_desktop.db.enums import Direction
from sakura_desktop.ui import locale_format as fmt
from sakura_desktop.ui.checkin.missing_list import MissingReport
from sakura_desktop.ui.checkin.models import MissingModel
from sakura_desktop.ui.widgets.stat_tile import StatTile


class HeadcountPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HeadcountPanel")
        self.headcount: Headcount | None = None
        self.expected = 0
        self.present = 0
        self.extra = 0
        self.as_of: dt.datetime | None = None

        self.expected_tile = StatTile(self.tr("expected"))
        self.expected_tile.setObjectName("countExpected")
        self.present_tile = StatTile(self.tr("present"))
        self.present_tile.setObjectName("countPresent")
        self.missing_tile = StatTile(self.tr("missing"))
        self.missing_tile.setObjectName("countMissing")
        tiles = QGridLayout()
        tiles.setHorizontalSpacing(8)
        for column, tile in enumerate((self.expected_tile, self.present_tile, self.missing_tile)):
            tiles.addWidget(tile, 0, column)
            tiles.setColumnStretch(column, 1)

        self.caption = QLabel()
        self.caption.setObjectName("Note")
        self.caption.setWordWrap(True)

        self.model = MissingModel(parent=self)
        self.view = QTableView()
        self.view.setObjectName("missingTable")
        self.view.setModel(self.model)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 110, 130, 70, 170)):
            header.resizeSection(column, width)

        self.export_button = QPushButton(self.tr("Export missing list…"))
        self.export_button.setObjectName("exportMissing")
        self.print_button = QPushButton(self.tr("Print missing list…"))
        self.print_button.setObjectName("printMissing")
        self.where_button = QPushButton(self.tr("Where is everyone…"))
        self.where_button.setObjectName("whereIsEveryone")
        buttons = QHBoxLayout()
        for button in (self.export_button, self.print_button, self.where_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)

        title = QLabel(self.tr("Head count"))
        title.setObjectName("SectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # The title and caption beside the tiles, not above them: on a 1280×720 screen every
        # row saved is a missing person more in view.
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.caption)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addLayout(heading, 1)
        top.addLayout(tiles, 3)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.clear()

    @property
    def missing(self) -> int:
        return self.model.rowCount()

    def clear(self) -> None:
        self.headcount = None
        self.expected = self.present = self.extra = 0
        self.as_of = None
        self.model.set_rows([])
        for tile in (self.expected_tile, self.present_tile, self.missing_tile):
            tile.set_value(None)
        self.caption.setText("")
        self._enable()

    def show_headcount(self, headcount: Headcount) -> None:
        self.headcount = headcount
        self.expected = headcount.expected
        self.present = headcount.present
        self.extra = headcount.extra
        self.as_of = headcount.as_of
        # A live refresh every second must not throw the reader back to the top of the list.
        scroll = self.view.verticalScrollBar()
        position = scroll.value()
        self.model.set_rows(headcount.missing)
        scroll.setValue(position)
        self._update()

    def apply_scan(self, result: ScanResult) -> bool:
        """Update from one scan; False when only a full reload can tell the new numbers."""
        if self.headcount is None or result.checkpoint_id != self.headcount.checkpoint.id:
            return True
        if not result.changes_presence or result.person is None:
            return True  # nothing moved
        if result.direction is Direction.OUT:
            return False
        if self.model.remove_participant(result.person.participant_id) is not None:
            self.present += 1
        else:
            self.extra += 1  # inside, but not in the expected audience
        self.as_of = result.occurred_at
        self._update()
        return True

    def reapply_entry(self, participant_id: int) -> None:
        """After a reload that may predate a scan: take the person off if still listed."""
        if self.model.remove_participant(participant_id) is not None:
            self.present += 1
            self._update()

    def report(self, station: str = "") -> MissingReport | None:
        if self.headcount is None:
            return None
        return MissingReport(
            checkpoint=self.headcount.checkpoint.name,
            expected=self.expected,
            present=self.present,
            missing=self.model.rows,
            as_of=self.as_of or self.headcount.as_of,
            station=station,
        )

    def _update(self) -> None:
        self.expected_tile.set_value(self.expected)
        self.present_tile.set_value(self.present)
        self.missing_tile.set_value(self.missing)
        notes: list[str] = []
        if self.extra:
            notes.append(self.tr("{0} more inside who were not expected").format(self.extra))
        if self.headcount is not None and self.headcount.checked_out:
            notes.append(self.tr("{0} checked out").format(self.headcount.checked_out))
        if self.as_of is not None:
            notes.append(self.tr("as of {0}").format(fmt.time_with_seconds(self.as_of)))
        text = " · ".join(notes)
        self.caption.setText(text[:1].upper() + text[1:])
        self._enable()

    def _enable(self) -> None:
        has = self.headcount is not None
        self.export_button.setEnabled(has)
        self.print_button.setEnabled(has)
