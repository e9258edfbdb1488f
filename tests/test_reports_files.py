"""The report files as a reader gets them: XLSX opened back with openpyxl, CSV read back, the PDF
read back (text, pages, fonts, no images: the charts are vector graphics) and rendered to PNG."""

from __future__ import annotations

import csv
import datetime as dt
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image
from printing_support import page_count, pdf_text, render_png, unembedded_fonts
from pypdf import PdfReader
from reports_world import ReportWorld, build_report_world

from sakura_desktop.core.reports.catering import compute_catering
from sakura_desktop.core.reports.kinds import ReportKind, report_tables
from sakura_desktop.core.reports.manifests import compute_manifests
from sakura_desktop.core.reports.table import ReportTable
from sakura_desktop.core.reports.writers import sheet_names, write_tables
from sakura_desktop.errors import UserError
from sakura_desktop.printing.catering import render_catering
from sakura_desktop.printing.manifests import render_manifests
from sakura_desktop.printing.report_pdf import render_report, report_document


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportWorld]:
    built = build_report_world(tmp_path_factory.mktemp("reports-files"))
    yield built
    built.db.dispose()


def _tables(world: ReportWorld, kind: ReportKind) -> list[ReportTable]:
    return report_tables(world.db.session_factory, world.program_id, kind)


def test_summary_xlsx_has_a_sheet_per_table_with_real_numbers_and_dates(
    world: ReportWorld, tmp_path: Path
):
    out = tmp_path / "summary.xlsx"
    assert write_tables(_tables(world, ReportKind.SUMMARY), out) == [out]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    book = load_workbook(out)
    assert book.sheetnames[:8] == ["overview", "by_country", "by_institution", "by_role",
                                   "by_gender", "by_age", "sessions", "participants"]  # fmt: skip
    sessions = book["sessions"]
    header = [c.value for c in sessions[1]]
    assert header == ["Session", "Kind", "Starts", "Ends", "Expected", "Present", "Rate %", "Extra"]
    lecture = [c.value for c in sessions[2]]
    assert lecture[0] == "Welcome lecture"
    assert lecture[2] == dt.datetime(2026, 7, 13, 10, 0)  # a date cell, not text
    assert lecture[4:] == [6, 5, 83.3, 1]
    assert sessions.cell(2, 3).number_format == "yyyy-mm-dd hh:mm"
    dinner = [c.value for c in sessions[6]]
    assert dinner[0] == "Dinner" and dinner[5:] == [None, None, None]  # not recorded: blank
    overview = {row[0].value: row[1].value for row in book["overview"].iter_rows(min_row=2)}
    assert overview["First day"] == dt.datetime(2026, 7, 13)
    assert overview["Overall attendance %"] == 66.7


def test_text_that_a_spreadsheet_would_run_stays_text(tmp_path: Path):
    rows = [('=HYPERLINK("http://x")', 3), ("-5", -5), ("@SUM(A1)", None), ("#N/A", 1)]
    table = ReportTable("people", "People", ("Name", "Count"), list(rows))
    xlsx = tmp_path / "people.xlsx"
    write_tables([table], xlsx)
    sheet = load_workbook(xlsx)["people"]
    assert sheet["A2"].value == '=HYPERLINK("http://x")' and sheet["A2"].data_type == "s"
    assert sheet["B3"].value == -5 and sheet["B3"].data_type == "n"
    assert sheet["A5"].value == "#N/A" and sheet["A5"].data_type == "s"
    out = tmp_path / "people.csv"
    write_tables([table], out)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows == [["Name", "Count"], ["'=HYPERLINK(\"http://x\")", "3"], ["'-5", "-5"],
                    ["'@SUM(A1)", ""], ["#N/A", "1"]]  # fmt: skip


def test_several_tables_as_csv_go_one_file_each(world: ReportWorld, tmp_path: Path):
    out = tmp_path / "meals.csv"
    paths = write_tables(_tables(world, ReportKind.CATERING), out)
    assert [p.name for p in paths] == ["meals-catering.csv", "meals-dietary_people.csv"]
    assert not out.exists()
    rows = list(csv.DictReader(paths[0].read_text(encoding="utf-8-sig").splitlines()))
    lunch = rows[0]
    assert (lunch["Meal"], lunch["Date"], lunch["Expected"], lunch["Vegan"]) == (
        "Lunch", "2026-07-13", "6", "1",
    )  # fmt: skip
    assert lunch["Allergy: peanuts"] == "2"


def test_sheet_names_are_unique_and_short():
    tables = [ReportTable("a" * 40, "x", ("h",)), ReportTable("a" * 40, "y", ("h",)),
              ReportTable("what?/[]", "z", ("h",))]  # fmt: skip
    names = sheet_names(tables)
    assert names == ["a" * 31, "a" * 27 + " (2)", "what____"]


def test_unknown_extension_and_missing_folder_are_sentences(tmp_path: Path):
    table = [ReportTable("t", "T", ("h",))]
    with pytest.raises(UserError, match=r"name the file \.xlsx or \.csv"):
        write_tables(table, tmp_path / "x.ods")
    with pytest.raises(UserError, match="does not exist"):
        write_tables(table, tmp_path / "nowhere" / "x.xlsx")


def test_summary_pdf_reads_back_with_vector_charts(world: ReportWorld, tmp_path: Path):
    out = tmp_path / "summary.pdf"
    document = report_document(
        "Post-visit summary", "Report Week", _tables(world, ReportKind.SUMMARY)
    )
    result = render_report(document, out)
    assert result.pages == page_count(out) >= 2
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out)
    for expected in ("Post-visit summary", "Participants by country", "Indonesia",
                     "Attendance per session", "Welcome lecture", "83.3", "66.7",
                     "Participants by age band", "under 18", "Survey: response rate",
                     "Would you like to come back to Japan?", "Loved the lab",
                     "4.5"):  # fmt: skip
        assert expected in text, expected
    assert "김민지" in text and "山田 太郎" in text  # native names, any script
    assert unembedded_fonts(out) == set()
    images = [name for page in PdfReader(out).pages
              for name, obj in (page["/Resources"].get("/XObject") or {}).items()
              if obj.get_object().get("/Subtype") == "/Image"]  # fmt: skip
    assert images == []  # charts are drawn, not pasted in as pictures
    png = render_png(out, 1, 50, tmp_path / "page1")
    pixels = Image.open(png).convert("L")
    assert pixels.getextrema()[0] < 100  # something dark was drawn


def test_catering_pdf_has_a_page_per_meal_with_its_counts(world: ReportWorld, tmp_path: Path):
    meals = compute_catering(world.db.session_factory, world.program_id).meals
    out = tmp_path / "catering.pdf"
    assert render_catering(meals, out).pages == 3 == page_count(out)
    reader = PdfReader(out)
    lunch = reader.pages[0].extract_text()
    assert "Lunch" in lunch and "People expected" in lunch and "Vegan" in lunch
    assert "Allergy: peanuts" in lunch and "Sari Wulandari" in lunch
    assert "Halal" not in lunch  # budi arrives after lunch; jisoo withdrew
    dinner = reader.pages[1].extract_text()
    assert "Halal" in dinner and "Budi Santoso" in dinner and "Sari" not in dinner


def test_manifest_pdf_is_a_roll_call_sheet(world: ReportWorld, tmp_path: Path):
    manifests = compute_manifests(world.db.session_factory, world.program_id)
    out = tmp_path / "bus.pdf"
    assert render_manifests(manifests, out).pages == 1
    text = pdf_text(out)
    assert "Bus to Harima" in text and "Coach Bay" in text and "Harima Campus" in text
    assert "Seats needed: 6 of 5: 1 WITHOUT A SEAT" in text
    assert "สมชาย วงศ์สกุล" in text and "+82 10 1234 5678" in text
    assert "Counted on board" in text
    assert "Park" not in text and "Wulandari" not in text


@pytest.mark.parametrize(
    ("country", "face"),
    [
        ("TW", "NotoSansCJKtc"),
        ("CN", "NotoSansCJKsc"),
        ("JP", "NotoSansCJKjp"),
        ("", "NotoSansCJKjp"),
    ],
)
def test_a_persons_han_name_prints_in_their_countrys_forms(tmp_path: Path, country: str, face: str):
    table = ReportTable("people", "People", ("Name", "Native name"), [("Shu-fen Hsu", "許淑芬")],
                        row_countries=(country,))  # fmt: skip
    out = tmp_path / "people.pdf"
    render_report(report_document("People", "", [table]), out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout  # fmt: skip
    cjk = {name for name in ("NotoSansCJKtc", "NotoSansCJKsc", "NotoSansCJKjp") if name in fonts}
    assert cjk == {face}
