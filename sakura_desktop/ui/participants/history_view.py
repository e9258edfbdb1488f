"""The History tab of the participant dialog: who changed this person, when, which fields.

Read through core's audit query in a worker; values are never shown because they are never
recorded (core/audit.py says why).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from sakura_desktop.core.audit import HistoryEntry, participant_history
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.ui import locale_format
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.participants.jobs import run_use_case
from sakura_desktop.ui.workspace import Workspace

HEADERS = (
    QT_TRANSLATE_NOOP("HistoryView", "When"),
    QT_TRANSLATE_NOOP("HistoryView", "Who"),
    QT_TRANSLATE_NOOP("HistoryView", "What changed"),
)


class HistoryView(QWidget):
    """A list of the participant's audit entries, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantHistory")
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([translate("HistoryView", header) for header in HEADERS])
        self.tree.setColumnWidth(0, 150)
        self.tree.setColumnWidth(1, 200)
        self.note = QLabel(
            self.tr("Only the names of the changed fields are recorded, never their values.")
        )
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        self.timezone = "UTC"

    def load(self, workspace: Workspace, factory: SessionFactory, participant_id: int) -> None:
        program = workspace.program
        self.timezone = program.timezone if program is not None else "UTC"
        workspace.runner.run(
            run_use_case(partial(participant_history, factory, participant_id)),
            on_success=self.show_entries,
            on_error=lambda exc: self.note.setText(
                messages.describe(exc, self.tr("reading the history"))
            ),
            title=self.tr("Reading the history"),
        )

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.tree.clear()
        for entry in reversed(entries):  # newest on top
            when = locale_format.day_with_year_time(local(entry.occurred_at, self.timezone))
            self.tree.addTopLevelItem(QTreeWidgetItem([when, entry.who or "—", entry.what]))
        if not entries:
            self.tree.addTopLevelItem(QTreeWidgetItem(["", "", self.tr("No change recorded yet.")]))

    def texts(self) -> list[list[str]]:
        """The rows shown, top to bottom (for tests and screen readers)."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [[item.text(c) for c in range(len(HEADERS))] for item in items if item is not None]
