"""Which column of an online form's export holds which survey answer.

Google Forms and Microsoft Forms name a column by its whole question ("How satisfied were you
with the lab tours?", a grid's "Satisfaction [Lectures]"), so a column is recognised by the words
in it rather than by a list of exact headers; a grid's bracketed row name decides first. A bare
"ID" is left unmapped: in a Microsoft Forms export it is the response's number, not a roster id.
The user's choices (the CLI's --mapping JSON, the wizard's column boxes) win over the guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.roster.errors import MappingError
from sakura_desktop.core.survey.questionnaire import PARTS


class SurveyField(StrEnum):
    ROSTER_ID = "roster_id"
    EMAIL = "email"
    LECTURES = "lectures"
    LAB_TOURS = "lab_tours"
    EXPERIMENTS = "experiments"
    CULTURAL = "cultural"
    MEALS_LODGING = "meals_lodging"
    OVERALL = "overall"
    COME_BACK = "come_back"
    COMMENTS = "comments"
    CONSENT = "consent"

    @property
    def label(self) -> str:
        parts = {part.key: part.label for part in PARTS}
        if self.value in parts:
            return f"Satisfaction: {parts[self.value]}"
        return {
            "roster_id": "Roster id",
            "email": "E-mail",
            "come_back": "Come back to Japan",
            "comments": "Comments",
            "consent": "Consent to alumni contact",
        }[self.value]


MATCH_FIELDS = (SurveyField.ROSTER_ID, SurveyField.EMAIL)
ANSWER_FIELDS = tuple(f for f in SurveyField if f not in MATCH_FIELDS)
SCORE_FIELDS = tuple(SurveyField(part.key) for part in PARTS)

# Checked in this order: the first rule whose words a header holds names its field. Questions
# about consent and coming back are long sentences that may mention other parts, so they go first.
_RULES: tuple[tuple[SurveyField, tuple[str, ...]], ...] = (
    (SurveyField.CONSENT, ("alumni", "consent", "contact you", "keep in touch", "同意")),
    (SurveyField.COME_BACK, ("come back", "return to japan", "study or work", "再来日")),
    (SurveyField.COMMENTS, ("comment", "suggestion", "feedback", "anything else", "感想", "意見")),
    (
        SurveyField.ROSTER_ID,
        (
            "roster id",
            "participant id",
            "registration id",
            "badge id",
            "external id",
            "参加者id",
            "参加者番号",
        ),
    ),
    (SurveyField.EMAIL, ("email", "e-mail", "e mail", "mail address", "メール")),
    (SurveyField.OVERALL, ("overall", "as a whole", "全体")),
    (SurveyField.LAB_TOURS, ("lab tour", "laboratory", "laboratories", "facilit", "見学")),
    (SurveyField.LECTURES, ("lecture", "講義", "講演")),
    (SurveyField.EXPERIMENTS, ("experiment", "hands-on", "hands on", "実験")),
    (SurveyField.CULTURAL, ("cultur", "campus visit", "文化")),
    (SurveyField.MEALS_LODGING, ("meal", "lodging", "accommodation", "food", "食事", "宿泊")),
)
_BRACKETED = re.compile(r"\[([^\]]*)\]\s*$")


def _folded(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold().replace("_", " ")
    return " ".join(folded.split())


def guess_survey_field(header: str) -> SurveyField | None:
    """The answer a header names, or None (a timestamp, a name, a form's own response id)."""
    folded = _folded(header)
    for field in SurveyField:
        if folded in (field.value.replace("_", " "), _folded(field.label)):
            return field
    grid_row = _BRACKETED.search(folded)
    if grid_row:
        found = _by_words(grid_row.group(1))
        if found is not None:
            return found
    return _by_words(folded)


def _by_words(text: str) -> SurveyField | None:
    for field, words in _RULES:
        if any(word in text for word in words):
            return field
    return None


@dataclass(frozen=True)
class SurveyMapping:
    headers: tuple[str, ...]
    fields: tuple[SurveyField | None, ...]  # aligned with headers; None = column ignored

    def column_of(self, field: SurveyField) -> int | None:
        return self.fields.index(field) if field in self.fields else None

    def mapped(self) -> dict[SurveyField, int]:
        return {field: i for i, field in enumerate(self.fields) if field is not None}

    def as_dict(self) -> dict[str, str | None]:
        return {h: (f.value if f else None) for h, f in zip(self.headers, self.fields, strict=True)}

    def unmapped(self) -> tuple[str, ...]:
        return tuple(h for h, f in zip(self.headers, self.fields, strict=True) if f is None)


def parse_survey_field(value: str | None, header: str) -> SurveyField | None:
    if value is None or not value.strip() or value.strip().lower() in ("ignore", "-"):
        return None
    try:
        return SurveyField(value.strip().lower())
    except ValueError:
        known = ", ".join(f.value for f in SurveyField)
        raise MappingError(
            translate(
                "SurveyMapping",
                "The mapping gives column {header} the unknown field {value}; use one of: "
                "{known} (or null to ignore the column).",
            ).format(header=repr(header), value=repr(value), known=known)
        ) from None


def build_survey_mapping(
    headers: Sequence[str], choices: Mapping[str, str | None] | None = None
) -> SurveyMapping:
    """The guess from the headers (the first of two headers naming one field wins), then the
    user's choices ({header: field or None}); a chosen field leaves any other column."""
    fields: list[SurveyField | None] = []
    for header in headers:
        field = guess_survey_field(header)
        fields.append(None if field in fields else field)
    for header, value in (choices or {}).items():
        index = _find_header(headers, header)
        if index is None:
            raise MappingError(
                translate(
                    "SurveyMapping",
                    "The mapping names a column {header} that this file lacks; its columns "
                    "are: {headers}.",
                ).format(header=repr(header), headers=", ".join(headers))
            )
        field = parse_survey_field(value, header)
        if field is not None:
            fields = [None if f == field else f for f in fields]
        fields[index] = field
    return SurveyMapping(tuple(headers), tuple(fields))


def _find_header(headers: Sequence[str], wanted: str) -> int | None:
    if wanted in headers:
        return list(headers).index(wanted)
    matches = [i for i, h in enumerate(headers) if _folded(h) == _folded(wanted)]
    return matches[0] if len(matches) == 1 else None


def check_survey_mapping(mapping: SurveyMapping, source: str) -> None:
    """Refuse a mapping that cannot match anybody or reads no answer."""
    if not any(field in mapping.fields for field in MATCH_FIELDS):
        raise MappingError(
            translate(
                "SurveyMapping",
                "No column of {source} holds the roster id or the e-mail, so no answer can be "
                "matched to a participant. Map one (--mapping {example}); the headers are: "
                "{headers}.",
            ).format(
                source=source,
                example='\'{"<header>": "roster_id"}\'',
                headers=", ".join(mapping.headers),
            )
        )
    if not any(field in mapping.fields for field in ANSWER_FIELDS):
        raise MappingError(
            translate(
                "SurveyMapping",
                "No column of {source} holds an answer (satisfaction, come back, comments or "
                "consent). Map at least one; the headers are: {headers}.",
            ).format(source=source, headers=", ".join(mapping.headers))
        )
