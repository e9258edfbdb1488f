"""The first thing a new coordinator sees: what the application does and four ways to begin.

Shown by the Overview while no database is open (a first start, or after closing one). Each
choice is a large button with a sentence under its title, so the way to the demo, to one's own
week, to an existing file and to a roster is visible without opening a menu.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop import APP_NAME

CARD_MAX_WIDTH = 860


def _wrapped(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    # A wrapped label must be allowed to grow in height, or a layout cuts it to one line.
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class ChoiceCard(QPushButton):
    """A big button: a bold title and the sentence that says what happens."""

    def __init__(self, title: str, body: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("welcomeCard", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(title)
        self.setAccessibleDescription(body)
        self.setToolTip(body)
        self.title_label = _wrapped(title, "CardTitle")
        self.body_label = _wrapped(body, "CardBody")
        for label in (self.title_label, self.body_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.labels = QVBoxLayout(self)
        self.labels.setContentsMargins(16, 12, 16, 12)
        self.labels.setSpacing(4)
        self.labels.addWidget(self.title_label)
        self.labels.addWidget(self.body_label)

    # A button's own size hint knows no wrapped text: the labels' layout decides the height.
    def sizeHint(self) -> QSize:
        return self.labels.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.labels.totalHeightForWidth(width)


class WelcomePanel(QWidget):
    demo_requested = Signal()
    create_program_requested = Signal()
    open_database_requested = Signal()
    import_roster_requested = Signal()
    guide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomePanel")
        title = _wrapped(self.tr("Welcome to {0}").format(APP_NAME), "PageTitle")
        intro = _wrapped(
            self.tr(
                "Run a science exchange week from this laptop, with or without a network: the "
                "delegations and their people, the schedule, check-in at every door with QR "
                "badges, and the printed badges, notebooks and sheets in every script."
            ),
            "PageSubtitle",
        )
        self.demo_card = ChoiceCard(
            self.tr("Try the demo week"),
            self.tr(
                "A five-day exchange with eight delegations, about a hundred people, a full "
                "schedule and survey answers, to look around safely. Nothing you do there "
                "touches your own data."
            ),
            "welcomeDemo",
        )
        self.create_card = ChoiceCard(
            self.tr("Create your program"),
            self.tr(
                "Start your own week: its title, the host institution, the dates, the time "
                "zone and the sites. Delegations and the schedule come next."
            ),
            "welcomeCreate",
        )
        self.open_card = ChoiceCard(
            self.tr("Open a database…"),
            self.tr(
                "Continue with a database file you or a colleague already made (a .db file), "
                "for example one copied from the coordinator's laptop."
            ),
            "welcomeOpen",
        )
        self.import_card = ChoiceCard(
            self.tr("Import a roster…"),
            self.tr(
                "Bring in the participants from a delegation's Excel or CSV file. A program "
                "is created first if there is none."
            ),
            "welcomeImport",
        )
        self.demo_card.clicked.connect(self.demo_requested)
        self.create_card.clicked.connect(self.create_program_requested)
        self.open_card.clicked.connect(self.open_database_requested)
        self.import_card.clicked.connect(self.import_roster_requested)

        cards = QGridLayout()
        cards.setSpacing(12)
        for index, card in enumerate(
            (self.demo_card, self.create_card, self.open_card, self.import_card)
        ):
            cards.addWidget(card, index // 2, index % 2)
        cards.setColumnStretch(0, 1)
        cards.setColumnStretch(1, 1)

        self.guide_button = QPushButton(self.tr("Read the quick-start guide for the week"))
        self.guide_button.setObjectName("welcomeGuide")
        self.guide_button.setFlat(True)
        self.guide_button.setToolTip(self.tr("Before the week, the first morning, every door"))
        self.guide_button.clicked.connect(self.guide_requested)
        guide_row = QHBoxLayout()
        guide_row.addWidget(self.guide_button)
        guide_row.addStretch(1)

        column = QWidget()
        column.setMaximumWidth(CARD_MAX_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(8)
        inner.addLayout(cards)
        inner.addLayout(guide_row)
        inner.addStretch(1)

        centring = QWidget()
        row = QHBoxLayout(centring)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        # Scrolls rather than cuts when the window is small or the text large (200 %).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(centring)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @property
    def cards(self) -> list[ChoiceCard]:
        return [self.demo_card, self.create_card, self.open_card, self.import_card]
