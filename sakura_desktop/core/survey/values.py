"""Reading one answer cell of a form's export: a satisfaction, a come-back choice, a consent.

Each reader returns None for an empty cell (or "n/a": a part the person did not do) and raises
ValueError with the sentence a row message shows for anything else it cannot read.
"""

from __future__ import annotations

import re
import unicodedata

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.roster.table import Cell
from sakura_desktop.core.survey.questionnaire import (
    SCORE_LABELS,
    SCORE_MAX,
    SCORE_MIN,
    ComeBack,
    Consent,
)

_NOT_APPLICABLE = frozenset(("", "-", "n/a", "na", "not applicable", "did not attend", "なし"))
_LEADING_NUMBER = re.compile(r"^([+-]?\d+(?:\.\d+)?)")
_SCORE_WORDS = {label.casefold(): score for score, label in SCORE_LABELS.items()}
_COME_BACK_WORDS = {
    "yes": ComeBack.YES, "y": ComeBack.YES, "definitely": ComeBack.YES, "はい": ComeBack.YES,
    "maybe": ComeBack.MAYBE, "perhaps": ComeBack.MAYBE, "not sure": ComeBack.MAYBE,
    "undecided": ComeBack.MAYBE, "たぶん": ComeBack.MAYBE, "未定": ComeBack.MAYBE,
    "no": ComeBack.NO, "n": ComeBack.NO, "いいえ": ComeBack.NO,
}  # fmt: skip
_CONSENT_WORDS = {
    "yes": Consent.YES, "y": Consent.YES, "i agree": Consent.YES, "agree": Consent.YES,
    "はい": Consent.YES, "同意する": Consent.YES,
    "no": Consent.NO, "n": Consent.NO, "i do not agree": Consent.NO, "disagree": Consent.NO,
    "do not agree": Consent.NO, "いいえ": Consent.NO, "同意しない": Consent.NO,
}  # fmt: skip


def cell_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return " ".join(unicodedata.normalize("NFKC", str(cell)).split())


def _blank(text: str) -> bool:
    return text.casefold() in _NOT_APPLICABLE


def _not_a_score(value: object) -> str:
    return translate("SurveyValues", "{value} is not a satisfaction from {low} to {high}").format(
        value=repr(value), low=SCORE_MIN, high=SCORE_MAX
    )


def read_score(cell: Cell) -> int | None:
    """1..5 from "4", 4, 4.0, "4 - Satisfied" or "Satisfied"."""
    if isinstance(cell, bool):
        raise ValueError(_not_a_score(cell))
    text = cell_text(cell)
    if _blank(text):
        return None
    word = _SCORE_WORDS.get(text.casefold())
    if word is not None:
        return word
    match = _LEADING_NUMBER.match(text)
    if match is None:
        raise ValueError(_not_a_score(text))
    number = float(match.group(1))
    if not number.is_integer() or not SCORE_MIN <= number <= SCORE_MAX:
        raise ValueError(
            translate(
                "SurveyValues", "{value} is outside the satisfaction scale {low} to {high}"
            ).format(value=repr(text), low=SCORE_MIN, high=SCORE_MAX)
        )
    return int(number)


def _choice(text: str) -> str:
    """The answer's first clause: "Yes, I would like to" -> "yes"."""
    return re.split(r"[,.;:(、。（]", text.casefold(), maxsplit=1)[0].strip()


def read_come_back(cell: Cell) -> ComeBack | None:
    text = cell_text(cell)
    if _blank(text):
        return None
    found = _COME_BACK_WORDS.get(_choice(text))
    if found is None:
        raise ValueError(
            translate("SurveyValues", "{value} is not one of Yes, Maybe, No").format(
                value=repr(text)
            )
        )
    return found


def read_consent(cell: Cell) -> Consent | None:
    """Yes or No; None for an empty cell (the consent already recorded stays as it is)."""
    text = cell_text(cell)
    if _blank(text):
        return None
    found = _CONSENT_WORDS.get(_choice(text))
    if found is None:
        raise ValueError(
            translate("SurveyValues", "{value} is not Yes or No").format(value=repr(text))
        )
    return found
