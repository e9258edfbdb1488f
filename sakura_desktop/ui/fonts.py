"""The fonts shipped in resources/fonts, registered with Qt once, and fonts for people's names.

Participants' names come in Chinese, Korean, Japanese, Thai, Devanagari, Vietnamese and
Mongolian Cyrillic; the screen must draw them with the shipped Noto faces, never depending on
what the laptop happens to have. `ensure_app_fonts()` registers every *.ttf once (Qt maps the
files, so even the three 20 MB CJK faces take milliseconds); call it at start-up, after the
QApplication exists. Screens that show names call it too (it is a no-op the second time).

`name_font()` gives a QFont whose family list falls back glyph by glyph through the shipped
faces, with the Han forms of the person's country first (Simplified, Traditional, Korean, else
Japanese), by the same countries as print (printing.fonts.COUNTRY_LANGS; that module loads
ReportLab, which the screen must not wait for, so the few countries are listed here again and a
test holds the two tables together).
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
CJK_TC = "Noto Sans CJK TC"
CJK_KR = "Noto Sans CJK KR"

# The CJK families in fallback order, the person's own Han forms first; Japanese for the host,
# for kana and for anyone else.
_SIMPLIFIED = [CJK_SC, CJK_TC, CJK_JP, CJK_KR]
_TRADITIONAL = [CJK_TC, CJK_SC, CJK_JP, CJK_KR]
_KOREAN = [CJK_KR, CJK_JP, CJK_TC, CJK_SC]
_JAPANESE = [CJK_JP, CJK_TC, CJK_SC, CJK_KR]
CJK_BY_COUNTRY: dict[str, list[str]] = {
    "CN": _SIMPLIFIED, "SG": _SIMPLIFIED,
    "TW": _TRADITIONAL, "HK": _TRADITIONAL, "MO": _TRADITIONAL,
    "KR": _KOREAN, "KP": _KOREAN,
}  # fmt: skip

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
    return [LATIN, THAI, DEVANAGARI, *CJK_BY_COUNTRY.get(country_code.upper(), _JAPANESE)]


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
