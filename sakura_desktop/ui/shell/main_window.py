"""The main window: composes the sidebar, the screens, the toolbar, the menus and the status bar.

It holds no logic of its own: commands live in `ShellCommands`, state in `Workspace`, each screen
in its own folder.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
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
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.icons import app_icon
from sakura_desktop.ui.overview.page import OverviewPage
from sakura_desktop.ui.placeholder.page import PLANNED_SCREENS, PlaceholderPage
from sakura_desktop.ui.rollcall.controller import RollCallController
from sakura_desktop.ui.shell.actions import build_menus
from sakura_desktop.ui.shell.commands import ShellCommands
from sakura_desktop.ui.shell.navigation import SCREENS, Navigator
from sakura_desktop.ui.shell.program_switcher import ProgramSwitcher
from sakura_desktop.ui.shell.screens import ScreenPages, build_screens
from sakura_desktop.ui.shell.status import StatusBar
from sakura_desktop.ui.style import apply_style
from sakura_desktop.ui.widgets.dialog_fit import install_dialog_fitter
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
        self._fitted_when_shown = False
        self.commands = ShellCommands(self, workspace, settings)

        # Screens
        self.stack = QStackedWidget()
        self.navigator = Navigator(self.stack)
        self.overview = OverviewPage(workspace)
        self.overview.create_program_requested.connect(self.commands.new_program)
        self.overview.open_database_requested.connect(self.commands.open_database)
        self.overview.new_database_requested.connect(self.commands.new_database)
        welcome = self.overview.welcome
        welcome.demo_requested.connect(self.commands.try_demo)
        welcome.create_program_requested.connect(lambda: self.commands.start_program())
        welcome.open_database_requested.connect(self.commands.open_database)
        welcome.import_roster_requested.connect(
            lambda: self.commands.import_roster(self.open_roster_import)
        )
        welcome.guide_requested.connect(self.commands.show_quick_start)
        # The other screens are built when first shown (the window appears before their modules
        # load); `pages[key]` builds one when asked.
        self.screens = build_screens(workspace)
        self.pages = ScreenPages({"overview": self.overview}, self.screens)
        for screen in SCREENS:
            holder = (
                self.overview
                if screen.key == "overview"
                else self.screens.get(screen.key) or PlaceholderPage(PLANNED_SCREENS[screen.key])
            )
            self.navigator.add_screen(screen, holder)

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
        toolbar = QToolBar(self.tr("Program"))
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
        install_dialog_fitter(QApplication.instance())  # type: ignore[arg-type]
        self.restore_layout()
        self.navigator.setFocus()

    def _roll_call_actions(self) -> QAction:
        """'Roll call now' (Ctrl+Shift+R) in the toolbar and a Roll call menu before Help."""
        now = QAction(translate("Menus", "Roll call &now"), self)
        now.setObjectName("rollCallNow")
        now.setShortcut(QKeySequence("Ctrl+Shift+R"))
        now.setToolTip(
            translate("Menus", "Start an emergency roll call of everyone on site, at every station")
        )
        now.setStatusTip(now.toolTip())
        now.triggered.connect(self.roll_call.start_now)
        show = QAction(translate("Menus", "&Show open roll calls"), self)
        show.triggered.connect(self.roll_call.show_open)
        menu = QMenu(translate("Menus", "&Roll call"), self)
        menu.addAction(now)
        menu.addAction(show)
        bar = self.menuBar()
        help_title = translate("Menus", "&Help")
        help_menu = next((a for a in bar.actions() if a.text() == help_title), None)
        if help_menu is None:
            bar.addMenu(menu)
        else:
            bar.insertMenu(help_menu, menu)  # Help stays last
        return now

    def open_roster_import(self) -> None:
        """The Participants screen with its import wizard open."""
        self.navigator.show_screen("participants")
        page = self.pages["participants"]
        open_wizard = getattr(page, "open_import_wizard", None)
        if callable(open_wizard):
            open_wizard()

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
        self.fit_on_screen()
        state = self.settings.window_state
        if state:
            self.restoreState(QByteArray(state))

    def fit_on_screen(self) -> None:
        """Keep the window within the screen's available area (a 1280×720 or 1366×768 laptop,
        a taskbar, a smaller screen than the one the size was saved on)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame_extra = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), area.width() - frame_extra.width())
        height = min(self.height(), area.height() - frame_extra.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        frame = self.frameGeometry()
        if not area.contains(frame):
            x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
            y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
            self.move(max(x, area.x()), max(y, area.y()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_when_shown:
            # The title bar and frame are known only once the window is on screen: fit again,
            # or a 720-pixel screen gets a window whose bottom edge is under the taskbar.
            self._fitted_when_shown = True
            QTimer.singleShot(0, self.fit_on_screen)

    def save_layout(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.window_state = bytes(self.saveState().data())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        for page in self.pages.built():
            shutdown = getattr(page, "shutdown", None)
            if callable(shutdown):
                shutdown()  # stop cameras and worker threads before the window goes
        super().closeEvent(event)
