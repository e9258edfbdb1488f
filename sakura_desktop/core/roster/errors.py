"""What can go wrong with a roster, as errors the user can act on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sakura_desktop.core.i18n import translate
from sakura_desktop.errors import UserError


class RosterFileError(UserError):
    """The file cannot be read as a roster; the message says which file, why, and what to do."""


@dataclass(frozen=True)
class EncodingCandidate:
    encoding: str
    sample: str  # the first lines as this encoding would read them


class EncodingUncertainError(RosterFileError):
    """The file's encoding cannot be told for sure; the caller must choose one."""

    def __init__(self, message: str, candidates: Sequence[EncodingCandidate]) -> None:
        super().__init__(message)
        self.candidates = tuple(candidates)


class MappingError(UserError):
    """The column mapping cannot work (no name column, a field mapped twice, a bad field)."""


class ImportCancelled(UserError):
    """The user cancelled; the transaction was rolled back and nothing was written."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            if message is not None
            else translate("RosterImport", "Import cancelled; nothing was written.")
        )


class ValidationFailed(UserError):
    """A participant edit broke the rules; `problems` holds (field, message) pairs."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        self.problems = tuple(problems)
        # Each field is an English key (the edit dialog places messages by it), in the catalogue.
        text = "; ".join(
            translate("RosterParticipants", "{field}: {message}").format(
                field=translate("RosterParticipants", field), message=message
            )
            for field, message in self.problems
        )
        super().__init__(
            translate("RosterParticipants", "Cannot save the participant: {problems}").format(
                problems=text
            )
        )
