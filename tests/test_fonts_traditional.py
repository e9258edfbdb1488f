"""Han characters take the forms their owner writes: Traditional for Taiwan, Hong Kong, Macau.

Checked on real PDFs: which face is embedded for a person's badge (read back with pdffonts), and
that the Traditional and Simplified faces really draw 芬蔡玲黃 differently (pixels from
pdftoppm). The screen follows the same rule (Qt font families per country).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from printing_support import render_png
from reportlab.pdfgen.canvas import Canvas

from sakura_desktop.core.tokens import ProgramKey, make_token
from sakura_desktop.printing import badge_layouts, badges, fonts, text
from sakura_desktop.printing.badges import BadgePerson

KEY = ProgramKey(1, "0b9d5e2c-2222-4c1e-9a55-5a8e2d1f0c02", b"t" * 32, "Test week")
TAIWANESE = "許淑芬"  # 許 and 芬 differ between Traditional and Simplified forms
CJK_FONTS = ("NotoSansCJKtc", "NotoSansCJKsc", "NotoSansCJKjp", "NotoSansCJKkr")


def embedded_fonts(pdf: Path) -> list[str]:
    """Base font names (subset tag removed) that pdffonts lists for the document."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]  # fmt: skip
    return [line.split()[0].partition("+")[2] or line.split()[0] for line in lines]


def badge_of(tmp_path: Path, native: str, country_code: str) -> Path:
    person = BadgePerson(
        1, "Shu-fen", "Hsu", native, "student", make_token(KEY, 1, 1),
        delegation="Delegation", country=country_code,
        lang=fonts.cjk_lang_for_country(country_code),
    )  # fmt: skip
    out = tmp_path / f"badge-{country_code}.pdf"
    badges.render_badges([person], out, layout=badge_layouts.LAYOUTS["a6"], event="Test week")
    return out


def cjk_faces_embedded(pdf: Path) -> set[str]:
    return {name.split("-")[0] for name in embedded_fonts(pdf) if name.startswith(CJK_FONTS)}


@pytest.mark.parametrize("country_code", ["TW", "HK", "MO", "tw"])
def test_traditional_chinese_names_are_drawn_with_the_traditional_face(
    tmp_path: Path, country_code: str
) -> None:
    pdf = badge_of(tmp_path, TAIWANESE, country_code)
    assert cjk_faces_embedded(pdf) == {"NotoSansCJKtc"}
    assert render_png(pdf, 1, 72, tmp_path / "page").stat().st_size > 0


@pytest.mark.parametrize(
    ("country_code", "face"),
    [("CN", "NotoSansCJKsc"), ("SG", "NotoSansCJKsc"), ("JP", "NotoSansCJKjp"),
     ("KR", "NotoSansCJKkr"), ("", "NotoSansCJKjp")],
)  # fmt: skip
def test_other_han_names_keep_their_forms(tmp_path: Path, country_code: str, face: str) -> None:
    native = "金敏俊" if country_code == "KR" else "王晓梅"
    assert cjk_faces_embedded(badge_of(tmp_path, native, country_code)) == {face}


def draw_alone(tmp_path: Path, string: str, country_code: str) -> Image.Image:
    pdf = tmp_path / f"{country_code}.pdf"
    canvas = Canvas(str(pdf), pagesize=(300, 80), initialFontName=fonts.base_font_name())
    text.draw(canvas, text.prepare(string, fonts.cjk_lang_for_country(country_code)), 10, 20, 48)
    canvas.save()
    return Image.open(render_png(pdf, 1, 100, tmp_path / country_code)).convert("L")


def test_traditional_and_simplified_faces_draw_these_characters_differently(
    tmp_path: Path,
) -> None:
    # (許 is not among them: Noto Sans CJK SC already draws it as Traditional forms do)
    for char in "芬蔡玲黃":
        traditional = draw_alone(tmp_path, char, "TW")
        simplified = draw_alone(tmp_path, char, "CN")
        assert ImageChops.difference(traditional, simplified).getbbox() is not None, char
    # and a character both write alike is drawn alike (the test can tell same from different)
    assert ImageChops.difference(draw_alone(tmp_path, "一", "TW"),
                                 draw_alone(tmp_path, "一", "CN")).getbbox() is None  # fmt: skip


@pytest.mark.gui
def test_the_screen_uses_the_same_forms_per_country(qapp: object) -> None:
    from PySide6.QtGui import QFontDatabase

    from sakura_desktop.ui import fonts as ui_fonts

    registered = ui_fonts.ensure_app_fonts()
    assert "Noto Sans CJK TC" in registered["NotoSansCJKtc-Regular-glyf.ttf"]
    assert "Noto Sans CJK TC" in QFontDatabase.families()

    def first_cjk(code: str) -> str:
        return next(f for f in ui_fonts.name_families(code) if "CJK" in f)

    assert {code: first_cjk(code) for code in ("TW", "HK", "MO", "CN", "SG", "KR", "JP", "")} == {
        "TW": "Noto Sans CJK TC", "HK": "Noto Sans CJK TC", "MO": "Noto Sans CJK TC",
        "CN": "Noto Sans CJK SC", "SG": "Noto Sans CJK SC", "KR": "Noto Sans CJK KR",
        "JP": "Noto Sans CJK JP", "": "Noto Sans CJK JP",
    }  # fmt: skip


def test_screen_and_paper_agree_on_every_country() -> None:
    from sakura_desktop.ui import fonts as ui_fonts

    paper_face_family = {
        fonts.Face.CJK_JP: "Noto Sans CJK JP", fonts.Face.CJK_SC: "Noto Sans CJK SC",
        fonts.Face.CJK_TC: "Noto Sans CJK TC", fonts.Face.CJK_KR: "Noto Sans CJK KR",
    }  # fmt: skip
    for code in [*fonts.COUNTRY_LANGS, *ui_fonts.CJK_BY_COUNTRY, "JP", "TH", ""]:
        on_paper = paper_face_family[fonts.CJK_FACES[fonts.cjk_lang_for_country(code)]]
        on_screen = next(f for f in ui_fonts.name_families(code) if "CJK" in f)
        assert on_screen == on_paper, code
