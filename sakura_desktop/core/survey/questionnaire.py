"""The post-visit questionnaire, defined once: the printed sheet, the notebook page, the entry
dialog, the import mapping and the reports all read it from here.

The parts of the week are a fixed list rather than one derived from each program's session
kinds: the funder compares programmes and years, which needs the same questions every time, and
a printed sheet must not change because a session was renamed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SCORE_MIN = 1
SCORE_MAX = 5
SCORES = tuple(range(SCORE_MIN, SCORE_MAX + 1))
SCORE_LABELS = {
    1: "Very dissatisfied",
    2: "Dissatisfied",
    3: "Neutral",
    4: "Satisfied",
    5: "Very satisfied",
}


@dataclass(frozen=True)
class Part:
    """A part of the week rated from 1 to 5; `key` is also its column in `survey_responses`."""

    key: str
    label: str  # as printed and as the report's row
    question: str  # the sentence on the printed sheet


PARTS: tuple[Part, ...] = (
    Part("lectures", "Lectures", "The lectures (including the laureate's lecture)"),
    Part("lab_tours", "Lab tours", "The tours of research laboratories and facilities"),
    Part("experiments", "Experiments", "The hands-on experiments and your notebook"),
    Part("cultural", "Cultural activities", "The cultural activities and campus visits"),
    Part("meals_lodging", "Meals and lodging", "Meals, lodging and transport"),
    Part("overall", "The week overall", "The week as a whole"),
)
PART_KEYS = tuple(part.key for part in PARTS)

COME_BACK_QUESTION = "Would you like to come back to Japan to study or work?"
COMMENTS_QUESTION = "Comments: what did you like most, and what should we change?"
CONSENT_QUESTION = (
    "May we contact you after the programme about studying or working in Japan "
    "(alumni news, scholarships, visits)? We keep your name, institution, country and e-mail."
)


class ComeBack(StrEnum):
    YES = "yes"
    MAYBE = "maybe"
    NO = "no"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Consent(StrEnum):
    """Consent to alumni contact. UNKNOWN is never stored: it is the absence of a record."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return {"yes": "Yes", "no": "No", "unknown": "Not asked yet"}[self.value]


@dataclass(frozen=True)
class SurveyAnswers:
    """One participant's answers; a part left blank is None (not every participant did every
    part of the week)."""

    scores: dict[str, int | None]  # part key -> 1..5 or None
    come_back: ComeBack | None = None
    comments: str = ""

    def __post_init__(self) -> None:
        unknown = set(self.scores) - set(PART_KEYS)
        if unknown:
            raise ValueError(f"unknown survey parts: {sorted(unknown)}")
        for key, score in self.scores.items():
            if score is not None and not SCORE_MIN <= score <= SCORE_MAX:
                raise ValueError(f"{key}: {score} is outside {SCORE_MIN}..{SCORE_MAX}")

    def score(self, key: str) -> int | None:
        return self.scores.get(key)

    @property
    def is_empty(self) -> bool:
        return (
            all(score is None for score in self.scores.values())
            and self.come_back is None
            and not self.comments.strip()
        )


def empty_answers() -> SurveyAnswers:
    return SurveyAnswers({key: None for key in PART_KEYS})
