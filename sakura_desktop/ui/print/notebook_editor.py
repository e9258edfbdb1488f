"""Write an experiment notebook once: the markup on the left, a live preview on the right.

The text is checked a moment after typing stops (parse errors listed with their line number, the
line highlighted); when it reads, a one-participant sample notebook is rendered in a worker and
shown with its real pages. Save is refused (disabled) while the text has problems. Import reads a
.txt file into the editor (saved with Save); Export writes the editor's text to a .txt file.
"""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.documents.notebook_store import (
    NotebookInfo,
    notebook_images,
    write_images,
)
from sakura_desktop.errors import UserError
from sakura_desktop.printing.common import safe_filename
from sakura_desktop.printing.notebook_markup import NotebookSyntaxError, parse
from sakura_desktop.tasks import TaskHandle
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.print import dialogs, jobs
from sakura_desktop.ui.print.preview import PdfPreview
from sakura_desktop.ui.workspace import Workspace

CHECK_DELAY_MS = 600
# The starting text is the notebook participants get: it stays English, as their print does.
NEW_NOTEBOOK = """\
# New experiment

## Safety
- Wear safety glasses at all times in the laboratory.

## Background
What the participants need to know before they start.

## Materials
- What each group needs

## Procedure
1. The first step.
2. The second step.

## Data
| Measurement | Value | Unit |
| | | |

[graph: Time (s) / Temperature (°C)]

## Questions
1. What did you observe?

## Notes
[lines: 10]

## Autograph
[autograph]
"""

MARKUP_HELP = QT_TRANSLATE_NOOP(
    "NotebookEditorDialog",
    "<b># Title</b> first line · <b>Lecturer:</b> name · <b>## Section</b> (Safety and "
    "Questions get their own look) · <b>- </b>bullet · <b>1.</b> numbered step · "
    "<b>| a | b |</b> table (first row is the header) · <b>[image: FILE | caption]</b> · "
    "<b>[graph: X / Y]</b> · <b>[lines: N]</b> · <b>[autograph]</b> · <b>[page]</b>",
)


class NotebookEditorDialog(QDialog):
    saved = Signal(str)  # the title saved

    def __init__(
        self,
        workspace: Workspace,
        program_id: int,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notebookEditor")
        self.setWindowTitle(self.tr("Experiment notebooks"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(1180, 760)
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        if screen is not None:  # a 1366×768 laptop: leave room for the title bar and taskbar
            room = screen.availableGeometry()
            self.resize(min(1180, room.width() - 40), min(760, room.height() - 60))
        self.workspace = workspace
        self.program_id = program_id
        self.data: jobs.EditorData | None = None
        self.current: NotebookInfo | None = None  # None: a notebook not saved yet
        self.image_folder: Path | None = None  # a text imported from a file: its images' folder
        self.dirty = False
        self.problems: list[tuple[int, str]] = []
        self._wanted_title = title
        self._loading_text = False
        self._render: TaskHandle | None = None
        self._render_again = False
        self._renders = 0
        self._temp = tempfile.TemporaryDirectory(prefix="sakura-notebook-",
                                                 ignore_cleanup_errors=True)  # fmt: skip

        self.notebook_combo = QComboBox()
        self.notebook_combo.setObjectName("editorNotebookCombo")
        self.notebook_combo.setMinimumWidth(360)
        self.new_button = QPushButton(self.tr("New"))
        self.import_button = QPushButton(self.tr("Import .txt…"))
        self.import_button.setObjectName("importButton")
        self.export_button = QPushButton(self.tr("Export .txt…"))
        self.export_button.setObjectName("exportButton")
        top = QHBoxLayout()
        notebook_label = QLabel(self.tr("&Notebook:"))
        notebook_label.setBuddy(self.notebook_combo)
        top.addWidget(notebook_label)
        top.addWidget(self.notebook_combo, 1)
        top.addWidget(self.new_button)
        top.addSpacing(12)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("markupEdit")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setTabChangesFocus(True)
        self.position_label = QLabel(self.tr("Line {0}, column {1}").format(1, 1))
        self.position_label.setObjectName("Note")
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.help_label = QLabel(translate("NotebookEditorDialog", MARKUP_HELP))
        self.help_label.setObjectName("Hint")
        self.help_label.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problemList")
        self.problem_list.setMaximumHeight(80)
        self.check_label = QLabel()
        self.check_label.setObjectName("checkLabel")
        self.check_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.position_label)
        left_layout.addWidget(self.help_label)
        left_layout.addWidget(self.check_label)
        left_layout.addWidget(self.problem_list)

        self.preview = PdfPreview()
        self.preview_label = QLabel(
            self.tr("The preview appears when the text reads without problems.")
        )
        self.preview_label.setObjectName("Hint")
        self.preview_label.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveNotebookButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.check)
        self.editor.textChanged.connect(self._text_changed)
        self.editor.cursorPositionChanged.connect(self._cursor_moved)
        self.notebook_combo.activated.connect(self._notebook_chosen)
        self.new_button.clicked.connect(self.new_notebook)
        self.import_button.clicked.connect(self.import_text)
        self.export_button.clicked.connect(self.export_text)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self._update_buttons()
        self._load()

    # -- loading --------------------------------------------------------------------------

    def _load(self) -> None:
        factory = self.workspace.factory
        if factory is None:
            return

        def loaded(data: jobs.EditorData) -> None:
            self.data = data
            self._fill_combo()
            wanted = self._wanted_title
            book = next((b for b in data.notebooks if b.title == wanted), None)
            if book is None and data.notebooks:
                book = data.notebooks[0]
            if book is not None:
                self._show_notebook(book)
            else:
                self._show_new()

        def failed(exc: BaseException) -> None:
            doing = self.tr("loading the notebooks")
            messages.show_error(self, exc, doing, title=self.tr("Notebooks"))

        self.workspace.runner.run(
            partial(jobs.load_editor, factory, self.program_id),
            on_success=loaded,
            on_error=failed,
            title=self.tr("Loading notebooks"),
        )

    def _fill_combo(self) -> None:
        self.notebook_combo.clear()
        for book in self.data.notebooks if self.data else ():
            self.notebook_combo.addItem(book.title, book.id)
        if self.current is None:
            self.notebook_combo.addItem(self.tr("(new notebook, not saved yet)"), None)
        self._select_current()

    def _select_current(self) -> None:
        key = self.current.id if self.current is not None else None
        self.notebook_combo.setCurrentIndex(max(0, self.notebook_combo.findData(key)))

    def _set_text(self, text: str) -> None:
        self._loading_text = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading_text = False
        self.check()

    def _show_notebook(self, book: NotebookInfo) -> None:
        self.current = book
        self.image_folder = None
        self.dirty = False
        self._fill_combo()
        self._set_text(book.source)

    def _show_new(self) -> None:
        self.current = None
        self.image_folder = None
        self._fill_combo()
        self._set_text(NEW_NOTEBOOK)
        self.dirty = True
        self._update_buttons()

    def _notebook_chosen(self, index: int) -> None:
        key = self.notebook_combo.itemData(index)
        if self.current is not None and key == self.current.id:
            return
        if not self._may_discard():
            self._select_current()
            return
        book = next((b for b in self.data.notebooks if b.id == key), None) if self.data else None
        if book is not None:
            self._show_notebook(book)

    def new_notebook(self) -> None:
        if self._may_discard():
            self._show_new()

    def _may_discard(self) -> bool:
        if not self.dirty:
            return True
        answer = messages.choose(
            self,
            self.tr("Unsaved changes"),
            self.tr("This notebook has changes that are not saved."),
            [self.tr("Discard the changes")],
            cancel=self.tr("Keep editing"),
        )
        return answer == 0

    # -- checking and the preview ---------------------------------------------------------

    @property
    def source(self) -> str:
        return self.editor.toPlainText()

    def _text_changed(self) -> None:
        if self._loading_text:
            return
        self.dirty = True
        self._update_buttons()
        self.check_timer.start()

    def _cursor_moved(self) -> None:
        cursor = self.editor.textCursor()
        self.position_label.setText(
            self.tr("Line {0}, column {1}").format(
                cursor.blockNumber() + 1, cursor.positionInBlock() + 1
            )
        )

    def check(self) -> None:
        """Parse now: list the problems with their lines, else render the sample preview."""
        self.check_timer.stop()
        try:
            parse(self.source)
        except NotebookSyntaxError as exc:
            self.problems = list(exc.problems)
        else:
            self.problems = []
        self._show_problems()
        self._update_buttons()
        if not self.problems:
            self._render_preview()
        elif self.preview.page_count:
            self.preview_label.setText(
                self.tr("The preview shows the last version that read without problems.")
            )

    def _show_problems(self) -> None:
        self.problem_list.clear()
        selections: list[QTextEdit.ExtraSelection] = []
        for line, message in self.problems:
            item = QListWidgetItem(self.tr("Line {0}: {1}").format(line, message))
            item.setData(Qt.ItemDataRole.UserRole, line)
            self.problem_list.addItem(item)
            block = self.editor.document().findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor("#fde2e2"))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(block)
            selection.cursor = cursor
            selections.append(selection)
        self.editor.setExtraSelections(selections)
        self.problem_list.setVisible(bool(self.problems))
        if self.problems:
            count = len(self.problems)
            first = self.problems[0][0]
            if count == 1:
                text = self.tr(
                    "1 problem (first on line {0}): the notebook cannot be saved until the text "
                    "reads."
                ).format(first)
            else:
                text = self.tr(
                    "{0} problems (first on line {1}): the notebook cannot be saved until the "
                    "text reads."
                ).format(count, first)
            self.check_label.setText(text)
            self.check_label.setStyleSheet("color: #c62828;")
        else:
            self.check_label.setText(self.tr("The text reads without problems."))
            self.check_label.setStyleSheet("")

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        line = int(item.data(Qt.ItemDataRole.UserRole))
        block = self.editor.document().findBlockByNumber(line - 1)
        if block.isValid():
            self.editor.setTextCursor(QTextCursor(block))
            self.editor.setFocus()

    def _render_preview(self) -> None:
        if self.data is None:
            return
        if self._render is not None:
            self._render_again = True
            return
        self._renders += 1
        out = Path(self._temp.name) / f"sample-{self._renders}.pdf"
        lecturer_id = self.current.lecturer_id if self.current is not None else None
        page = self.preview.current_page if self.preview.page_count else 0
        self.preview_label.setText(self.tr("Updating the preview…"))

        def done() -> None:
            self._render = None
            if self._render_again:
                self._render_again = False
                if not self.problems:
                    self._render_preview()

        def rendered(result: jobs.SampleRendered) -> None:
            old = self.preview.path
            self.preview.load(result.path)
            self.preview.go_to(min(page, max(0, self.preview.page_count - 1)))
            if old is not None and old != result.path:
                old.unlink(missing_ok=True)
            person = self.data.sample.person if self.data else None
            who = (
                f"{person.given_name} {person.family_name}" if person else self.tr("a participant")
            )
            self.preview_label.setText(
                self.tr("As printed for {0}: {1} pages (A4). Updated {2}.").format(
                    who, result.pages, f"{result.when:%H:%M:%S}"
                )
            )
            done()

        def failed(exc: BaseException) -> None:
            self.preview_label.setText(messages.describe(exc, self.tr("rendering the preview")))
            done()

        self._render = self.workspace.runner.run(
            partial(
                jobs.render_sample,
                self.source,
                self.data.sample,
                lecturer_id,
                out,
                images=jobs.SampleImages(
                    self.workspace.factory,
                    self.current.id if self.current else None,
                    self.image_folder,
                ),
            ),
            on_success=rendered,
            on_error=failed,
            on_cancelled=done,
            title=self.tr("Notebook preview"),
        )

    def _update_buttons(self) -> None:
        reads = not self.problems
        self.save_button.setEnabled(reads and self.dirty)
        self.save_button.setToolTip(
            "" if reads else self.tr("Fix the problems listed under the text first")
        )

    # -- saving, import, export -----------------------------------------------------------

    def save(self) -> None:
        factory = self.workspace.factory
        self.check()
        if factory is None or self.problems:
            return
        title = parse(self.source).title
        if not self._confirm_title(title):
            return

        def stored(info: NotebookInfo) -> None:
            self.current = info
            self.image_folder = None  # its images are stored with it now
            self.dirty = False
            if self.data is not None:
                books = [b for b in self.data.notebooks if b.id != info.id] + [info]
                books.sort(key=lambda b: b.title)
                self.data = jobs.EditorData(self.program_id, tuple(books), self.data.sample)
            self._fill_combo()
            self._update_buttons()
            self.check_label.setText(self.tr("Saved “{0}”.").format(info.title))
            self.saved.emit(info.title)

        def failed(exc: BaseException) -> None:
            doing = self.tr("saving the notebook")
            messages.show_error(self, exc, doing, title=self.tr("Notebooks"))

        self.workspace.runner.run(
            partial(
                jobs.store_notebook,
                factory,
                self.program_id,
                title,
                self.source,
                image_folder=self.image_folder,
            ),
            on_success=stored,
            on_error=failed,
            title=self.tr("Saving the notebook"),
        )

    def _confirm_title(self, title: str) -> bool:
        """A changed '# Title' saves a new notebook (sessions keep the old one): ask first."""
        others = [b for b in (self.data.notebooks if self.data else ()) if b.title == title]
        if self.current is not None and self.current.title != title:
            text = self.tr(
                "The title is now “{0}”. Saving creates a new notebook with that title; "
                "“{1}” stays as it is."
            ).format(title, self.current.title)
            if others:
                text = self.tr(
                    "The title is now “{0}”, the title of another notebook of this "
                    "program. Saving replaces that notebook's text."
                ).format(title)
            return messages.choose(self, self.tr("Save notebook"), text, [self.tr("Save")],
                                   icon=QMessageBox.Icon.Question,
                                   cancel=self.tr("Cancel")) == 0  # fmt: skip
        if self.current is None and others:
            return (
                messages.choose(
                    self,
                    self.tr("Save notebook"),
                    self.tr("This program already has a notebook “{0}”. Replace its text?").format(
                        title
                    ),
                    [self.tr("Replace")],
                    cancel=self.tr("Cancel"),
                )
                == 0
            )
        return True

    def import_text(self) -> None:
        settings = self.workspace.settings
        path = dialogs.choose_text_to_import(self, settings.print_folder or settings.last_folder)
        if path is None or not self._may_discard():
            return
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            problem = self.tr("Cannot read {0} as UTF-8 text: {1}.").format(path, exc)
            messages.show_error(self, UserError(problem), title=self.tr("Import"))
            return
        settings.print_folder = str(path.parent)
        self.image_folder = path.parent  # Save stores the images the text names from here
        self._set_text(text.replace("\r\n", "\n"))
        self.dirty = True
        self._update_buttons()
        if not self.problems:
            self.check_label.setText(
                self.tr("Imported {0}: check the preview, then Save.").format(path.name)
            )

    def export_text(self) -> None:
        settings = self.workspace.settings
        try:
            title = parse(self.source).title
        except NotebookSyntaxError:
            title = self.current.title if self.current else "notebook"
        folder = Path(settings.print_folder or settings.last_folder or str(Path.home()))
        path = dialogs.choose_text_to_export(self, folder / f"{safe_filename(title)}.txt")
        if path is None:
            return
        factory = self.workspace.factory
        try:
            path.write_text(self.source, encoding="utf-8")
            if self.current is not None and self.image_folder is None and factory is not None:
                write_images(path.parent, notebook_images(factory, self.current.id))
        except OSError as exc:
            problem = self.tr("Cannot write {0}: {1}.").format(path, exc.strerror or exc)
            messages.show_error(self, UserError(problem), title=self.tr("Export"))
            return
        settings.print_folder = str(path.parent)
        self.check_label.setText(self.tr("Exported to {0}.").format(path))

    # -- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        if self._may_discard():
            self._finish()
            super().reject()

    def _finish(self) -> None:
        self.check_timer.stop()
        if self._render is not None:
            self._render.cancel()
        self.preview.clear()
        self.dirty = False
