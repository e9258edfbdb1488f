"""File dialogs for rosters and exports, and the colour picker. Tests monkeypatch these."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QWidget

ROSTER_FILTER = "Rosters (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)"
EXPORT_FILTERS = {
    ".xlsx": "Excel workbook (*.xlsx)",
    ".csv": "CSV, UTF-8 with BOM for Excel (*.csv)",
}


def choose_roster_file(parent: QWidget | None, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Choose a roster file", folder, ROSTER_FILTER)
    return Path(name) if name else None


def choose_export_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """A .xlsx or .csv path to write (the type chosen in the dialog when no extension is typed)."""
    filters = ";;".join(EXPORT_FILTERS.values())
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in EXPORT_FILTERS:
        suffix = next((s for s, f in EXPORT_FILTERS.items() if f == chosen), ".xlsx")
        path = path.with_name(path.name + suffix)
    return path


def choose_colour(parent: QWidget | None, current: str) -> str | None:
    colour = QColorDialog.getColor(QColor(current), parent, "Team colour")
    return colour.name() if colour.isValid() else None
