"""What is wrong with a schedule file: one problem per row and column, and the refusal.

Apart from `io` so the sentences (translatable, whole) stay together and `io` stays short.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sakura_desktop.core.i18n import translate
from sakura_desktop.errors import UserError


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str  # the column's name ("" for the whole row)
    letter: str  # the column's letter (A, B, ...) or ""
    message: str

    def __str__(self) -> str:
        if not self.column:
            where = translate("ScheduleImport", "row {row}").format(row=self.row)
        elif not self.letter:
            where = translate("ScheduleImport", "row {row}, column {column}").format(
                row=self.row, column=self.column
            )
        else:
            where = translate("ScheduleImport", "row {row}, column {column} ({letter})").format(
                row=self.row, column=self.column, letter=self.letter
            )
        return translate("ScheduleImport", "{where}: {problem}").format(
            where=where, problem=self.message
        )


class ScheduleImportError(UserError):
    """The file cannot be imported as it is; nothing was written."""

    def __init__(self, problems: Sequence[RowProblem], source: str | None = None) -> None:
        self.problems = list(problems)
        shown = "\n".join(f"  {p}" for p in self.problems[:50])
        more = len(self.problems) - 50
        extra = (
            "\n  " + translate("ScheduleImport", "... and {count} more").format(count=more)
            if more > 0
            else ""
        )
        first = translate(
            "ScheduleImport", "Cannot import {source}: {count} problem(s), nothing was changed."
        ).format(
            source=translate("ScheduleImport", "the file") if source is None else source,
            count=len(self.problems),
        )
        super().__init__(f"{first}\n{shown}{extra}")
