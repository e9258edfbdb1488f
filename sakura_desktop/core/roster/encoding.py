"""Which text encoding a CSV roster is in: a forced choice, a BOM, UTF-8, or a detection among
the legacy encodings coordinators send (Shift_JIS, GB18030, Big5, EUC-KR, Western Windows).

Separate from the readers because detection is a self-contained judgement (charset-normalizer's
opinion plus our own penalties and the header cells each reading recognises) that raises
`EncodingUncertainError` with the candidates rather than ever guessing silently.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sakura_desktop.core.roster.errors import (
    EncodingCandidate,
    EncodingUncertainError,
    RosterFileError,
)
from sakura_desktop.core.roster.table import header_cells
from sakura_desktop.errors import UserError

# Tried, in this order, when a file is not UTF-8. Supersets of what people name them:
# cp932 = Windows Shift_JIS, cp949 = Windows EUC-KR, cp950 = Windows Big5, gb18030 > GBK.
CANDIDATE_ENCODINGS = ("cp932", "gb18030", "cp950", "cp949")
# Western-Windows Excel's "CSV": tried too, but only when the text reads as Latin-script words.
LATIN_ENCODING = "cp1252"
ENCODING_ALIASES = {
    "shiftjis": "cp932",
    "sjis": "cp932",
    "shift_jis": "cp932",
    "mskanji": "cp932",
    "windows31j": "cp932",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "cp936": "gb18030",
    "big5": "cp950",
    "euckr": "cp949",
    "euc_kr": "cp949",
    "uhc": "cp949",
    "windows1252": "cp1252",
    "latin1": "cp1252",
    "ansi": "cp1252",
    "utf8": "utf-8",
    "utf8sig": "utf-8-sig",
    "utf8bom": "utf-8-sig",
}
_CHARSET_NORMALIZER_NAMES = {
    "cp932": "cp932",
    "shift_jis": "cp932",
    "gb18030": "gb18030",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "big5": "cp950",
    "cp950": "cp950",
    "big5hkscs": "cp950",
    "cp949": "cp949",
    "euc_kr": "cp949",
    "cp1252": "cp1252",
    "windows_1252": "cp1252",
}


@dataclass(frozen=True)
class EncodingGuess:
    encoding: str
    confident: bool
    alternatives: tuple[str, ...] = ()


def normalise_encoding(name: str) -> str:
    """A Python codec for what a user typed (Shift_JIS, GBK, EUC-KR, Big5, utf8 ...)."""
    key = name.strip().lower().replace("-", "").replace(" ", "")
    chosen = ENCODING_ALIASES.get(key, ENCODING_ALIASES.get(name.strip().lower(), name.strip()))
    try:
        codecs.lookup(chosen)
    except LookupError as exc:
        raise UserError(
            f"Unknown encoding {name!r}; use for example utf-8, shift_jis, gb18030, big5 or euc-kr."
        ) from exc
    return chosen


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, EncodingGuess]:
    """The file's text and how its encoding was found (forced, BOM, UTF-8 or detected)."""
    if encoding is not None:
        chosen = normalise_encoding(encoding)
        return _strict_decode(data, source, chosen), EncodingGuess(chosen, True)
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return _strict_decode(data, source, name), EncodingGuess(name, True)
    if b"\x00" in data:
        raise _binary_error(source)
    try:
        return data.decode("utf-8"), EncodingGuess("utf-8", True)
    except UnicodeDecodeError:
        pass
    guess, texts = detect_encoding(data)
    if guess is None:
        raise _binary_error(source) if _looks_binary(data) else _unknown_encoding(source)
    if not guess.confident:
        raise _uncertain_error(source, guess, texts)
    return texts[guess.encoding], guess


def _strict_decode(data: bytes, source: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RosterFileError(
            f"{source} is not valid {encoding} text (line {line} holds bytes that {encoding} "
            "does not allow). Choose another encoding, or save the file as CSV UTF-8 in Excel."
        ) from exc


def _binary_error(source: str) -> RosterFileError:
    return RosterFileError(
        f"{source} does not look like a CSV text file: it holds binary data. If it is an Excel "
        "workbook, give it the .xlsx extension; otherwise save it from its program as CSV UTF-8."
    )


def _unknown_encoding(source: str) -> RosterFileError:
    return RosterFileError(
        f"{source} is in an unknown text encoding; choose one with --encoding (for example "
        "cp1252, cp932, gb18030), or save the file from Excel as CSV UTF-8."
    )


def _looks_binary(data: str | bytes) -> bool:
    """True when the start of the text (or bytes) is thick with control characters other than
    tab, newlines and form feed: binary data, not a CSV."""
    sample = data[:20000]
    codes = sample if isinstance(sample, bytes) else map(ord, sample)
    controls = sum(1 for code in codes if code < 0x20 and code not in b"\t\r\n\f")
    return controls > max(2, len(sample) // 200)


def _uncertain_error(
    source: str, guess: EncodingGuess, texts: dict[str, str]
) -> EncodingUncertainError:
    names = (guess.encoding, *guess.alternatives)
    candidates = [EncodingCandidate(n, _sample(texts[n])) for n in names]
    listed = ", ".join(names)
    return EncodingUncertainError(
        f"Cannot tell the text encoding of {source} for sure (it reads as {listed}). Look at the "
        "preview and choose the encoding whose names read right (command line: --encoding).",
        candidates,
    )


def _sample(text: str, lines: int = 3) -> str:
    filled = [line for line in text.splitlines() if line.strip()]
    return "\n".join(filled[:lines])[:400]


def detect_encoding(data: bytes) -> tuple[EncodingGuess | None, dict[str, str]]:
    """Rank the legacy encodings that decode `data` without error; None when none does.

    charset-normalizer judges how natural each reading is (chaos, language coherence); we add
    our own penalty for characters that betray a wrong reading (half-width katakana from Korean,
    box drawings and small forms from Big5 read as GB). Confident only when one reading clearly
    beats the others, or, when they are close (short files), when one reading recognises more
    header cells than the others. cp1252 (Western Windows) joins only when its reading looks
    like Latin-script words.
    """
    texts: dict[str, str] = {}
    for name in CANDIDATE_ENCODINGS:
        try:
            texts[name] = data.decode(name)
        except UnicodeDecodeError:
            continue
    latin = _latin_reading(data)
    if latin is not None:
        if not texts:
            return EncodingGuess(LATIN_ENCODING, True), {LATIN_ENCODING: latin}
        texts[LATIN_ENCODING] = latin
    if not texts:
        return None, texts
    scores = {name: _badness(text, opinion) for name, text, opinion in _opinions(data, texts)}
    ranked = sorted(texts, key=lambda name: scores[name])
    best = ranked[0]
    close = [n for n in ranked[1:] if scores[n] - scores[best] < 0.1]
    if scores[best] < 0.3 and not close:
        return EncodingGuess(best, True, tuple(ranked[1:])), texts
    contenders = [best, *close] if close else ranked
    winner = _most_header_cells({name: texts[name] for name in contenders})
    if winner is not None:
        return EncodingGuess(winner, True, tuple(n for n in ranked if n != winner)), texts
    return EncodingGuess(best, False, tuple(close)), texts


def _most_header_cells(texts: dict[str, str]) -> str | None:
    """The one reading whose header row names the most known fields (None on a tie)."""
    hits = {name: header_cells(text) for name, text in texts.items()}
    top = max(hits.values(), default=0)
    leaders = [name for name, count in hits.items() if count == top]
    return leaders[0] if top > 0 and len(leaders) == 1 else None


_NOT_LATIN = re.compile(
    "[^\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f"
    "\u00a0\u00a1\u00aa\u00ab\u00b0\u00b7\u00ba\u00bb\u00bf"
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac]"
)
_LONG_NON_ASCII_RUN = re.compile("[^\x00-\x7f]{3,}")


def _latin_reading(data: bytes) -> str | None:
    """The cp1252 reading when it looks like Western text: accented Latin letters (and the usual
    typographic marks) inside ASCII words, never runs of three or more, as double-byte CJK text
    read as cp1252 would give. None otherwise."""
    try:
        text = data.decode(LATIN_ENCODING)
    except UnicodeDecodeError:
        return None
    if _NOT_LATIN.search(text) or _LONG_NON_ASCII_RUN.search(text):
        return None
    return text


def _opinions(
    data: bytes, texts: dict[str, str]
) -> Iterable[tuple[str, str, tuple[float, float] | None]]:
    from charset_normalizer import from_bytes

    opinions: dict[str, tuple[float, float]] = {}
    isolation = [n for n, ours in _CHARSET_NORMALIZER_NAMES.items() if ours in texts]
    for match in from_bytes(data, cp_isolation=isolation):
        ours = _CHARSET_NORMALIZER_NAMES.get(match.encoding)
        if ours is not None and ours not in opinions:
            opinions[ours] = (match.chaos, match.coherence)
    for name, text in texts.items():
        yield name, text, opinions.get(name)


def _badness(text: str, opinion: tuple[float, float] | None) -> float:
    chaos, coherence = opinion if opinion is not None else (1.0, 0.0)
    return chaos + _suspicion(text) - coherence


def _suspicion(text: str) -> float:
    """The share of non-ASCII characters that a correct reading of a roster would hardly hold."""
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return 0.0
    return sum(1 for ch in wide if _suspicious(ch)) / len(wide)


_SUSPICIOUS_RANGES = (
    (0xFF61, 0xFF9F),  # half-width katakana: Korean or Chinese bytes read as Shift_JIS
    (0x2500, 0x257F),  # box drawing
    (0xFE30, 0xFE6F),  # CJK compatibility and small form variants
    (0xE000, 0xF8FF),  # private use
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x3400, 0x4DBF),  # CJK extension A (rare characters)
    (0x3130, 0x318F),  # isolated hangul jamo
)


def _suspicious(ch: str) -> bool:
    code = ord(ch)
    if any(low <= code <= high for low, high in _SUSPICIOUS_RANGES):
        return True
    return unicodedata.category(ch) in ("Co", "Cn", "Cc")
