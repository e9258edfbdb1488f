"""Names can be found and copied out of every PDF, shaped scripts included.

Shaped Thai and Devanagari glyphs have no one-to-one character (conjuncts, reordered vowel
signs, stacked marks); without /ActualText a PDF reader extracts private-use characters. Read
back with poppler's pdftotext (what a viewer's search and copy use) and rendered with pdftoppm.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from printing_support import render_png

from sakura_desktop.core.tokens import ProgramKey, make_token
from sakura_desktop.printing import badge_layouts, badges, signin
from sakura_desktop.printing.badges import BadgePerson

KEY = ProgramKey(1, "0b9d5e2c-4444-4c1e-9a55-5a8e2d1f0c04", b"v" * 32, "Test week")
NAMES = {
    "TH": ("Somchai", "Jaidee", "สมชาย ใจดี"),
    "IN": ("Ananya", "Sharma", "अनन्या शर्मा"),
    "IN2": ("Siddharth", "Srivastava", "सिद्धार्थ श्रीवास्तव"),
    "TH2": ("Ploy", "Srisuk", "ศิริพร ศรีสุข"),
    "JP": ("Haruki", "Tanabe", "田辺春樹"),
    "VN": ("Minh Anh", "Nguyễn", "Nguyễn Thị Minh Anh"),
}


def extracted(pdf: Path) -> str:
    """pdftotext's text, NFC, each run of white space one space (a name may wrap)."""
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", raw))


def private_use(content: str) -> set[str]:
    return {ch for ch in content if unicodedata.category(ch) == "Co"}


def badge_sheet(tmp_path: Path) -> Path:
    people = [
        BadgePerson(n + 1, given, family, native, "student", make_token(KEY, n + 1, 1),
                    delegation="Delegation", country="Country")
        for n, (given, family, native) in enumerate(NAMES.values())
    ]  # fmt: skip
    out = tmp_path / "badges.pdf"
    badges.render_badges(people, out, layout=badge_layouts.LAYOUTS["a4-8up"], event="Test week")
    return out


def signin_sheet(tmp_path: Path) -> Path:
    rows = tuple(signin.SigninRow(f"{given} {family.upper()}", native, "Delegation")
                 for given, family, native in NAMES.values())  # fmt: skip
    out = tmp_path / "signin.pdf"
    signin.render_signin([signin.SigninSheet("Lab tour", "Mon 13 July", "Lab 1", rows)], out)
    return out


@pytest.mark.parametrize("document", [badge_sheet, signin_sheet])
def test_every_name_extracts_as_its_own_text(tmp_path: Path, document: object) -> None:
    pdf = document(tmp_path)  # type: ignore[operator]
    content = extracted(pdf)
    for given, _, native in NAMES.values():
        assert unicodedata.normalize("NFC", native) in content, native
        assert given in content
    assert not private_use(content)
    page = Image.open(render_png(pdf, 1, 60, tmp_path / "page")).convert("L")
    assert page.getextrema()[0] < 100  # ink on the page: the glyphs are still drawn
