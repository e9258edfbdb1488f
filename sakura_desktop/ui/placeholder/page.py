"""A screen that is planned but not built yet says so, and says what it will do.

No fake controls: only the plan, so nobody mistakes it for a working screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class PlannedScreen:
    key: str
    title: str
    summary: str
    will_do: tuple[str, ...]  # each marked; translated where shown


def _tr(text: str) -> str:
    return translate("PlannedScreens", text)


PLANNED_SCREENS: dict[str, PlannedScreen] = {
    screen.key: screen
    for screen in [
        PlannedScreen(
            "participants",
            QT_TRANSLATE_NOOP("PlannedScreens", "Participants"),
            QT_TRANSLATE_NOOP(
                "PlannedScreens", "Delegations, participants and teams of the chosen program."
            ),
            (
                QT_TRANSLATE_NOOP(
                    "PlannedScreens",
                    "List, search and edit participants: romanised and native-script names, role, "
                    "delegation, team, dietary needs and allergies, emergency contact, room.",
                ),
                QT_TRANSLATE_NOOP(
                    "PlannedScreens",
                    "Import rosters from CSV (UTF-8, Shift_JIS, GB18030, Big5, EUC-KR …) and XLSX, "
                    "with a column-mapping step, per-row checks and a preview; re-import updates, "
                    "never duplicates.",
                ),
                QT_TRANSLATE_NOOP("PlannedScreens", "Export to CSV and XLSX."),
            ),
        ),
        PlannedScreen(
            "schedule",
            QT_TRANSLATE_NOOP("PlannedScreens", "Schedule"),
            QT_TRANSLATE_NOOP(
                "PlannedScreens",
                "The week of sessions: lectures, lab tours, experiments, meals, transfers.",
            ),
            (
                QT_TRANSLATE_NOOP(
                    "PlannedScreens", "Week views per program, team, venue and participant."
                ),
                QT_TRANSLATE_NOOP(
                    "PlannedScreens",
                    "Live conflict warnings: double bookings, rooms too small, too little travel "
                    "time between sites, sessions outside the program dates.",
                ),
                QT_TRANSLATE_NOOP(
                    "PlannedScreens",
                    "A rotation planner for teams through lab tours, and iCalendar export.",
                ),
            ),
        ),
        PlannedScreen(
            "checkin",
            QT_TRANSLATE_NOOP("PlannedScreens", "Check-in"),
            QT_TRANSLATE_NOOP(
                "PlannedScreens", "Offline check-in at the door, the bus or a roll call."
            ),
            (
                QT_TRANSLATE_NOOP(
                    "PlannedScreens",
                    "Scan signed QR badges with a USB scanner or the laptop camera, or search by "
                    "name; a big green, amber or red answer with a sound, and an undo.",
                ),
                QT_TRANSLATE_NOOP(
                    "PlannedScreens",
                    "A live head count per checkpoint: expected, present, and who is missing.",
                ),
                QT_TRANSLATE_NOOP(
                    "PlannedScreens",
                    "Exchange scan journals between stations through a shared folder or USB stick.",
                ),
            ),
        ),
        PlannedScreen(
            "print",
            QT_TRANSLATE_NOOP("PlannedScreens", "Print"),
            QT_TRANSLATE_NOOP(
                "PlannedScreens",
                "Everything on paper, with every participant's script printed right.",
            ),
            (
                QT_TRANSLATE_NOOP(
                    "PlannedScreens", "Badges (A4 sheets, A6, card printers) with QR codes."
                ),
                QT_TRANSLATE_NOOP(
                    "PlannedScreens",
                    "Personalised experiment notebooks, itineraries, paper sign-in sheets and "
                    "certificates.",
                ),
                QT_TRANSLATE_NOOP(
                    "PlannedScreens",
                    "Preview in the app, print through the system dialog, or save a PDF.",
                ),
            ),
        ),
    ]
}


class PlaceholderPage(QWidget):
    def __init__(self, screen: PlannedScreen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planned = screen
        self.setObjectName(f"{screen.key}Page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(10)

        title = QLabel(_tr(screen.title))
        title.setObjectName("PageTitle")
        outer.addWidget(title)
        summary = QLabel(_tr(screen.summary))
        summary.setObjectName("PageSubtitle")
        summary.setWordWrap(True)
        outer.addWidget(summary)
        outer.addSpacing(8)

        card = QFrame()
        card.setObjectName("PlannedCard")
        card.setMaximumWidth(760)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(20, 16, 20, 18)
        card_layout.setSpacing(8)
        self.notice = QLabel(self.tr("Not in this version yet"))
        self.notice.setObjectName("PlannedNotice")
        card_layout.addWidget(self.notice)
        intro = QLabel(
            self.tr(
                "The {0} screen is coming in a later version of Sakura Desktop. "
                "When it arrives, it will let you:"
            ).format(_tr(screen.title))
        )
        intro.setWordWrap(True)
        card_layout.addWidget(intro)
        items = "".join(
            f"<li style='margin-bottom:4px'>{_tr(line)}</li>" for line in screen.will_do
        )
        self.plan = QLabel(f"<ul style='margin-left:-20px'>{items}</ul>")
        self.plan.setTextFormat(Qt.TextFormat.RichText)
        self.plan.setWordWrap(True)
        card_layout.addWidget(self.plan)
        outer.addWidget(card)
        outer.addStretch(1)
