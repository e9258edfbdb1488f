"""The Print screen and the notebook editor on a demo database (SyncTaskRunner, offscreen).

PDFs are read back with pypdf; message boxes and file dialogs are replaced, QPrintDialog.exec is
patched to accept with a PDF-file printer.
"""

from __future__ import annotations

import math
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_world import Boxes, record_boxes
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from sakura_desktop.core.demo import NOTEBOOK_SOURCE, NOTEBOOK_TITLE, create_demo_database
from sakura_desktop.core.documents import DocumentKind
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import ProgressReporter, SyncTaskRunner, TaskHandle
from sakura_desktop.ui.print import dialogs
from sakura_desktop.ui.print.choices import AudienceMode, PrintChoices
from sakura_desktop.ui.print.notebook_editor import NotebookEditorDialog
from sakura_desktop.ui.print.page import PrintPage, pages_in
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_database(path)
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    return path


class CancellingRunner(SyncTaskRunner):
    """Cancels a task (as the progress dialog's Cancel would) at its `after`-th report."""

    def __init__(self) -> None:
        self.cancel_after: int | None = None

    def run(self, fn: Callable[[ProgressReporter], Any], **kwargs: Any) -> TaskHandle:
        after = self.cancel_after
        if after is None:
            return super().run(fn, **kwargs)

        def wrapped(reporter: ProgressReporter) -> Any:
            calls = 0
            report = reporter.report

            def counting(done: int, total: int = 0, text: str = "") -> None:
                nonlocal calls
                calls += 1
                if calls >= after:
                    reporter.cancel()
                report(done, total, text)

            reporter.report = counting  # type: ignore[method-assign]
            return fn(reporter)

        return super().run(wrapped, **kwargs)


PageFactory = Callable[[], PrintPage]


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def runner() -> CancellingRunner:
    return CancellingRunner()


@pytest.fixture
def workspace(settings: Settings, runner: CancellingRunner, demo_db: Path) -> Iterator[Workspace]:
    ws = Workspace(settings, runner)
    database, report = open_database(path=demo_db)
    ws.adopt(database, report, DatabaseTarget(path=demo_db, remember=False))
    assert ws.program is not None
    yield ws
    ws.close_database()


@pytest.fixture
def make_page(qtbot: QtBot, workspace: Workspace) -> PageFactory:
    def make() -> PrintPage:
        page = PrintPage(workspace)
        qtbot.addWidget(page)
        page.resize(1300, 850)
        return page

    return make


def _choose_delegation(page: PrintPage, name_start: str) -> int:
    options = page.options
    combo = options.delegation_combo
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(name_start))
    options.mode_buttons[AudienceMode.DELEGATION].setChecked(True)
    combo.setCurrentIndex(index)
    assert page.data is not None
    group = next(g for g in page.data.delegations if g.key == combo.currentData())
    return group.members


def _pdf_pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def _temp_pdfs(page: PrintPage) -> list[Path]:
    if page._temp is None:
        return []
    return sorted(Path(page._temp.name).rglob("*.pdf*"))


# -- generating and previewing -----------------------------------------------------------------


def test_badges_for_a_delegation_preview_the_right_pages(make_page: PageFactory) -> None:
    page = make_page()
    assert page.stack.currentWidget() is page.content
    page.options.set_kind(DocumentKind.BADGES)
    members = _choose_delegation(page, "Indonesia")
    page.options.layout_combo.setCurrentIndex(page.options.layout_combo.findData("a4-8up"))
    assert page.options.audience_note.text().startswith(f"{members} people")

    page.generate()

    generated = page.generated
    assert generated is not None
    assert generated.result.documents == members
    assert generated.result.pages == math.ceil(members / 8)
    assert page.preview.page_count == generated.result.pages
    assert page.preview.of_label.text() == f"of {generated.result.pages}"
    assert _pdf_pages(generated.result.paths[0]) == generated.result.pages
    assert page.summary_label.text() == f"{members} badges, {generated.result.pages} pages."
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert page.preview_stack.currentWidget() is page.preview
    # A single A6 badge per page: one page per person.
    page.options.layout_combo.setCurrentIndex(page.options.layout_combo.findData("a6"))
    assert not page.stale_label.isHidden()
    page.generate()
    assert page.preview.page_count == members
    assert page.stale_label.isHidden()
    assert len(_temp_pdfs(page)) == 1  # the previous preview's file is gone


def test_switching_kind_shows_the_options_that_apply(make_page: PageFactory) -> None:
    page = make_page()
    options = page.options

    def shown() -> set[str]:
        return {
            name
            for name, _, widget in options.option_rows
            if options.options_form.isRowVisible(widget)
        }

    options.set_kind(DocumentKind.BADGES)
    assert shown() == {"layout", "back", "mark_printed"}
    assert not options.audience_box.isHidden() and options.sessions_box.isHidden()
    assert not options.unprinted_check.isHidden()

    options.set_kind(DocumentKind.NOTEBOOKS)
    assert shown() == {"notebook", "paper", "booklet", "per_participant", "include_staff"}
    assert options.unprinted_check.isHidden()
    assert options.notebook_combo.currentText() == NOTEBOOK_TITLE
    options.booklet_check.setChecked(True)
    assert not options.paper_combo.isEnabled()

    options.set_kind(DocumentKind.CERTIFICATES)
    assert shown() == {"threshold", "signer", "signer_title", "seal_image", "issued",
                       "signature_image"}  # fmt: skip

    options.set_kind(DocumentKind.SIGNIN_SHEETS)
    assert options.options_box.isHidden() and options.audience_box.isHidden()
    assert not options.sessions_box.isHidden()
    # Meals and free time are not ticked by default.
    assert page.data is not None
    usual = [s.id for s in page.data.sessions if s.usual]
    assert 0 < len(usual) < len(page.data.sessions)
    assert options.session_model.checked_ids() == tuple(usual)

    options.set_kind(DocumentKind.ITINERARIES)
    assert shown() == {"by_team"}

    # The people checklist only shows for "Selected participants", and its search filters.
    options.set_kind(DocumentKind.BADGES)
    assert options.people_panel.isHidden()
    options.mode_buttons[AudienceMode.SELECTED].setChecked(True)
    assert not options.people_panel.isHidden()
    options.people_search.setText("indonesia")
    visible = options.people_proxy.rowCount()
    assert 0 < visible < options.people_model.rowCount()


def test_selected_participants_and_sessions(make_page: PageFactory, boxes: Boxes) -> None:
    page = make_page()
    options = page.options
    options.set_kind(DocumentKind.BADGES)
    options.mode_buttons[AudienceMode.SELECTED].setChecked(True)
    page.generate()  # nobody ticked: a clear message, no preview
    assert "Tick at least one participant" in boxes.texts[-1]
    assert page.generated is None

    ids = options.people_model.ids()[:3]
    options.people_model.set_checked(ids)
    page.generate()
    assert page.generated is not None and page.generated.result.documents == 3

    options.set_kind(DocumentKind.DOOR_SIGNS)
    options.no_sessions_button.click()
    first_two = options.session_model.ids()[:2]
    options.session_model.set_checked(first_two)
    page.generate()
    assert page.generated is not None
    assert page.generated.result.documents == 2
    assert page.preview.page_count == page.generated.result.pages


def test_cancel_during_generation_leaves_no_file(
    make_page: PageFactory, runner: CancellingRunner, boxes: Boxes
) -> None:
    page = make_page()
    page.options.set_kind(DocumentKind.NOTEBOOKS)
    runner.cancel_after = 4  # a few notebooks in
    page.generate()
    runner.cancel_after = None
    assert page.generated is None
    assert _temp_pdfs(page) == []
    assert page.summary_label.text().startswith("Cancelled")
    assert boxes.texts == []
    assert page.generate_button.isEnabled()
    assert not page.print_button.isEnabled()

    # The page still works.
    _choose_delegation(page, "Vietnam")
    page.generate()
    assert page.generated is not None and page.preview.page_count > 0


def test_notebooks_one_file_per_participant(
    make_page: PageFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page()
    page.options.set_kind(DocumentKind.NOTEBOOKS)
    members = _choose_delegation(page, "Mongolia")
    page.options.per_participant_check.setChecked(True)
    page.generate()
    assert page.generated is not None
    assert len(page.generated.result.paths) == members
    assert not page.file_combo.isHidden() and page.file_combo.count() == members
    page.file_combo.setCurrentIndex(1)
    assert page.preview.path == page.generated.result.paths[1]

    folder = tmp_path / "notebooks"
    monkeypatch.setattr(dialogs, "choose_folder", lambda *args: folder)
    page.save_button.click()
    saved = sorted(folder.glob("*.pdf"))
    assert [p.name for p in saved] == sorted(p.name for p in page.generated.result.paths)


# -- saving and printing -----------------------------------------------------------------------


def test_save_pdf_writes_the_file_and_records_badges(
    make_page: PageFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page()
    page.options.set_kind(DocumentKind.BADGES)
    members = _choose_delegation(page, "Thailand")
    page.options.unprinted_check.setChecked(True)
    assert page.options.mark_check.isChecked()
    page.generate()
    assert page.generated is not None
    pages = page.generated.result.pages
    # Generating a preview records nothing.
    page.generate()
    assert page.generated is not None and page.generated.result.documents == members

    target = tmp_path / "out" / "thai-badges.pdf"
    target.parent.mkdir()
    suggested: list[Path] = []

    def choose(parent: object, proposal: Path) -> Path:
        suggested.append(proposal)
        return target

    monkeypatch.setattr(dialogs, "choose_pdf_path", choose)
    page.save_pdf()
    assert suggested[0].name.endswith("-badges.pdf")
    assert _pdf_pages(target) == pages
    assert f"Recorded {members} badges as printed" in page.summary_label.text()
    assert page.workspace.settings.print_folder == str(target.parent)
    # Now nobody of that delegation is left to print.
    assert page.options.audience_note.text().startswith("0 people")
    boxes_before = len(page.workspace.settings.print_choices)
    assert boxes_before > 0


def _accepting_print_dialog(
    monkeypatch: pytest.MonkeyPatch, out: Path, page_range: tuple[int, int] | None = None
) -> None:
    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)  # keep the test quick; real printers say their own
        if page_range is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*page_range)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)


def test_print_renders_every_page(
    make_page: PageFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page()
    page.options.set_kind(DocumentKind.BADGES)
    _choose_delegation(page, "China")
    page.options.back_check.setChecked(True)
    page.options.mark_check.setChecked(False)
    page.generate()
    assert page.generated is not None
    count = page.preview.page_count
    assert count == page.generated.result.pages >= 2

    out = tmp_path / "printed.pdf"
    _accepting_print_dialog(monkeypatch, out)
    page.print_preview()
    reader = PdfReader(str(out))
    assert len(reader.pages) == count
    box = reader.pages[0].mediabox  # A4, portrait, like the badges
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842
    assert "Sent" in page.summary_label.text()
    assert "Recorded" not in page.summary_label.text()  # "record as printed" was off

    # The page range the user picked is respected.
    ranged = tmp_path / "page-two.pdf"
    _accepting_print_dialog(monkeypatch, ranged, (2, 2))
    page.print_preview()
    assert len(PdfReader(str(ranged)).pages) == 1


def test_pages_in_ranges() -> None:
    assert pages_in([(1, 3)], 5) == [0, 1, 2]
    assert pages_in([(2, 2), (4, 9)], 5) == [1, 3, 4]
    assert pages_in([(7, 8)], 5) == []


def test_landscape_booklet_prints_landscape(
    make_page: PageFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page()
    page.options.set_kind(DocumentKind.NOTEBOOKS)
    page.options.mode_buttons[AudienceMode.SELECTED].setChecked(True)
    page.options.people_model.set_checked(page.options.people_model.ids()[:1])
    page.options.booklet_check.setChecked(True)
    page.generate()
    out = tmp_path / "booklet.pdf"
    _accepting_print_dialog(monkeypatch, out)
    page.print_preview()
    reader = PdfReader(str(out))
    assert len(reader.pages) == page.preview.page_count
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595


# -- remembering -------------------------------------------------------------------------------


def test_last_choices_are_restored(make_page: PageFactory, settings: Settings) -> None:
    page = make_page()
    options = page.options
    options.set_kind(DocumentKind.CERTIFICATES)
    _choose_delegation(page, "Korea")
    delegation = options.delegation_combo.currentText()
    options.threshold_spin.setValue(65)
    options.signer_edit.setText("Prof. Tanabe Hiroshi")
    options.set_kind(DocumentKind.NOTEBOOKS)
    options.paper_combo.setCurrentIndex(options.paper_combo.findData("A5"))
    options.per_participant_check.setChecked(True)
    options.include_staff_check.setChecked(True)

    again = make_page()
    restored = again.options
    assert restored.kind == DocumentKind.NOTEBOOKS
    assert restored.mode == AudienceMode.DELEGATION
    assert restored.delegation_combo.currentText() == delegation
    assert restored.paper_combo.currentData() == "A5"
    assert restored.per_participant_check.isChecked()
    assert restored.include_staff_check.isChecked()
    assert restored.threshold_spin.value() == 65
    assert restored.signer_edit.text() == "Prof. Tanabe Hiroshi"
    assert restored.notebook_combo.currentText() == NOTEBOOK_TITLE


def test_stored_choices_survive_bad_values() -> None:
    assert PrintChoices.from_json("not json") == PrintChoices().checked()
    odd = PrintChoices.from_json('{"kind": "posters", "paper": "B5", "threshold_percent": 140,'
                                 ' "back": "yes", "layout": "a6"}')  # fmt: skip
    assert odd.kind == "badges" and odd.paper == "A4" and odd.threshold_percent == 100
    assert odd.back is False and odd.layout == "a6"


def test_no_database_and_no_program(qtbot: QtBot, settings: Settings) -> None:
    ws = Workspace(settings, SyncTaskRunner())
    page = PrintPage(ws)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title_label.text() == "No database is open"


# -- the notebook editor -----------------------------------------------------------------------


def _editor(page: PrintPage) -> NotebookEditorDialog:
    page.options.set_kind(DocumentKind.NOTEBOOKS)
    editor = page.open_notebook_editor()
    assert editor is not None
    assert editor.current is not None and editor.current.title == NOTEBOOK_TITLE
    return editor


def test_editor_shows_parse_errors_with_their_line(make_page: PageFactory) -> None:
    page = make_page()
    editor = _editor(page)
    assert editor.preview.page_count > 1  # the sample notebook rendered
    assert not editor.save_button.isEnabled()  # nothing changed yet

    lines = editor.source.splitlines()
    lines.insert(4, "[grpah: time / colour]")  # becomes line 5
    editor.editor.setPlainText("\n".join(lines))
    assert editor.dirty
    editor.check()
    assert editor.problems and editor.problems[0][0] == 5
    assert editor.problem_list.item(0).text().startswith("Line 5: unknown [grpah]")
    assert "line 5" in editor.check_label.text()
    assert not editor.save_button.isEnabled()
    highlighted = editor.editor.extraSelections()
    assert [s.cursor.blockNumber() for s in highlighted] == [4]
    # Clicking the problem puts the cursor on its line.
    editor._go_to_problem(editor.problem_list.item(0))
    assert editor.editor.textCursor().blockNumber() == 4
    editor.save()  # refused
    assert editor.dirty

    # Fixed: Save comes back.
    lines[4] = "[graph: time / colour]"
    editor.editor.setPlainText("\n".join(lines))
    editor.check()
    assert editor.problems == [] and editor.problem_list.isHidden()
    assert editor.save_button.isEnabled()


def test_editor_save_is_used_by_the_next_generation(
    make_page: PageFactory, qtbot: QtBot, boxes: Boxes
) -> None:
    page = make_page()
    editor = _editor(page)
    changed = NOTEBOOK_SOURCE.replace(
        "Wait 20 minutes. Do not move the jar.", "Wait 25 minutes. Keep the jar perfectly still."
    )
    editor.editor.setPlainText(changed)
    qtbot.waitUntil(lambda: editor.preview_label.text().startswith("As printed for"), timeout=5000)
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.save_button.click()
    assert saved.args == [NOTEBOOK_TITLE]
    assert not editor.dirty and not editor.save_button.isEnabled()
    assert boxes.texts == []

    page.options.mode_buttons[AudienceMode.SELECTED].setChecked(True)
    page.options.people_model.set_checked(page.options.people_model.ids()[:1])
    page.generate()
    assert page.generated is not None
    text = "".join(p.extract_text() for p in PdfReader(str(page.generated.result.paths[0])).pages)
    assert "Keep the jar perfectly still" in text
    assert "Do not move the jar" not in text


def test_editor_new_notebook_with_a_new_title(make_page: PageFactory, boxes: Boxes) -> None:
    page = make_page()
    editor = _editor(page)
    editor.new_button.click()
    assert editor.current is None and editor.problems == []
    editor.editor.setPlainText(editor.source.replace("# New experiment", "# Magnets and Motors"))
    editor.save()
    assert editor.current is not None and editor.current.title == "Magnets and Motors"
    titles = [page.options.notebook_combo.itemText(i)
              for i in range(page.options.notebook_combo.count())]  # fmt: skip
    assert titles == ["Colours of Life: Separating Plant Pigments by Paper Chromatography",
                      "Magnets and Motors"]  # fmt: skip
    assert page.options.notebook_combo.currentText() == "Magnets and Motors"


def test_editor_import_export_round_trip(
    make_page: PageFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    page = make_page()
    editor = _editor(page)
    original = editor.source
    exported = tmp_path / "notebook.txt"
    monkeypatch.setattr(dialogs, "choose_text_to_export", lambda parent, suggested: exported)
    editor.export_button.click()
    assert exported.read_text(encoding="utf-8") == original

    editor.editor.setPlainText("# Something else\n")
    monkeypatch.setattr(dialogs, "choose_text_to_import", lambda parent, folder: exported)
    boxes.answer = "Discard the changes"
    editor.import_button.click()
    assert "Unsaved changes" in boxes.texts[-1]
    assert editor.source == original
    assert editor.problems == []

    # A file with a BOM and Windows line ends (Notepad) reads the same.
    windows = tmp_path / "windows.txt"
    windows.write_bytes(b"\xef\xbb\xbf" + original.replace("\n", "\r\n").encode("utf-8"))
    monkeypatch.setattr(dialogs, "choose_text_to_import", lambda parent, folder: windows)
    editor.import_button.click()
    assert editor.source == original


def test_editor_close_with_unsaved_changes_asks(make_page: PageFactory, boxes: Boxes) -> None:
    page = make_page()
    editor = _editor(page)
    editor.editor.appendPlainText("One more line.")
    boxes.answer = "Keep editing"
    editor.reject()
    assert editor.dirty and editor.isVisible()
    assert page.notebook_editor is editor
    boxes.answer = "Discard the changes"
    editor.reject()
    assert page.notebook_editor is None


def test_editor_problems_list_is_keyboard_reachable(make_page: PageFactory) -> None:
    page = make_page()
    editor = _editor(page)
    editor.editor.setPlainText("no title here\n[lines: 0]\n")
    editor.check()
    assert [line for line, _ in editor.problems] == [1, 2]
    assert editor.problem_list.count() == 2
    assert editor.problem_list.item(1).data(Qt.ItemDataRole.UserRole) == 2


def test_generation_warns_of_characters_no_font_covers(
    make_page: PageFactory, workspace: Workspace
) -> None:
    from sakura_desktop.db.models import Participant

    factory = workspace.factory
    assert factory is not None
    with factory.begin() as session:
        person = session.get(Participant, 1)
        assert person is not None
        person.native_name = "أحمد 😀"
        who = f"{person.preferred_name or person.given_name} {person.family_name}"
    page = make_page()
    page.options.set_kind(DocumentKind.BADGES)
    page.options.mode_buttons[AudienceMode.SELECTED].setChecked(True)
    page.options.people_model.set_checked([1, 2])
    page.generate()
    assert page.generated is not None
    assert page.generated.result.uncovered
    assert not page.uncovered_label.isHidden()
    shown = page.uncovered_label.text()
    assert who in shown and "أ ح م د 😀" in shown and "empty boxes" in shown

    page.options.people_model.set_checked([1], False)
    page.generate()
    assert page.generated is not None and page.generated.result.documents == 1
    assert page.uncovered_label.isHidden()


def test_editor_import_stores_the_images_next_to_the_text(
    make_page: PageFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    workspace: Workspace,
    boxes: Boxes,
) -> None:
    from PIL import Image

    from sakura_desktop.core.documents.notebook_store import find_notebook, notebook_images

    source = tmp_path / "leaf.txt"
    source.write_text("# Leaf\n## Procedure\n1. Grind.\n[image: leaf.png | The leaf]\n",
                      encoding="utf-8")  # fmt: skip
    Image.new("RGB", (20, 20), (0, 120, 0)).save(tmp_path / "leaf.png")
    page = make_page()
    editor = _editor(page)
    monkeypatch.setattr(dialogs, "choose_text_to_import", lambda parent, folder: source)
    editor.import_button.click()
    assert editor.image_folder == tmp_path and editor.problems == []
    boxes.answer = "Save"  # a new title saves a new notebook
    editor.save()
    assert editor.current is not None and editor.current.title == "Leaf"
    factory = workspace.factory
    assert factory is not None and workspace.program is not None
    book = find_notebook(factory, workspace.program.id, "Leaf")
    assert notebook_images(factory, book.id) == {"leaf.png": (tmp_path / "leaf.png").read_bytes()}
    # Exported elsewhere, the picture goes with the text.
    out = tmp_path / "out" / "leaf.txt"
    out.parent.mkdir()
    monkeypatch.setattr(dialogs, "choose_text_to_export", lambda parent, suggested: out)
    editor.export_button.click()
    assert (out.parent / "leaf.png").read_bytes() == (tmp_path / "leaf.png").read_bytes()
