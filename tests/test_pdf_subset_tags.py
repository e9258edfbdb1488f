"""Every embedded font subset has its own tag (PDF 32000-1, 9.6.4): six capitals and a plus.

Tools that merge PDFs take two subsets with the same tag and name for the same font and keep one,
so a merged file draws the wrong glyphs. Read back with pdffonts and pypdf from real documents.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from printing_support import render_png
from pypdf import PdfReader

from sakura_desktop.core.tokens import ProgramKey, make_token
from sakura_desktop.printing import badge_layouts, badges, signin
from sakura_desktop.printing.badges import BadgePerson
from sakura_desktop.printing.fonts import CjkLang

KEY = ProgramKey(1, "0b9d5e2c-3333-4c1e-9a55-5a8e2d1f0c03", b"u" * 32, "Test week")
TAGGED = re.compile(r"^[A-Z]{6}\+\S+$")
# Enough different CJK characters that the Japanese face needs more than one 256-glyph subset.
MANY_HAN = "".join(chr(0x4E00 + n * 7) for n in range(400))

PEOPLE: list[tuple[str, str, str, CjkLang | None]] = [
    ("Haruki", "Tanabe", MANY_HAN[:200], CjkLang.JAPANESE),
    ("Yui", "Takahashi", MANY_HAN[200:], CjkLang.JAPANESE),
    ("Somchai", "Jaidee", "สมชาย ใจดี", None),
    ("Ananya", "Sharma", "अनन्या शर्मा", None),
    ("Seo-yeon", "Kim", "김서연", CjkLang.KOREAN),
    ("Xiaomei", "Wang", "王晓梅", CjkLang.CHINESE),
]


def base_fonts(pdf: Path) -> list[str]:
    """Every font's BaseFont as pdffonts lists it (one line per font object)."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]  # fmt: skip
    return [line.split()[0] for line in lines]


def pypdf_base_fonts(pdf: Path) -> set[str]:
    names = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/"))
    return names


Who = tuple[str, str, str, CjkLang | None]


def badge_sheet(tmp_path: Path, who: list[Who] = PEOPLE) -> Path:
    people = [
        BadgePerson(n + 1, given, family, native, "student", make_token(KEY, n + 1, 1),
                    delegation="Delegation", country="Country", lang=lang)
        for n, (given, family, native, lang) in enumerate(who)
    ]  # fmt: skip
    out = tmp_path / "badges.pdf"
    badges.render_badges(people, out, layout=badge_layouts.LAYOUTS["a4-8up"], event="Test week")
    return out


def assert_tags_unique(pdf: Path) -> list[str]:
    names = base_fonts(pdf)
    assert len(names) >= 6
    assert all(TAGGED.match(name) for name in names), names
    tags = [name.split("+")[0] for name in names]
    assert len(set(tags)) == len(tags), sorted(names)
    assert pypdf_base_fonts(pdf) == set(names)
    return names


def test_every_subset_of_a_badge_sheet_has_its_own_tag(tmp_path: Path) -> None:
    pdf = badge_sheet(tmp_path)
    names = assert_tags_unique(pdf)
    # the Japanese face needed several subsets; they are told apart by their tags
    assert sum("NotoSansCJKjp" in name for name in names) >= 2
    assert render_png(pdf, 1, 50, tmp_path / "page").stat().st_size > 0


def test_sign_in_sheets_tag_every_subset_too(tmp_path: Path) -> None:
    rows = tuple(signin.SigninRow(f"{given} {family}", native, "Delegation", lang)
                 for given, family, native, lang in PEOPLE)  # fmt: skip
    out = tmp_path / "signin.pdf"
    signin.render_signin([signin.SigninSheet("Lab tour", "Mon 13 July", "Lab 1", rows)], out)
    assert_tags_unique(out)


def test_the_same_face_in_two_documents_with_different_text_gets_different_tags(
    tmp_path: Path,
) -> None:
    first = tmp_path / "one"
    second = tmp_path / "two"
    first.mkdir()
    second.mkdir()
    pdf_one = badge_sheet(first)
    pdf_two = badge_sheet(second, [("Aiko", "Yamakawa", "山川愛子", CjkLang.JAPANESE)])
    jp_one = {n for n in base_fonts(pdf_one) if "NotoSansCJKjp" in n}
    jp_two = {n for n in base_fonts(pdf_two) if "NotoSansCJKjp" in n}
    assert jp_one and jp_two and not (jp_one & jp_two)
