"""Exporting from the Reports screen: tables as CSV and XLSX (read back with openpyxl), the chart as
PNG (loaded back as an image) and SVG (parsed as XML), the report as a PDF (read back with
pypdf), a folder that cannot be written; and survey answers imported beside their report."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from gui_world import Boxes
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from reports_gui_world import (
    boxes,
    choose,
    demo_db,
    make_workspace,
    page,
    runner,
    scanned_template,
    workspace,
)

from sakura_desktop.tasks import SyncTaskRunner
from sakura_desktop.ui.reports import file_dialogs
from sakura_desktop.ui.reports.page import ReportsPage

pytestmark = pytest.mark.gui
__all__ = ["boxes", "demo_db", "page", "runner", "scanned_template", "workspace"]  # fixtures


def test_export_the_table_as_csv_and_xlsx(
    page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(page, "delegations")
    table = page.model.table
    assert table is not None
    out = tmp_path / "delegations.csv"
    monkeypatch.setattr(file_dialogs, "choose_table_path", lambda parent, suggested: out)
    page.exports.table_button.click()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == table.headers
    assert [r[0] for r in rows[1:]] == [r[0] for r in table.rows]
    assert float(rows[1][-1]) == table.rows[0][-1]
    assert "Saved delegations.csv" in page.status.text()

    choose(page, "survey")  # several tables: a sheet each
    book = tmp_path / "survey.xlsx"
    monkeypatch.setattr(file_dialogs, "choose_table_path", lambda parent, suggested: book)
    page.exports.table_button.click()
    workbook = load_workbook(book)
    assert workbook.sheetnames == [t.key for t in page.tables]
    sheet = workbook["survey_response"]
    assert [c.value for c in sheet[1]] == list(page.tables[0].headers)


def test_export_the_chart_as_png_and_svg(
    page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(page, "sessions")
    png = tmp_path / "sessions.png"
    monkeypatch.setattr(file_dialogs, "choose_chart_path", lambda parent, suggested: png)
    page.exports.chart_button.click()
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 300 and image.height() >= 300
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert len(colours) > 3  # bars, labels and background, not a blank picture
    assert "#3c6e9f" in colours  # the expected bars' colour

    svg = tmp_path / "sessions.svg"
    monkeypatch.setattr(file_dialogs, "choose_chart_path", lambda parent, suggested: svg)
    page.exports.chart_button.click()
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Attendance per session" in texts and "Mon 12:30" in texts  # text, not pixels
    tags = [e.tag.rsplit("}", 1)[-1] for e in root.iter()]
    assert tags.count("rect") >= 2 * 33  # two bars per recorded session, drawn as shapes
    assert "image" not in tags  # vector graphics, not a screenshot inside an SVG
    assert "Saved sessions.svg" in page.status.text()
    assert png.stat().st_mode & 0o077 == 0 and svg.stat().st_mode & 0o077 == 0  # private


def test_survey_answers_imported_from_the_screen_show_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    from survey_world import make_survey_db
    from test_survey_import import bad_file

    from sakura_desktop.ui.survey.import_dialog import SurveyImportDialog

    path = tmp_path / "survey.db"
    make_survey_db(path)
    ws = make_workspace(SyncTaskRunner(), path)
    screen = ReportsPage(ws)
    qtbot.addWidget(screen)
    screen.show()
    choose(screen, "sessions")
    assert not screen.survey_button.isVisible()
    choose(screen, "survey")
    assert screen.survey_button.isVisible()

    def answered() -> int:
        table = screen.model.table
        assert table is not None and table.key == "survey_response"
        return int(table.rows[-1][table.headers.index("Answered")] or 0)

    before = answered()
    screen.survey_button.click()
    dialog = screen.survey_dialog
    assert isinstance(dialog, SurveyImportDialog) and dialog.isVisible()
    dialog.load(bad_file(tmp_path))
    dialog.accept_box.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert answered() > before
    ws.close_database()


def test_an_export_that_cannot_be_written_says_so(
    page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    choose(page, "sessions")
    nowhere = tmp_path / "no such folder" / "chart.svg"
    monkeypatch.setattr(file_dialogs, "choose_chart_path", lambda parent, suggested: nowhere)
    page.exports.chart_button.click()
    assert f"Could not write {nowhere}" in boxes.last
    monkeypatch.setattr(
        file_dialogs, "choose_table_path", lambda parent, s: nowhere.with_suffix(".csv")
    )
    page.exports.table_button.click()
    assert "does not exist" in boxes.last
    assert not nowhere.parent.exists()


def test_save_the_report_as_a_printable_pdf(
    page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    def saved(key: str) -> PdfReader:
        choose(page, key)
        out = tmp_path / f"{key}.pdf"
        monkeypatch.setattr(file_dialogs, "choose_pdf_path", lambda parent, suggested: out)
        page.exports.pdf_button.click()
        assert out.stat().st_mode & 0o077 == 0  # names inside: this user's only
        assert f"Saved {out.name}" in page.status.text()
        return PdfReader(str(out))

    sessions = saved("sessions")
    text = "".join(p.extract_text() for p in sessions.pages)
    assert "Attendance" in text and "Lunch (bento)" in text
    # Catering: a page (or more) per meal, for the kitchen.
    catering = saved("catering")
    meals = page.tables[0]
    assert meals.key == "catering" and len(catering.pages) >= len(meals.rows)
    # Manifests: a roll-call sheet per transfer.
    manifests = saved("manifests")
    assert len(manifests.pages) >= len(page.tables[0].rows)
