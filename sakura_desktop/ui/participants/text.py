"""Words the Participants screen shows for stored values, and the search folding of names.

The tables are marked for translation (context "ParticipantWords") and translated where shown,
through the functions below; never at import, before the translator is installed."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sakura_desktop.db.enums import Gender, ParticipantStatus, Role
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

WORDS = "ParticipantWords"
ROLE_LABELS: dict[str, str] = {
    Role.STUDENT.value: QT_TRANSLATE_NOOP("ParticipantWords", "Student"),
    Role.TEACHER.value: QT_TRANSLATE_NOOP("ParticipantWords", "Teacher"),
    Role.STAFF.value: QT_TRANSLATE_NOOP("ParticipantWords", "Staff"),
    Role.INTERPRETER.value: QT_TRANSLATE_NOOP("ParticipantWords", "Interpreter"),
    Role.LECTURER.value: QT_TRANSLATE_NOOP("ParticipantWords", "Lecturer"),
    Role.GUEST.value: QT_TRANSLATE_NOOP("ParticipantWords", "Guest"),
}
# The role filter's choices ("Students"): whole words, not a label plus "s".
ROLE_PLURALS: dict[str, str] = {
    Role.STUDENT.value: QT_TRANSLATE_NOOP("ParticipantWords", "Students"),
    Role.TEACHER.value: QT_TRANSLATE_NOOP("ParticipantWords", "Teachers"),
    Role.STAFF.value: QT_TRANSLATE_NOOP("ParticipantWords", "Staff"),
    Role.INTERPRETER.value: QT_TRANSLATE_NOOP("ParticipantWords", "Interpreters"),
    Role.LECTURER.value: QT_TRANSLATE_NOOP("ParticipantWords", "Lecturers"),
    Role.GUEST.value: QT_TRANSLATE_NOOP("ParticipantWords", "Guests"),
}
GENDER_LABELS: dict[str, str] = {
    Gender.FEMALE.value: QT_TRANSLATE_NOOP("ParticipantWords", "Female"),
    Gender.MALE.value: QT_TRANSLATE_NOOP("ParticipantWords", "Male"),
    Gender.OTHER.value: QT_TRANSLATE_NOOP("ParticipantWords", "Other"),
    Gender.UNSPECIFIED.value: "",
}
STATUS_LABELS: dict[str, str] = {
    ParticipantStatus.REGISTERED.value: QT_TRANSLATE_NOOP("ParticipantWords", "Registered"),
    ParticipantStatus.ARRIVED.value: QT_TRANSLATE_NOOP("ParticipantWords", "Arrived"),
    ParticipantStatus.DEPARTED.value: QT_TRANSLATE_NOOP("ParticipantWords", "Departed"),
    ParticipantStatus.WITHDRAWN.value: QT_TRANSLATE_NOOP("ParticipantWords", "Withdrawn"),
}


def _word(table: dict[str, str], value: str, fallback: str) -> str:
    text = table.get(value)
    if text is None:
        return fallback
    return translate(WORDS, text) if text else ""


def role_name(role: str) -> str:
    return _word(ROLE_LABELS, role, role.capitalize())


def role_plural(role: str) -> str:
    return _word(ROLE_PLURALS, role, role.capitalize())


def gender_name(gender: str) -> str:
    return _word(GENDER_LABELS, gender, gender)


def status_name(status: str) -> str:
    return _word(STATUS_LABELS, status, status)


def role_label(role: str, is_leader: bool = False) -> str:
    label = role_name(role)
    return translate("ParticipantWords", "{0} · leader").format(label) if is_leader else label


def plural(count: int, word: str, many: str | None = None) -> str:
    """English only (kept for callers outside the interface); the screens use `counted`."""
    return f"{count:,} {word if count == 1 else (many or word + 's')}"


def counted(count: int, one: str, many: str, *others: object, **named: object) -> str:
    """`one` or `many` (each a translated sentence with "{0}") filled with `count` grouped, then
    `others` as {1}, {2}… and `named`: counted(n, tr("{0} participant"), tr("{0} participants"))."""
    return (one if count == 1 else many).format(f"{count:,}", *others, **named)


# --- search folding ------------------------------------------------------------------------

# Latin letters that carry no combining mark to strip but are typed without their stroke.
_LATIN_EXTRA = {"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ı": "i", "ħ": "h", "ŧ": "t",
                "æ": "ae", "œ": "oe", "þ": "th", "ŋ": "ng"}  # fmt: skip


def _is_latin_letter(ch: str) -> bool:
    code = ord(ch)
    return (
        0x00C0 <= code <= 0x024F  # Latin-1 supplement, extended A and B
        or 0x1E00 <= code <= 0x1EFF  # Latin extended additional (Vietnamese)
        or 0x0250 <= code <= 0x02AF
    )


class _FoldTable(dict[int, str]):
    """Per-character folding for `str.translate`, filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch).casefold()
        out = []
        for part in folded:
            if _is_latin_letter(part):
                base = "".join(
                    c for c in unicodedata.normalize("NFKD", part) if not unicodedata.combining(c)
                )
                out.append(_LATIN_EXTRA.get(base, base))
            elif 0x0300 <= ord(part) <= 0x036F:  # a loose combining diacritic (NFD text)
                continue
            else:
                out.append(part)
        result = "".join(out)
        self[code] = result
        return result


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Text for searching: case-insensitive, and diacritic-insensitive for Latin letters only
    ("Nguyễn" -> "nguyen", "Đặng" -> "dang"); other scripts are kept (NFKC, so half-width
    katakana and full-width letters match their usual forms).
    """
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def search_terms(text: str) -> tuple[str, ...]:
    """The folded words of a query; every word must appear in a row's key."""
    return tuple(fold(text).split())


_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[Any, ...]:
    """Sort "Team 2" before "Team 10"."""
    parts = _DIGITS.split(text.casefold())
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))
