"""The value parsers of a participant's fields (dates, genders, roles, e-mails, names): the
roster importer (`validation`) and the participant edit dialog use the same ones, so a value the
importer accepts is exactly a value the dialog accepts."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.core.roster.readers import Cell
from sakura_desktop.db.enums import Gender, Role

EXCEL_EPOCH = dt.date(1899, 12, 30)
EARLIEST_BIRTH = dt.date(1900, 1, 1)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
# Translated where used (the parsers run on the CLI too, in English).
DATE_HINT = QT_TRANSLATE_NOOP("RosterValues", "write it as YYYY-MM-DD, for example 2008-04-05")


def cell_text(cell: Cell) -> str:
    """A cell as text: Excel's 1001.0 is "1001", dates are ISO, nothing is ""."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        return cell.isoformat()
    return str(cell)


def clean_text(text: str) -> str:
    """Unicode NFC, trimmed (free text such as dietary needs keeps its inner spacing)."""
    return unicodedata.normalize("NFC", text).strip()


def clean_name(text: str) -> str:
    """NFC, trimmed, runs of spaces (including ideographic spaces) folded to one."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def clean_native(text: str) -> str:
    """The native-script name as given (its inner spacing kept), in NFC and trimmed.

    NFC because files exported on a Mac hold decomposed letters (NFD): stored so, "Nguyễn" would
    not equal the romanised "Nguyễn" and the badge would print the name twice.
    """
    return unicodedata.normalize("NFC", text).strip()


def is_latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in text)


def split_full_name(text: str) -> tuple[str, str]:
    """(family, given) from one name column.

    "Family, Given" and passport style "FAMILY Given" put the family name first, as do names in
    CJK scripts; otherwise the last word is the family name ("Somchai Jaidee"). One word is a
    given name (mononyms).
    """
    name = clean_name(text)
    if "," in name:
        family, _, given = name.partition(",")
        return clean_name(family), clean_name(given)
    words = name.split(" ")
    if len(words) == 1:
        return "", name
    first = words[0]
    if not is_latin(name) or (first.isupper() and len(first) > 1):
        return first, " ".join(words[1:])
    return words[-1], " ".join(words[:-1])


_ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018,
         "m": 1867, "t": 1911, "s": 1925, "h": 1988, "r": 2018}  # fmt: skip
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_CJK = re.compile(r"^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号]?$")
_ERA = re.compile(
    r"^(明治|大正|昭和|平成|令和|[mtshr])\s*(\d{1,2}|元)\s*[年.]\s*(\d{1,2})\s*[月.]\s*(\d{1,2})\s*日?$"
)
_MONTH_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y")


def parse_date(cell: Cell) -> dt.date | None:
    """A date from the usual spellings or an Excel serial number; None for an empty cell.

    Raises ValueError with a message for the user. Day-first (05/04/2008 is 5 April) unless
    only month-first makes sense (04/25/2008).
    """
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return _from_serial(float(cell))
    text = unicodedata.normalize("NFKC", str(cell)).strip().lower()
    text = re.sub(r"[ t]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$", "", text).strip()
    parsed = _parse_date_text(text)
    if parsed is None:
        raise ValueError(
            translate("RosterValues", "“{value}” is not a date we can read; {hint}.").format(
                value=cell, hint=translate("RosterValues", DATE_HINT)
            )
        )
    return parsed


def _from_serial(value: float) -> dt.date:
    if not 1 <= value < 2958466:
        raise ValueError(
            translate("RosterValues", "{value} is not a date; {hint}.").format(
                value=f"{value:g}", hint=translate("RosterValues", DATE_HINT)
            )
        )
    return EXCEL_EPOCH + dt.timedelta(days=int(value))


def _parse_date_text(text: str) -> dt.date | None:
    try:
        if match := _YMD.match(text) or _CJK.match(text):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DMY.match(text):
            first, second, year = int(match[1]), int(match[2]), int(match[3])
            if second > 12 >= first:
                return dt.date(year, first, second)
            return dt.date(year, second, first)
        if match := _ERA.match(text):
            year = 1 if match[2] == "元" else int(match[2])
            return dt.date(_ERAS[match[1]] + year, int(match[3]), int(match[4]))
        if re.fullmatch(r"\d{8}", text):
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if re.fullmatch(r"\d{5}(\.0+)?", text):
            return _from_serial(float(text))
    except ValueError:
        return None
    words = " ".join(re.sub(r"[,\-]", " ", text).split())
    for fmt in _MONTH_FORMATS:
        try:
            return dt.datetime.strptime(words, fmt).date()
        except ValueError:
            continue
    return None


def check_birth_date(value: dt.date, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    if value > today:
        raise ValueError(
            translate("RosterValues", "{date} is in the future; check the year.").format(
                date=value.isoformat()
            )
        )
    if value < EARLIEST_BIRTH:
        raise ValueError(
            translate("RosterValues", "{date} is before 1900; check the year.").format(
                date=value.isoformat()
            )
        )


def _words(mapping: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {unicodedata.normalize("NFKC", w).casefold(): key for key, ws in mapping.items()
            for w in (key, *ws)}  # fmt: skip


_GENDERS = _words(
    {
        Gender.FEMALE.value: (
            "f",
            "w",
            "woman",
            "girl",
            "女",
            "女性",
            "女子",
            "おんな",
            "女生",
            "여",
            "여자",
            "여성",
        ),
        Gender.MALE.value: (
            "m",
            "man",
            "boy",
            "男",
            "男性",
            "男子",
            "おとこ",
            "男生",
            "남",
            "남자",
            "남성",
        ),
        Gender.OTHER.value: ("x", "non-binary", "nonbinary", "diverse", "その他", "其他", "기타"),
        Gender.UNSPECIFIED.value: (
            "",
            "-",
            "unknown",
            "n/a",
            "na",
            "prefer not to say",
            "未回答",
            "回答しない",
            "不明",
            "無回答",
        ),
    }
)
_LEADER = "leader"
_ROLES = _words(
    {
        Role.STUDENT.value: (
            "s",
            "pupil",
            "学生",
            "生徒",
            "児童",
            "参加学生",
            "高校生",
            "大学生",
            "大学院生",
            "学員",
            "学员",
            "학생",
            "participant",
        ),
        Role.TEACHER.value: (
            "t",
            "chaperone",
            "supervisor",
            "accompanying teacher",
            "教員",
            "教師",
            "先生",
            "引率",
            "引率者",
            "引率教員",
            "引率教師",
            "教师",
            "老師",
            "老师",
            "교사",
            "선생님",
            "인솔교사",
        ),
        _LEADER: (
            "delegation leader",
            "head",
            "team leader",
            "head of delegation",
            "団長",
            "代表",
            "团长",
            "團長",
            "단장",
        ),
        Role.STAFF.value: (
            "coordinator",
            "スタッフ",
            "職員",
            "事務局",
            "コーディネーター",
            "工作人员",
            "工作人員",
            "직원",
            "스태프",
        ),
        Role.INTERPRETER.value: (
            "translator",
            "通訳",
            "翻訳",
            "翻译",
            "翻譯",
            "口译",
            "통역",
            "통역사",
        ),
        Role.LECTURER.value: ("speaker", "professor", "講師", "教授", "讲师", "講者", "강사"),
        Role.GUEST.value: (
            "visitor",
            "observer",
            "ゲスト",
            "来賓",
            "見学者",
            "嘉宾",
            "嘉賓",
            "귀빈",
            "게스트",
        ),
    }
)


def parse_gender(text: str) -> Gender:
    key = unicodedata.normalize("NFKC", text).strip().casefold()
    if key in _GENDERS:
        return Gender(_GENDERS[key])
    raise ValueError(
        translate(
            "RosterValues",
            "“{value}” is not a gender we know; write F or M (女/男, female/male), X for other, "
            "or leave it empty.",
        ).format(value=text)
    )


def parse_role(text: str) -> tuple[Role, bool]:
    """(role, is delegation leader); empty means student. A leader is a teacher who leads."""
    key = unicodedata.normalize("NFKC", text).strip().casefold()
    if not key:
        return Role.STUDENT, False
    if key in _ROLES:
        found = _ROLES[key]
        return (Role.TEACHER, True) if found == _LEADER else (Role(found), False)
    known = ", ".join(role.value for role in Role)
    raise ValueError(
        translate(
            "RosterValues", "“{value}” is not a role we know; use one of {known} (or leader)."
        ).format(value=text, known=known)
    )


def parse_email(text: str) -> str | None:
    value = (text if text.isascii() else unicodedata.normalize("NFKC", text)).strip()
    if not value:
        return None
    if not EMAIL.match(value):
        raise ValueError(
            translate(
                "RosterValues", "“{value}” is not an e-mail address; write it as name@example.org."
            ).format(value=text)
        )
    return value
