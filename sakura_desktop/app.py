"""The composition root: settings, logging, the task runner, the database, the main window.

`sakura-desktop` (no subcommand) calls `run_gui`; so can a script or a test.
"""

from __future__ import annotations

import importlib
import logging
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from sakura_desktop import APP_ID, APP_NAME, __version__
from sakura_desktop.db.file_modes import use_private_umask
from sakura_desktop.logging_setup import LOG_FILE_NAME, configure_logging
from sakura_desktop.paths import default_database_path, user_log_dir
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import TaskRunner, ThreadedTaskRunner
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.fonts import ensure_app_fonts
from sakura_desktop.ui.i18n import RESTART_EXIT_CODE, install_language, resolve_language
from sakura_desktop.ui.icons import app_icon
from sakura_desktop.ui.shell.main_window import MainWindow
from sakura_desktop.ui.shell.screens import SCREEN_MODULES
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

log = logging.getLogger(__name__)

# Set by benchmarks/bench_start.py: quit as soon as the window is shown, opening nothing.
QUIT_WHEN_SHOWN_ENV = "SAKURA_DESKTOP_QUIT_WHEN_SHOWN"
# After the first paint and the database's opening have started.
WARM_UP_DELAY_MS = 300

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def startup_target(
    settings: Settings,
    database_path: Path | None = None,
    db_url: str | None = None,
    demo_folder: Path | None = None,
) -> DatabaseTarget | None:
    """Which database to open first: demo, else the one asked for, else the last, else the
    default one if it exists. None on a first start: the welcome page lets the user choose."""
    if demo_folder is not None:
        return DatabaseTarget(path=demo_folder / "sakura-demo.db", demo=True, remember=False)
    if db_url is not None:
        # A server URL may hold a password: never written to the settings file.
        return DatabaseTarget(url=db_url, remember=False)
    if database_path is not None:
        return DatabaseTarget(path=Path(database_path).expanduser())
    if settings.last_database:
        return DatabaseTarget(path=Path(settings.last_database))
    if default_database_path().exists():
        return DatabaseTarget(path=default_database_path())
    return None


def warm_screens() -> None:
    """Import the screens' modules (SQLAlchemy, Qt Charts, the print preview …) off the GUI
    thread, so the first visit to each screen only builds its widgets."""
    for name in SCREEN_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # pragma: no cover - the screen's own build will report it
            log.exception("warming up %s failed", name)


def start_warming_screens() -> None:
    threading.Thread(target=warm_screens, name="warm-screens", daemon=True).start()


def install_excepthook(parent: Callable[[], QWidget | None]) -> ExceptHook:
    """Log any uncaught exception with its traceback and tell the user, without a traceback."""
    previous = sys.excepthook
    showing = threading.Lock()

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        if threading.current_thread() is not threading.main_thread():
            return  # logged; widgets belong to the GUI thread
        if not showing.acquire(blocking=False):
            return  # one dialog at a time, even if the dialog itself fails
        try:
            messages.show_error(parent(), exc)
        except Exception:
            log.exception("could not show the error dialog")
        finally:
            showing.release()

    sys.excepthook = hook
    return previous


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("sakura-desktop.invalid")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    ensure_app_fonts()  # names in every script render with the shipped fonts, not the system's
    return app


def build_main_window(
    settings: Settings, runner: TaskRunner, workspace: Workspace | None = None
) -> MainWindow:
    workspace = workspace or Workspace(settings, runner)
    return MainWindow(workspace, settings)


def run_gui(
    database_path: Path | None = None, db_url: str | None = None, demo: bool = False
) -> int:
    """Open the desktop application and run it until the window closes. Returns the exit code.

    `demo`: a fresh demo week in a temporary folder (deleted on exit). Otherwise `db_url` or
    `database_path` when given, else the database opened last time, else the default database
    in the user data folder (created when missing).
    """
    use_private_umask()  # every file the window writes is readable by the user only (POSIX)
    app = create_application()
    log_file = configure_logging() or user_log_dir() / LOG_FILE_NAME
    messages.set_log_file(log_file)
    log.info("%s %s starting", APP_NAME, __version__)

    settings = Settings()
    install_language(app, resolve_language(settings.language))  # before any widget exists
    runner = ThreadedTaskRunner()
    window = build_main_window(settings, runner)
    previous_hook = install_excepthook(lambda: window)

    demo_folder = Path(tempfile.mkdtemp(prefix="sakura-demo-")) if demo else None
    target = startup_target(settings, database_path, db_url, demo_folder)
    window.show()
    if os.environ.get(QUIT_WHEN_SHOWN_ENV):  # benchmarks: the time to a shown window
        QTimer.singleShot(0, app.quit)
        target = None
    else:
        QTimer.singleShot(WARM_UP_DELAY_MS, start_warming_screens)
    # Open once the event loop runs, so the window paints first and any error dialog has a
    # parent to sit on.
    if target is not None:
        QTimer.singleShot(0, lambda: window.commands.open_target(target))
    try:
        code = app.exec()
    finally:
        runner.shutdown()
        window.workspace.close_database()
        settings.sync()
        sys.excepthook = previous_hook
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
    log.info("%s exiting with %s", APP_NAME, code)
    if code == RESTART_EXIT_CODE:  # a new language was chosen: start again, same arguments
        os.execv(sys.executable, sys.orig_argv)
    return int(code)
