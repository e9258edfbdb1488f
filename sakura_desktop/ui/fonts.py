"""The fonts shipped in resources/fonts, registered with Qt once, and fonts for people's names.

Participants' names come in Chinese, Korean, Japanese, Thai, Devanagari, Vietnamese and
Mongolian Cyrillic; the screen must draw them with the shipped Noto faces, never depending on
what the laptop happens to have. `ensure_app_fonts()` registers every *.ttf once (Qt maps the
files, so even the three 20 MB CJK faces take milliseconds); call it at start-up, after the
QApplication exists. Screens that show names call it too (it is a no-op the second time).

`name_font()` gives a QFont whose family list falls back glyph by glyph through the shipped
faces, with the Han forms of the person's country first (Chinese, Korean, else Japanese).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from sakura_desktop.paths import asset

log = logging.getLogger(__name__)

LATIN = "Noto Sans"
THAI = "Noto Sans Thai"
DEVANAGARI = "Noto Sans Devanagari"
CJK_JP = "Noto Sans CJK JP"
CJK_SC = "Noto Sans CJK SC"
CJK_KR = "Noto Sans CJK KR"

_CHINESE_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "SG"})
_KOREAN_COUNTRIES = frozenset({"KR", "KP"})

_registered: dict[str, list[str]] | None = None


def font_dir() -> Path:
    return asset("fonts")


def ensure_app_fonts() -> dict[str, list[str]]:
    """Register the shipped fonts with Qt (once); file name -> the families it added."""
    global _registered
    if _registered is not None:
        return _registered
    if QGuiApplication.instance() is None:  # Qt's font database needs the application first
        return {}
    registered: dict[str, list[str]] = {}
    for path in sorted(font_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not register the font %s", path)
            continue
        registered[path.name] = list(QFontDatabase.applicationFontFamilies(font_id))
    log.info("registered %d shipped fonts", len(registered))
    _registered = registered
    return registered


def name_families(country_code: str = "") -> list[str]:
    """Font families for a person's names, in fallback order."""
    code = country_code.upper()
    if code in _CHINESE_COUNTRIES:
        cjk = [CJK_SC, CJK_JP, CJK_KR]
    elif code in _KOREAN_COUNTRIES:
        cjk = [CJK_KR, CJK_JP, CJK_SC]
    else:
        cjk = [CJK_JP, CJK_SC, CJK_KR]
    return [LATIN, THAI, DEVANAGARI, *cjk]


def name_font(
    point_size: float, *, bold: bool = False, country_code: str = "", base: QFont | None = None
) -> QFont:
    """A font for names in any script, `point_size` large."""
    ensure_app_fonts()
    font = QFont(base) if base is not None else QFont()
    font.setFamilies(name_families(country_code))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
