"""File > Purge personal data…: say what will be lost, make the user type the program's code,
purge in a worker, then show the anonymous statistics that were kept."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.audit import Actor
from sakura_desktop.core.programs import ProgramSummary
from sakura_desktop.core.purge import WHAT_IS_KEPT, WHAT_IS_LOST, PurgeReport, purge_program
from sakura_desktop.core.purge_statistics import ProgramStatistics, stored_statistics
from sakura_desktop.db.engine import Database
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui import locale_format
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.workspace import Workspace

TITLE = QT_TRANSLATE_NOOP("Purge", "Purge personal data")
NOT_REACHED = QT_TRANSLATE_NOOP(
    "Purge",
    "Not reached: files outside this database (exports, PDFs, journals in the sync folder, "
    "station packages) and the databases of the other station laptops: delete those files "
    "and purge each station's database there too.",
)


def _bullets(items: tuple[str, ...]) -> str:
    """Core's sentences in the interface language, escaped ("<number>" is text, not a tag)."""
    return "".join(f"<li>{html.escape(translate('Purge', item))}</li>" for item in items)


def start_purge(workspace: Workspace, parent: QWidget, show: Callable[[QDialog], None]) -> None:
    """Open the purge dialog for the open program (it reads the kept statistics first)."""
    database, program = workspace.database, workspace.program
    if database is None or program is None:
        messages.inform(
            parent,
            translate("Purge", TITLE),
            translate("Purge", "Open a program first."),
            translate(
                "Purge",
                "The purge removes the personal data of one program: open its database and "
                "choose the program.",
            ),
        )
        return
    workspace.runner.run(
        lambda _progress: stored_statistics(database.session_factory, program.id),
        on_success=lambda kept: show(PurgeDialog(workspace, database, program, kept, parent)),
        on_error=lambda exc: messages.show_error(
            parent, exc, translate("Purge", "reading the program"), translate("Purge", TITLE)
        ),
        title=translate("Purge", TITLE),
    )


class PurgeDialog(QDialog):
    """The confirmation (type the program's code), then the statistics that were kept."""

    def __init__(
        self,
        workspace: Workspace,
        database: Database,
        program: ProgramSummary,
        kept: ProgramStatistics | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PurgeDialog")
        self.setWindowTitle(translate("Purge", TITLE))
        self.workspace, self.database, self.program = workspace, database, program
        self.report: PurgeReport | None = None
        already = (
            self.tr("<p><b>Already purged on {0} UTC.</b></p>").format(kept.purged_at)
            if kept
            else ""
        )
        if dt.date.today() <= program.end_date:
            already += self.tr(
                "<p><b>The week is not over: it ends on {0}.</b> "
                "After a purge nobody can be found by name at the doors.</p>"
            ).format(locale_format.day_month_year(program.end_date))
        question = self.tr(
            "<p>Purge the personal data of <b>{0}</b> ({1})? This cannot be undone.</p>"
        ).format(program.code, program.title)
        removed, kept_heading = self.tr("Will be removed:"), self.tr("Kept:")
        self.explanation = QLabel(
            f"{already}{question}"
            f"<p>{removed}</p><ul>{_bullets(WHAT_IS_LOST)}</ul>"
            f"<p>{kept_heading}</p><ul>{_bullets(WHAT_IS_KEPT)}</ul>"
            f"<p>{translate('Purge', NOT_REACHED)}</p>"
        )
        self.explanation.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("purgeConfirm")
        self.confirm.setPlaceholderText(program.code)
        prompt = QLabel(self.tr("Type the program's code, {0}, to confirm:").format(program.code))
        prompt.setBuddy(self.confirm)
        self.statistics = QPlainTextEdit()
        self.statistics.setObjectName("purgeStatistics")
        self.statistics.setReadOnly(True)
        self.statistics.setVisible(kept is not None)
        if kept is not None:
            self.statistics.setPlainText("\n".join(kept.lines()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.purge_button = QPushButton(translate("Purge", TITLE))
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.setEnabled(False)
        self.buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.purge_button.clicked.connect(self.purge)
        self.buttons.rejected.connect(self.reject)
        self.confirm.textChanged.connect(self._confirmed_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm)
        layout.addWidget(self.statistics, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

    def _confirmed_changed(self, text: str) -> None:
        self.purge_button.setEnabled(text.strip() == self.program.code and self.report is None)

    def purge(self) -> None:
        if self.confirm.text().strip() != self.program.code or self.report is not None:
            return
        self.purge_button.setEnabled(False)
        actor = Actor.here(self.workspace.settings.station_name)
        run_with_progress(
            self.workspace.runner,
            self,
            partial(_purge, self.database, self.program.id, actor),
            label=self.tr("Purging the personal data of {0}…").format(self.program.code),
            on_success=self._purged,
            on_error=self._failed,
            title=translate("Purge", TITLE),
            cancellable=False,
        )

    def _purged(self, report: PurgeReport) -> None:
        self.report = report
        self.confirm.setEnabled(False)
        self.explanation.setText(
            self.tr("<p><b>The personal data of {0} was purged.</b></p>").format(self.program.code)
            + f"<p>{report.lines()[0]}</p><p>{report.storage_note}</p>"
        )
        self.statistics.setPlainText("\n".join(report.statistics.lines()))
        self.statistics.show()
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.workspace.announce_change(self)

    def _failed(self, exc: BaseException) -> None:
        self._confirmed_changed(self.confirm.text())
        messages.show_error(
            self, exc, self.tr("purging the personal data"), translate("Purge", TITLE)
        )


def _purge(
    database: Database, program_id: int, actor: Actor, progress: ProgressReporter
) -> PurgeReport:
    return purge_program(database, program_id, actor=actor, progress=progress.report)
