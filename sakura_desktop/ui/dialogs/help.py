"""The Help menu's pages: a quick-start guide for the week, the keyboard shortcuts, and where this
laptop keeps the data, the backups and the log (with buttons that open those folders)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMenuBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop import APP_NAME
from sakura_desktop.ui.i18n import translate


def quick_start_html() -> str:
    """The week in four moments, each with what to do in this application."""
    sections = [
        (
            translate("Help", "Before the week"),
            [
                translate(
                    "Help",
                    "Create the program (File > New program): title, host, dates, time zone.",
                ),
                translate(
                    "Help",
                    "Import each delegation's roster (Participants > Import): Excel or CSV, "
                    "any language; the wizard shows what it understood before anything is saved.",
                ),
                translate(
                    "Help",
                    "Build the schedule (Schedule): lectures, lab tours, meals and transfers; "
                    "the conflicts panel names clashes of rooms, people and travel times.",
                ),
                translate(
                    "Help",
                    "Print badges, notebooks, door signs and sign-in sheets (Print). Check the "
                    "preview: every script is printed with its own font.",
                ),
                translate(
                    "Help",
                    "For each extra door, export a station package (File > Export station "
                    "package) and set up that laptop with it.",
                ),
            ],
        ),
        (
            translate("Help", "The first morning"),
            [
                translate(
                    "Help",
                    "Open Check-in, choose the arrival checkpoint and scan each badge. Green "
                    "is welcome, amber needs a look, red stops.",
                ),
                translate(
                    "Help",
                    "Someone without a badge: type part of the name and press Enter. A lost "
                    "badge is re-issued from Participants; the old one then scans red.",
                ),
            ],
        ),
        (
            translate("Help", "At every door"),
            [
                translate(
                    "Help",
                    "Each station scans on its own, without a network. With a shared sync "
                    "folder (Sync > Choose sync folder) the stations exchange scans every few "
                    "seconds; otherwise carry journals on a USB stick (Sync > Export journal).",
                ),
                translate(
                    "Help",
                    "The head count and the missing list show who is not yet in. Roll call "
                    "(Ctrl+Shift+R) counts everyone on site in an emergency.",
                ),
            ],
        ),
        (
            translate("Help", "After the week"),
            [
                translate(
                    "Help", "Merge every station's journal, then print certificates and reports."
                ),
                translate(
                    "Help",
                    "Keep the database and its backups private: they hold minors' personal "
                    "data. Purge personal data when the funder's report is done.",
                ),
            ],
        ),
    ]
    heading = translate("Help", "Quick start: the week with {0}").format(APP_NAME)
    parts = [f"<h2>{heading}</h2>"]
    for title, steps in sections:
        items = "".join(f"<li>{step}</li>" for step in steps)
        parts.append(f"<h3>{title}</h3><ol>{items}</ol>")
    return "".join(parts)


class QuickStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuickStartDialog")
        self.setWindowTitle(translate("Help", "Quick start"))
        self.resize(640, 560)
        self.browser = QTextBrowser()
        self.browser.setObjectName("quickStartText")
        self.browser.setHtml(quick_start_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


@dataclass(frozen=True)
class Shortcut:
    keys: str
    what: str


def menu_shortcuts(menubar: QMenuBar) -> list[Shortcut]:
    """Every menu action that has a shortcut, as the menus name it (mnemonics removed)."""
    found: list[Shortcut] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if menu is not None:
                walk(menu.actions())  # type: ignore[attr-defined]
            elif not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                found.append(Shortcut(keys, what.split("(")[0].strip()))

    walk(menubar.actions())
    return found


def screen_shortcuts() -> list[Shortcut]:
    """Keys that are not in a menu: the check-in screen's and the sidebar's."""
    from sakura_desktop.ui.checkin.keys import CHECKIN_KEYS, describe, key_text

    checkin = translate("Help", "Check-in: {0}")
    return [
        *(Shortcut(key_text(key), checkin.format(describe(key))) for key in CHECKIN_KEYS),
        Shortcut(
            "Enter", translate("Help", "Check-in: check in the scanned code or the name typed")
        ),
        Shortcut("Esc", translate("Help", "Check-in: clear the name search")),
        Shortcut("↑ ↓", translate("Help", "Sidebar: move between screens")),
        Shortcut("Tab", translate("Help", "Move to the next field or button")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(translate("Help", "Keyboard shortcuts"))
        self.resize(560, 520)
        self.table = QTableWidget(len(shortcuts), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels(
            [translate("Help", "Keys"), translate("Help", "What they do")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, shortcut in enumerate(shortcuts):
            self.table.setItem(row, 0, QTableWidgetItem(shortcut.keys))
            self.table.setItem(row, 1, QTableWidgetItem(shortcut.what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


@dataclass(frozen=True)
class Place:
    what: str
    path: Path
    note: str = ""


def open_folder(path: Path) -> bool:
    """Show `path` (or the folder holding it) in the system's file manager."""
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class DataLocationsDialog(QDialog):
    """Where the data, the backups, the settings and the log are, each with an Open button."""

    def __init__(self, places: list[Place], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DataLocationsDialog")
        self.setWindowTitle(translate("Help", "Where is my data?"))
        self.setMinimumWidth(620)
        intro = QLabel(
            translate(
                "Help",
                "Everything stays on this laptop, readable by your user account only. Copy "
                "the database file (with its backups folder) to keep or move a week.",
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.path_labels: dict[str, QLabel] = {}
        for row, place in enumerate(places):
            name = QLabel(f"<b>{place.what}</b>")
            note = f"<br><small>{html.escape(place.note)}</small>" if place.note else ""
            where = QLabel(html.escape(str(place.path)) + note)
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(translate("Help", "Open folder"))
            button.setToolTip(translate("Help", "Show this folder in the file manager"))
            button.clicked.connect(lambda _checked=False, path=place.path: open_folder(path))
            grid.addWidget(name, row, 0)
            grid.addWidget(where, row, 1)
            grid.addWidget(button, row, 2)
            self.path_labels[place.what] = where
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
