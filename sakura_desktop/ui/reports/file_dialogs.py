"""Where to save a report's table, chart or PDF. Tests monkeypatch these functions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

TABLE_FILTERS = {
    ".xlsx": QT_TRANSLATE_NOOP("Reports", "Excel workbook (*.xlsx)"),
    ".csv": QT_TRANSLATE_NOOP("Reports", "CSV, UTF-8 for Excel (*.csv)"),
}
PDF_FILTERS = {".pdf": QT_TRANSLATE_NOOP("Reports", "PDF document (*.pdf)")}
CHART_FILTERS = {
    ".png": QT_TRANSLATE_NOOP("Reports", "PNG image (*.png)"),
    ".svg": QT_TRANSLATE_NOOP("Reports", "SVG vector drawing (*.svg)"),
}


def _ask(
    parent: QWidget | None, title: str, suggested: Path, filters: dict[str, str]
) -> Path | None:
    """A path whose suffix is one of `filters` (the chosen type's when none was typed)."""
    shown = {suffix: translate("Reports", text) for suffix, text in filters.items()}
    name, chosen = QFileDialog.getSaveFileName(
        parent, title, str(suggested), ";;".join(shown.values())
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in filters:
        suffix = next((s for s, f in shown.items() if f == chosen), next(iter(filters)))
        path = path.with_name(path.name + suffix)
    return path


def choose_table_path(parent: QWidget | None, suggested: Path) -> Path | None:
    return _ask(parent, translate("Reports", "Export the report's table"), suggested, TABLE_FILTERS)


def choose_chart_path(parent: QWidget | None, suggested: Path) -> Path | None:
    return _ask(parent, translate("Reports", "Export the chart"), suggested, CHART_FILTERS)


def choose_pdf_path(parent: QWidget | None, suggested: Path) -> Path | None:
    return _ask(parent, translate("Reports", "Save the report as a PDF"), suggested, PDF_FILTERS)
