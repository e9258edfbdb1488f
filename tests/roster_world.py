"""Helpers for the roster tests: a program, roster files written the way coordinators get them."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func, select

from sakura_desktop.core.programs import ProgramDraft, ProgramSummary, create_program
from sakura_desktop.db.engine import Database
from sakura_desktop.db.models import Delegation, Participant, Team, TeamMembership

# Native names per encoding, each with its delegation's headers in the local language.
ROSTERS: dict[str, tuple[list[str], list[list[str]]]] = {
    "cp932": (
        ["参加者番号", "姓", "名", "漢字氏名", "国名", "性別", "生年月日", "区分", "メールアドレス",
         "食事制限", "アレルギー", "緊急連絡先"],
        [
            ["JP-01", "Yamada", "Taro", "山田 太郎", "日本", "男", "2008年4月5日", "生徒",
             "taro@example.jp", "", "そば", "山田 花子 090-1234-5678"],
            ["JP-02", "Sato", "Hanako", "佐藤 花子", "日本", "女", "2008/05/06", "生徒",
             "hanako@example.jp", "ハラール", "", ""],
            ["JP-03", "Suzuki", "Ichiro", "鈴木 一郎", "日本", "男", "1975-01-20", "団長",
             "", "", "", ""],
            ["JP-04", "Takahashi", "Yui", "髙橋 結衣", "日本", "女", "2007/12/24", "生徒",
             "", "ベジタリアン", "卵、乳", "高橋 090-0000-1111"],
        ],
    ),
    "gb18030": (
        ["编号", "姓", "名", "中文姓名", "国家", "性别", "出生日期", "类别"],
        [
            ["CN-01", "Wang", "Xiaoming", "王小明", "中国", "男", "2008-01-02", "学生"],
            ["CN-02", "Li", "Hua", "李华", "中国", "女", "2007-11-12", "学生"],
            ["CN-03", "Zhang", "Wei", "张伟", "中国", "男", "2008-03-15", "学生"],
            ["CN-04", "Liu", "Yang", "刘洋", "中国", "女", "1980-06-30", "教师"],
        ],
    ),
    "cp950": (
        ["姓", "名", "中文姓名", "國家", "性別", "出生日期"],
        [
            ["Chen", "Meiling", "陳美玲", "台灣", "女", "2008-02-03"],
            ["Lin", "Chihhao", "林志豪", "台灣", "男", "2007-09-09"],
            ["Huang", "Yating", "黃雅婷", "台灣", "女", "2008-07-21"],
            ["Chang", "Chienhung", "張建宏", "台灣", "男", "2008-10-01"],
        ],
    ),
    "cp949": (
        ["성", "이름", "한글이름", "국가", "성별", "생년월일"],
        [
            ["Kim", "Minjun", "김민준", "한국", "남", "2008-01-15"],
            ["Lee", "Seoyeon", "이서연", "한국", "여", "2008-04-22"],
            ["Park", "Jiho", "박지호", "한국", "남", "2007-12-03"],
            ["Choi", "Yuna", "최유나", "한국", "여", "2008-08-08"],
        ],
    ),
}  # fmt: skip


def make_program(database: Database, code: str = "SSP-TEST") -> ProgramSummary:
    draft = ProgramDraft(code, "Test week", dt.date(2026, 7, 20), dt.date(2026, 7, 26))
    return create_program(database.session_factory, draft)


def csv_text(rows: Sequence[Sequence[object]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def write_csv(
    path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    path.write_bytes(csv_text(rows, delimiter).encode(encoding))
    return path


def counts(database: Database) -> tuple[int, int, int, int]:
    with database.session() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Participant, Delegation, Team, TeamMembership)
        )


def people(database: Database) -> list[Participant]:
    with database.session() as session:
        return list(session.scalars(select(Participant).order_by(Participant.id)))
