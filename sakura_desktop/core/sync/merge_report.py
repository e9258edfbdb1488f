"""What one merge did, and the sentences that say what it left out and why."""

from __future__ import annotations

from dataclasses import dataclass, field

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.sync.gaps import Gap


@dataclass(frozen=True)
class MergeReport:
    source: str
    new: int
    known: int
    duplicates: int  # admissions kept as duplicates because of this merge
    unknown_people: int  # scans held back: they name people this database does not know
    unknown_checkpoints: int  # held back: their session is not known here
    waiting_undos: int  # undos held back until the scan they void arrives
    already_undone: int  # undos of scans another station had also undone (kept; no effect)
    stations: list[str]
    gaps: list[Gap] = field(default_factory=list)

    @property
    def held_back(self) -> int:
        return self.unknown_people + self.unknown_checkpoints + self.waiting_undos

    @property
    def notes(self) -> list[str]:
        """Sentences for what was not merged, and why."""
        notes = []
        if self.unknown_people:
            notes.append(
                translate(
                    "SyncMerge",
                    "{count} scans name people this station does not know; "
                    "import a newer station package, then merge again.",
                ).format(count=self.unknown_people)
            )
        if self.unknown_checkpoints:
            notes.append(
                translate(
                    "SyncMerge",
                    "{count} scans are at sessions this station does not know; "
                    "import a newer station package, then merge again.",
                ).format(count=self.unknown_checkpoints)
            )
        if self.waiting_undos:
            notes.append(
                translate(
                    "SyncMerge",
                    "{count} undos void scans this station has not received yet; "
                    "they are merged once those scans arrive.",
                ).format(count=self.waiting_undos)
            )
        if self.already_undone:
            notes.append(
                translate(
                    "SyncMerge",
                    "{count} undos void scans another station had already undone; "
                    "both undos are kept and the scan stays undone.",
                ).format(count=self.already_undone)
            )
        return notes + [gap.message for gap in self.gaps]
