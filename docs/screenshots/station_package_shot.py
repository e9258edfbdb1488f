"""Screenshot of File > Export station package… on the demo week, for the README.

    xvfb-run -s "-screen 0 1280x720x24" python docs/screenshots/station_package_shot.py

Needs ImageMagick's `import`; writes docs/screenshots/station-package.png, cropped to the dialog
(with a margin of the main window behind it) like the other screenshots.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).with_name("station-package.png")
WORK = Path(tempfile.gettempdir()) / "Sakura Desktop"  # shown in the status bar
MARGIN = 0  # no window manager under Xvfb: the dialog has no frame to show
os.environ["SAKURA_DESKTOP_DATA_DIR"] = str(WORK / "userdata")

from PySide6.QtCore import QTimer  # noqa: E402

from sakura_desktop.app import create_application  # noqa: E402
from sakura_desktop.core.demo import create_demo_database  # noqa: E402
from sakura_desktop.settings import Settings  # noqa: E402
from sakura_desktop.tasks import SyncTaskRunner  # noqa: E402
from sakura_desktop.ui.shell.main_window import MainWindow  # noqa: E402
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace  # noqa: E402

TUESDAY = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)


def main() -> int:
    shutil.rmtree(WORK, ignore_errors=True)
    app = create_application()
    database = WORK / "exchange-week.db"
    create_demo_database(database)
    settings = Settings()
    settings.station_name = "Coordinator"
    window = MainWindow(Workspace(settings, SyncTaskRunner(), clock=lambda: TUESDAY), settings)
    window.setGeometry(0, 0, 1280, 720)
    window.show()
    window.commands.open_target(DatabaseTarget(path=database, remember=False))
    dialog = window.commands.export_station_package()
    assert dialog is not None
    dialog.passphrase_edit.setText("plum blossom 2026")
    dialog.repeat_edit.setText("plum blossom 2026")
    dialog.file_row.set_path(Path("/media/coordinator/USB/SSP-2026-07-station.sakura-station"))
    dialog.move(window.geometry().center() - dialog.rect().center())

    def shoot() -> None:
        box = dialog.frameGeometry().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        crop = f"{box.width()}x{box.height()}+{box.x()}+{box.y()}"
        subprocess.run(["import", "-window", "root", "-crop", crop, str(OUT)], check=True)
        app.quit()

    QTimer.singleShot(1500, shoot)
    code = app.exec()
    window.workspace.close_database()
    shutil.rmtree(WORK, ignore_errors=True)
    print(f"wrote {OUT}")
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
