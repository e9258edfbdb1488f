"""Import survey answers from an online form's export (CSV or XLSX), matched to participants by
roster id or e-mail.

First a plan: every row is read, matched and checked, and each row that would be left out gets a
message naming its row and what is wrong (an unknown id, a blank row, an answer outside the
scale, an earlier answer of someone who answered again). Nothing is written while any row would
be left out, unless the user accepts leaving those rows out; then the valid rows are written in
one transaction. Importing the same file again changes nothing (answers are replaced, not added).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.roster.readers import read_roster
from sakura_desktop.core.roster.table import Cell, RawRow, RosterTable
from sakura_desktop.core.survey.answers import program_records, put_answers, put_consent
from sakura_desktop.core.survey.mapping import (
    SCORE_FIELDS,
    SurveyField,
    SurveyMapping,
    build_survey_mapping,
    check_survey_mapping,
)
from sakura_desktop.core.survey.questionnaire import ComeBack, Consent, SurveyAnswers
from sakura_desktop.core.survey.values import cell_text, read_come_back, read_consent, read_score
from sakura_desktop.db.base import utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.models import Participant
from sakura_desktop.errors import UserError

_T = TypeVar("_T")

BeforeWrite = Callable[[], None]


@dataclass(frozen=True)
class RowMessage:
    row: int
    message: str

    def __str__(self) -> str:
        return translate("SurveyImport", "Row {row}: {message}").format(
            row=self.row, message=self.message
        )


@dataclass(frozen=True)
class PlannedAnswer:
    row: int
    participant_id: int
    who: str  # "Anan Srisuk (S001)", for messages
    answers: SurveyAnswers
    consent: Consent | None  # None: the row says nothing about consent; the record stays


@dataclass(frozen=True)
class SurveyImportPlan:
    program_id: int
    source: str
    mapping: SurveyMapping
    rows_read: int
    planned: tuple[PlannedAnswer, ...]
    refused: tuple[RowMessage, ...]  # the rows that would be left out, in file order

    @property
    def needs_acceptance(self) -> bool:
        return bool(self.refused)


@dataclass(frozen=True)
class SurveyImportResult:
    plan: SurveyImportPlan
    written: bool
    answers_added: int = 0
    answers_replaced: int = 0
    unchanged: int = 0
    consents_changed: int = 0
    dry_run: bool = False

    def summary(self) -> str:
        plan = self.plan
        head = translate(
            "SurveyImport", "{source}: {read} row(s) read, {valid} valid, {refused} left out."
        ).format(
            source=plan.source,
            read=plan.rows_read,
            valid=len(plan.planned),
            refused=len(plan.refused),
        )
        if self.dry_run:
            return head + translate("SurveyImport", " Dry run: nothing was written.")
        if not self.written:
            if plan.refused:
                return head + translate(
                    "SurveyImport",
                    " Nothing was written: correct the rows above and import again, or accept "
                    "importing the valid rows only (--accept).",
                )
            return head + translate("SurveyImport", " Nothing was written.")
        return head + translate(
            "SurveyImport",
            " Written: {added} new answer(s), {replaced} replaced, {unchanged} unchanged; "
            "consent changed for {consents}.",
        ).format(
            added=self.answers_added,
            replaced=self.answers_replaced,
            unchanged=self.unchanged,
            consents=self.consents_changed,
        )


# --- reading and planning --------------------------------------------------------------------


def read_survey_file(path: Path | str, *, encoding: str | None = None) -> RosterTable:
    """The export as a table (the roster's readers: any encoding, CSV or XLSX)."""
    return read_roster(path, encoding=encoding)


@dataclass(frozen=True)
class _Person:
    id: int
    external_id: str
    name: str

    @property
    def who(self) -> str:
        return f"{self.name} ({self.external_id})" if self.external_id else self.name


class _People:
    """The program's participants by roster id and by e-mail (both compared case-blind)."""

    def __init__(self, factory: SessionFactory, program_id: int) -> None:
        self.by_id: dict[str, _Person] = {}
        self.by_email: dict[str, list[_Person]] = {}
        with factory() as session:
            found = session.execute(
                select(
                    Participant.id,
                    Participant.external_id,
                    Participant.email,
                    Participant.given_name,
                    Participant.family_name,
                ).where(Participant.program_id == program_id)
            )
            for pid, external_id, email, given, family in found:
                person = _Person(pid, external_id or "", f"{given} {family}".strip())
                if external_id:
                    self.by_id[_key(external_id)] = person
                if email:
                    self.by_email.setdefault(_key(email), []).append(person)


def _key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def plan_survey_import(
    factory: SessionFactory, program_id: int, table: RosterTable, mapping: SurveyMapping
) -> SurveyImportPlan:
    check_survey_mapping(mapping, table.source)
    people = _People(factory, program_id)
    planned: dict[int, PlannedAnswer] = {}
    refused = _blank_lines(table)
    blank = len(refused)
    for row in table.rows:
        outcome = _plan_row(row, mapping, people)
        if isinstance(outcome, RowMessage):
            refused.append(outcome)
            continue
        earlier = planned.pop(outcome.participant_id, None)
        if earlier is not None:
            refused.append(
                RowMessage(
                    earlier.row,
                    translate(
                        "SurveyImport",
                        "{who} answered again in row {row}; the later answer is kept and this "
                        "one is left out.",
                    ).format(who=earlier.who, row=outcome.row),
                )
            )
        planned[outcome.participant_id] = outcome
    return SurveyImportPlan(
        program_id,
        table.source,
        mapping,
        len(table.rows) + blank,
        tuple(sorted(planned.values(), key=lambda p: p.row)),
        tuple(sorted(refused, key=lambda m: m.row)),
    )


def _blank_lines(table: RosterTable) -> list[RowMessage]:
    """Blank rows between the header and the last row (the readers drop them silently): each is
    named, since a blank line in a form's export means someone edited it by hand. The total
    lines the readers left out are not blank: the table names their rows."""
    totals = set(table.total_rows)
    messages: list[RowMessage] = []
    expected = table.header_row + 1
    for row in table.rows:
        messages.extend(
            RowMessage(number, translate("SurveyImport", "the row is blank; left out."))
            for number in range(expected, row.number)
            if number not in totals
        )
        # A CSV comment cell may span several lines of the file; the next row starts after them.
        spanned = sum(str(cell).count("\n") for cell in row.cells if isinstance(cell, str))
        expected = row.number + 1 + (spanned if table.kind == "csv" else 0)
    return messages


def _plan_row(row: RawRow, mapping: SurveyMapping, people: _People) -> PlannedAnswer | RowMessage:
    cells = {field: _cell(row, column) for field, column in mapping.mapped().items()}
    if all(not cell_text(cell) for cell in cells.values()):
        return RowMessage(row.number, "the row holds no roster id, e-mail or answer; left out.")
    person = _match(cells, people)
    if isinstance(person, str):
        return RowMessage(row.number, person)
    problems: list[str] = []
    scores: dict[str, int | None] = {}
    for field in SCORE_FIELDS:
        if field in cells:
            scores[field.value] = _read(read_score, cells[field], field, mapping, problems)
    come_back: ComeBack | None = None
    if SurveyField.COME_BACK in cells:
        come_back = _read(
            read_come_back, cells[SurveyField.COME_BACK], SurveyField.COME_BACK, mapping, problems
        )
    consent: Consent | None = None
    if SurveyField.CONSENT in cells:
        consent = _read(
            read_consent, cells[SurveyField.CONSENT], SurveyField.CONSENT, mapping, problems
        )
    comments = _comments(cells.get(SurveyField.COMMENTS))
    if problems:
        return RowMessage(
            row.number,
            translate("SurveyImport", "{who}: {problems}; left out.").format(
                who=person.who, problems=translate("SurveyImport", "; ").join(problems)
            ),
        )
    answers = SurveyAnswers(scores, come_back, comments)
    if answers.is_empty and consent is None:
        return RowMessage(
            row.number,
            translate("SurveyImport", "{who}: the row holds no answers; left out.").format(
                who=person.who
            ),
        )
    return PlannedAnswer(row.number, person.id, person.who, answers, consent)


def _cell(row: RawRow, column: int) -> Cell:
    return row.cells[column] if column < len(row.cells) else None


def _read(
    reader: Callable[[Cell], _T | None],
    cell: Cell,
    field: SurveyField,
    mapping: SurveyMapping,
    problems: list[str],
) -> _T | None:
    try:
        return reader(cell)
    except ValueError as exc:
        column = mapping.column_of(field)
        header = mapping.headers[column] if column is not None else field.label
        problems.append(
            translate("SurveyImport", "column {header}: {problem}").format(
                header=repr(header), problem=exc
            )
        )
        return None


def _comments(cell: Cell) -> str:
    if cell is None:
        return ""
    return unicodedata.normalize("NFC", str(cell)).strip()


def _match(cells: Mapping[SurveyField, Cell], people: _People) -> _Person | str:
    """The participant a row answers for, or the sentence saying why there is none."""
    roster_id = cell_text(cells.get(SurveyField.ROSTER_ID))
    email = cell_text(cells.get(SurveyField.EMAIL))
    by_email = people.by_email.get(_key(email), []) if email else []
    if roster_id:
        person = people.by_id.get(_key(roster_id))
        if person is None:
            return translate(
                "SurveyImport", "roster id {id} matches nobody in this program; left out."
            ).format(id=repr(roster_id))
        if by_email and person not in by_email:
            return translate(
                "SurveyImport",
                "roster id {id} is {who} but e-mail {email} belongs to {other}; correct one of "
                "them. Left out.",
            ).format(id=repr(roster_id), who=person.who, email=repr(email), other=by_email[0].who)
        return person
    if not email:
        return translate(
            "SurveyImport",
            "no roster id and no e-mail: whose answers these are cannot be told; left out.",
        )
    if not by_email:
        return translate(
            "SurveyImport", "e-mail {email} matches nobody in this program; left out."
        ).format(email=repr(email))
    if len(by_email) > 1:
        names = ", ".join(p.who for p in by_email)
        return translate(
            "SurveyImport", "e-mail {email} belongs to {names}; add their roster ids. Left out."
        ).format(email=repr(email), names=names)
    return by_email[0]


# --- writing ---------------------------------------------------------------------------------


def apply_survey_import(
    factory: SessionFactory,
    plan: SurveyImportPlan,
    *,
    accept: bool = False,
    before_write: BeforeWrite | None = None,
) -> SurveyImportResult:
    """Write the plan's valid rows in one transaction, unless rows would be left out and the
    user did not accept that (then nothing is written).

    `before_write()` (the backup) is called once, only when the rows are accepted and change
    something, just before they are committed; if it raises, nothing is written.
    """
    if plan.refused and not accept:
        return SurveyImportResult(plan, written=False)
    added = replaced = unchanged = consents = 0
    now = utc_now()
    with factory.begin() as session:
        in_program = select(Participant.id).where(Participant.program_id == plan.program_id)
        present = set(session.scalars(in_program))
        gone = [p for p in plan.planned if p.participant_id not in present]
        if gone:
            raise UserError(
                translate(
                    "SurveyImport",
                    "{who} (row {row}) was removed from the program while the file was being "
                    "checked; nothing was written. Import the file again.",
                ).format(who=gone[0].who, row=gone[0].row)
            )
        responses, records = program_records(session, plan.program_id)
        for item in plan.planned:
            pid = item.participant_id
            existing = responses.get(pid)
            if put_answers(session, existing, pid, item.answers, source="import", now=now):
                added, replaced = (added, replaced + 1) if existing else (added + 1, replaced)
            else:
                unchanged += 1
            if item.consent is not None and put_consent(
                session, records.get(pid), pid, item.consent, now=now
            ):
                consents += 1
        # The changes wait in the session until the commit at the end of this block; another
        # connection (the backup's) reads the database as it was. Unchanged answers take no
        # backup: only the newest few are kept.
        if before_write is not None and (added or replaced or consents):
            before_write()
    return SurveyImportResult(plan, True, added, replaced, unchanged, consents)


def import_survey_file(
    factory: SessionFactory,
    program_id: int,
    path: Path | str,
    *,
    choices: Mapping[str, str | None] | None = None,
    dry_run: bool = False,
    accept: bool = False,
    encoding: str | None = None,
    before_write: BeforeWrite | None = None,
) -> SurveyImportResult:
    """Read, map, plan and (unless a dry run) write: what the CLI runs. `before_write` as for
    `apply_survey_import`: never called for a file that cannot be read or mapped, nor on a dry
    run."""
    table = read_survey_file(path, encoding=encoding)
    mapping = build_survey_mapping(table.headers, choices)
    plan = plan_survey_import(factory, program_id, table, mapping)
    if dry_run:
        return SurveyImportResult(plan, written=False, dry_run=True)
    return apply_survey_import(factory, plan, accept=accept, before_write=before_write)
