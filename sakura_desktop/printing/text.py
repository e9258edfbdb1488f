"""Text in any script on a ReportLab canvas: runs per font, shaping, measuring, fitting.

A string is NFC-normalised and split into runs, each drawn with one shipped face chosen from the
characters' script and the faces' coverage (cmap). Runs of a complex script (Thai, Devanagari)
or with combining marks are shaped with HarfBuzz (`shapeStr`), whose glyph positions ReportLab
then draws. Nothing here depends on Platypus: a Paragraph boxes words that mix fonts.

`draw_fitted` shrinks text until it fits its box (optionally on two lines) and returns the box
the ink may occupy, so callers and tests can check that nothing leaves its badge.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

from sakura_desktop.printing import fonts
from sakura_desktop.printing.fonts import CjkLang, Face

Canvas = Any  # reportlab.pdfgen.canvas.Canvas (ReportLab ships no type hints)
Colour = Any  # a ReportLab colour


class Script(StrEnum):
    LATIN = "latin"  # and Cyrillic, Greek: whatever Noto Sans covers
    THAI = "thai"
    DEVANAGARI = "devanagari"
    HANGUL = "hangul"
    KANA = "kana"
    HAN = "han"
    NEUTRAL = "neutral"  # spaces, punctuation, digits, marks: take the face of their neighbour


_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0900, 0x097F, Script.DEVANAGARI),
    (0xA8E0, 0xA8FF, Script.DEVANAGARI),
    (0x1CD0, 0x1CFF, Script.DEVANAGARI),
    (0x0E00, 0x0E7F, Script.THAI),
    (0x1100, 0x11FF, Script.HANGUL),
    (0x3130, 0x318F, Script.HANGUL),
    (0xA960, 0xA97F, Script.HANGUL),
    (0xAC00, 0xD7FF, Script.HANGUL),
    (0x3040, 0x30FF, Script.KANA),
    (0x31F0, 0x31FF, Script.KANA),
    (0xFF66, 0xFF9F, Script.KANA),
    (0x2E80, 0x2FDF, Script.HAN),
    (0x3000, 0x303F, Script.HAN),  # CJK punctuation
    (0x3100, 0x312F, Script.HAN),
    (0x3190, 0x31EF, Script.HAN),
    (0x3200, 0x4DBF, Script.HAN),
    (0x4E00, 0x9FFF, Script.HAN),
    (0xF900, 0xFAFF, Script.HAN),
    (0xFE30, 0xFE4F, Script.HAN),
    (0xFF00, 0xFF65, Script.HAN),  # full-width forms
    (0xFFA0, 0xFFEF, Script.HAN),
    (0x20000, 0x3FFFF, Script.HAN),
)
_NEUTRAL_CATEGORIES = ("Z", "P", "M", "N", "C")


@lru_cache(maxsize=65536)
def script_of(char: str) -> Script:
    code = ord(char)
    for low, high, script in _RANGES:
        if low <= code <= high:
            return script
    if unicodedata.category(char)[0] in _NEUTRAL_CATEGORIES:
        return Script.NEUTRAL
    return Script.LATIN


def _cjk_face(script: Script, lang: CjkLang | None) -> Face:
    if lang is None:
        lang = CjkLang.KOREAN if script is Script.HANGUL else CjkLang.JAPANESE
    return fonts.CJK_FACES[lang]


def _preferred(script: Script, lang: CjkLang | None, bold: bool) -> Face:
    if script is Script.THAI:
        face = Face.THAI
    elif script is Script.DEVANAGARI:
        face = Face.DEVANAGARI
    elif script in (Script.HANGUL, Script.KANA, Script.HAN):
        return _cjk_face(script, lang)
    else:
        face = Face.SANS
    return fonts.bold_of(face) if bold else face


def _fallbacks(lang: CjkLang | None, bold: bool) -> Iterator[Face]:
    """Faces to try, in order, when the preferred one lacks a character."""
    for face in (Face.SANS, Face.THAI, Face.DEVANAGARI):
        yield fonts.bold_of(face) if bold else face
    yield _cjk_face(Script.HAN, lang)


@lru_cache(maxsize=65536)  # a thousand badges ask for the same few hundred characters
def face_for(char: str, lang: CjkLang | None, bold: bool) -> Face:
    preferred = _preferred(script_of(char), lang, bold)
    if fonts.covers(preferred, char):
        return preferred
    for face in _fallbacks(lang, bold):
        if face is not preferred and fonts.covers(face, char):
            return face
    return preferred  # nothing covers it: the preferred face's .notdef, never a system font


def _invisible(char: str) -> bool:
    """Characters that draw no glyph of their own: spaces, joiners, variation selectors."""
    code = ord(char)
    return (
        char.isspace()
        or unicodedata.category(char) in ("Cf", "Cc")
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )


def uncovered(text: str, lang: CjkLang | None = None) -> str:
    """The characters of `text` no shipped face covers (each once, in order): they would print
    as empty boxes (Myanmar, Khmer, Arabic, emoji, traditional Mongolian script ...)."""
    missing: dict[str, None] = {}
    for char in unicodedata.normalize("NFC", text):
        if char not in missing and _no_glyph(char, lang):
            missing[char] = None
    return "".join(missing)


@lru_cache(maxsize=65536)  # every badge's names are checked; they share their characters
def _no_glyph(char: str, lang: CjkLang | None) -> bool:
    return not _invisible(char) and not fonts.covers(face_for(char, lang, False), char)


def split_runs(
    text: str, lang: CjkLang | None = None, bold: bool = False
) -> list[tuple[str, Face]]:
    """(text, face) runs; neutral characters stay in the run around them when its face has them."""
    runs: list[tuple[str, Face]] = []
    for char in text:
        current = runs[-1][1] if runs else None
        neutral = script_of(char) is Script.NEUTRAL
        if current is not None and neutral and fonts.covers(current, char):
            face = current
        else:
            face = face_for(char, lang, bold)
        if runs and face is current:
            runs[-1] = (runs[-1][0] + char, face)
        else:
            runs.append((char, face))
    return runs


@dataclass(frozen=True)
class Segment:
    text: str  # a ShapedStr (HarfBuzz glyphs and positions) or plain text
    face: Face
    advance: float  # width at 1 pt
    chars: str = ""  # the characters a shaped run stands for (its glyphs' codes are not them)

    @property
    def shaped(self) -> bool:
        return isinstance(self.text, ShapedStr)


@dataclass(frozen=True)
class Prepared:
    """A line of text ready to measure and draw at any size."""

    text: str
    segments: tuple[Segment, ...]
    ascent: float  # per pt, above the baseline
    descent: float  # per pt, below the baseline (negative)

    def width(self, size: float) -> float:
        return sum(segment.advance for segment in self.segments) * size

    def height(self, size: float) -> float:
        return (self.ascent - self.descent) * size


_COMPLEX = frozenset({Face.THAI, Face.THAI_BOLD, Face.DEVANAGARI, Face.DEVANAGARI_BOLD})
_SHAPE_SIZE = 10.0  # shaping data is per em; any size gives the same glyphs and advances


def _needs_shaping(run: str, face: Face) -> bool:
    return face in _COMPLEX or any(unicodedata.category(c).startswith("M") for c in run)


def _segment(run: str, face: Face) -> Segment:
    fonts.ensure(face)
    if _needs_shaping(run, face):
        shaped = shapeStr(run, face.value, _SHAPE_SIZE)
        if isinstance(shaped, ShapedStr):
            advance = sum(data.x_advance for data in shaped.__shapeData__) / 1000.0
            return Segment(shaped, face, advance, run)
    return Segment(run, face, pdfmetrics.stringWidth(run, face.value, 1.0))


# Vertical room Thai and Devanagari marks need beyond the fonts' ascent/descent values.
_MARK_ROOM = {Face.THAI: 0.12, Face.THAI_BOLD: 0.12, Face.DEVANAGARI: 0.1}


@lru_cache(maxsize=16384)
def prepare(text: str, lang: CjkLang | None = None, bold: bool = False) -> Prepared:
    text = unicodedata.normalize("NFC", text)
    segments = tuple(_segment(run, face) for run, face in split_runs(text, lang, bold))
    faces = {segment.face for segment in segments} or {Face.SANS}
    ascent = max(fonts.metrics(face)[0] + _MARK_ROOM.get(face, 0.0) for face in faces)
    descent = min(fonts.metrics(face)[1] - _MARK_ROOM.get(face, 0.0) for face in faces)
    return Prepared(text, segments, ascent, descent)


def actual_text(chars: str) -> str:
    """The marked-content operator that tells PDF readers which characters a span draws."""
    utf16 = ("\ufeff" + chars).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <{utf16}>>> BDC"


def draw(canvas: Canvas, line: Prepared, x: float, y: float, size: float) -> float:
    """Draw `line` with its baseline at y from x; returns the width drawn.

    A shaped run's glyphs are not its characters (conjuncts, reordered vowel signs, stacked
    marks; ReportLab gives such glyphs private-use codes), so it is wrapped in a span whose
    /ActualText holds the run's text: search and copy then find the name as it is written.
    """
    start = x
    for segment in line.segments:
        canvas.setFont(segment.face.value, size)
        if segment.shaped:
            canvas.addLiteral(actual_text(segment.chars))
            canvas.drawString(x, y, segment.text)
            canvas.addLiteral("EMC")
        else:
            canvas.drawString(x, y, segment.text)
        x += segment.advance * size
    return x - start


# --- boxes and fitting ------------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    x: float
    y: float  # bottom
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width

    def contains(self, other: Box, tolerance: float = 0.01) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.top <= self.top + tolerance
        )

    def inset(self, dx: float, dy: float | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, self.width - 2 * dx, self.height - 2 * dy)


@dataclass(frozen=True)
class Placed:
    """Where fitted text went: the size chosen and the box its ink may occupy."""

    size: float
    lines: int
    ink: Box


EMPTY_PLACED = Placed(0.0, 0, Box(0, 0, 0, 0))
MIN_SIZE = 3.0  # below this a line is unreadable anyway; the box must be larger


def _size_for(lines: Sequence[Prepared], box: Box, max_size: float, leading: float) -> float:
    widest = max(line.width(1.0) for line in lines)
    tallest = max(line.height(1.0) for line in lines)
    count = len(lines)
    by_height = box.height / (tallest * (1.0 + (count - 1) * leading))
    by_width = box.width / widest if widest > 0 else max_size
    return min(max_size, by_width, by_height)


def _two_line_splits(text: str) -> Iterator[tuple[str, str]]:
    words = text.split(" ")
    for cut in range(1, len(words)):
        yield " ".join(words[:cut]), " ".join(words[cut:])


def choose_lines(
    text: str,
    box: Box,
    max_size: float,
    *,
    lang: CjkLang | None = None,
    bold: bool = False,
    max_lines: int = 1,
    leading: float = 1.05,
) -> tuple[list[Prepared], float]:
    """The lines and size that fit `text` in `box` as large as possible (at most max_size)."""
    best = [prepare(text, lang, bold)]
    best_size = _size_for(best, box, max_size, leading)
    if max_lines >= 2 and best_size < max_size:
        for first, second in _two_line_splits(text.strip()):
            lines = [prepare(first, lang, bold), prepare(second, lang, bold)]
            size = _size_for(lines, box, max_size, leading)
            if size > best_size * 1.12:
                best, best_size = lines, size
    return best, best_size


def _line_x(box: Box, width: float, align: str) -> float:
    if align == "center":
        return box.x + (box.width - width) / 2
    if align == "right":
        return box.right - width
    return box.x


def draw_fitted(
    canvas: Canvas,
    text: str,
    box: Box,
    max_size: float,
    *,
    lang: CjkLang | None = None,
    bold: bool = False,
    align: str = "left",
    valign: str = "middle",
    max_lines: int = 1,
    leading: float = 1.05,
) -> Placed:
    """Draw `text` as large as fits in `box` (never larger than max_size); never overflows.

    The text shrinks below MIN_SIZE only if the box itself is that small: a line is never clipped
    and never drawn outside its box.
    """
    if not text.strip():
        return EMPTY_PLACED
    lines, size = choose_lines(
        text, box, max_size, lang=lang, bold=bold, max_lines=max_lines, leading=leading
    )
    ascent = max(line.ascent for line in lines) * size
    descent = min(line.descent for line in lines) * size
    step = (ascent - descent) * leading
    block = (ascent - descent) + step * (len(lines) - 1)
    if valign == "top":
        top = box.top
    elif valign == "bottom":
        top = box.y + block
    else:
        top = box.y + (box.height + block) / 2
    ink_x0, ink_x1 = box.right, box.x
    baseline = top - ascent
    for line in lines:
        width = line.width(size)
        x = _line_x(box, width, align)
        draw(canvas, line, x, baseline, size)
        ink_x0, ink_x1 = min(ink_x0, x), max(ink_x1, x + width)
        baseline -= step
    return Placed(size, len(lines), Box(ink_x0, top - block, ink_x1 - ink_x0, block))


# --- wrapping ---------------------------------------------------------------------------------


def _break_word(
    word: str, width: float, size: float, lang: CjkLang | None, bold: bool
) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and prepare(current + char, lang, bold).width(size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    return [*pieces, current] if current else pieces


def wrap(
    text: str, width: float, size: float, *, lang: CjkLang | None = None, bold: bool = False
) -> list[Prepared]:
    """Greedy word wrap at spaces (a word wider than the line is broken between characters)."""
    lines: list[str] = []
    current = ""
    for word in unicodedata.normalize("NFC", text).split():
        candidate = f"{current} {word}" if current else word
        if prepare(candidate, lang, bold).width(size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if prepare(word, lang, bold).width(size) <= width:
            current = word
        else:
            *whole, current = _break_word(word, width, size, lang, bold)
            lines.extend(whole)
    if current:
        lines.append(current)
    return [prepare(line, lang, bold) for line in lines]


def block_height(lines: Sequence[Prepared], size: float, leading: float = 1.3) -> float:
    """Height of lines set `leading` × size apart, from the first ascent to the last descent."""
    if not lines:
        return 0.0
    ascent = max(line.ascent for line in lines)
    descent = min(line.descent for line in lines)
    return (ascent - descent) * size + (len(lines) - 1) * leading * size


def draw_lines(
    canvas: Canvas,
    lines: Sequence[Prepared],
    x: float,
    top: float,
    size: float,
    *,
    leading: float = 1.3,
    width: float = 0.0,
    align: str = "left",
) -> float:
    """Draw lines from `top` down (the first ascent touches top); returns the ink's bottom."""
    if not lines:
        return top
    baseline = top - max(line.ascent for line in lines) * size
    for line in lines:
        left = _line_x(Box(x, 0, width, 0), line.width(size), align) if width else x
        draw(canvas, line, left, baseline, size)
        baseline -= leading * size
    return baseline + leading * size + min(line.descent for line in lines) * size


def draw_wrapped(
    canvas: Canvas,
    text: str,
    x: float,
    top: float,
    width: float,
    size: float,
    *,
    lang: CjkLang | None = None,
    bold: bool = False,
    leading: float = 1.3,
    align: str = "left",
) -> float:
    """Draw wrapped text from `top` down; returns the y of the ink's bottom."""
    lines = wrap(text, width, size, lang=lang, bold=bold)
    return draw_lines(canvas, lines, x, top, size, leading=leading, width=width, align=align)


def wrapped_height(
    text: str, width: float, size: float, *, lang: CjkLang | None = None, bold: bool = False,
    leading: float = 1.3,
) -> float:  # fmt: skip
    return block_height(wrap(text, width, size, lang=lang, bold=bold), size, leading)


def draw_block(
    canvas: Canvas, content: str, box: Box, max_size: float, *, leading: float = 1.22,
    lang: CjkLang | None = None, bold: bool = False,
) -> Placed:  # fmt: skip
    """Wrapped text at the largest size (≤ max_size) whose lines all fit in `box`."""
    size = max_size
    lines = wrap(content, box.width, size, lang=lang, bold=bold)
    while size > MIN_SIZE and block_height(lines, size, leading) > box.height:
        size *= 0.93
        lines = wrap(content, box.width, size, lang=lang, bold=bold)
    bottom = draw_lines(canvas, lines, box.x, box.top, size, leading=leading)
    return Placed(size, len(lines), Box(box.x, bottom, box.width, box.top - bottom))


def readable(colour: Colour) -> Colour:
    """White or near-black text, whichever reads better on `colour`."""
    from sakura_desktop.printing.common import readable_on

    return readable_on(colour)
