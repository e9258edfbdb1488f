"""The roster import wizard end to end on a Shift_JIS CSV with Japanese headers: preview,
mapping, validation report, import of the valid rows, summary, and a cancel that writes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from participants_gui_world import Boxes, boxes, db_people, open_in, workspace
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from roster_world import ROSTERS, make_program, write_csv

from sakura_desktop.core.roster import EncodingCandidate, EncodingUncertainError, Field
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import Progress
from sakura_desktop.ui.participants import file_dialogs
from sakura_desktop.ui.participants.import_wizard import (
    IMPORT,
    MAPPING,
    PREVIEW,
    REPORT,
    SUMMARY,
    ImportWizard,
)
from sakura_desktop.ui.participants.page import ParticipantsPage
from sakura_desktop.ui.workspace import Workspace

pytestmark = pytest.mark.gui
__all__ = ["boxes", "workspace"]  # fixtures

HEADERS, GOOD = ROSTERS["cp932"]
BAD = [
    ["JP-05", "Ito", "Ken", "伊藤 健", "日本", "男", "2008年13月1日", "生徒", "ken@example.jp",
     "", "", ""],  # no 13th month
    ["JP-06", "Kato", "Mai", "加藤 舞", "日本", "女", "2008-06-01", "生徒", "mai(at)example",
     "", "", ""],  # not an e-mail
]  # fmt: skip


def shift_jis_roster(folder: Path, extra_rows: list[list[str]] | None = None) -> Path:
    rows: list[list[str]] = [
        ["2026年 夏 サクラサイエンス 参加者名簿"] + [""] * (len(HEADERS) - 1),  # a title row
        [""] * len(HEADERS),
        HEADERS,
        *GOOD,
        *BAD,
        *(extra_rows or []),
    ]
    return write_csv(folder / "名簿.csv", rows, "cp932")


@pytest.fixture
def program_db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    try:
        program = make_program(database)
    finally:
        database.dispose()
    return path, program.id


@pytest.fixture
def opened(workspace: Workspace, program_db: tuple[Path, int]) -> Database:
    return open_in(workspace, program_db[0])


def make_wizard(qtbot: QtBot, workspace: Workspace, database: Database) -> ImportWizard:
    assert workspace.program is not None
    wizard = ImportWizard(
        workspace, database.session_factory, workspace.program.id, workspace.program.title
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def preview_cells(wizard: ImportWizard) -> list[str]:
    model = wizard.preview_page.model
    return [
        str(model.index(r, c).data())
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def test_wizard_end_to_end_on_a_shift_jis_roster(
    qtbot: QtBot, workspace: Workspace, opened: Database, tmp_path: Path
) -> None:
    path = shift_jis_roster(tmp_path)
    wizard = make_wizard(qtbot, workspace, opened)
    imported: list[object] = []
    wizard.imported.connect(imported.append)

    # 1. The file.
    assert not wizard.file_page.isComplete()
    wizard.file_page.path_edit.setText(str(path))
    assert wizard.file_page.isComplete()
    wizard.next()

    # 2. The preview: decoded names, the encoding, the skipped title rows.
    assert wizard.currentId() == PREVIEW
    info = wizard.preview_page.info.text()
    assert "Shift_JIS" in info and "comma" in info
    assert "header on row <b>3</b> (2 rows above it skipped)" in info
    assert "6 participant rows" in info
    cells = preview_cells(wizard)
    assert "山田 太郎" in cells and "髙橋 結衣" in cells and "4" in cells  # row numbers
    assert wizard.preview_page.model.headerData(1, Qt.Orientation.Horizontal) == "参加者番号"
    wizard.next()

    # 3. The mapping, guessed from the Japanese headers.
    assert wizard.currentId() == MAPPING
    mapping = wizard.state.mapping
    assert mapping is not None
    assert mapping.header_of(Field.EXTERNAL_ID) == "参加者番号"
    assert mapping.header_of(Field.FAMILY_NAME) == "姓"
    assert mapping.header_of(Field.NATIVE_NAME) == "漢字氏名"
    assert mapping.header_of(Field.DATE_OF_BIRTH) == "生年月日"
    assert mapping.header_of(Field.EMERGENCY_CONTACT_NAME) == "緊急連絡先"
    model = wizard.mapping_page.model
    assert model.index(0, 0).data() == "参加者番号" and model.index(0, 2).data() == "ID"
    assert "JP-01" in model.index(0, 1).data()
    assert wizard.mapping_page.isComplete()
    # Unmapping every name column blocks the way on, with the reason.
    for header in ("姓", "名"):
        wizard.mapping_page.choose(header, None)
    assert not wizard.mapping_page.isComplete()
    assert "No column holds the participants' names" in wizard.mapping_page.problem.text()
    wizard.mapping_page.choose("姓", "family_name")
    wizard.mapping_page.choose("名", "given_name")
    # The combo in the table does the same.
    editor = wizard.mapping_page.view.indexWidget(model.index(11, 2))
    assert editor is not None
    editor.setCurrentIndex(editor.findData(""))  # 緊急連絡先: not imported
    assert wizard.state.mapping is not None
    assert wizard.state.mapping.column_of(Field.EMERGENCY_CONTACT_NAME) is None
    editor.setCurrentIndex(editor.findData("emergency_contact_name"))
    assert wizard.mapping_page.isComplete()
    wizard.next()

    # 4. The validation report: counts and every error with its row and column.
    assert wizard.currentId() == REPORT
    page = wizard.report_page
    counts = {key: label.text() for key, label in page.counts.items()}
    assert counts == {"rows": "6", "created": "4", "updated": "0", "unchanged": "0",
                      "skipped": "2"}  # fmt: skip
    errors = page.errors_model.errors()
    assert [(e.row, e.column) for e in errors] == [(8, "生年月日"), (9, "メールアドレス")]
    assert page.errors_model.index(1, 2).data().startswith("“mai(at)example” is not an e-mail")
    assert "New delegations: Japan." in page.details.text()
    assert not page.isComplete()  # errors: only with "Import only the valid rows"
    assert page.skip_invalid.isVisible()
    page.skip_invalid.setChecked(True)
    assert page.isComplete()
    assert db_people(opened) == {}  # the dry run wrote nothing
    wizard.next()

    # 5. The import, then 6. the summary.
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY)
    values = {key: label.text() for key, label in wizard.summary_page.values.items()}
    assert values == {"created": "4", "updated": "0", "unchanged": "0", "skipped": "2"}
    text = wizard.summary_page.text.text()
    assert "Skipped rows (not imported): 8, 9." in text
    assert "Delegations created: Japan." in text
    assert len(imported) == 1

    people = db_people(opened)
    assert sorted(people) == ["JP-01", "JP-02", "JP-03", "JP-04"]
    assert people["JP-04"].native_name == "髙橋 結衣"
    assert people["JP-03"].is_leader and people["JP-03"].role == "teacher"
    assert people["JP-01"].emergency_contact_name == "山田 花子 090-1234-5678"
    assert str(people["JP-01"].date_of_birth) == "2008-04-05"


def test_the_saved_mapping_is_applied_next_time(
    qtbot: QtBot, workspace: Workspace, opened: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "r.csv", [["姓", "名", "Zimmer"], ["Ito", "Ken", "301"]])
    wizard = make_wizard(qtbot, workspace, opened)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.state.mapping is not None
    assert wizard.state.mapping.column_of(Field.ROOM) is None  # "Zimmer" is not guessed
    wizard.mapping_page.choose("Zimmer", "room")
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY)
    assert db_people(opened)["1"].room == "301"

    again = make_wizard(qtbot, workspace, opened)
    again.file_page.path_edit.setText(str(path))
    again.next()
    again.next()
    assert again.state.mapping is not None
    assert again.state.mapping.header_of(Field.ROOM) == "Zimmer"
    assert "saved mapping was applied to 3 columns" in again.mapping_page.note.text()
    again.next()
    assert again.report_page.counts["unchanged"].text() == "1"


def test_cancel_during_the_import_writes_nothing(
    qtbot: QtBot, workspace: Workspace, opened: Database, tmp_path: Path
) -> None:
    many = [
        [f"JP-{n:04d}", f"Family{n}", "Ken", f"健{n}", "日本", "男", "2008-04-05", "生徒",
         f"k{n}@example.jp", "", "", ""]
        for n in range(100, 2600)
    ]  # fmt: skip
    path = shift_jis_roster(tmp_path, many)
    wizard = make_wizard(qtbot, workspace, opened)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.report_page.counts["created"].text() == "2,504"
    wizard.report_page.skip_invalid.setChecked(True)

    seen: list[str] = []

    def on_progress(progress: Progress) -> None:
        seen.append(progress.text)
        if progress.text.startswith("Writing") and wizard.import_page.busy:
            wizard.reject()  # the wizard's Cancel: stops the import, keeps the wizard open

    wizard.import_page.progressed.connect(on_progress)
    wizard.next()
    assert wizard.currentId() == IMPORT
    assert any(t.startswith("Writing") for t in seen)  # cancelled after a batch was written
    assert wizard.import_page.label.text() == "Import cancelled: nothing was written."
    assert wizard.import_page.again_button.isVisible()
    assert wizard.isVisible()
    assert db_people(opened) == {}  # rolled back

    # Import again, to the end this time.
    wizard.import_page.progressed.disconnect(on_progress)
    wizard.import_page.again_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY)
    assert len(db_people(opened)) == 2504


def test_uncertain_encoding_lets_the_user_choose(
    qtbot: QtBot, workspace: Workspace, opened: Database, tmp_path: Path
) -> None:
    path = shift_jis_roster(tmp_path)
    wizard = make_wizard(qtbot, workspace, opened)
    page = wizard.file_page
    page.path_edit.setText(str(path))
    page.show_candidates(
        EncodingUncertainError(
            "Cannot tell the text encoding of 名簿.csv for sure.",
            [EncodingCandidate("cp932", "山田 太郎"), EncodingCandidate("gb18030", "灞辩敯")],
        )
    )
    assert not page.isComplete()  # a reading must be chosen
    item = page.candidates.item(0)
    assert item.text() == "Shift_JIS (Japanese)\n山田 太郎"
    page.candidates.setCurrentRow(0)
    assert page.isComplete() and page.chosen_encoding() == "cp932"
    wizard.next()
    assert wizard.currentId() == PREVIEW
    assert wizard.state.encoding == "cp932"
    assert "山田 太郎" in preview_cells(wizard)


def test_bad_file_is_explained(
    qtbot: QtBot, workspace: Workspace, opened: Database, tmp_path: Path
) -> None:
    junk = tmp_path / "roster.csv"
    junk.write_bytes(bytes(range(256)) * 20)
    wizard = make_wizard(qtbot, workspace, opened)
    wizard.file_page.path_edit.setText(str(junk))
    wizard.next()
    assert wizard.currentId() == 0
    assert "binary data" in wizard.file_page.error.text()


def test_browse_remembers_the_folder(
    qtbot: QtBot,
    workspace: Workspace,
    opened: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = shift_jis_roster(tmp_path)
    asked: list[str] = []

    def choose(_parent: object, folder: str) -> Path:
        asked.append(folder)
        return path

    monkeypatch.setattr(file_dialogs, "choose_roster_file", choose)
    wizard = make_wizard(qtbot, workspace, opened)
    wizard.file_page.browse()
    assert wizard.file_page.path_edit.text() == str(path)
    assert Settings().roster_folder == str(tmp_path)
    wizard.file_page.browse()
    assert asked[-1] == str(tmp_path)


def test_the_page_opens_the_wizard_and_reloads_after_import(
    qtbot: QtBot, workspace: Workspace, opened: Database, tmp_path: Path, boxes: Boxes
) -> None:
    page = ParticipantsPage(workspace)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    page.open_import_wizard()
    wizard = page.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.file_page.path_edit.setText(str(shift_jis_roster(tmp_path)))
    for _ in range(3):
        wizard.next()
    wizard.report_page.skip_invalid.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY)
    assert page.model.rowCount() == 4
    assert boxes.texts == []
