r"""Screenshot of the Reports screen: attendance per session of the demo week, with its chart.

    xvfb-run -a -s "-screen 0 1280x720x24" \
        python docs/screenshots/reports_shot.py [OUT.png] [REPORT] [en|ja]

The demo week is built and its first days scanned (tests/reports_screen_world.py: everybody
arrives on Monday morning, each session until Wednesday noon has a few people missing), the
window fills the screen, and the Reports screen shows REPORT (a key of
`sakura_desktop.ui.reports.catalog.CHOICES`; "sessions" by default) in English or Japanese.
Needs ImageMagick's `import`. Set QT_SCALE_FACTOR=2 (and a 2560x1440 screen) to check HiDPI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("reports.png")
REPORT = sys.argv[2] if len(sys.argv) > 2 else "sessions"
LANGUAGE = sys.argv[3] if len(sys.argv) > 3 else "en"
WORK = Path(tempfile.gettempdir()) / "Sakura Desktop reports shot"
os.environ["SAKURA_DESKTOP_DATA_DIR"] = str(WORK / "userdata")
sys.path.insert(0, str(ROOT / "tests"))  # the scanned demo week the tests use

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from reports_screen_world import make_scanned_demo  # noqa: E402

from sakura_desktop.app import create_application  # noqa: E402
from sakura_desktop.settings import Settings  # noqa: E402
from sakura_desktop.tasks import SyncTaskRunner  # noqa: E402
from sakura_desktop.ui.i18n import install_language  # noqa: E402
from sakura_desktop.ui.reports.page import ReportsPage  # noqa: E402
from sakura_desktop.ui.shell.main_window import MainWindow  # noqa: E402
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace  # noqa: E402


def main() -> int:
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    here = WORK / "exchange-week.db"
    make_scanned_demo(here)
    app = create_application()
    install_language(app, LANGUAGE)
    settings = Settings()
    window = MainWindow(Workspace(settings, SyncTaskRunner()), settings)
    window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
    window.show()
    window.commands.open_target(DatabaseTarget(path=here, remember=False))
    window.navigator.show_screen("reports")
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    page.report_combo.setCurrentIndex(page.report_combo.findData(REPORT))
    page.view.setFocus()

    def shoot() -> None:
        subprocess.run(["import", "-window", "root", str(OUT)], check=True)
        app.quit()

    QTimer.singleShot(2500, shoot)
    code = app.exec()
    window.workspace.close_database()
    shutil.rmtree(WORK, ignore_errors=True)
    print(f"wrote {OUT}")
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
