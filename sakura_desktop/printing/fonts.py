"""The fonts shipped in resources/fonts, registered in ReportLab lazily (one face at a time).

Every printed name goes through these faces, never through the machine's fonts. A CJK face is a
20 MB file that takes ~0.1 s and ~20 MB of memory to load, so a face is registered only the
first time a document draws a character that needs it. `font_files()` is the Qt-free list the
GUI hands to `QFontDatabase.addApplicationFont`.

ReportLab keeps its font registry in module globals: register from one thread at a time (the
lock below), and let one print job run at a time. We keep our own record of the faces we
registered and never ask ReportLab for a name it may not have: `pdfmetrics.getFont` of an unknown
name parses every AFM file on the machine looking for it (seconds, each time).

Subsets embedded in a PDF are tagged from their content (`TaggedTTFont`), not AAAAAA, AAAAAB …
by position, so two different subsets never share a tag (PDF 32000-1, 9.6.4) and tools that
merge PDFs do not mix their glyphs up.

Parsing a CJK face's tables in ReportLab's pure Python takes ~0.4 s a face (65,535 glyphs), four
faces for a mixed delegation list: what it reads is kept in the user's cache folder, one pickle
per font file, size, date and ReportLab version (`CachedFace`), and loads in a few ms after that.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
import threading
import weakref
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, overload

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace, makeToUnicodeCMap

from sakura_desktop import APP_ID
from sakura_desktop.paths import DATA_DIR_ENV, asset

log = logging.getLogger(__name__)


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
    CJK_TC = "SakuraCJK-TC"
    CJK_KR = "SakuraCJK-KR"


class CjkLang(StrEnum):
    """Which regional forms Han characters take (直, 骨, 角 differ between them)."""

    JAPANESE = "ja"
    CHINESE = "zh"  # Simplified: mainland China, Singapore
    TRADITIONAL_CHINESE = "zh-Hant"  # Taiwan, Hong Kong, Macau (許, 芬, 蔡, 玲, 黃 differ)
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
        FaceInfo(Face.CJK_SC, "NotoSansCJKsc-Regular-glyf.ttf", "Han (Simplified Chinese forms)"),
        FaceInfo(Face.CJK_TC, "NotoSansCJKtc-Regular-glyf.ttf", "Han (Traditional Chinese forms)"),
        FaceInfo(Face.CJK_KR, "NotoSansCJKkr-Regular-glyf.ttf", "Hangul, Han (Korean forms)"),
    )
}

CJK_FACES: dict[CjkLang, Face] = {
    CjkLang.JAPANESE: Face.CJK_JP,
    CjkLang.CHINESE: Face.CJK_SC,
    CjkLang.TRADITIONAL_CHINESE: Face.CJK_TC,
    CjkLang.KOREAN: Face.CJK_KR,
}
# Faces with no bold file: drawn with fill and stroke (a faux bold) where bold is asked for.
NO_BOLD = frozenset(CJK_FACES.values())

# Countries whose people write Han in Chinese or Korean forms; everyone else gets Japanese forms
# (the host country, and the best default for kana and for Han of unknown origin). Korean Hanja
# names keep the Korean face; ui/fonts.py orders the screen's faces from the same table.
COUNTRY_LANGS: dict[str, CjkLang] = {
    "CN": CjkLang.CHINESE,
    "SG": CjkLang.CHINESE,
    "TW": CjkLang.TRADITIONAL_CHINESE,
    "HK": CjkLang.TRADITIONAL_CHINESE,
    "MO": CjkLang.TRADITIONAL_CHINESE,
    "KR": CjkLang.KOREAN,
    "KP": CjkLang.KOREAN,
}

_lock = threading.Lock()
_registered: dict[Face, TTFont] = {}


def _forget_registered() -> None:
    """ReportLab's reset (rl_config._reset) empties its registry: ours must follow."""
    _registered.clear()


rl_config.register_reset(_forget_registered)


def subset_tag(font_name: bytes, index: int, glyphs: Sequence[int]) -> bytes:
    """Six capital letters naming one subset: the same subset always gets the same tag, two
    different subsets (other glyphs, another face, another position) almost never do."""
    digest = hashlib.sha256(b"%s/%d/%s" % (font_name, index, repr(list(glyphs)).encode()))
    number = int.from_bytes(digest.digest()[:8], "big")
    letters = []
    for _ in range(6):
        number, letter = divmod(number, 26)
        letters.append(65 + letter)
    return bytes(letters)


def font_cache_dir() -> Path:
    """Parsed font tables live here (no personal data; safe to delete at any time)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "cache" / "fonts"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)) / "fonts"


def _cache_file(font_file: Path) -> Path:
    stat = font_file.stat()
    key = f"{font_file.stem}-{stat.st_size}-{stat.st_mtime_ns}-rl{reportlab.Version}"
    return font_cache_dir() / f"{key}.pickle"


def _ints(values: Iterable[int]) -> array[int]:
    return array("q", values)


def _pack(info: dict[str, Any]) -> dict[str, Any]:
    """The extracted tables as flat integer arrays: a pickle of 65,535 small tuples and lists
    loads slowly, arrays load at the speed of reading their bytes."""
    packed = dict(info)
    for table in ("charToGlyph", "charWidths"):
        packed[table] = (_ints(info[table]), _ints(info[table].values()))
    pairs = [(glyph, char) for glyph, chars in info["glyphToChar"].items() for char in chars]
    packed["glyphToChar"] = (_ints(g for g, _ in pairs), _ints(c for _, c in pairs))
    packed["hmetrics"] = (
        _ints(a for a, _ in info["hmetrics"]),
        _ints(b for _, b in info["hmetrics"]),
    )
    packed["glyphPos"] = _ints(info["glyphPos"])
    return packed


def _unpack(packed: dict[str, Any]) -> dict[str, Any]:
    info = dict(packed)
    for table in ("charToGlyph", "charWidths"):
        keys, values = packed[table]
        info[table] = dict(zip(keys.tolist(), values.tolist(), strict=True))
    del info["glyphToChar"]  # built when first asked for (shaping only): see CachedFace
    info["hmetrics"] = HorizontalMetrics(*packed["hmetrics"])
    info["glyphPos"] = packed["glyphPos"]  # an array indexes like the list ReportLab makes
    return info


class HorizontalMetrics(Sequence[tuple[int, int]]):
    """(advance, left side bearing) per glyph, read from two arrays when subsetting asks for a
    glyph, instead of 65,535 tuples made up front."""

    def __init__(self, advances: array[int], bearings: array[int]) -> None:
        self._advances = advances
        self._bearings = bearings

    def __len__(self) -> int:
        return len(self._advances)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int]]: ...
    def __getitem__(self, index: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(index, slice):
            return list(zip(self._advances[index], self._bearings[index], strict=True))
        return self._advances[index], self._bearings[index]


_PACKED_KEYS = ("charToGlyph", "charWidths", "glyphToChar", "hmetrics", "glyphPos", "unitsPerEm")


def _read_packed(cache: Path) -> dict[str, Any] | None:
    try:
        with cache.open("rb") as handle:
            packed = pickle.load(handle)  # our own file in the user's own cache folder
    except FileNotFoundError:
        return None
    except Exception:  # a torn or foreign file: parse the font again and rewrite it
        log.warning("ignoring the unreadable font cache %s", cache, exc_info=True)
        return None
    if not isinstance(packed, dict) or not all(key in packed for key in _PACKED_KEYS):
        return None
    return packed


def _write_info(cache: Path, info: dict[str, Any]) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(dir=cache.parent, suffix=".partial")  # mode 0600
        with os.fdopen(handle, "wb") as out:
            pickle.dump(_pack(info), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, cache)  # atomic: a second process reads the old file or the new one
    except OSError:
        log.info("could not keep the parsed font in %s", cache, exc_info=True)


def _pdf_scale(units_per_em: int) -> Callable[[float], float]:
    """Font units to PDF's 1/1000 em, as TTFontFile.extractInfo sets it (a lambda there)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


class CachedFace(TTFontFace):  # type: ignore[misc]
    """A TTFontFace whose extracted tables (cmap, widths, glyph offsets, names, metrics) come
    from the cache file when there is one; the font file itself is still read (subsetting needs
    its bytes, which is fast)."""

    _glyph_pairs: tuple[array[int], array[int]] | None = None
    _glyph_to_char: dict[int, list[int]] | None = None

    @property
    def glyphToChar(self) -> dict[int, list[int]]:
        if self._glyph_to_char is None:
            built: dict[int, list[int]] = {}
            if self._glyph_pairs is not None:
                glyphs, chars = self._glyph_pairs
                for glyph, char in zip(glyphs.tolist(), chars.tolist(), strict=True):
                    built.setdefault(glyph, []).append(char)
            self._glyph_to_char = built
        return self._glyph_to_char

    @glyphToChar.setter
    def glyphToChar(self, value: dict[int, list[int]]) -> None:
        self._glyph_to_char = value

    def extractInfo(self, charInfo: int = 1) -> None:
        cache = _cache_file(Path(self.filename))
        packed = _read_packed(cache)
        if packed is not None:
            self._glyph_pairs = packed["glyphToChar"]
            info = _unpack(packed)
        else:
            before = dict(self.__dict__)
            super().extractInfo(charInfo)
            info = {
                key: value
                for key, value in self.__dict__.items()
                if (key not in before or before[key] is not value)
                and not callable(value)
                and key != "_glyph_to_char"
            }
            info["glyphToChar"] = self.glyphToChar  # a property: not in __dict__
            _write_info(cache, info)
            del info["glyphToChar"]
        self.__dict__.update(info)
        self._pdfScale = _pdf_scale(info["unitsPerEm"])


class TaggedTTFont(TTFont):  # type: ignore[misc]
    """A TTFont whose subsets carry tags derived from their glyphs.

    ReportLab 5.1 tags subset n with SUBSETN(n) (AAAAAA, AAAAAB …), the same in every document.
    Only the BaseFont line differs from TTFont.addObjects; the rest follows it as it is.
    Its face is a CachedFace (TTFont.__init__, ReportLab 5.1, with that one class changed).
    """

    def __init__(self, name: str, filename: str) -> None:
        self.fontName = name
        self.face = CachedFace(filename)
        self.encoding = TTEncoding()
        self.state: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = True  # every face is shaped where its script needs it (text.py)

    def addObjects(self, doc: Any) -> None:
        state = self._assignState(doc)
        state.frozen = 1
        face = self.face
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            glyphs = [face.charToGlyph.get(code, 0) for code in subset]
            tag = subset_tag(face.name + face.subfontNameX, n, glyphs)
            base_font_name = b"".join((tag, b"+", face.name, face.subfontNameX)).decode("pdfdoc")

            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray([face.getCharWidth(code) for code in subset])

            cmap = pdfdoc.PDFStream()
            cmap.content = makeToUnicodeCMap(base_font_name, subset)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_font_name)
            pdf_font.FontDescriptor = face.addSubsetObjects(doc, base_font_name, subset)

            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]


def font_path(face: Face) -> Path:
    return asset(f"fonts/{FACES[face].file}")


def font_files() -> list[Path]:
    """Every shipped font file (for QFontDatabase.addApplicationFont); no Qt needed here."""
    return [font_path(face) for face in Face]


def cjk_lang_for_country(country_code: str | None) -> CjkLang:
    return COUNTRY_LANGS.get((country_code or "").upper(), CjkLang.JAPANESE)


def ensure(face: Face) -> TTFont:
    """The ReportLab font for `face`, registering it on first use (a dict lookup after that)."""
    font = _registered.get(face)
    if font is not None:
        return font
    with _lock:
        font = _registered.get(face)
        if font is None:
            font = TaggedTTFont(face.value, str(font_path(face)))
            pdfmetrics.registerFont(font)
            _registered[face] = font
        return font


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
