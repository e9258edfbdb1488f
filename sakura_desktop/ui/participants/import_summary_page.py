"""The last page of the roster import wizard: what the import did (new, updated, unchanged and
skipped rows, delegations created), shown once the import has committed.

Separate because it only reads the finished summary: no worker, no mapping, no file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout

from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.participants.import_pages_common import WizardPage, note_label
from sakura_desktop.ui.participants.text import counted

if TYPE_CHECKING:
    from sakura_desktop.ui.participants.import_wizard import ImportWizard


# --- 6. the summary --------------------------------------------------------------------------


class SummaryPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("ImportWizard", "Imported"))
        self.setSubTitle(translate("ImportWizard", "The roster is in the program."))
        self.setFinalPage(True)
        self.text = note_label(name="summaryText")
        self.text.setObjectName("summaryText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("created", translate("ImportWizard", "New participants")),
            ("updated", translate("ImportWizard", "Updated")),
            ("unchanged", translate("ImportWizard", "Unchanged")),
            ("skipped", translate("ImportWizard", "Skipped rows (errors)")),
        ):
            value = QLabel()
            value.setObjectName(f"summary_{key}")
            form.addRow(label, value)
            self.values[key] = value
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.text, 1)

    def initializePage(self) -> None:
        summary = self.state.summary
        if summary is None:
            return
        for key, label in self.values.items():
            label.setText(f"{getattr(summary, key):,}")
        lines = [
            counted(
                summary.rows,
                translate("ImportWizard", "{source}: {0} row read."),
                translate("ImportWizard", "{source}: {0} rows read."),
                source=summary.source,
            )
        ]
        if summary.delegations_created:
            lines.append(
                translate("ImportWizard", "Delegations created: {0}.").format(
                    ", ".join(summary.delegations_created)
                )
            )
        if summary.skipped_rows:
            lines.append(
                translate("ImportWizard", "Skipped rows (not imported): {0}.").format(
                    ", ".join(map(str, summary.skipped_rows))
                )
            )
        lines.append(
            translate(
                "ImportWizard",
                "The column mapping was saved: the next file from this program with the same "
                "headers is mapped the same way. Importing the same file again updates, never "
                "duplicates.",
            )
        )
        self.text.setText("\n\n".join(lines))
