"""The Print screen: choose a document, who it is for and its options; preview; print or save.

"Generate preview" writes the PDF into a temporary folder in a worker (progress dialog with
Cancel); the preview shows its pages; "Print…" renders them at the printer's resolution through
the system print dialog, and "Save PDF…" copies the file (or the folder of per-participant
files). Badges are recorded as printed when the preview is printed or saved, not when it is
generated, so previewing twice never hides anyone from "Only badges not printed yet".
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.documents import DocumentKind, PrintCancelled
from sakura_desktop.tasks import TaskHandle
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.print import dialogs, jobs
from sakura_desktop.ui.print.choices import load_choices, save_choices
from sakura_desktop.ui.print.notebook_editor import NotebookEditorDialog
from sakura_desktop.ui.print.options import PrintOptionsPanel
from sakura_desktop.ui.print.preview import PdfPreview
from sakura_desktop.ui.print.text import count_of, documents, pages_count
from sakura_desktop.ui.widgets.data_follower import DataFollower
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.widgets.screen_page import ScreenPage
from sakura_desktop.ui.workspace import Workspace


def pages_in(pages: list[tuple[int, int]], count: int) -> list[int]:
    """0-based page indexes of 1-based inclusive ranges, clipped to the document."""
    chosen: list[int] = []
    for first, last in pages:
        chosen.extend(range(max(1, first) - 1, min(count, last)))
    return chosen


class PrintPage(ScreenPage):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPage")
        self.workspace = workspace
        self.data: jobs.ScreenData | None = None
        self.generated: jobs.Generated | None = None
        self.marked = False  # the badges of `generated` were recorded as printed
        self.stale = False  # the options changed since `generated`
        self.notebook_editor: NotebookEditorDialog | None = None
        self._generation = 0
        self._load_generation = 0
        self._running: TaskHandle | None = None
        self._temp: tempfile.TemporaryDirectory[str] | None = None
        self._folders: list[Path] = []

        # -- left: the choices --
        self.options = PrintOptionsPanel()
        self.generate_button = QPushButton(self.tr("Generate preview"))
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setDefault(True)
        self.generate_button.setMinimumHeight(34)
        title = QLabel(self.tr("Print"))
        title.setObjectName("PageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setWordWrap(True)
        left_inner = QWidget()
        left_layout = QVBoxLayout(left_inner)
        left_layout.setContentsMargins(12, 16, 12, 12)
        left_layout.setSpacing(10)
        left_layout.addWidget(title)
        left_layout.addWidget(self.subtitle)
        left_layout.addWidget(self.options, 1)
        scroll = QScrollArea()
        scroll.setObjectName("printOptionsScroll")
        scroll.setWidget(left_inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QWidget()
        # Narrower on a 960-pixel window (200 %), still wide enough for the longest check box.
        left.setMinimumWidth(376)
        left.setMaximumWidth(420)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(scroll, 1)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(20, 6, 12, 14)
        button_row.addWidget(self.generate_button)
        left_column.addLayout(button_row)

        # -- right: the preview --
        self.summary_label = QLabel()
        self.summary_label.setObjectName("printSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_combo = QComboBox()
        self.file_combo.setObjectName("fileCombo")
        self.file_combo.setAccessibleName(self.tr("File shown"))
        self.file_combo.setMaximumWidth(320)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setObjectName("saveButton")
        self.stale_label = QLabel(
            self.tr("The choices changed since this preview: Generate preview again to see them.")
        )
        self.stale_label.setObjectName("Hint")
        self.stale_label.setWordWrap(True)
        self.skipped_label = QLabel()
        self.skipped_label.setObjectName("Note")
        self.skipped_label.setWordWrap(True)
        self.skipped_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.uncovered_label = QLabel()
        self.uncovered_label.setObjectName("ErrorNote")  # the style's red note
        self.uncovered_label.setWordWrap(True)
        self.uncovered_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.uncovered_label.hide()
        self.preview = PdfPreview()
        self.preview_stack = QStackedWidget()
        self.no_preview = QLabel(
            self.tr(
                "Choose the document, who it is for and its options, then Generate preview.\n"
                "The pages show here before anything is printed."
            )
        )
        self.no_preview.setObjectName("EmptyBody")
        self.no_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_preview.setWordWrap(True)
        self.preview_stack.addWidget(self.no_preview)
        self.preview_stack.addWidget(self.preview)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.file_combo)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        right = QVBoxLayout()
        right.setContentsMargins(12, 16, 20, 14)
        right.setSpacing(6)
        right.addLayout(top)
        right.addWidget(self.stale_label)
        right.addWidget(self.skipped_label)
        right.addWidget(self.preview_stack, 1)
        right.addWidget(self.uncovered_label)

        body = QHBoxLayout(self.content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(left)
        body.addLayout(right, 1)

        self.options.apply(load_choices(workspace.settings))
        self.options.changed.connect(self._choices_changed)
        self.options.edit_notebooks_requested.connect(self.open_notebook_editor)
        self.options.choose_signature_requested.connect(self._choose_signature)
        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.file_combo.currentIndexChanged.connect(self._file_chosen)
        workspace.database_changed.connect(self.refresh)
        workspace.programs_changed.connect(self.refresh)
        workspace.program_changed.connect(self.refresh)
        self.data_follower = DataFollower(self, workspace, self.refresh)
        self._show_preview(None)
        self.refresh()

    # -- the program ----------------------------------------------------------------------

    def refresh(self) -> None:
        ws = self.workspace
        if ws.factory is None or ws.program is None:
            self._load_generation += 1
            self.data = None
            self._show_preview(None)
            if ws.factory is None:
                self.show_message(
                    self.tr("No database is open"),
                    self.tr(
                        "Open a database (File > Open database) to print badges, notebooks and "
                        "the rest of the week's paper."
                    ),
                )
            elif not ws.programs_loaded:
                self.show_message(self.tr("Loading…"), "")
            else:
                self.show_message(
                    self.tr("This database holds no program yet"),
                    self.tr("Create a program and add its participants first; then print here."),
                )
            return
        if self.data is not None and self.data.program.id != ws.program.id:
            self._show_preview(None)
        self.reload()

    def reload(self) -> None:
        """Read the program's people, sessions and notebooks again (after a save, a print)."""
        factory, program = self.workspace.factory, self.workspace.program
        if factory is None or program is None:
            return
        self._load_generation += 1
        generation = self._load_generation

        def loaded(data: jobs.ScreenData) -> None:
            if generation != self._load_generation:
                return
            self.data = data
            self.options.set_data(data)
            self.subtitle.setText(data.program.title)
            self.show_content()

        def failed(exc: BaseException) -> None:
            if generation == self._load_generation:
                self.show_message(self.tr("Cannot read the program"), messages.describe(exc))

        self.workspace.runner.run(
            partial(jobs.load_screen, factory, program.id),
            on_success=loaded,
            on_error=failed,
            title=self.tr("Loading the print choices"),
        )

    # -- generating -----------------------------------------------------------------------

    def _temp_folder(self) -> Path:
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(
                prefix="sakura-print-", ignore_cleanup_errors=True
            )
        self._generation += 1
        folder = Path(self._temp.name) / f"preview-{self._generation}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def generate(self) -> None:
        factory, program = self.workspace.factory, self.workspace.program
        if factory is None or program is None or self._running is not None:
            return
        kind = self.options.kind
        folder = self._temp_folder()
        try:
            request = self.options.request(program.id, folder / f"{kind.value}.pdf")
        except Exception as exc:
            shutil.rmtree(folder, ignore_errors=True)
            doing = self.tr("preparing the document")
            messages.show_error(self, exc, doing, title=self.tr("Print"))
            return
        if request.per_participant and kind == DocumentKind.NOTEBOOKS:
            request = replace(request, out=folder)
        save_choices(self.workspace.settings, self.options.choices())
        self.generate_button.setEnabled(False)

        def finished() -> None:
            self._running = None
            self.generate_button.setEnabled(True)

        def succeeded(generated: jobs.Generated) -> None:
            finished()
            current = self.workspace.program
            if current is None or current.id != generated.request.program_id:
                shutil.rmtree(folder, ignore_errors=True)  # another program was chosen meanwhile
                return
            self._show_generated(generated, folder)

        def failed(exc: BaseException) -> None:
            finished()
            shutil.rmtree(folder, ignore_errors=True)
            if isinstance(exc, PrintCancelled):
                self._cancelled()
                return
            doing = self.tr("preparing {0}").format(documents(kind))
            messages.show_error(self, exc, doing, title=self.tr("Print"))

        def cancelled() -> None:
            finished()
            shutil.rmtree(folder, ignore_errors=True)
            self._cancelled()

        handle = run_with_progress(
            self.workspace.runner,
            self,
            partial(jobs.generate_preview, factory, request),
            label=self.tr("Preparing {0}…").format(documents(kind)),
            title=self.tr("Generate preview"),
            on_success=succeeded,
            on_error=failed,
            on_cancelled=cancelled,
        )
        self._running = None if handle.finished else handle

    def _cancelled(self) -> None:
        self.summary_label.setText(
            self.tr("Cancelled: nothing was written. The preview below is the previous one.")
            if self.generated
            else self.tr("Cancelled: nothing was written.")
        )

    def _show_generated(self, generated: jobs.Generated, folder: Path) -> None:
        old = [f for f in self._folders if f != folder]
        self._folders = [folder]
        self.generated = generated
        self.marked = False
        self.stale = False
        self._show_preview(generated)
        for path in old:  # the preview no longer holds them open
            shutil.rmtree(path, ignore_errors=True)

    def _show_uncovered(self, uncovered: dict[str, str]) -> None:
        """Names with characters no font covers print as empty boxes: say whose, under the
        preview."""
        if not uncovered:
            self.uncovered_label.hide()
            return
        items = list(uncovered.items())
        shown = "\n".join(f"{who}: {' '.join(chars)}" for who, chars in items[:12])
        more = self._more(len(items) - 12)
        if len(items) == 1:
            head = self.tr(
                "⚠ No font covers some characters of 1 person; they print as empty boxes:"
            )
        else:
            head = self.tr(
                "⚠ No font covers some characters of {0} people; they print as empty boxes:"
            ).format(len(items))
        self.uncovered_label.setText(f"{head}\n{shown}{more}")
        self.uncovered_label.show()

    def _show_preview(self, generated: jobs.Generated | None) -> None:
        if generated is None:
            self.generated = None
            self.preview.clear()
            self.preview_stack.setCurrentWidget(self.no_preview)
            self.file_combo.clear()
            self.file_combo.hide()
            self.summary_label.setText("")
            self.skipped_label.hide()
            self.uncovered_label.hide()
            self.stale_label.hide()
            self.print_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        result = generated.result
        self.file_combo.blockSignals(True)
        self.file_combo.clear()
        for path in result.paths:
            self.file_combo.addItem(path.name, str(path))
        self.file_combo.blockSignals(False)
        self.file_combo.setVisible(len(result.paths) > 1)
        self.preview.load(result.paths[0])
        self.preview_stack.setCurrentWidget(self.preview)
        made, pages = count_of(result.kind, result.documents), pages_count(result.pages)
        if len(result.paths) > 1:
            summary = self.tr("{0}, {1} in {2} files.").format(made, pages, len(result.paths))
        else:
            summary = self.tr("{0}, {1}.").format(made, pages)
        self.summary_label.setText(summary)
        if result.skipped:
            shown = "\n".join(result.skipped[:12])
            more = self._more(len(result.skipped) - 12)
            left_out = self.tr("Left out {0}:").format(len(result.skipped))
            self.skipped_label.setText(f"{left_out}\n{shown}{more}")
            self.skipped_label.show()
        else:
            self.skipped_label.hide()
        self._show_uncovered(result.uncovered)
        self.stale_label.hide()
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.print_button.setToolTip(
            self.tr("Print the file shown")
            if len(result.paths) > 1
            else self.tr("Print these pages")
        )

    def _more(self, more: int) -> str:
        """The line under a list cut at 12: '… and 3 more' (empty when nothing was cut)."""
        return "\n" + self.tr("… and {0} more").format(more) if more > 0 else ""

    def _file_chosen(self, index: int) -> None:
        if index >= 0 and self.generated is not None:
            self.preview.load(Path(self.file_combo.itemData(index)))

    def _choices_changed(self) -> None:
        save_choices(self.workspace.settings, self.options.choices())
        if self.generated is not None:
            self.stale = True
            self.stale_label.show()

    # -- printing and saving --------------------------------------------------------------

    @property
    def shown_pdf(self) -> Path | None:
        return self.preview.path

    def print_preview(self) -> None:
        pdf = self.shown_pdf
        if self.generated is None or pdf is None or self._running is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        layout = jobs.page_layout_for(pdf)
        if layout is not None:
            printer.setPageLayout(layout)
        printer.setFullPage(True)
        printer.setDocName(pdf.stem)
        count = self.preview.page_count
        if not dialogs.ask_printer(self, printer, count):
            return
        pages = self._pages_to_print(printer, count)
        if not pages:
            messages.inform(
                self, self.tr("Print"), self.tr("The pages chosen are not in this document.")
            )
            return
        generated = self.generated

        def finished() -> None:
            self._running = None

        def printed(done: int) -> None:
            finished()
            native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
            printer_name = printer.printerName() or self.tr("the printer")
            where = printer_name if native else printer.outputFileName()
            self.summary_label.setText(self.tr("Sent {0} to {1}.").format(pages_count(done), where))
            self._record_printed(generated)

        def failed(exc: BaseException) -> None:
            finished()
            messages.show_error(self, exc, self.tr("printing"), title=self.tr("Print"))

        def cancelled() -> None:
            finished()
            self.summary_label.setText(self.tr("Printing was cancelled."))

        handle = run_with_progress(
            self.workspace.runner,
            self,
            partial(jobs.print_pages, pdf, printer, pages),
            label=self.tr("Printing…"),
            title=self.tr("Print"),
            on_success=printed,
            on_error=failed,
            on_cancelled=cancelled,
        )
        self._running = None if handle.finished else handle

    def _pages_to_print(self, printer: QPrinter, count: int) -> list[int]:
        chosen = printer.printRange()
        if chosen == QPrinter.PrintRange.CurrentPage:
            return [self.preview.current_page]
        if chosen == QPrinter.PrintRange.PageRange:
            ranges = [(r.from_, r.to) for r in printer.pageRanges().toRangeList()]
            if not ranges and printer.fromPage() > 0:
                ranges = [(printer.fromPage(), printer.toPage() or count)]
            return pages_in(ranges, count)
        return list(range(count))

    def save_pdf(self) -> None:
        generated = self.generated
        program = self.workspace.program
        if generated is None or program is None or self._running is not None:
            return
        settings = self.workspace.settings
        folder = settings.print_folder or settings.last_folder or str(Path.home())
        paths = generated.result.paths
        kind = generated.result.kind
        if len(paths) == 1:
            suggested = Path(folder) / f"{program.code}-{kind.value}.pdf"
            target = dialogs.choose_pdf_path(self, suggested)
        else:
            title = self.tr("Folder for the {0}").format(count_of(kind, len(paths)))
            target = dialogs.choose_folder(self, title, folder)
        if target is None:
            return
        settings.print_folder = str(target.parent if len(paths) == 1 else target)

        def finished() -> None:
            self._running = None

        def saved(written: tuple[Path, ...]) -> None:
            finished()
            if len(written) == 1:
                saved_text = self.tr("Saved {0}.").format(written[0])
            else:
                saved_text = self.tr("Saved {0} files in {1}.").format(len(written), target)
            self.summary_label.setText(saved_text)
            self._record_printed(generated)

        def failed(exc: BaseException) -> None:
            finished()
            messages.show_error(self, exc, self.tr("saving the PDF"), title=self.tr("Save PDF"))

        def cancelled() -> None:
            finished()
            self.summary_label.setText(
                self.tr("Saving was cancelled; no file was left half-written.")
            )

        handle = run_with_progress(
            self.workspace.runner,
            self,
            partial(jobs.save_copies, paths, target),
            label=self.tr("Saving…"),
            title=self.tr("Save PDF"),
            on_success=saved,
            on_error=failed,
            on_cancelled=cancelled,
        )
        self._running = None if handle.finished else handle

    def _record_printed(self, generated: jobs.Generated) -> None:
        """Badges: record them as printed (once per preview), then refresh the counts."""
        factory = self.workspace.factory
        if factory is None or not generated.to_mark or self.marked:
            return
        if generated is not self.generated:
            return
        self.marked = True
        base = self.summary_label.text()

        def done(count: int) -> None:
            recorded = self.tr("Recorded {0} badges as printed.").format(count)
            self.summary_label.setText(f"{base} {recorded}")
            self.reload()
            self.workspace.announce_change(self)

        def failed(exc: BaseException) -> None:
            self.marked = False
            doing = self.tr("recording the badges as printed")
            messages.show_error(self, exc, doing, title=self.tr("Print"))

        self.workspace.runner.run(
            partial(jobs.mark_printed, factory, generated.to_mark),
            on_success=done,
            on_error=failed,
            title=self.tr("Recording badges as printed"),
        )

    # -- notebooks and signatures ---------------------------------------------------------

    def open_notebook_editor(self) -> NotebookEditorDialog | None:
        factory, program = self.workspace.factory, self.workspace.program
        if factory is None or program is None:
            return None
        if self.notebook_editor is not None:
            self.notebook_editor.raise_()
            self.notebook_editor.activateWindow()
            return self.notebook_editor
        current = self.options.notebook_combo.currentData()
        editor = NotebookEditorDialog(self.workspace, program.id, current, parent=self)
        editor.saved.connect(self._notebook_saved)
        editor.finished.connect(self._notebook_editor_closed)
        self.notebook_editor = editor
        editor.show()
        return editor

    def _notebook_saved(self, title: str) -> None:
        self.options.pending_notebook = title  # chosen once the reload lists it
        self.reload()
        self.workspace.announce_change(self)

    def _notebook_editor_closed(self) -> None:
        if self.notebook_editor is not None:
            self.notebook_editor.deleteLater()
        self.notebook_editor = None

    def _choose_signature(self) -> None:
        settings = self.workspace.settings
        path = dialogs.choose_signature(self, settings.print_folder or settings.last_folder)
        if path is not None:
            self.options.signature_edit.setText(str(path))
            settings.print_folder = str(path.parent)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preview.clear()
        super().closeEvent(event)
