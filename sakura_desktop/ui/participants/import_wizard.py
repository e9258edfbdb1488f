"""The roster import wizard: file, preview, mapping, validation report, import, summary.

Reading, the dry run and the import each run as a task (core use cases in
`participants.jobs`); the import writes in one transaction, so Cancel rolls everything back.
The pages live in the `import_*_page(s)` modules next to this one; their shared state, ids and
helpers in `import_pages_common`. They are re-exported here.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.participants.import_file_pages import FilePage, PreviewPage
from sakura_desktop.ui.participants.import_mapping_page import MappingPage
from sakura_desktop.ui.participants.import_pages_common import (
    DELIMITER_LABELS,
    ENCODING_LABELS,
    FILE,
    IMPORT,
    MAPPING,
    PREVIEW,
    REPORT,
    SUMMARY,
    WizardState,
    encoding_label,
)
from sakura_desktop.ui.participants.import_run_pages import ImportPage, ReportPage
from sakura_desktop.ui.participants.import_summary_page import SummaryPage
from sakura_desktop.ui.participants.jobs import ReadOutcome, read_file
from sakura_desktop.ui.workspace import Workspace

__all__ = [
    "DELIMITER_LABELS",
    "ENCODING_LABELS",
    "FILE",
    "IMPORT",
    "MAPPING",
    "PREVIEW",
    "REPORT",
    "SUMMARY",
    "FilePage",
    "ImportPage",
    "ImportWizard",
    "MappingPage",
    "PreviewPage",
    "ReportPage",
    "SummaryPage",
    "WizardState",
    "encoding_label",
]


class ImportWizard(QWizard):
    """Import a roster into one program. `imported(ImportSummary)` after a successful import."""

    imported = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        factory: SessionFactory,
        program_id: int,
        program_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.setWindowTitle(
            translate("ImportWizard", "Import a roster — {0}").format(program_title)
            if program_title
            else translate("ImportWizard", "Import")
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.workspace = workspace
        self.factory = factory
        self.program_id = program_id
        self.state = WizardState()
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        self.import_page = ImportPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.preview_page,
                self.mapping_page,
                self.report_page,
                self.import_page,
                self.summary_page,
            )
        ):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportWizard", "Import"))
        self.resize(940, 640)

    def read(
        self,
        path: Path,
        encoding: str | None,
        on_done: Any,
        on_error: Any,
    ) -> None:
        """Read `path` (and the program's saved mapping) in a task."""

        def done(outcome: ReadOutcome) -> None:
            state = self.state
            state.path, state.encoding = path, encoding
            state.table = outcome.table
            state.read_key = (str(path), encoding)
            state.saved_mapping = outcome.saved_mapping
            state.profiles = outcome.profiles
            state.mapping = None  # built again for these headers
            state.report = None
            on_done()

        self.workspace.runner.run(
            partial(read_file, self.factory, self.program_id, path, encoding),
            on_success=done,
            on_error=on_error,
            title=translate("ImportWizard", "Reading {0}").format(path.name),
        )

    def reject(self) -> None:
        if self.import_page.busy:
            self.import_page.cancel_import()  # the wizard closes once the rollback is done
            return
        super().reject()
