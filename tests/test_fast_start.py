"""The window is shown before anything heavy is imported; the screens are built when first seen.

Each check runs in a fresh interpreter (what is imported is a property of the process).
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

HEAVY = [
    "sqlalchemy",
    "alembic",
    "openpyxl",
    "numpy",
    "reportlab",
    "cryptography",
    "PySide6.QtCharts",
    "PySide6.QtMultimedia",
    "PySide6.QtPdf",
]

CHILD = textwrap.dedent(
    r"""
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from sakura_desktop.app import build_main_window, create_application
    from sakura_desktop.settings import Settings
    from sakura_desktop.tasks import SyncTaskRunner
    from sakura_desktop.ui.workspace import DatabaseTarget

    heavy = json.loads(sys.argv[1])
    app = create_application()
    window = build_main_window(Settings(), SyncTaskRunner())
    window.show()
    app.processEvents()
    at_show = [m for m in heavy if m in sys.modules]
    built_at_show = sorted(k for k, s in window.screens.items() if s.built)

    window.commands.open_target(DatabaseTarget(path=Path(sys.argv[2])))
    after_open = window.workspace.program is not None
    window.navigator.show_screen("checkin")
    app.processEvents()
    built_after_visit = sorted(k for k, s in window.screens.items() if s.built)
    window.workspace.close_database()
    print("REPORT " + json.dumps({
        "at_show": at_show,
        "built_at_show": built_at_show,
        "after_open": after_open,
        "built_after_visit": built_after_visit,
        "checkin_page": type(window.pages["checkin"]).__name__,
    }))
    """
)


def _run(
    code: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        timeout=180,
    )


def test_the_window_is_shown_before_the_heavy_modules_load(tmp_path: Path) -> None:
    from sakura_desktop.core.demo import create_demo_database

    demo = tmp_path / "demo.db"
    create_demo_database(demo)
    done = _run(CHILD, json.dumps(HEAVY), str(demo))
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(
        next(x for x in done.stdout.splitlines() if x.startswith("REPORT ")).removeprefix("REPORT ")
    )
    assert report["at_show"] == []  # nothing heavy before the window is on screen
    assert report["built_at_show"] == []  # no screen built yet but the Overview
    assert report["after_open"]  # the database then opens (in the task runner)
    assert report["built_after_visit"] == ["checkin"]  # a screen is built when first shown
    assert report["checkin_page"] == "CheckinPage"


def test_the_application_starts_and_quits_when_shown(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sakura_desktop"],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "SAKURA_DESKTOP_DATA_DIR": str(tmp_path / "data"),
            "SAKURA_DESKTOP_QUIT_WHEN_SHOWN": "1",
        },
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert not (tmp_path / "data" / "sakura.db").exists()  # a first start creates nothing


def test_screen_modules_warm_up_off_the_gui_thread() -> None:
    code = textwrap.dedent(
        """
        import sys, threading
        from sakura_desktop.app import warm_screens
        from sakura_desktop.ui.shell.screens import SCREEN_MODULES
        worker = threading.Thread(target=warm_screens)
        worker.start(); worker.join(120)
        missing = [m for m in SCREEN_MODULES if m not in sys.modules]
        print("MISSING", missing)
        """
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "MISSING []" in done.stdout
