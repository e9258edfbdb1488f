"""The questionnaire's words as the interface shows them, in the interface language.

`core.survey.questionnaire` defines them once in English for the printed sheet (participant-facing
paper stays English); the entry and import dialogs show these translations, falling back to
core's text for anything not listed here.
"""

from __future__ import annotations

from sakura_desktop.core.survey.mapping import SurveyField
from sakura_desktop.core.survey.questionnaire import SCORE_LABELS, ComeBack, Part
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "SurveyWords"

_SCORES: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("SurveyWords", "Very dissatisfied"),
    2: QT_TRANSLATE_NOOP("SurveyWords", "Dissatisfied"),
    3: QT_TRANSLATE_NOOP("SurveyWords", "Neutral"),
    4: QT_TRANSLATE_NOOP("SurveyWords", "Satisfied"),
    5: QT_TRANSLATE_NOOP("SurveyWords", "Very satisfied"),
}
_PARTS: dict[str, str] = {
    "lectures": QT_TRANSLATE_NOOP("SurveyWords", "Lectures"),
    "lab_tours": QT_TRANSLATE_NOOP("SurveyWords", "Lab tours"),
    "experiments": QT_TRANSLATE_NOOP("SurveyWords", "Experiments"),
    "cultural": QT_TRANSLATE_NOOP("SurveyWords", "Cultural activities"),
    "meals_lodging": QT_TRANSLATE_NOOP("SurveyWords", "Meals and lodging"),
    "overall": QT_TRANSLATE_NOOP("SurveyWords", "The week overall"),
}
_COME_BACK: dict[str, str] = {
    ComeBack.YES.value: QT_TRANSLATE_NOOP("SurveyWords", "Yes"),
    ComeBack.MAYBE.value: QT_TRANSLATE_NOOP("SurveyWords", "Maybe"),
    ComeBack.NO.value: QT_TRANSLATE_NOOP("SurveyWords", "No"),
}
_FIELDS: dict[str, str] = {
    SurveyField.ROSTER_ID.value: QT_TRANSLATE_NOOP("SurveyWords", "Roster id"),
    SurveyField.EMAIL.value: QT_TRANSLATE_NOOP("SurveyWords", "E-mail"),
    SurveyField.COME_BACK.value: QT_TRANSLATE_NOOP("SurveyWords", "Come back to Japan"),
    SurveyField.COMMENTS.value: QT_TRANSLATE_NOOP("SurveyWords", "Comments"),
    SurveyField.CONSENT.value: QT_TRANSLATE_NOOP("SurveyWords", "Consent to alumni contact"),
}
COME_BACK_QUESTION = QT_TRANSLATE_NOOP(
    "SurveyWords", "Would you like to come back to Japan to study or work?"
)


def score_label(score: int) -> str:
    return translate(CONTEXT, _SCORES[score]) if score in _SCORES else SCORE_LABELS[score]


def part_label(part: Part) -> str:
    return translate(CONTEXT, _PARTS[part.key]) if part.key in _PARTS else part.label


def come_back_label(choice: ComeBack) -> str:
    return translate(CONTEXT, _COME_BACK[choice.value]) if choice in _COME_BACK else choice.label


def field_label(field: SurveyField) -> str:
    """A column's meaning in the import dialog ("Satisfaction: Lectures", "E-mail")."""
    if field.value in _PARTS:
        return translate("SurveyWords", "Satisfaction: {0}").format(
            translate(CONTEXT, _PARTS[field])
        )
    return translate(CONTEXT, _FIELDS[field.value]) if field.value in _FIELDS else field.label


def come_back_question() -> str:
    return translate(CONTEXT, COME_BACK_QUESTION)
