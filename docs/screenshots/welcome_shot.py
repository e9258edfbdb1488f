"""Screenshot of the first start: the welcome page, in English or Japanese.

    xvfb-run -a -s "-screen 0 1280x720x24" python docs/screenshots/welcome_shot.py OUT.png [en|ja]

Runs the real application (`run_gui`) with an empty data folder, so it starts as on a new
laptop, and photographs the screen after two seconds with ImageMagick's `import`. Set
QT_SCALE_FACTOR=2 (and a 2560x1440 screen) to check HiDPI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("welcome.png")
LANGUAGE = sys.argv[2] if len(sys.argv) > 2 else "en"
WORK = Path(tempfile.mkdtemp(prefix="sakura-welcome-"))
os.environ["SAKURA_DESKTOP_DATA_DIR"] = str(WORK)

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from sakura_desktop.app import create_application, run_gui  # noqa: E402
from sakura_desktop.settings import Settings  # noqa: E402


def shoot() -> None:
    subprocess.run(["import", "-window", "root", str(OUT)], check=True)
    QCoreApplication.exit(0)


def main() -> int:
    settings = Settings()
    settings.language = LANGUAGE
    settings.sync()
    create_application()  # run_gui reuses it; a timer needs the application first
    QTimer.singleShot(2500, shoot)
    try:
        return run_gui()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
