"""What every page of the roster import wizard shares: the page ids, the wizard's state, the
label and table helpers, and the page base classes (`RunPage` runs the importer in a worker).

Kept apart from the pages and from `ImportWizard` itself so each page module can import these
without importing the others, and the wizard module stays a short assembly of the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QProgressBar, QTableView, QWizardPage

from sakura_desktop.core.roster import ColumnMapping, ImportSummary, RosterTable
from sakura_desktop.core.roster.mapping import ColumnProfile
from sakura_desktop.tasks import Progress, TaskHandle
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.participants.jobs import run_import

if TYPE_CHECKING:
    from sakura_desktop.ui.participants.import_wizard import ImportWizard


FILE, PREVIEW, MAPPING, REPORT, IMPORT, SUMMARY = range(6)
# Marked in the "ImportWizard" context, translated where shown (encoding_label, delimiter_label).
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportWizard", "UTF-8 with BOM"),
    "utf-16": "UTF-16",
    "cp932": QT_TRANSLATE_NOOP("ImportWizard", "Shift_JIS (Japanese)"),
    "gb18030": QT_TRANSLATE_NOOP("ImportWizard", "GB18030 / GBK (Chinese, simplified)"),
    "cp950": QT_TRANSLATE_NOOP("ImportWizard", "Big5 (Chinese, traditional)"),
    "cp949": QT_TRANSLATE_NOOP("ImportWizard", "EUC-KR (Korean)"),
}
DELIMITER_LABELS = {
    ",": QT_TRANSLATE_NOOP("ImportWizard", "comma"),
    ";": QT_TRANSLATE_NOOP("ImportWizard", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("ImportWizard", "tab"),
}


def encoding_label(name: str | None) -> str:
    if not name:
        return ""
    return translate("ImportWizard", ENCODING_LABELS.get(name, name))


def delimiter_label(delimiter: str) -> str:
    return translate("ImportWizard", DELIMITER_LABELS.get(delimiter, delimiter))


def note_label(text: str = "", name: str = "Hint") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def error_label() -> QLabel:
    label = note_label(name="ErrorNote")
    label.setStyleSheet("color: #c62828;")
    label.hide()
    return label


def warning_label(name: str) -> QLabel:
    """Amber: nothing blocks the way on, but something in the file would be left out."""
    label = note_label(name=name)
    label.setStyleSheet("color: #9a5b00;")
    label.hide()
    return label


def table_view(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


@dataclass
class WizardState:
    path: Path | None = None
    encoding: str | None = None  # chosen by the user; None = detect
    table: RosterTable | None = None
    read_key: tuple[str, str | None] | None = None  # (path, encoding) the table was read with
    saved_mapping: dict[str, str | None] = field(default_factory=dict)
    profiles: dict[int, ColumnProfile] = field(default_factory=dict)  # what each column holds
    mapping: ColumnMapping | None = None
    report: ImportSummary | None = None  # the dry run
    summary: ImportSummary | None = None  # the real import


class WizardPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard

    @property
    def state(self) -> WizardState:
        return self.owner.state


class RunPage(WizardPage):
    """A page that runs the mapped table through the importer in a worker, with a progress bar:
    the Report page's dry run and the Import page's real import differ only in the options."""

    progress: QProgressBar

    def _run_import(
        self,
        title: str,
        on_success: Callable[[ImportSummary], None],
        on_cancelled: Callable[[], None],
        *,
        dry_run: bool,
        skip_invalid: bool,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> TaskHandle:
        state, owner = self.state, self.owner
        table, mapping = state.table, state.mapping
        assert table is not None and mapping is not None
        return owner.workspace.runner.run(
            lambda progress: run_import(
                owner.factory,
                owner.program_id,
                table,
                mapping,
                dry_run=dry_run,
                skip_invalid=skip_invalid,
                progress=progress,
                is_cancelled=is_cancelled,
            ),
            on_success=on_success,
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancelled=on_cancelled,
            title=title,
        )

    def _progressed(self, progress: Progress) -> None:
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(progress.done)

    def _failed(self, exc: BaseException) -> None:
        raise NotImplementedError
