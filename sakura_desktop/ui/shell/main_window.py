"""The main window: composes the sidebar, the screens, the toolbar, the menus and the status bar.

It holds no logic of its own: commands live in `ShellCommands`, state in `Workspace`, each screen
in its own folder.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from sakura_desktop import APP_NAME
from sakura_desktop.settings import Settings
from sakura_desktop.ui.icons import app_icon
from sakura_desktop.ui.overview.page import OverviewPage
from sakura_desktop.ui.placeholder.page import PLANNED_SCREENS, PlaceholderPage
from sakura_desktop.ui.rollcall.controller import RollCallController
from sakura_desktop.ui.shell.actions import build_menus
from sakura_desktop.ui.shell.commands import ShellCommands
from sakura_desktop.ui.shell.navigation import SCREENS, Navigator
from sakura_desktop.ui.shell.program_switcher import ProgramSwitcher
from sakura_desktop.ui.shell.screens import build_screens
from sakura_desktop.ui.shell.status import StatusBar
from sakura_desktop.ui.style import apply_style
from sakura_desktop.ui.workspace import Workspace

DEFAULT_SIZE = (1200, 760)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.workspace = workspace
        self.settings = settings
        self.setWindowIcon(app_icon())
        self.setMinimumSize(760, 520)
        self.commands = ShellCommands(self, workspace, settings)

        # Screens
        self.stack = QStackedWidget()
        self.navigator = Navigator(self.stack)
        self.overview = OverviewPage(workspace)
        self.overview.create_program_requested.connect(self.commands.new_program)
        self.overview.open_database_requested.connect(self.commands.open_database)
        self.overview.new_database_requested.connect(self.commands.new_database)
        self.pages: dict[str, QWidget] = {"overview": self.overview, **build_screens(workspace)}
        for screen in SCREENS:
            page = self.pages.get(screen.key) or PlaceholderPage(PLANNED_SCREENS[screen.key])
            self.navigator.add_screen(screen, page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigator)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # Menus, toolbar, status bar
        self.menu_actions = build_menus(self, self.commands, self.navigator, settings)
        self.program_switcher = ProgramSwitcher(workspace)
        toolbar = QToolBar("Program")
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addWidget(self.program_switcher)
        toolbar.addAction(self.menu_actions.new_program)
        self.roll_call = RollCallController(self, workspace)
        self.roll_call_action = self._roll_call_actions()
        toolbar.addAction(self.roll_call_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.menu_actions.open_database)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.status = StatusBar(workspace, settings)
        self.setStatusBar(self.status)

        workspace.program_changed.connect(self._update_title)
        workspace.database_changed.connect(self._update_title)
        self._update_title()
        apply_style(self)
        self.restore_layout()
        self.navigator.setFocus()

    def _roll_call_actions(self) -> QAction:
        """'Roll call now' (Ctrl+Shift+R) in the toolbar and a Roll call menu before Help."""
        now = QAction("Roll call &now", self)
        now.setObjectName("rollCallNow")
        now.setShortcut(QKeySequence("Ctrl+Shift+R"))
        now.setToolTip("Start an emergency roll call of everyone on site, at every station")
        now.setStatusTip(now.toolTip())
        now.triggered.connect(self.roll_call.start_now)
        show = QAction("&Show open roll calls", self)
        show.triggered.connect(self.roll_call.show_open)
        menu = QMenu("&Roll call", self)
        menu.addAction(now)
        menu.addAction(show)
        bar = self.menuBar()
        help_menu = next((a for a in bar.actions() if a.text() == "&Help"), None)
        if help_menu is None:
            bar.addMenu(menu)
        else:
            bar.insertMenu(help_menu, menu)  # Help stays last
        return now

    def _update_title(self) -> None:
        program = self.workspace.program
        self.setWindowTitle(f"{program.title} — {APP_NAME}" if program else APP_NAME)

    def show_status_message(self, text: str, timeout_ms: int = 10_000) -> None:
        self.status.showMessage(text, timeout_ms)

    # -- window layout ----------------------------------------------------------------------

    def restore_layout(self) -> None:
        geometry = self.settings.window_geometry
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(*DEFAULT_SIZE)
        state = self.settings.window_state
        if state:
            self.restoreState(QByteArray(state))

    def save_layout(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.window_state = bytes(self.saveState().data())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        for page in self.pages.values():
            shutdown = getattr(page, "shutdown", None)
            if callable(shutdown):
                shutdown()  # stop cameras and worker threads before the window goes
        super().closeEvent(event)
