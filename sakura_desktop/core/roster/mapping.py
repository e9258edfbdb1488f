"""Which roster column fills which participant field: synonyms, user choices, saved per program.

A mapping is built in three layers, later ones winning: the automatic guess from the header
text (English, Japanese, Chinese and Korean synonyms), the mapping saved for the program the last
time, then the user's explicit choices. The saved mapping lives in `app_metadata` under
`roster_mapping:<program uuid>` as JSON {header: field or null}.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.programs import program_metadata_key
from sakura_desktop.core.roster.errors import MappingError
from sakura_desktop.core.roster.fields import Field, shown_label
from sakura_desktop.core.roster.wording import rows as rows_count
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.models import AppMetadata

if TYPE_CHECKING:
    from sakura_desktop.core.roster.table import RawRow

METADATA_PREFIX = "roster_mapping:"
NAME_FIELDS = (Field.FULL_NAME, Field.FAMILY_NAME, Field.GIVEN_NAME)

_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.EXTERNAL_ID: (
        "id", "participant id", "external id", "registration id", "registration no",
        "registration number", "reg no", "applicant id", "ref", "reference", "参加者id",
        "参加者番号", "登録番号", "受付番号", "申込番号", "参加者编号", "참가자번호",
    ),
    Field.FULL_NAME: (
        "name", "full name", "participant name", "passport name", "name in passport",
        "name as in passport", "name (as in passport)", "english name", "name in english",
        "氏名", "名前", "お名前", "参加者氏名", "氏名ローマ字", "ローマ字氏名", "氏名英語",
        "英語氏名", "英字氏名", "氏名英字", "パスポート氏名", "姓名", "英文姓名", "英文名",
        "英文名字", "성명", "영문성명", "영문이름", "이름영문",
    ),
    Field.FAMILY_NAME: (
        "family name", "surname", "last name", "family name (passport)", "姓", "氏", "苗字",
        "名字", "姓ローマ字", "姓英語", "姓英字", "ファミリーネーム", "英文姓", "姓氏", "성",
        "영문성",
    ),
    Field.GIVEN_NAME: (
        "given name", "first name", "forename", "given names", "given name (passport)", "名",
        "名ローマ字", "名英語", "名英字", "ファーストネーム", "이름",
    ),
    Field.NATIVE_NAME: (
        "native name", "name in native script", "native script name", "name (native)",
        "native script", "local name", "name in local language", "chinese name", "korean name",
        "thai name", "japanese name", "漢字氏名", "氏名漢字", "漢字", "現地語氏名",
        "母国語氏名", "母語氏名", "自国語表記", "現地表記", "原語氏名", "中文姓名", "中文名",
        "中文名字", "한글이름", "한글성명", "한글",
    ),
    Field.PREFERRED_NAME: (
        "preferred name", "nickname", "called name", "name on badge", "badge name", "呼び名",
        "ニックネーム", "通称", "愛称", "昵称", "暱稱", "닉네임",
    ),
    Field.ROLE: (
        "role", "category", "participant type", "type", "position", "区分", "役割",
        "参加区分", "種別", "身分", "立場", "役職", "类别", "類別", "身份", "구분", "역할",
    ),
    Field.GENDER: ("gender", "sex", "m/f", "性別", "性别", "성별"),
    Field.DATE_OF_BIRTH: (
        "date of birth", "dob", "birth date", "birthdate", "birthday", "born", "生年月日",
        "誕生日", "出生日期", "出生年月日", "생년월일",
    ),
    Field.EMAIL: (
        "email", "e-mail", "mail", "email address", "e-mail address", "メール",
        "メールアドレス", "eメール", "電子メール", "电子邮件", "電子郵件", "邮箱", "이메일",
    ),
    Field.DELEGATION: (
        "delegation", "group", "delegation name", "派遣団", "団", "団名", "グループ",
        "代表団", "代表团", "代表團", "대표단",
    ),
    Field.COUNTRY: (
        "country", "nation", "nationality", "citizenship", "country/region", "country code",
        "国", "国名", "国籍", "国・地域", "国地域", "出身国", "国家", "國家", "国家/地区",
        "國籍", "국가", "국적",
    ),
    Field.INSTITUTION: (
        "institution", "school", "university", "affiliation", "organisation", "organization",
        "school name", "所属", "所属機関", "所属先", "所属校", "学校", "学校名", "大学",
        "大学名", "学校名称", "学校名稱", "单位", "소속", "학교", "college", "home institution",
        "sending institution", "所属学校", "所属大学", "機構", "机构", "所属机构", "學校", "大學",
        "工作单位", "单位名称", "就读学校", "所在学校", "학교명", "소속기관", "대학", "대학교",
    ),
    Field.DIETARY: (
        "dietary", "dietary needs", "dietary requirements", "dietary restrictions", "diet",
        "food restrictions", "meal requirements", "食事制限", "食事", "食事の制限",
        "食事条件", "食の制限", "饮食限制", "飲食限制", "식이제한",
    ),
    Field.ALLERGIES: (
        "allergies", "allergy", "food allergy", "food allergies", "アレルギー",
        "食物アレルギー", "过敏", "過敏", "过敏史", "알레르기", "알러지",
    ),
    Field.PHONE: (
        "phone", "mobile", "mobile phone", "cell phone", "cellphone", "phone number", "tel",
        "telephone", "携帯", "携帯電話", "携帯番号", "電話番号", "手机", "手机号", "手機",
        "电话", "휴대폰", "휴대전화", "전화번호",
    ),
    Field.EMERGENCY_CONTACT_NAME: (
        "emergency contact", "emergency contact name", "emergency contact person",
        "緊急連絡先", "緊急連絡先氏名", "緊急連絡先名", "紧急联系人", "緊急聯絡人",
        "비상연락처", "비상연락인",
    ),
    Field.EMERGENCY_CONTACT_PHONE: (
        "emergency phone", "emergency contact phone", "emergency number", "emergency tel",
        "emergency telephone", "緊急連絡先電話番号", "緊急連絡先電話", "緊急連絡先tel",
        "緊急電話", "紧急联系电话", "緊急聯絡電話", "비상연락처전화", "비상연락처번호",
    ),
    Field.ROOM: (
        "room", "room no", "room number", "部屋", "部屋番号", "宿泊部屋", "房间", "房間",
        "房号", "방", "방번호",
    ),
    Field.NOTES: (
        "notes", "note", "remarks", "comments", "備考", "特記事項", "備註", "备注", "비고",
    ),
}  # fmt: skip

_IGNORED_WORDS = ("必須", "任意", "required", "optional")
# After NFKC: ( ) [ ] are ASCII already; the CJK corner and lenticular brackets are not.
_BRACKETED = re.compile(r"[(\[【「『〔〈《<]([^)\]】」』〕〉》>]*)[)\]】」』〕〉》>]")
_PARTS = re.compile(r"[/|\n]")
# What a bracketed qualifier on a name header says about the script of the names below it
# ("氏名（現地表記）", "Name (as in passport)", "성명(한글)"); matched as parts of the
# normalised qualifier, so "Name (Chinese characters)" and "姓名（中文）" both count as native.
_NATIVE_WORDS = (
    "native", "local", "original", "chinese", "korean", "japanese", "thai", "kanji", "hanzi",
    "hangul", "現地", "漢字", "汉字", "中文", "原語", "母国語", "母語", "自国語", "本国",
    "한글", "한자", "현지", "모국어",
)  # fmt: skip
_ROMAN_WORDS = (
    "passport", "english", "roman", "latin", "alphabet", "pinyin", "ローマ字", "英語", "英字",
    "英文", "拼音", "パスポート", "护照", "護照", "영문", "로마자", "여권",
)  # fmt: skip
# A kana reading ("氏名（フリガナ）") is neither the passport name nor the native one.
_READING_WORDS = (
    "フリガナ", "ふりがな", "カナ", "かな", "furigana", "kana", "reading", "読み", "よみ",
)  # fmt: skip
_SCRIPT_FIELDS = (Field.FULL_NAME, Field.NATIVE_NAME)
_SPLIT_NAME_FIELDS = (Field.FAMILY_NAME, Field.GIVEN_NAME)


def normalise_header(text: str) -> str:
    """The header as synonyms are compared: NFKC (full-width letters, brackets and spaces
    folded), casefolded, without "required"/"optional" marks, spaces and punctuation."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for word in _IGNORED_WORDS:
        folded = folded.replace(word, "")
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] not in "PZC")


def synonym_conflicts() -> dict[str, set[Field]]:
    """Header spellings (normalised) that more than one field claims; must stay empty."""
    claims: dict[str, set[Field]] = {}
    for field, words in _SYNONYMS.items():
        for word in (field.value, field.label, *words):
            claims.setdefault(normalise_header(word), set()).add(field)
    return {key: fields for key, fields in claims.items() if len(fields) > 1}


def _synonym_index() -> dict[str, Field]:
    index: dict[str, Field] = {}
    for field, words in _SYNONYMS.items():
        for word in (field.value, field.label, *words):
            index.setdefault(normalise_header(word), field)
    return index


_INDEX = _synonym_index()


def guess_field(header: str) -> Field | None:
    """The field a header names, from its text alone (or None).

    The whole header first ("Emergency contact (phone)"); then the header without its bracketed
    qualifiers, the qualifier deciding between the passport and the native name ("氏名（現地表記）"
    is the native name); then a bilingual header's glosses ("Trường / School", "Họ và tên (Full
    name)") when they agree.
    """
    found = _INDEX.get(normalise_header(header))
    if found is not None:
        return found
    text = unicodedata.normalize("NFKC", header)
    qualifiers = [normalise_header(q) for q in _BRACKETED.findall(text)]
    base = _BRACKETED.sub(" ", text)
    if any(word in q for q in qualifiers for word in _READING_WORDS):
        return None
    field = _plain_field(base)
    if field is None:
        return _one_field(qualifiers)
    native = any(word in q for q in qualifiers for word in _NATIVE_WORDS)
    roman = any(word in q for q in qualifiers for word in _ROMAN_WORDS)
    if native and not roman and field in _SCRIPT_FIELDS:
        return Field.NATIVE_NAME
    if native and not roman and field in _SPLIT_NAME_FIELDS:
        return None  # a native family or given name alone: no field holds it, say so instead
    return field


def _plain_field(text: str) -> Field | None:
    """A header without brackets: whole, or its parts around "/" when they agree."""
    found = _INDEX.get(normalise_header(text))
    if found is not None:
        return found
    return _one_field([normalise_header(part) for part in _PARTS.split(text)])


def _one_field(keys: Sequence[str]) -> Field | None:
    fields = {_INDEX[key] for key in keys if key in _INDEX}
    return fields.pop() if len(fields) == 1 else None


@dataclass(frozen=True)
class ColumnMapping:
    headers: tuple[str, ...]
    fields: tuple[Field | None, ...]  # aligned with headers; None = column ignored
    warnings: tuple[str, ...] = ()

    def column_of(self, field: Field) -> int | None:
        try:
            return self.fields.index(field)
        except ValueError:
            return None

    def header_of(self, field: Field) -> str | None:
        index = self.column_of(field)
        return None if index is None else self.headers[index]

    def mapped(self) -> dict[Field, int]:
        return {field: i for i, field in enumerate(self.fields) if field is not None}

    def as_dict(self) -> dict[str, str | None]:
        """{header: field value or None}, as saved and as the CLI's --mapping takes it."""
        return {h: (f.value if f else None) for h, f in zip(self.headers, self.fields, strict=True)}


def auto_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Map each header by its synonyms; when two headers name the same field, the first wins."""
    fields: list[Field | None] = []
    for header in headers:
        field = guess_field(header)
        fields.append(None if field in fields else field)
    return ColumnMapping(tuple(headers), tuple(fields))


def parse_field(value: str | None, header: str) -> Field | None:
    if value is None or not str(value).strip() or str(value).strip().lower() in ("ignore", "-"):
        return None
    try:
        return Field(str(value).strip().lower())
    except ValueError:
        known = ", ".join(f.value for f in Field)
        raise MappingError(
            translate(
                "RosterMapping",
                "The mapping gives column {header} the unknown field {value}; use one of: "
                "{known} (or null to ignore the column).",
            ).format(header=repr(header), value=repr(value), known=known)
        ) from None


def _find_header(headers: Sequence[str], wanted: str) -> int | None:
    if wanted in headers:
        return headers.index(wanted)
    key = normalise_header(wanted)
    matches = [i for i, h in enumerate(headers) if normalise_header(h) == key]
    return matches[0] if len(matches) == 1 else None


def apply_choices(
    base: ColumnMapping, choices: Mapping[str, str | None], *, strict: bool = True
) -> ColumnMapping:
    """`base` with columns re-mapped as `choices` says ({header: field or None}).

    A chosen field is taken away from any other column. With `strict`, a header that is not in
    the file becomes a warning and two headers chosen for one field are an error.
    """
    fields = list(base.fields)
    warnings = list(base.warnings)
    chosen: dict[Field, str] = {}
    for header, value in choices.items():
        index = _find_header(base.headers, header)
        if index is None:
            if strict:
                warnings.append(
                    translate(
                        "RosterMapping", "The mapping names a column {header} that this file lacks."
                    ).format(header=repr(header))
                )
            continue
        field = parse_field(value, header)
        if field is not None and field in chosen and strict:
            raise MappingError(
                translate(
                    "RosterMapping",
                    "The mapping puts both {first} and {second} into {field}; choose one.",
                ).format(first=repr(chosen[field]), second=repr(header), field=shown_label(field))
            )
        if field is not None:
            chosen[field] = header
            fields = [None if f == field else f for f in fields]
        fields[index] = field
    return ColumnMapping(base.headers, tuple(fields), tuple(warnings))


def build_mapping(
    headers: Sequence[str],
    saved: Mapping[str, str | None] | None = None,
    choices: Mapping[str, str | None] | None = None,
) -> ColumnMapping:
    """Automatic guess, then the program's saved mapping, then the user's choices."""
    mapping = auto_mapping(headers)
    if saved:
        mapping = apply_choices(mapping, saved, strict=False)
    if choices:
        mapping = apply_choices(mapping, choices, strict=True)
    return mapping


def check_mapping(mapping: ColumnMapping) -> None:
    """Refuse a mapping that cannot import anybody."""
    if not any(field in mapping.fields for field in NAME_FIELDS):
        raise MappingError(
            translate(
                "RosterMapping",
                "No column holds the participants' names. Map a column to Family name and Given "
                "name (or to Full name); the headers are: {headers}.",
            ).format(headers=", ".join(mapping.headers))
        )


def parse_mapping_json(text: str) -> dict[str, str | None]:
    """{header: field or null} from JSON text (the CLI's --mapping)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MappingError(
            translate(
                "RosterMapping", "The mapping is not valid JSON ({error} at {position})."
            ).format(error=exc.msg, position=exc.pos)
        ) from exc
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in value.items()
    ):
        # No placeholders here: the braces are JSON, so the sentence is not .format()ted.
        raise MappingError(
            translate(
                "RosterMapping",
                'The mapping must be a JSON object {"column header": "field" or null}, for '
                'example {"氏名": "full_name", "所属": "institution"}.',
            )
        )
    return dict(value)


# --- columns no field reads ------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnProfile:
    """What one column holds, enough to tell whether leaving it out loses names."""

    filled: int  # rows with something in this column
    non_latin: int  # rows whose text has letters of another script than Latin


def _cell_text(cell: object) -> str:
    if isinstance(cell, str):
        return cell.strip()
    return "" if cell is None else str(cell)


@functools.cache
def _is_latin_letter(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


def holds_non_latin(text: str) -> bool:
    """Letters of a non-Latin script in the text ("Müller" and "Nguyễn" are Latin)."""
    if text.isascii():
        return False
    return any(ch.isalpha() and not _is_latin_letter(ch) for ch in text)


def profile_columns(
    rows: Sequence[RawRow], columns: Sequence[int] | None = None
) -> dict[int, ColumnProfile]:
    """{column index: profile} for the given columns (all of them by default)."""
    width = len(rows[0].cells) if rows else 0
    wanted = range(width) if columns is None else columns
    profiles: dict[int, ColumnProfile] = {}
    for index in wanted:
        texts = [_cell_text(row.cells[index]) for row in rows]
        filled = [text for text in texts if text]
        profiles[index] = ColumnProfile(len(filled), sum(map(holds_non_latin, filled)))
    return profiles


# Header words of a column that holds people's names, in the Latin-script languages rosters come
# in (a non-Latin column is reported for its text anyway).
_NAME_WORDS = ("name", "surname", "tên", "họ", "nom", "nombre", "nama", "vorname")


def _names_people(header: str) -> bool:
    words = unicodedata.normalize("NFKC", header).casefold().replace("_", " ").split()
    return any(word.strip("()[]:*") in _NAME_WORDS or "name" in word for word in words)


def unmapped_column_warnings(
    mapping: ColumnMapping, profiles: dict[int, ColumnProfile]
) -> tuple[str, ...]:
    """One sentence for each column no field reads that holds names or non-Latin text: the
    file's data the import would drop without a word."""
    warnings: list[str] = []
    for index, (header, field_) in enumerate(zip(mapping.headers, mapping.fields, strict=True)):
        profile = profiles.get(index)
        if field_ is not None or profile is None or not profile.filled:
            continue
        if profile.non_latin:
            text = translate(
                "RosterMapping",
                "Column {header} holds non-Latin text in {rows} but is not mapped to any field; "
                "choose its field or it will not be imported.",
            ).format(header=repr(header), rows=rows_count(profile.non_latin))
        elif _names_people(header):
            text = translate(
                "RosterMapping",
                "Column {header} looks like it holds names ({rows} filled in) but is not mapped "
                "to any field; choose its field or it will not be imported.",
            ).format(header=repr(header), rows=rows_count(profile.filled))
        else:
            continue
        warnings.append(text)
    return tuple(warnings)


# --- saved per program -----------------------------------------------------------------------


def _metadata_key(factory: SessionFactory, program_id: int) -> str:
    return program_metadata_key(factory, program_id, METADATA_PREFIX)


def load_saved_mapping(factory: SessionFactory, program_id: int) -> dict[str, str | None]:
    key = _metadata_key(factory, program_id)
    with factory() as session:
        text = session.scalar(select(AppMetadata.value).where(AppMetadata.key == key))
    if not text:
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return {}
    return {str(k): (str(v) if v is not None else None) for k, v in dict(value).items()}


def save_mapping(factory: SessionFactory, program_id: int, mapping: ColumnMapping) -> None:
    """Remember these columns' fields for the program (merged with what was saved before)."""
    key = _metadata_key(factory, program_id)
    merged = load_saved_mapping(factory, program_id)
    merged.update(mapping.as_dict())
    text = json.dumps(merged, ensure_ascii=False, sort_keys=True)
    with factory.begin() as session:
        row = session.get(AppMetadata, key)
        if row is None:
            session.add(AppMetadata(key=key, value=text))
        else:
            row.value = text
