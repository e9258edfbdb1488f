"""Screenshot of the Check-in screen with the sync status: two stations and a duplicate.

    xvfb-run -s "-screen 0 1280x720x24" python docs/screenshots/sync_status_shot.py [OUT.png]

The demo week on this laptop ("Main door") and a copy on "Door 2"; both admit some people at
Arrival, one person at both doors; Door 2's journal is dropped into the sync folder and merged.
Needs ImageMagick's `import`; writes docs/screenshots/sync-status.png (the whole 1280x720
screen, the window filling it). Set QT_SCALE_FACTOR=2 (and a 2560x1440 screen) to check HiDPI.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("sync-status.png")
WORK = Path(tempfile.gettempdir()) / "Sakura Desktop sync"
os.environ["SAKURA_DESKTOP_DATA_DIR"] = str(WORK / "userdata")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from sakura_desktop.app import create_application  # noqa: E402
from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints  # noqa: E402
from sakura_desktop.core.checkin.desk import CheckinDesk  # noqa: E402
from sakura_desktop.core.demo import create_demo_database  # noqa: E402
from sakura_desktop.core.sync.folder import FolderSync  # noqa: E402
from sakura_desktop.core.tokens import issue_missing_tokens  # noqa: E402
from sakura_desktop.db.enums import CheckpointKind  # noqa: E402
from sakura_desktop.db.lifecycle import open_database  # noqa: E402
from sakura_desktop.db.models import Program  # noqa: E402
from sakura_desktop.settings import Settings  # noqa: E402
from sakura_desktop.tasks import SyncTaskRunner  # noqa: E402
from sakura_desktop.ui.shell.main_window import MainWindow  # noqa: E402
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace  # noqa: E402

TUESDAY = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)


def prepare() -> tuple[Path, Path, list[str], int]:
    """This laptop's database, the sync folder holding Door 2's journal, and badges to scan."""
    here, door2, folder = WORK / "exchange-week.db", WORK / "door2.db", WORK / "USB" / "sync"
    folder.mkdir(parents=True)
    create_demo_database(here)
    database, _ = open_database(path=here)
    factory = database.session_factory
    with factory() as session:
        program_id = session.scalars(select(Program.id)).one()
    tokens = [t.token for t in issue_missing_tokens(factory, program_id)]
    arrival = next(
        c for c in ensure_checkpoints(factory, program_id) if c.kind is CheckpointKind.ARRIVAL
    )
    database.dispose()
    shutil.copy(here, door2)
    database, _ = open_database(path=door2)
    desk = CheckinDesk(database.session_factory, program_id, station_name="Door 2")
    for token in tokens[5:12]:  # tokens[5] is admitted here too: a duplicate
        desk.scan(arrival.id, token)
    FolderSync(database.session_factory, program_id, folder).export_own()
    database.dispose()
    return here, folder, tokens[:6], arrival.id


def main() -> int:
    shutil.rmtree(WORK, ignore_errors=True)
    here, folder, to_scan, arrival_id = prepare()
    app = create_application()
    settings = Settings()
    settings.station_name = "Main door"
    settings.sync_folder = ""  # chosen after this door's scans, so that both admit one person
    window = MainWindow(Workspace(settings, SyncTaskRunner(), clock=lambda: TUESDAY), settings)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window.setGeometry(screen)
    window.show()
    window.commands.open_target(DatabaseTarget(path=here, remember=False))
    window.navigator.show_screen("checkin")
    page = window.pages["checkin"]
    page.select_checkpoint(arrival_id)  # type: ignore[attr-defined]
    for token in to_scan:
        page.scan_code(token)  # type: ignore[attr-defined]
    settings.sync_folder = str(folder)
    window.workspace.settings_changed.emit()  # as Sync > Choose sync folder… does

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
