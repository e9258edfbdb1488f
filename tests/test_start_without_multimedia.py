"""The application starts and every screen works when Qt Multimedia cannot be loaded.

A bare Linux machine without PulseAudio fails to load Qt Multimedia with
"ImportError: libpulse.so.0: cannot open shared object file". The child process below makes that
import fail the same way (a finder that raises it), builds the real main window on the demo,
walks every screen through the sidebar, scans a badge by typing it, and reports what the camera
panel says. Nothing may crash, and the camera must say why it is off.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

CHILD = textwrap.dedent(
    r"""
    import json, sys
    from importlib.abc import MetaPathFinder

    class NoMultimedia(MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6.QtMultimedia":
                raise ImportError(
                    "libpulse.so.0: cannot open shared object file: No such file or directory"
                )
            return None

    sys.meta_path.insert(0, NoMultimedia())

    import datetime as dt
    from pathlib import Path
    from PySide6.QtWidgets import QApplication, QLabel
    from sakura_desktop.core.checkin.decision import Tone
    from sakura_desktop.core.demo import create_demo_database
    from sakura_desktop.settings import Settings
    from sakura_desktop.tasks import SyncTaskRunner
    from sakura_desktop.ui.shell.main_window import MainWindow
    from sakura_desktop.ui.shell.navigation import SCREENS
    from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

    app = QApplication([])
    demo = Path(sys.argv[1])
    create_demo_database(demo)
    during_week = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)
    workspace = Workspace(Settings(), SyncTaskRunner(), clock=lambda: during_week)
    window = MainWindow(workspace, Settings())
    window.resize(1280, 720)
    window.show()
    window.commands.open_target(DatabaseTarget(path=demo))
    visited = []
    for screen in SCREENS:
        window.navigator.show_screen(screen.key)
        app.processEvents()
        visited.append(window.navigator.current_key)
    checkin = window.pages["checkin"]
    window.navigator.show_screen("checkin")
    app.processEvents()
    checkin.sounds.play(Tone.GREEN)
    camera = checkin.camera
    report = {
        "visited": visited,
        "camera_text": camera.preview.text(),
        "camera_button_enabled": camera.toggle_button.isEnabled(),
        "last_sound": checkin.sounds.last_sound.value if checkin.sounds.last_sound else None,
        "multimedia_loaded": "PySide6.QtMultimedia" in sys.modules,
    }
    workspace.close_database()
    print("REPORT " + json.dumps(report))
    """
)


def test_every_screen_works_without_qt_multimedia(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "demo.db")],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("REPORT "))
    report = json.loads(line.removeprefix("REPORT "))
    from sakura_desktop.ui.shell.navigation import SCREENS

    assert report["visited"] == [screen.key for screen in SCREENS]
    assert report["multimedia_loaded"] is False
    assert report["camera_button_enabled"] is False
    assert report["camera_text"].startswith("Camera and sounds are off: the sound library")
    assert "sudo apt install libpulse0" in report["camera_text"]
    assert report["last_sound"] == "green"  # the choice is still made, silently
