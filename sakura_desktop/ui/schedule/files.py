"""File dialogs of the Schedule screen. Tests monkeypatch these functions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

# Filters' labels are translated where a dialog shows them; their patterns stay as they are.
SCHEDULE_FILTER = QT_TRANSLATE_NOOP("ScheduleFiles", "Schedules (*.xlsx *.csv);;All files (*)")
EXPORT_FILTERS = {
    ".xlsx": QT_TRANSLATE_NOOP("ScheduleFiles", "Excel workbook (*.xlsx)"),
    ".csv": QT_TRANSLATE_NOOP("ScheduleFiles", "CSV, UTF-8 (*.csv)"),
}
ICS_FILTER = QT_TRANSLATE_NOOP("ScheduleFiles", "iCalendar (*.ics)")


def _tr(text: str) -> str:
    return translate("ScheduleFiles", text)


def choose_schedule_file(parent: QWidget | None, folder: str) -> Path | None:
    title = translate("ScheduleFiles", "Import schedule")
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, _tr(SCHEDULE_FILTER))
    return Path(name) if name else None


def choose_schedule_export(parent: QWidget | None, suggested: Path) -> Path | None:
    shown = {suffix: _tr(label) for suffix, label in EXPORT_FILTERS.items()}
    title = translate("ScheduleFiles", "Export schedule")
    name, chosen = QFileDialog.getSaveFileName(
        parent, title, str(suggested), ";;".join(shown.values())
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in EXPORT_FILTERS:
        suffix = next((s for s, f in shown.items() if f == chosen), ".xlsx")
        path = path.with_name(path.name + suffix)
    return path


def choose_ics_path(parent: QWidget | None, suggested: Path) -> Path | None:
    title = translate("ScheduleFiles", "Export iCalendar")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), _tr(ICS_FILTER))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")
