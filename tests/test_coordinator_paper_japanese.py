"""The coordinator's own paper speaks the window's language; the command line's stays English.

Sign-in sheets, transfer manifests and the kitchen's counts are printed for the host's staff, so
their headings follow the interface language (through core/i18n.py, installed by the window).
Participant-facing paper (badges, notebooks, certificates) never goes through it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtWidgets import QApplication

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
