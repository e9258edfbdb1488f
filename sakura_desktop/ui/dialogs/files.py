"""File dialogs for database files. Tests monkeypatch these two functions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

DATABASE_FILTER = QT_TRANSLATE_NOOP(
    "FileDialogs", "Sakura Desktop databases (*.db *.sqlite *.sqlite3);;All files (*)"
)


def choose_database_to_open(parent: QWidget | None, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("FileDialogs", "Open database"),
        folder,
        translate("FileDialogs", DATABASE_FILTER),
    )
    return Path(name) if name else None


def choose_new_database_path(parent: QWidget | None, folder: str) -> Path | None:
    """Where to create a new database. An existing file is never replaced (we refuse it later)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("FileDialogs", "New database"),
        str(Path(folder) / "exchange-week.db") if folder else "exchange-week.db",
        translate("FileDialogs", DATABASE_FILTER),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".db")
