"""Screenshot of one screen of the demo week (Tuesday 10:00) filling a small screen.

    xvfb-run -a -s "-screen 0 1280x720x24" \\
        python docs/screenshots/any_screen_shot.py OUT.png checkin
    QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1920x1080x24" \\
        python docs/screenshots/any_screen_shot.py OUT.png checkin

The window takes the whole available screen (as a maximised window on a 1280×720 laptop), the
screen is chosen from the sidebar, and the screen is photographed two seconds later with
ImageMagick's `import`. Screens: overview, participants, schedule, checkin, print, reports.
A third argument names the interface language (en, the default, or ja); a fourth, `dark`, gives
the application Fusion's dark palette, as Qt does on a dark desktop (Xvfb has no desktop theme).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("any-screen.png")
SCREEN = sys.argv[2] if len(sys.argv) > 2 else "checkin"
LANGUAGE = sys.argv[3] if len(sys.argv) > 3 else "en"
DARK = len(sys.argv) > 4 and sys.argv[4] == "dark"
WORK = Path(tempfile.mkdtemp(prefix="sakura-any-screen-"))
os.environ["SAKURA_DESKTOP_DATA_DIR"] = str(WORK / "userdata")

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402

from sakura_desktop.app import create_application  # noqa: E402
from sakura_desktop.core.demo import create_demo_database  # noqa: E402
from sakura_desktop.settings import Settings  # noqa: E402
from sakura_desktop.tasks import SyncTaskRunner  # noqa: E402
from sakura_desktop.ui.i18n import install_language  # noqa: E402
from sakura_desktop.ui.shell.main_window import MainWindow  # noqa: E402
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace  # noqa: E402

TUESDAY = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)  # 10:00 in Tokyo, day 2 of 5


def dark_palette() -> QPalette:
    """Fusion's colours in dark mode (as tests/test_palette.py checks them)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#353535"), (roles.WindowText, "#ffffff"), (roles.Base, "#2a2a2a"),
        (roles.AlternateBase, "#424242"), (roles.Text, "#ffffff"), (roles.Button, "#353535"),
        (roles.ButtonText, "#ffffff"), (roles.Highlight, "#2f65ca"),
        (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#353535"),
        (roles.ToolTipText, "#ffffff"), (roles.PlaceholderText, "#9a9a9a"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7f7f7f"))
    return palette


def shoot() -> None:
    subprocess.run(["import", "-window", "root", str(OUT)], check=True)
    QCoreApplication.exit(0)


def main() -> int:
    app = create_application()
    if DARK:
        app.setPalette(dark_palette())
    install_language(app, LANGUAGE)
    demo = WORK / "exchange-week.db"
    create_demo_database(demo)
    settings = Settings()
    workspace = Workspace(settings, SyncTaskRunner(), clock=lambda: TUESDAY)
    window = MainWindow(workspace, settings)
    window.show()
    window.commands.open_target(DatabaseTarget(path=demo))
    screen = window.screen()
    window.setGeometry(screen.availableGeometry())  # no window manager under Xvfb to maximise
    window.navigator.show_screen(SCREEN)
    QTimer.singleShot(2000, shoot)
    try:
        return app.exec()
    finally:
        window.close()
        workspace.close_database()
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
