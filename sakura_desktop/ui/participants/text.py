"""Words the Participants screen shows for stored values, and the search folding of names."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sakura_desktop.db.enums import Gender, ParticipantStatus, Role

ROLE_LABELS: dict[str, str] = {
    Role.STUDENT.value: "Student",
    Role.TEACHER.value: "Teacher",
    Role.STAFF.value: "Staff",
    Role.INTERPRETER.value: "Interpreter",
    Role.LECTURER.value: "Lecturer",
    Role.GUEST.value: "Guest",
}
GENDER_LABELS: dict[str, str] = {
    Gender.FEMALE.value: "Female",
    Gender.MALE.value: "Male",
    Gender.OTHER.value: "Other",
    Gender.UNSPECIFIED.value: "",
}
STATUS_LABELS: dict[str, str] = {
    ParticipantStatus.REGISTERED.value: "Registered",
    ParticipantStatus.ARRIVED.value: "Arrived",
    ParticipantStatus.DEPARTED.value: "Departed",
    ParticipantStatus.WITHDRAWN.value: "Withdrawn",
}


def role_label(role: str, is_leader: bool = False) -> str:
    label = ROLE_LABELS.get(role, role.capitalize())
    return f"{label} · leader" if is_leader else label


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else (many or word + 's')}"


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
