"""Where things live: user data and logs (platformdirs), and assets (source tree or bundle)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from sakura_desktop import APP_ID

# Tests and portable installs point this at another folder.
DATA_DIR_ENV = "SAKURA_DESKTOP_DATA_DIR"


def user_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def user_log_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def default_database_path() -> Path:
    return user_data_dir() / "sakura.db"


def demo_database_path() -> Path:
    """The demo week the welcome page offers; apart from the user's own databases."""
    return user_data_dir() / "demo" / "sakura-demo.db"


def asset(relative: str) -> Path:
    """A file under resources/, from a source checkout, an installed wheel or a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files here
    if bundle is not None:
        return Path(bundle) / "resources" / relative
    from importlib import resources  # here: the command line's --help needs no assets

    root = resources.files("sakura_desktop.resources")
    return Path(str(root.joinpath(relative)))
