"""Screenshot of an emergency roll call on the demo week, Tuesday 10:00.

    xvfb-run -s "-screen 0 1280x720x24" python docs/screenshots/roll_call_shot.py [OUT.png]

Monday's arrival and Tuesday morning's lecture are scanned, the roll call is started at this
station, two thirds of the people are scanned in at it, and the window is photographed four
seconds later (the "unaccounted for" clock running). Needs ImageMagick's `import`. Set
QT_SCALE_FACTOR=2 (and a 2560x1440 screen) to check HiDPI.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("roll-call.png")
WORK = Path(tempfile.gettempdir()) / "Sakura Desktop roll call"
os.environ["SAKURA_DESKTOP_DATA_DIR"] = str(WORK / "userdata")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from sakura_desktop.app import create_application  # noqa: E402
from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints  # noqa: E402
from sakura_desktop.core.checkin.desk import CheckinDesk  # noqa: E402
from sakura_desktop.core.checkin.rollcall import start_roll_call  # noqa: E402
from sakura_desktop.core.demo import create_demo_database  # noqa: E402
from sakura_desktop.core.tokens import issue_missing_tokens  # noqa: E402
from sakura_desktop.db.enums import CheckpointKind  # noqa: E402
from sakura_desktop.db.lifecycle import open_database  # noqa: E402
from sakura_desktop.db.models import Program  # noqa: E402
from sakura_desktop.settings import Settings  # noqa: E402
from sakura_desktop.tasks import SyncTaskRunner  # noqa: E402
from sakura_desktop.ui.shell.main_window import MainWindow  # noqa: E402
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace  # noqa: E402

MONDAY = dt.datetime(2026, 7, 13, 1, 0, tzinfo=dt.UTC)
TUESDAY = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)


def prepare() -> Path:
    here = WORK / "exchange-week.db"
    WORK.mkdir(parents=True)
    create_demo_database(here)
    database, _ = open_database(path=here)
    factory = database.session_factory
    with factory() as session:
        program_id = session.scalars(select(Program.id)).one()
    tokens = [t.token for t in issue_missing_tokens(factory, program_id)]
    checkpoints = ensure_checkpoints(factory, program_id)
    arrival = next(c for c in checkpoints if c.kind is CheckpointKind.ARRIVAL)
    lecture = next(
        c for c in checkpoints if c.name.startswith("Opening lecture") or "Tue" in c.name
    )
    desk = CheckinDesk(factory, program_id, station_name="Main door", clock=lambda: MONDAY)
    for token in tokens:
        desk.scan(arrival.id, token)
    desk = CheckinDesk(factory, program_id, station_name="Lab door", clock=lambda: TUESDAY)
    for token in tokens[1::2]:
        desk.scan(lecture.id, token)
    roll_call = start_roll_call(factory, program_id, station_name="Main door", now=lambda: TUESDAY)
    later = TUESDAY + dt.timedelta(minutes=2)
    desk = CheckinDesk(factory, program_id, station_name="Main door", clock=lambda: later)
    for n, token in enumerate(tokens):
        if n % 3 != 1:
            desk.scan(roll_call.checkpoint_id, token)
    database.dispose()
    return here


def main() -> int:
    shutil.rmtree(WORK, ignore_errors=True)
    here = prepare()
    app = create_application()
    settings = Settings()
    settings.station_name = "Main door"
    now = TUESDAY + dt.timedelta(minutes=4, seconds=12)
    window = MainWindow(Workspace(settings, SyncTaskRunner(), clock=lambda: now), settings)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window.setGeometry(screen)
    window.show()
    window.commands.open_target(DatabaseTarget(path=here, remember=False))
    window.navigator.show_screen("checkin")
    window.roll_call.poll()
    (roll_call,) = window.roll_call.windows.values()
    roll_call.tell("")
    roll_call.resize(min(1180, screen.width() - 40), min(640, screen.height() - 60))
    roll_call.move(screen.x() + 20, screen.y() + 40)

    def shoot() -> None:
        subprocess.run(["import", "-window", "root", str(OUT)], check=True)
        app.quit()

    QTimer.singleShot(2500, shoot)
    code = app.exec()
    roll_call.stop()
    window.workspace.close_database()
    shutil.rmtree(WORK, ignore_errors=True)
    print(f"wrote {OUT}")
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
