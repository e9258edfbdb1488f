"""The coordinator's own paper speaks the window's language; the command line's stays English.

Sign-in sheets, transfer manifests and the kitchen's counts are printed for the host's staff, so
their headings follow the interface language (through core/i18n.py, installed by the window).
Participant-facing paper (badges, notebooks, certificates) never goes through it.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from sakura_desktop.core.program_views import ProgramSummary
from sakura_desktop.core.reports.catering import MealCount
from sakura_desktop.core.reports.kinds import ReportKind
from sakura_desktop.core.reports.manifests import Manifest, Rider
from sakura_desktop.core.reports.pdf import write_report_pdf
from sakura_desktop.core.reports.table import ReportTable
from sakura_desktop.printing.catering import render_catering
from sakura_desktop.printing.manifests import render_manifests
from sakura_desktop.printing.report_pdf import cell_text
from sakura_desktop.printing.signin import SigninRow, SigninSheet, render_signin
from sakura_desktop.ui.i18n import install_language

SHEET = SigninSheet(
    title="Lab tour: Plant Genomics Laboratory",
    when="Tue 14 Jul 10:10",
    where="Plant Genomics Laboratory",
    rows=(SigninRow("Grace Chen", "陈欣怡", "China (Hangzhou)"),),
)


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def test_sign_in_sheets_follow_the_window_language(qapp: QApplication, tmp_path: Path) -> None:
    english = tmp_path / "en.pdf"
    render_signin([SHEET], english)  # nothing installed: as the command line prints it
    assert "Signature" in _text(english) and "sheet 1 of 1" in _text(english)

    install_language(qapp, "ja")
    try:
        japanese = tmp_path / "ja.pdf"
        render_signin([SHEET], japanese)
    finally:
        install_language(qapp, "en")
    text = _text(japanese)
    assert "署名" in text and "派遣団" in text and "1 枚中 1 枚目" in text
    assert "Grace Chen" in text and "陈欣怡" in text  # the names as they are
    assert "Signature" not in text


DEPARTS = dt.datetime(2026, 7, 14, 8, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
BUS = Manifest(
    session_id=1, title="Bus to Harima", departs=DEPARTS, arrives=DEPARTS.replace(hour=10),
    origin="TIST", destination="SPring-8", capacity=45,
    riders=[Rider(1, "Chen", "Grace", "陈欣怡", "CN", "Zhejiang U.", "Li Wei", "+86 1", "student")],
)  # fmt: skip
LUNCH = MealCount(session_id=2, title="Lunch", starts=DEPARTS.replace(hour=12), venue="Hall",
                  expected=1, standard=1, counts={}, people=[])  # fmt: skip


def _render_both(
    render: Callable[[Path], object], tmp_path: Path, qapp: QApplication
) -> tuple[str, str]:
    render(tmp_path / "en.pdf")  # nothing installed: as the command line prints it
    install_language(qapp, "ja")
    try:
        render(tmp_path / "ja.pdf")
    finally:
        install_language(qapp, "en")
    return _text(tmp_path / "en.pdf"), _text(tmp_path / "ja.pdf")


def test_manifest_and_catering_dates_follow_the_window_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    english, japanese = _render_both(lambda out: render_manifests([BUS], out), tmp_path, qapp)
    assert "Tue 14 Jul 08:30–10:30" in english
    assert "7月14日（火） 08:30–10:30" in japanese and "Tue" not in japanese
    assert "Counted on board" in english and "Counted on board" not in japanese
    english, japanese = _render_both(lambda out: render_catering([LUNCH], out), tmp_path, qapp)
    assert "Tuesday 14 July 2026, 12:30" in english
    assert "2026年7月14日（火曜日） 12:30" in japanese and "July" not in japanese


def test_report_cells_write_dates_in_the_window_language(qapp: QApplication) -> None:
    assert cell_text(DEPARTS) == "Tue 14 Jul 08:30" and cell_text(DEPARTS.date()) == "14 Jul 2026"
    install_language(qapp, "ja")
    try:
        assert cell_text(DEPARTS) == "7月14日（火） 08:30"
        assert cell_text(DEPARTS.date()) == "2026年7月14日"
    finally:
        install_language(qapp, "en")


def test_a_report_pdf_from_the_japanese_window_is_headed_in_japanese(
    qapp: QApplication, tmp_path: Path
) -> None:
    program = ProgramSummary(1, "u", "SSP-26", "Sakura Science Week", "TIST",
                             DEPARTS.date(), DEPARTS.date(), "Asia/Tokyo", 1, 1, 0, 1)  # fmt: skip
    table = ReportTable("arrivals", "Arrivals", ("Time", "Arrived"), [(DEPARTS, 3)])
    english, japanese = _render_both(
        lambda out: write_report_pdf(
            None,  # type: ignore[arg-type]  # the tables are given: no database is read
            program,
            ReportKind.ATTENDANCE,
            out,
            tables=[table, ReportTable("none", "Late arrivals", ("Name",), [])],
        ),
        tmp_path,
        qapp,
    )
    assert "Attendance" in english and "SSP-26 · written " in english
    assert "出席" in japanese and "作成" in japanese and "written" not in japanese
    assert "page 1" in english and "page 1" not in japanese
    assert "Nothing to list." in english and "該当するものはありません。" in japanese
    assert "7月14日（火） 08:30" in japanese
