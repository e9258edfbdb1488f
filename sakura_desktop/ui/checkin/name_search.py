"""The Check-in screen's input row and the name search under it.

Holds the always-focused scanner input (with the Undo button beside it), the list of name matches
shown while typing, the keys that move through it, and the rule that tells a typed name from a
hand-typed badge code on Enter. It is separate from the page because turning keystrokes into
"search", "pick this match" or "scan this code" is its own logic, apart from what a scan does.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListView, QPushButton

from sakura_desktop.core.checkin.people import PersonCard
from sakura_desktop.db.enums import ScanMethod
from sakura_desktop.ui.checkin.models import SearchResultsModel
from sakura_desktop.ui.checkin.page_base import CheckinPageBase
from sakura_desktop.ui.checkin.wedge import ScanInput
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.fonts import name_font
from sakura_desktop.ui.i18n import translate

SEARCH_DELAY_MS = 120
SEARCH_ROWS = 6
# A hand-typed badge code (no spaces, long, our version prefix) is scanned, not searched.
TYPED_CODE_MIN = 20


def looks_like_code(text: str) -> bool:
    """A badge code typed by hand (or pasted): one long word of letters and digits."""
    text = text.strip()
    return len(text) >= TYPED_CODE_MIN and text.isalnum() and text.isascii()


class NameSearchMixin(CheckinPageBase):
    """The scanner input row of `CheckinPage` and its name search."""

    def _build_input_row(self, key_clock: Callable[[], float]) -> QHBoxLayout:
        self.input = ScanInput(key_clock)
        self.input.setObjectName("scanInput")
        self.input.setPlaceholderText(
            translate("CheckinPage", "Scan a badge — or type a name and press Enter")
        )
        font = name_font(20, base=self.input.font())
        self.input.setFont(font)
        self.input.setMinimumHeight(52)
        self.input.setClearButtonEnabled(True)
        self.input.code_scanned.connect(self.scan_code)
        self.input.submitted.connect(self._submitted)
        self.input.textEdited.connect(self._text_edited)
        self.input.navigate.connect(self._navigate)
        self.input.escaped.connect(self.hide_search)

        self.undo_button = QPushButton(translate("CheckinPage", "Undo last scan"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setMinimumHeight(52)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.setEnabled(False)
        self.undo_button.setToolTip(
            translate("CheckinPage", "Void the last scan of this station (Ctrl+Z)")
        )
        self.undo_button.clicked.connect(self.undo_last)

        self.search_model = SearchResultsModel(self)
        self.search_view = QListView()
        self.search_view.setObjectName("searchResults")
        self.search_view.setModel(self.search_model)
        self.search_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.search_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.search_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.search_view.setUniformItemSizes(True)
        self.search_view.doubleClicked.connect(lambda index: self.check_in_row(index.row()))
        self.search_view.hide()
        self.search_note = QLabel()
        self.search_note.setObjectName("Note")
        self.search_note.hide()

        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.undo_button)
        return row

    # --- name search --------------------------------------------------------------------------

    def _text_edited(self, text: str) -> None:
        if not text.strip():
            self.search_timer.stop()
            self.hide_search()
            return
        self.search_timer.start()

    def run_search(self) -> None:
        """Search names for the text in the input (the search timer calls this)."""
        self.search_timer.stop()
        desk, text = self.desk, self.input.text().strip()
        if desk is None or not text:
            self.hide_search()
            return

        def found(people: list[PersonCard]) -> None:
            if self.input.text().strip() == text:
                self._show_matches(text, people)

        self.queue.submit(
            partial(desk.search_people, text, 30),
            found,
            lambda exc: self.search_note.setText(
                messages.describe(exc, translate("CheckinPage", "searching names"))
            ),
            title="Searching names",
            kind="search",
            replace=True,
        )

    def _show_matches(self, text: str, people: list[PersonCard]) -> None:
        self._searched = text
        self.search_model.set_people(people)
        if people:
            row_height = max(self.search_view.sizeHintForRow(0), 24)
            rows = min(len(people), SEARCH_ROWS)
            self.search_view.setFixedHeight(row_height * rows + 6)
            self.search_view.setCurrentIndex(self.search_model.index(0, 0))
            self.search_view.show()
            count = len(people)
            if count >= 30:
                text = translate(
                    "CheckinPage",
                    "{0} matches (showing the first {0}): ↑ ↓ to choose, Enter to check in, "
                    "Esc to clear.",
                ).format(count)
            elif count == 1:
                text = translate(
                    "CheckinPage", "1 match: ↑ ↓ to choose, Enter to check in, Esc to clear."
                )
            else:
                text = translate(
                    "CheckinPage", "{0} matches: ↑ ↓ to choose, Enter to check in, Esc to clear."
                ).format(count)
            self.search_note.setText(text)
        else:
            self.search_view.hide()
            self.search_note.setText(
                translate("CheckinPage", "Nobody's name matches “{0}”.").format(text)
            )
        self.search_note.show()

    def hide_search(self) -> None:
        self._searched = ""
        self.search_model.set_people([])
        self.search_view.hide()
        self.search_note.hide()

    def _navigate(self, key: int) -> None:
        count = self.search_model.rowCount()
        if not count or not self.search_view.isVisible():
            return
        row = self.search_view.currentIndex().row()
        step = {
            int(Qt.Key.Key_Up): -1,
            int(Qt.Key.Key_Down): 1,
            int(Qt.Key.Key_PageUp): -SEARCH_ROWS,
            int(Qt.Key.Key_PageDown): SEARCH_ROWS,
        }[key]
        row = min(max(row + step, 0), count - 1)
        self.search_view.setCurrentIndex(self.search_model.index(row, 0))

    def _submitted(self, text: str) -> None:
        """Enter without a scanner burst: pick the chosen match, or search now."""
        text = text.strip()
        if not text:
            return
        current = self.search_view.currentIndex()
        if (
            self._searched == text
            and self.search_view.isVisible()
            and current.isValid()
            and not self.search_timer.isActive()
        ):
            self.check_in_row(current.row())
            return
        if looks_like_code(text) and not self.search_model.rowCount():
            self.input.clear()
            self.hide_search()
            self._scan(text, ScanMethod.MANUAL)  # a badge code typed by hand
            return
        self.run_search()  # results were not shown yet: show them, pick with a second Enter
