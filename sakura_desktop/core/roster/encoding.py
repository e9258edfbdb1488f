"""Which text encoding a CSV roster is in: a forced choice, a BOM, UTF-8, or a detection among
the legacy encodings coordinators send (Shift_JIS, GB18030, Big5, EUC-KR, Western Windows).

Separate from the readers because detection is a self-contained judgement that raises
`EncodingUncertainError` with the candidates rather than ever guessing silently: first the
evidence in each reading's text (names in one script, characters every standard counts as
common, the country column), then charset-normalizer's opinion plus our own penalties and the
header cells each reading recognises. A file that is UTF-8 except for some lines (rows pasted
from a file in another encoding) is refused naming those lines: no reading of it is right.
"""

from __future__ import annotations

import codecs
import csv
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.roster.countries import resolve_country
from sakura_desktop.core.roster.errors import (
    EncodingCandidate,
    EncodingUncertainError,
    RosterFileError,
)
from sakura_desktop.core.roster.fields import Field
from sakura_desktop.core.roster.mapping import guess_field
from sakura_desktop.core.roster.table import HEADER_SCAN_ROWS, header_cells, sniff_delimiter
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
            translate(
                "RosterEncoding",
                "Unknown encoding {name}; use for example utf-8, shift_jis, gb18030, big5 "
                "or euc-kr.",
            ).format(name=repr(name))
        ) from exc
    return chosen


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, EncodingGuess]:
    """The file's text and how its encoding was found (forced, BOM, UTF-8 or detected)."""
    if encoding is not None:
        chosen = normalise_encoding(encoding)
        return _strict_decode(data, source, chosen), EncodingGuess(chosen, True)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), EncodingGuess("utf-8-sig", True)
        except UnicodeDecodeError:
            # The BOM says UTF-8 (Excel's "CSV UTF-8"): the lines that are not were pasted.
            raise _mixed_error(source, _lines_by_utf8(data)[1]) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict_decode(data, source, "utf-16"), EncodingGuess("utf-16", True)
    if b"\x00" in data:
        raise _binary_error(source)
    try:
        return data.decode("utf-8"), EncodingGuess("utf-8", True)
    except UnicodeDecodeError:
        pass
    guess, texts = detect_encoding(data)
    if guess is None and _looks_binary(data):
        raise _binary_error(source)
    utf8_lines, other_lines = _lines_by_utf8(data)
    if utf8_lines and not _reads_as_names(guess, texts):
        raise _mixed_error(source, other_lines)
    if guess is None:
        raise _unknown_encoding(source)
    if not guess.confident:
        raise _uncertain_error(source, guess, texts)
    return data.decode(guess.encoding), guess


def _lines_by_utf8(data: bytes) -> tuple[list[int], list[int]]:
    """The numbers of the lines with non-ASCII text that are valid UTF-8, and of the others."""
    valid: list[int] = []
    invalid: list[int] = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            invalid.append(number)
        else:
            valid.append(number)
    return valid, invalid


def _reads_as_names(guess: EncodingGuess | None, texts: dict[str, str]) -> bool:
    """Whether the legacy encoding found reads the whole file as names: if not, the lines that
    are valid UTF-8 say what the file is, and the others are rows saved in another encoding."""
    if guess is None:
        return False
    return read_evidence(guess.encoding, texts[guess.encoding]).strangeness < STRANGE


def _mixed_error(source: str, lines: Sequence[int]) -> RosterFileError:
    if len(lines) == 1:
        text = translate(
            "RosterEncoding",
            "{file} mixes text encodings: it is UTF-8 except line {lines}, which does not decode "
            "as UTF-8 (rows pasted from a file in another encoding); nothing was imported. "
            "Open the file in its spreadsheet program, check those rows, and save it again as "
            "CSV UTF-8.",
        )
    else:
        text = translate(
            "RosterEncoding",
            "{file} mixes text encodings: it is UTF-8 except lines {lines}, which do not decode "
            "as UTF-8 (rows pasted from a file in another encoding); nothing was imported. "
            "Open the file in its spreadsheet program, check those rows, and save it again as "
            "CSV UTF-8.",
        )
    return RosterFileError(text.format(file=source, lines=_line_list(lines)))


def _line_list(lines: Sequence[int], shown: int = 8) -> str:
    """The line numbers, for the sentence's "line …" / "lines …" (a few, then how many more)."""
    if len(lines) == 1:
        return str(lines[0])
    head = [str(number) for number in lines[:shown]]
    if len(lines) > shown:
        return translate("RosterEncoding", "{lines} and {count} more").format(
            lines=", ".join(head), count=f"{len(lines) - shown:,}"
        )
    return translate("RosterEncoding", "{lines} and {last}").format(
        lines=", ".join(head[:-1]), last=head[-1]
    )


def _strict_decode(data: bytes, source: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RosterFileError(
            translate(
                "RosterEncoding",
                "{file} is not valid {encoding} text (line {line} holds bytes that {encoding} "
                "does not allow). Choose another encoding, or save the file as CSV UTF-8 in Excel.",
            ).format(file=source, encoding=encoding, line=line)
        ) from exc


def _binary_error(source: str) -> RosterFileError:
    return RosterFileError(
        translate(
            "RosterEncoding",
            "{file} does not look like a CSV text file: it holds binary data. If it is an Excel "
            "workbook, give it the .xlsx extension; otherwise save it from its program as CSV "
            "UTF-8.",
        ).format(file=source)
    )


def _unknown_encoding(source: str) -> RosterFileError:
    return RosterFileError(
        translate(
            "RosterEncoding",
            "{file} is in an unknown text encoding; choose one with --encoding (for example "
            "cp1252, cp932, gb18030), or save the file from Excel as CSV UTF-8.",
        ).format(file=source)
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
        translate(
            "RosterEncoding",
            "Cannot tell the text encoding of {file} for sure (it reads as {encodings}). Look at "
            "the preview and choose the encoding whose names read right (command line: "
            "--encoding).",
        ).format(file=source, encodings=listed),
        candidates,
    )


def _sample(text: str, lines: int = 3) -> str:
    filled = [line for line in text.splitlines() if line.strip()]
    return "\n".join(filled[:lines])[:400]


def detect_encoding(data: bytes) -> tuple[EncodingGuess | None, dict[str, str]]:
    """Rank the legacy encodings that decode `data` without error; None when none does. Also
    returns the start of each reading (`EVIDENCE_SAMPLE` characters), judged and shown.

    First the evidence in each reading's text (`Reading`): a reading whose words mix scripts no
    name mixes, or that is thick with characters outside every standard's common core, loses to
    one that reads as names. Of the readings left, the one the country column points at wins
    (China -> GB18030, Taiwan/Hong Kong/Macau -> Big5, Korea -> CP949, Japan -> Shift_JIS).
    Then charset-normalizer's opinion (chaos, language coherence) plus our own penalty for
    characters that betray a wrong reading, and, when those are close, the reading that
    recognises the most header cells. Confident only when one of these steps singles out one
    reading; otherwise the remaining readings are the alternatives to ask about. cp1252
    (Western Windows) joins only when its reading looks like Latin-script words.
    """
    texts: dict[str, str] = {}
    for name in CANDIDATE_ENCODINGS:
        try:
            # Only the start is kept: a large file's five full readings would be held at once.
            texts[name] = data.decode(name)[:EVIDENCE_SAMPLE]
        except UnicodeDecodeError:
            continue
    latin = _latin_reading(data)
    if latin is not None:
        if not texts:
            return EncodingGuess(LATIN_ENCODING, True), {LATIN_ENCODING: latin[:EVIDENCE_SAMPLE]}
        texts[LATIN_ENCODING] = latin[:EVIDENCE_SAMPLE]
    if not texts:
        return None, texts
    contenders = evidence_contenders([read_evidence(name, text) for name, text in texts.items()])
    if len(contenders) == 1:
        return EncodingGuess(contenders[0], True, _others(texts, contenders[0])), texts
    return _rank_by_opinion(data, {name: texts[name] for name in contenders}), texts


def _others(texts: dict[str, str], chosen: str) -> tuple[str, ...]:
    return tuple(name for name in texts if name != chosen)


def _rank_by_opinion(data: bytes, texts: dict[str, str]) -> EncodingGuess:
    scores = {name: _badness(text, opinion) for name, text, opinion in _opinions(data, texts)}
    ranked = sorted(texts, key=lambda name: scores[name])
    best = ranked[0]
    close = [n for n in ranked[1:] if scores[n] - scores[best] < 0.1]
    if scores[best] < 0.3 and not close:
        return EncodingGuess(best, True, tuple(ranked[1:]))
    contenders = [best, *close] if close else ranked
    winner = _most_header_cells({name: texts[name] for name in contenders})
    if winner is not None:
        return EncodingGuess(winner, True, tuple(n for n in ranked if n != winner))
    return EncodingGuess(best, False, tuple(close))


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
_UTF8_PAIR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]")


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
    if _UTF8_PAIR.search(data):
        return None  # "ZoÃ«": UTF-8 text, which a real cp1252 file does not hold
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


# --- evidence in the text: names in one script, common characters, the country column --------

# The encoding a delegation's own spreadsheet program saves in, by the country it names.
COUNTRY_ENCODINGS = {"CN": "gb18030", "TW": "cp950", "HK": "cp950", "MO": "cp950",
                     "KR": "cp949", "JP": "cp932"}  # fmt: skip
# How much stranger than the best reading another may be and still count as names.
STRANGENESS_MARGIN = 0.2
# A best reading stranger than this is no evidence at all (every reading is odd).
STRANGE = 0.5
ODD_WORD_WEIGHT = 3
EVIDENCE_SAMPLE = 200_000  # characters of a long file's start that are enough to judge


@dataclass(frozen=True)
class Reading:
    """What one reading of the bytes says about itself.

    A name is written in one script: Han, Hangul, or Han with kana, never Hangul inside a Han
    word; a wrong reading of double-byte text breaks that inside words. A wrong reading also
    lands on characters outside every standard's common core (GB2312 level 1, JIS level 1,
    Big5's frequent characters, KS X 1001's 2,350 syllables), which a roster's names hardly use.
    """

    encoding: str
    words: int  # words holding CJK letters
    odd_words: int  # of which mix scripts that no word mixes
    letters: int  # CJK letters
    rare_letters: int  # of which outside every common core
    countries: frozenset[str]  # encodings the country column's values point at

    @property
    def strangeness(self) -> float:
        # A word that mixes scripts is near proof of a wrong reading; a rare letter only a hint.
        odd = ODD_WORD_WEIGHT * self.odd_words / max(self.words, 1)
        return odd + self.rare_letters / max(self.letters, 1)

    @property
    def matches_country(self) -> bool:
        return self.encoding in self.countries


def evidence_contenders(readings: Sequence[Reading]) -> list[str]:
    """The readings the text's evidence leaves: those that read about as much like names as
    the best one (all of them when even the best is strange), narrowed to the one the country
    column points at when exactly one does."""
    best = min(reading.strangeness for reading in readings)
    left = list(readings)
    if best < STRANGE:
        left = [r for r in readings if r.strangeness <= best + _margin(r) + 1e-9]
    by_country = [reading for reading in left if reading.matches_country]
    if len(by_country) == 1:
        left = by_country
    return [reading.encoding for reading in left]


def _unlikely_symbol(ch: str) -> bool:
    code = ord(ch)
    if 0x2500 <= code <= 0x257F or 0xFE30 <= code <= 0xFE6F:
        return True
    return unicodedata.category(ch) in ("Co", "Cn", "Cc")


def _margin(reading: Reading) -> float:
    """How much stranger than the best a reading may be: one rare letter more at least, as
    a short file's only name may hold one (楊千嬅)."""
    return max(STRANGENESS_MARGIN, 1 / max(reading.letters, 1))


def read_evidence(encoding: str, text: str) -> Reading:
    sample = text[:EVIDENCE_SAMPLE]  # detect_encoding's readings are samples already
    words = odd = letters = rare = 0
    for match in _WORD.finditer(sample):
        scripts = [_script(ch) for ch in match.group()]
        cjk = [script for script in scripts if script in _CJK_SCRIPTS]
        if not cjk:
            continue
        words += 1
        odd += not _one_script(match.group(), set(scripts))
        letters += len(cjk)
        rare += sum(1 for ch in match.group() if _script(ch) in _CJK_SCRIPTS and _rare(ch))
    # Private-use and unassigned characters, box drawings, small forms: no roster holds them.
    unlikely = sum(1 for ch in sample if ord(ch) > 0x7F and _unlikely_symbol(ch))
    letters, rare = letters + unlikely, rare + unlikely
    return Reading(encoding, words, odd, letters, rare, _country_encodings(sample))


_WORD = re.compile(r"[^\W\d_]+")
_HAN, _HANGUL, _KANA, _HALF_KANA, _LATIN, _OTHER = "han", "hangul", "kana", "hw", "latin", "other"
_CJK_SCRIPTS = frozenset((_HAN, _HANGUL, _KANA, _HALF_KANA))
# The scripts one word may hold together; Latin letters join Han, kana and Hangul ("A型",
# "Tシャツ", "A형") but not half-width katakana, which single Korean or Chinese bytes read
# as Shift_JIS scatter between Latin letters and kanji.
_NAME_SCRIPTS = (
    frozenset((_HAN, _KANA, _LATIN)), frozenset((_HANGUL, _LATIN)), frozenset((_HALF_KANA,)),
    frozenset((_OTHER, _LATIN)),
)  # fmt: skip
# Half-width small kana and sound marks never start a word.
_HALF_KANA_NOT_FIRST = frozenset("ｧｨｩｪｫｬｭｮｯｰﾞﾟ")


def _script(ch: str) -> str:
    code = ord(ch)
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return _HANGUL
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF:
        return _KANA
    if 0xFF66 <= code <= 0xFF9F:
        return _HALF_KANA
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return _HAN
    if code == 0x3005 or code == 0x3007:  # 々 and 〇 repeat and count in Han names
        return _HAN
    return _LATIN if code < 0x250 else _OTHER


def _one_script(word: str, scripts: set[str]) -> bool:
    if word[0] in _HALF_KANA_NOT_FIRST or _CJK_INSIDE_LATIN.search(word):
        return False
    return any(scripts <= allowed for allowed in _NAME_SCRIPTS)


_LATIN_LETTER = "A-Za-z\u00c0-\u024f"
_CJK_LETTER = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff"
# A CJK letter inside a Latin word ("M眉ller", "Garc챠a") or after three Latin letters
# ("Jos茅"): UTF-8 accents read as a double-byte encoding. "A型" and "Tシャツ" stay names.
_CJK_INSIDE_LATIN = re.compile(
    f"[{_LATIN_LETTER}][{_CJK_LETTER}]+[{_LATIN_LETTER}]|[{_LATIN_LETTER}]{{3}}[{_CJK_LETTER}]"
)


def _rare(ch: str) -> bool:
    script = _script(ch)
    if script == _HANGUL:
        return not _in_core(ch, "euc_kr", 0xB0, 0xC8) or not _name_syllable(ch)
    if script == _HAN:
        return not (
            _in_core(ch, "gb2312", 0xB0, 0xD7)
            or _in_core(ch, "euc_jp", 0xB0, 0xCF)
            or _in_core(ch, "cp950", 0xA4, 0xC5)
        )
    return False


# Syllables of Korean names start with a plain consonant and end in a vowel or one of
# ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ (김 민 준 서 연 석 철 섭 영); tense initials (ㄲ ㄸ ㅃ ㅆ ㅉ) and other finals
# (썅 깥 얗 잎) fill the syllables that Chinese bytes read as CP949 produce.
_TENSE_INITIALS = frozenset((1, 4, 8, 10, 13))
_NAME_FINALS = frozenset((0, 1, 4, 8, 16, 17, 21))


def _name_syllable(ch: str) -> bool:
    index = ord(ch) - 0xAC00
    if not 0 <= index < 11172:
        return False  # a lone jamo
    return index // 588 not in _TENSE_INITIALS and index % 28 in _NAME_FINALS


@functools.cache
def _in_core(ch: str, encoding: str, first: int, last: int) -> bool:
    """Whether `ch` is a two-byte character of `encoding` whose lead byte is in first..last:
    the frequent characters of the standard (GB2312 and JIS level 1, Big5's frequent
    characters, KS X 1001's Hangul)."""
    try:
        encoded = ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and first <= encoded[0] <= last


def _country_encodings(text: str) -> frozenset[str]:
    """The encodings the values of the text's country column point at (empty without one)."""
    lines = [line for line in text.splitlines() if line.strip()]
    try:
        rows = list(csv.reader(lines, delimiter=sniff_delimiter(text)))
    except csv.Error:
        return frozenset()
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        column = next((i for i, cell in enumerate(row) if guess_field(cell) is Field.COUNTRY), None)
        if column is not None:
            values = {r[column] for r in rows[index + 1 :] if len(r) > column}
            return frozenset(_encoding_of_country(value) for value in values) - {""}
    return frozenset()


def _encoding_of_country(value: str) -> str:
    country = resolve_country(value)
    return COUNTRY_ENCODINGS.get(country.code, "") if country is not None else ""
