"""Shared fixtures. Qt runs offscreen; user data goes to a per-test folder, never the real one."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Badge lock keys (db/key_store.py) go to one folder for the whole run, never the real keyring:
# module-scoped databases outlive a test's own user data folder.
os.environ.setdefault("SAKURA_DESKTOP_KEY_DIR", tempfile.mkdtemp(prefix="sakura-keys-"))

# PySide6 6.12.0 loses a reference to None or True on every void call and emit (see
# sakura_desktop/tasks/qtfix.py); tests that use Qt without the app's packages need the fix too.
from sakura_desktop.tasks import qtfix

qtfix.install()


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep logs, settings and default databases of every test out of the real home."""
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("SAKURA_DESKTOP_DATA_DIR", str(data))
    return data


def delete_pending_qt_objects() -> None:
    """Delete now what a test (or pytest-qt's cleanup) handed to deleteLater().

    Tests run no event loop, and processEvents() never runs deferred deletes, so without this
    such objects live on into later tests with their timers. A finished progress dialog
    (ui/widgets/progress.py: hidden, then deleteLater) is one: QProgressDialog's own 4-second
    timer later shows it, empty and window-modal, and it takes the active window and the
    keyboard focus from whatever the next test shows (the Check-in screen's scan field)."""
    if "PySide6.QtWidgets" not in sys.modules:  # a test without Qt: do not load it
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def no_qt_leftovers() -> Iterator[None]:
    """Runs after pytest-qt has closed (and deleteLater'd) the test's widgets."""
    yield
    delete_pending_qt_objects()


@pytest.fixture
def japanese(qapp: Any) -> Iterator[None]:
    """The window's Japanese catalogue installed for one test; English again after it."""
    from sakura_desktop.ui.i18n import install_language

    assert install_language(qapp, "ja") == "ja"
    yield
    install_language(qapp, "en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "program.db"


@pytest.fixture
def database(db_path: Path) -> Iterator[object]:
    """A freshly created, migrated SQLite database file (empty: no program)."""
    from sakura_desktop.db.lifecycle import open_database

    db, _ = open_database(path=db_path, create=True)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A SQLite file `week.db` holding one program (roster_world.make_program), for tests that
    run the command line on a file."""
    from roster_world import make_program

    from sakura_desktop.db.lifecycle import open_database

    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    try:
        make_program(database)
    finally:
        database.dispose()
    return path
