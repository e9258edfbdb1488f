"""The fonts shipped in resources/fonts, registered in ReportLab lazily (one face at a time).

Every printed name goes through these faces, never through the machine's fonts. A CJK face is a
20 MB file that takes ~0.1 s and ~20 MB of memory to load, so a face is registered only the
first time a document draws a character that needs it. `font_files()` is the Qt-free list the
GUI hands to `QFontDatabase.addApplicationFont`.

ReportLab keeps its font registry in module globals: register from one thread at a time (the
lock below), and let one print job run at a time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sakura_desktop.paths import asset


class Face(StrEnum):
    """A face of the shipped family; the value is the ReportLab font name."""

    SANS = "SakuraSans"
    SANS_BOLD = "SakuraSans-Bold"
    THAI = "SakuraThai"
    THAI_BOLD = "SakuraThai-Bold"
    DEVANAGARI = "SakuraDevanagari"
    DEVANAGARI_BOLD = "SakuraDevanagari-Bold"
    CJK_JP = "SakuraCJK-JP"
    CJK_SC = "SakuraCJK-SC"
    CJK_KR = "SakuraCJK-KR"


class CjkLang(StrEnum):
    """Which regional forms Han characters take (直, 骨, 角 differ between them)."""

    JAPANESE = "ja"
    CHINESE = "zh"
    KOREAN = "ko"


@dataclass(frozen=True)
class FaceInfo:
    face: Face
    file: str
    covers: str


FACES: dict[Face, FaceInfo] = {
    info.face: info
    for info in (
        FaceInfo(Face.SANS, "NotoSans-Regular.ttf", "Latin incl. Vietnamese, Cyrillic, Greek"),
        FaceInfo(Face.SANS_BOLD, "NotoSans-Bold.ttf", "Latin incl. Vietnamese, Cyrillic, Greek"),
        FaceInfo(Face.THAI, "NotoSansThai-Regular.ttf", "Thai"),
        FaceInfo(Face.THAI_BOLD, "NotoSansThai-Bold.ttf", "Thai"),
        FaceInfo(Face.DEVANAGARI, "NotoSansDevanagari-Regular.ttf", "Devanagari"),
        FaceInfo(Face.DEVANAGARI_BOLD, "NotoSansDevanagari-Bold.ttf", "Devanagari"),
        FaceInfo(Face.CJK_JP, "NotoSansCJKjp-Regular-glyf.ttf", "Han (Japanese forms), kana"),
        FaceInfo(Face.CJK_SC, "NotoSansCJKsc-Regular-glyf.ttf", "Han (Chinese forms)"),
        FaceInfo(Face.CJK_KR, "NotoSansCJKkr-Regular-glyf.ttf", "Hangul, Han (Korean forms)"),
    )
}

CJK_FACES: dict[CjkLang, Face] = {
    CjkLang.JAPANESE: Face.CJK_JP,
    CjkLang.CHINESE: Face.CJK_SC,
    CjkLang.KOREAN: Face.CJK_KR,
}
# Faces with no bold file: drawn with fill and stroke (a faux bold) where bold is asked for.
NO_BOLD = frozenset(CJK_FACES.values())

# Countries whose people write Han in Chinese or Korean forms; everyone else gets Japanese forms
# (the host country, and the best default for kana and for Han of unknown origin).
_CHINESE_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "SG"})
_KOREAN_COUNTRIES = frozenset({"KR", "KP"})

_lock = threading.Lock()


def font_path(face: Face) -> Path:
    return asset(f"fonts/{FACES[face].file}")


def font_files() -> list[Path]:
    """Every shipped font file (for QFontDatabase.addApplicationFont); no Qt needed here."""
    return [font_path(face) for face in Face]


def cjk_lang_for_country(country_code: str | None) -> CjkLang:
    code = (country_code or "").upper()
    if code in _CHINESE_COUNTRIES:
        return CjkLang.CHINESE
    if code in _KOREAN_COUNTRIES:
        return CjkLang.KOREAN
    return CjkLang.JAPANESE


def ensure(face: Face) -> TTFont:
    """The ReportLab font for `face`, registering it on first use."""
    name = face.value
    with _lock:
        try:
            font: TTFont = pdfmetrics.getFont(name)
            return font
        except KeyError:
            pass
        font = TTFont(name, str(font_path(face)), shapable=True)
        pdfmetrics.registerFont(font)
        return font


def is_registered(face: Face) -> bool:
    return face.value in pdfmetrics.getRegisteredFontNames()


def covers(face: Face, char: str) -> bool:
    return ord(char) in ensure(face).face.charToGlyph


def glyph_id(face: Face, char: str) -> int | None:
    gid: int | None = ensure(face).face.charToGlyph.get(ord(char))
    return gid


def bold_of(face: Face) -> Face:
    return {
        Face.SANS: Face.SANS_BOLD,
        Face.THAI: Face.THAI_BOLD,
        Face.DEVANAGARI: Face.DEVANAGARI_BOLD,
    }.get(face, face)


def metrics(face: Face) -> tuple[float, float]:
    """(ascent, descent) per 1 pt of size; descent is negative."""
    font_face = ensure(face).face
    return font_face.ascent / 1000.0, font_face.descent / 1000.0


# The font every canvas starts with, so ReportLab never leaves a bare Helvetica in the PDF.
BASE_FACE = Face.SANS


def base_font_name() -> str:
    return ensure(BASE_FACE).fontName  # type: ignore[no-any-return]
