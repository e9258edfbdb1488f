"""Script runs, font choice, shaping and fitting, checked through the glyphs drawn."""

from __future__ import annotations

import uharfbuzz
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas

from sakura_desktop.printing import fonts, text
from sakura_desktop.printing.fonts import CjkLang, Face
from sakura_desktop.printing.text import Box


class RecordingCanvas(Canvas):  # type: ignore[misc]
    """A canvas that remembers every string drawn, with its font."""

    def __init__(self) -> None:
        super().__init__(None, initialFontName=fonts.base_font_name())
        self.drawn: list[tuple[str, str]] = []

    def drawString(self, x: float, y: float, s: str, *args: object, **kw: object) -> None:
        self.drawn.append((self._fontname, s))
        super().drawString(x, y, s, *args, **kw)


def drawn_glyphs(font_name: str, drawn: str) -> list[int]:
    face = fonts.ensure(Face(font_name)).face
    return [face.charToGlyph[ord(ch)] for ch in drawn]


def harfbuzz_glyphs(face: Face, string: str) -> list[int]:
    blob = uharfbuzz.Blob.from_file_path(str(fonts.font_path(face)))
    font = uharfbuzz.Font(uharfbuzz.Face(blob))
    buf = uharfbuzz.Buffer()
    buf.add_str(string)
    buf.guess_segment_properties()
    uharfbuzz.shape(font, buf, {"kern": True, "liga": True})
    return [info.codepoint for info in buf.glyph_infos]


def draw_and_record(string: str, lang: CjkLang | None = None) -> list[tuple[str, str]]:
    canvas = RecordingCanvas()
    text.draw(canvas, text.prepare(string, lang), 10, 10, 12)
    return canvas.drawn


def test_runs_follow_scripts_and_neighbours() -> None:
    runs = text.split_runs("Kim Seo-yeon (김서연) Өлзий 王 สมชาย")
    faces = [face for _, face in runs]
    assert faces == [Face.SANS, Face.CJK_KR, Face.SANS, Face.CJK_JP, Face.THAI]
    assert "".join(chunk for chunk, _ in runs) == "Kim Seo-yeon (김서연) Өлзий 王 สมชาย"


def test_han_takes_the_forms_of_the_persons_country() -> None:
    assert fonts.cjk_lang_for_country("CN") is CjkLang.CHINESE
    assert fonts.cjk_lang_for_country("TW") is CjkLang.TRADITIONAL_CHINESE
    assert fonts.cjk_lang_for_country("KR") is CjkLang.KOREAN
    assert fonts.cjk_lang_for_country("JP") is CjkLang.JAPANESE
    assert fonts.cjk_lang_for_country(None) is CjkLang.JAPANESE
    chinese = draw_and_record("直骨角", CjkLang.CHINESE)
    japanese = draw_and_record("直骨角", CjkLang.JAPANESE)
    assert chinese[0][0] == Face.CJK_SC.value and japanese[0][0] == Face.CJK_JP.value


def test_text_is_nfc_normalised() -> None:
    decomposed = "Nguye\u0302\u0303n"
    assert text.prepare(decomposed).text == "Nguyễn"


def test_devanagari_conjuncts_are_shaped() -> None:
    string = "श्रीवास्तव क्ष"
    [(font_name, drawn)] = draw_and_record(string)
    assert font_name == Face.DEVANAGARI.value
    assert isinstance(drawn, ShapedStr)
    glyphs = drawn_glyphs(font_name, drawn)
    assert glyphs == harfbuzz_glyphs(Face.DEVANAGARI, string)
    naive = [fonts.glyph_id(Face.DEVANAGARI, ch) for ch in string]
    assert len(glyphs) < len(naive)  # conjuncts: several characters, one glyph


def test_thai_marks_are_positioned() -> None:
    string = "สุวรรณรัตน์ กิตติพงษ์"
    [(font_name, drawn)] = draw_and_record(string)
    assert isinstance(drawn, ShapedStr)
    assert drawn_glyphs(font_name, drawn) == harfbuzz_glyphs(Face.THAI, string)
    data = drawn.__shapeData__
    assert any(d.x_offset or d.y_offset or d.x_advance == 0 for d in data)


@settings(max_examples=60, deadline=None)
@given(
    name=st.text(
        alphabet=st.sampled_from(list("abcdefghijkl ĐặngỄ王晓梅김서연ศิริพรसिद्धार्थ Өлзий-")),
        min_size=1,
        max_size=80,
    ),
    width=st.floats(20, 300),
    height=st.floats(8, 80),
    lines=st.sampled_from([1, 2]),
)
def test_fitted_text_never_leaves_its_box(
    name: str, width: float, height: float, lines: int
) -> None:
    canvas = RecordingCanvas()
    box = Box(5, 5, width, height)
    placed = text.draw_fitted(canvas, name, box, 40, max_lines=lines)
    if name.strip():
        assert box.contains(placed.ink)
        assert placed.size > 0
