"""The Print screen's "Sessions" box: which sessions an attendance document covers.

The box owns its checklist and the Usual / All / None buttons; "Usual" is every session but
meals and free time. Its words keep the options panel's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.print.jobs import ScreenData
from sakura_desktop.ui.print.models import CheckItem, checklist


class SessionPicker(QGroupBox):
    """Ticked sessions of the program; `changed` when a tick changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PrintOptionsPanel", "Sessions"), parent)
        self.setObjectName("sessionsBox")
        self.data: ScreenData | None = None
        self.session_search, self.session_view, self.session_model, self.session_proxy = checklist(
            "session", translate("PrintOptionsPanel", "Search sessions…")
        )
        self.usual_sessions_button = QPushButton(translate("PrintOptionsPanel", "Usual"))
        self.usual_sessions_button.setToolTip(
            translate("PrintOptionsPanel", "Every session except meals and free time")
        )
        self.all_sessions_button = QPushButton(translate("PrintOptionsPanel", "All"))
        self.no_sessions_button = QPushButton(translate("PrintOptionsPanel", "None"))
        self.sessions_note = QLabel()
        self.sessions_note.setObjectName("Note")
        layout = QVBoxLayout(self)
        layout.addWidget(self.session_search)
        layout.addWidget(self.session_view)
        ticks = QHBoxLayout()
        ticks.addWidget(self.usual_sessions_button)
        ticks.addWidget(self.all_sessions_button)
        ticks.addWidget(self.no_sessions_button)
        ticks.addStretch(1)
        layout.addLayout(ticks)
        layout.addWidget(self.sessions_note)

        self.session_model.dataChanged.connect(lambda *_: self.changed.emit())
        self.usual_sessions_button.clicked.connect(self._tick_usual_sessions)
        self.all_sessions_button.clicked.connect(
            lambda: self.session_model.set_checked(self.session_model.ids())
        )
        self.no_sessions_button.clicked.connect(
            lambda: self.session_model.set_checked(self.session_model.ids(), False)
        )

    def fill(self, data: ScreenData | None, ticked: tuple[int, ...] | None) -> None:
        """The program's sessions, ticking `ticked` again (None: the usual ones)."""
        self.data = data
        sessions = data.sessions if data else ()
        usual = [s.id for s in sessions if s.usual]
        self.session_model.set_items(
            [CheckItem(s.id, s.label) for s in sessions],
            usual if ticked is None else ticked,
        )

    def checked_ids(self) -> tuple[int, ...]:
        return self.session_model.checked_ids()

    def refresh(self) -> None:
        sessions = len(self.session_model.checked_ids())
        self.sessions_note.setText(
            translate("PrintOptionsPanel", "{0} of {1} sessions ticked").format(
                sessions, self.session_model.rowCount()
            )
        )

    def _tick_usual_sessions(self) -> None:
        if self.data is None:
            return
        self.session_model.set_checked(self.session_model.ids(), False)
        self.session_model.set_checked([s.id for s in self.data.sessions if s.usual])
