"""File and print dialogs of the Print screen. Tests monkeypatch these functions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

# Filters' labels are translated where a dialog shows them; their patterns stay as they are.
PDF_FILTER = QT_TRANSLATE_NOOP("PrintFiles", "PDF documents (*.pdf)")
TEXT_FILTER = QT_TRANSLATE_NOOP("PrintFiles", "Notebook text (*.txt);;All files (*)")
IMAGE_FILTER = QT_TRANSLATE_NOOP("PrintFiles", "Images (*.png *.jpg *.jpeg);;All files (*)")


def _tr(text: str) -> str:
    return translate("PrintFiles", text)


def choose_pdf_path(parent: QWidget | None, suggested: Path) -> Path | None:
    title = translate("PrintFiles", "Save PDF")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), _tr(PDF_FILTER))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def choose_folder(parent: QWidget | None, title: str, folder: str) -> Path | None:
    """A folder to save one file per participant into."""
    name = QFileDialog.getExistingDirectory(parent, title, folder)
    return Path(name) if name else None


def choose_signature(parent: QWidget | None, folder: str) -> Path | None:
    title = translate("PrintFiles", "Signature image")
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, _tr(IMAGE_FILTER))
    return Path(name) if name else None


def choose_text_to_import(parent: QWidget | None, folder: str) -> Path | None:
    title = translate("PrintFiles", "Import notebook text")
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, _tr(TEXT_FILTER))
    return Path(name) if name else None


def choose_text_to_export(parent: QWidget | None, suggested: Path) -> Path | None:
    title = translate("PrintFiles", "Export notebook text")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), _tr(TEXT_FILTER))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".txt")


def ask_printer(parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
    """The system print dialog, preset to `printer`; True when the user chose Print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PrintFiles", "Print"))
    dialog.setMinMax(1, max(1, pages))
    dialog.setOptions(
        QAbstractPrintDialog.PrintDialogOption.PrintPageRange
        | QAbstractPrintDialog.PrintDialogOption.PrintToFile
        | QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize
    )
    return dialog.exec() == QPrintDialog.DialogCode.Accepted
