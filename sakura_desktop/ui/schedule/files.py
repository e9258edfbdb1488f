"""File dialogs of the Schedule screen. Tests monkeypatch these functions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

SCHEDULE_FILTER = "Schedules (*.xlsx *.csv);;All files (*)"
EXPORT_FILTERS = {".xlsx": "Excel workbook (*.xlsx)", ".csv": "CSV, UTF-8 (*.csv)"}
ICS_FILTER = "iCalendar (*.ics)"


def choose_schedule_file(parent: QWidget | None, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Import schedule", folder, SCHEDULE_FILTER)
    return Path(name) if name else None


def choose_schedule_export(parent: QWidget | None, suggested: Path) -> Path | None:
    filters = ";;".join(EXPORT_FILTERS.values())
    name, chosen = QFileDialog.getSaveFileName(parent, "Export schedule", str(suggested), filters)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in EXPORT_FILTERS:
        suffix = next((s for s, f in EXPORT_FILTERS.items() if f == chosen), ".xlsx")
        path = path.with_name(path.name + suffix)
    return path


def choose_ics_path(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Export iCalendar", str(suggested), ICS_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")
