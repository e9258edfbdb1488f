"""File > Check the database…: the checks run in a worker; the dialog lists what they found."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.integrity import check_database
from sakura_desktop.core.integrity_report import IntegrityReport
from sakura_desktop.db.engine import Database
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.workspace import Workspace

TITLE = QT_TRANSLATE_NOOP("Integrity", "Check the database")


def start_check(workspace: Workspace, parent: QWidget, show: Callable[[QDialog], None]) -> None:
    """Run the checks on the open database behind a progress dialog, then `show` the result."""
    database = workspace.database
    if database is None:
        messages.inform(
            parent,
            translate("Integrity", TITLE),
            translate("Integrity", "Open a database first."),
            translate(
                "Integrity",
                "The check reads a database file (or a shared database): open it with "
                "File > Open database.",
            ),
        )
        return

    def checked(report: IntegrityReport) -> None:
        show(IntegrityDialog(report, database.display_name, parent))

    run_with_progress(
        workspace.runner,
        parent,
        lambda progress: _check(database, progress),
        label=translate("Integrity", "Checking {0}…").format(database.display_name),
        on_success=checked,
        on_error=lambda exc: messages.show_error(
            parent,
            exc,
            translate("Integrity", "checking the database"),
            translate("Integrity", TITLE),
        ),
        title=translate("Integrity", TITLE),
    )


def _check(database: Database, progress: ProgressReporter) -> IntegrityReport:
    return check_database(database.session_factory, database.engine, progress.report)


class IntegrityDialog(QDialog):
    """The verdict, then one line per problem (and per note), with a button to copy them all."""

    def __init__(self, report: IntegrityReport, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(translate("Integrity", TITLE))
        self.resize(720, 420 if report.problems or report.notes else 160)
        self.verdict = QLabel(report.verdict)
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("integrityVerdict")
        self.verdict.setStyleSheet(
            "font-weight: bold; color: %s;" % ("#1b7f3b" if report.ok else "#b3261e")
        )
        self.where = QLabel(where)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = QListWidget()
        self.findings.setObjectName("integrityFindings")
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        self.findings.setSpacing(3)
        for problem in report.problems:
            self._add(self.tr("Problem: {0}"), problem.sentence)
        for note in report.notes:
            self._add(self.tr("Note: {0}"), note.sentence)
        self.findings.setVisible(self.findings.count() > 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy the report"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.where)
        layout.addWidget(self.findings, 1)
        layout.addWidget(buttons)

    def _add(self, line: str, sentence: str) -> None:
        """`line` is the translated "Problem: {0}" or "Note: {0}"."""
        item = QListWidgetItem(line.format(sentence))
        item.setToolTip(sentence)
        self.findings.addItem(item)

    @property
    def lines(self) -> list[str]:
        return [self.findings.item(row).text() for row in range(self.findings.count())]

    def text(self) -> str:
        return "\n".join([self.report.verdict, self.where.text(), *self.lines]) + "\n"

    def copy_report(self) -> None:
        """For an e-mail to whoever looks after Sakura Desktop: the whole report as text."""
        QGuiApplication.clipboard().setText(self.text())
