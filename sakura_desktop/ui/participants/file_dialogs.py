"""File dialogs for rosters and exports, and the colour picker. Tests monkeypatch these."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QColorDialog, QFileDialog, QMessageBox, QWidget

from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

ROSTER_FILTER = QT_TRANSLATE_NOOP(
    "RosterFiles", "Rosters (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)"
)
EXPORT_FILTERS = {
    ".xlsx": QT_TRANSLATE_NOOP("RosterFiles", "Excel workbook (*.xlsx)"),
    ".csv": QT_TRANSLATE_NOOP("RosterFiles", "CSV, UTF-8 with BOM for Excel (*.csv)"),
}


def choose_roster_file(parent: QWidget | None, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("RosterFiles", "Choose a roster file"),
        folder,
        translate("RosterFiles", ROSTER_FILTER),
    )
    return Path(name) if name else None


def choose_export_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """A .xlsx or .csv path to write (the type chosen in the dialog when no extension is typed)."""
    shown = {suffix: translate("RosterFiles", text) for suffix, text in EXPORT_FILTERS.items()}
    filters = ";;".join(shown.values())
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in EXPORT_FILTERS:
        suffix = next((s for s, f in shown.items() if f == chosen), ".xlsx")
        path = path.with_name(path.name + suffix)
    return path


SENSITIVE_CHOICE = QT_TRANSLATE_NOOP(
    "RosterFiles", "Include dietary needs, allergies, emergency contacts and notes"
)


def sensitive_columns_box(parent: QWidget | None) -> tuple[QMessageBox, QCheckBox]:
    """The question before a participants export; its check box is off until the user ticks it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RosterFiles", "Export participants"))
    box.setText(translate("RosterFiles", "Export the participants list?"))
    box.setInformativeText(
        translate(
            "RosterFiles",
            "Dietary needs, allergies, emergency contacts and notes are health and family "
            "data: they are left out of the file unless you tick the box.",
        )
    )
    check = QCheckBox(translate("RosterFiles", SENSITIVE_CHOICE))
    check.setObjectName("includeSensitive")
    check.setChecked(False)
    box.setCheckBox(check)
    box.addButton(translate("RosterFiles", "Export…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    return box, check


def ask_sensitive_columns(parent: QWidget | None) -> bool | None:
    """Whether the export should carry the sensitive columns; None when the user cancels."""
    box, check = sensitive_columns_box(parent)
    box.exec()
    clicked = box.clickedButton()
    if clicked is None or box.buttonRole(clicked) != QMessageBox.ButtonRole.AcceptRole:
        return None
    return check.isChecked()


def choose_colour(parent: QWidget | None, current: str) -> str | None:
    colour = QColorDialog.getColor(QColor(current), parent, translate("RosterFiles", "Team colour"))
    return colour.name() if colour.isValid() else None
