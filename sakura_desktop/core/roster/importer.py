"""Idempotent roster import: match, plan, then write everything in one transaction.

A row matches an existing participant of the program by external id, then e-mail, then
(family name, given name, date of birth, delegation). A match is updated (only the columns the
file has; an empty ID never clears one), never duplicated. New delegations are created from the
file. A file with any error writes nothing unless `skip_invalid` is set, in which case every
skipped row is listed. Progress, cancel and the hook run just before writing (where the caller
backs the database up) are plain callables so any runner can drive them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    bindparam,
    insert,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sakura_desktop.core import audit
from sakura_desktop.core.collector import collector_paused
from sakura_desktop.core.i18n import translate
from sakura_desktop.core.roster.countries import Country
from sakura_desktop.core.roster.errors import ImportCancelled
from sakura_desktop.core.roster.import_text import no_delegation_text, summary_lines
from sakura_desktop.core.roster.mapping import (
    ColumnMapping,
    build_mapping,
    check_mapping,
    load_saved_mapping,
    profile_columns,
    save_mapping,
    unmapped_column_warnings,
)
from sakura_desktop.core.roster.new_rows import NewRows, checked_once
from sakura_desktop.core.roster.readers import RosterTable, read_roster
from sakura_desktop.core.roster.roster_state import (
    DELEGATIONS,
    PARTICIPANTS,
    DelegationState,
    ExistingPerson,
    RosterState,
    load_roster_state,
)
from sakura_desktop.core.roster.validation import (
    RowError,
    RowRecord,
    validate_rows,
)
from sakura_desktop.db.base import utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Role
from sakura_desktop.errors import UserError

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
BeforeWrite = Callable[[], None]

BATCH = 2000


@dataclass(frozen=True)
class ImportSummary:
    source: str
    rows: int  # data rows in the file (blank lines not counted)
    created: int
    updated: int
    unchanged: int
    skipped: int
    errors: tuple[RowError, ...]
    skipped_rows: tuple[int, ...]
    delegations_created: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    dry_run: bool = False
    rejected: bool = False  # the file had errors and skip_invalid was off: nothing written

    @property
    def written(self) -> bool:
        return not (self.rejected or self.dry_run)

    def lines(self) -> list[str]:
        """The summary and every error, as a coordinator reads them."""
        return summary_lines(self)


class _Hooks:
    def __init__(self, progress: Progress | None, is_cancelled: IsCancelled | None, total: int):
        self.progress, self.is_cancelled, self.total = progress, is_cancelled, total

    def tick(self, done: int) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(min(done, self.total), self.total)


# --- the plan ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Update:
    record: RowRecord
    match: ExistingPerson
    changes: dict[str, Any]
    delegation: DelegationState | None


@dataclass
class _Plan:
    creates: list[tuple[RowRecord, DelegationState | None]] = field(default_factory=list)
    updates: list[_Update] = field(default_factory=list)
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    new_delegations: dict[str, DelegationState] = field(default_factory=dict)


class _Planner:
    def __init__(self, state: RosterState, require_delegation: bool = False) -> None:
        self.state = state
        self.require_delegation = require_delegation  # several delegations: each student has one
        self.without_delegation: list[int] = []  # rows of students/teachers with none
        self.plan = _Plan()
        self.claimed: dict[int, int] = {}  # participant id -> row that updates it
        self.leaders: dict[str, int] = {}  # delegation key -> row naming its leader

    def add(self, record: RowRecord) -> None:
        # Each check is called only when it could find something (a match, an e-mail the
        # program already holds, a leader, a row without delegation): this runs for every row.
        errors_before = len(self.plan.errors)
        delegation = self._delegation(record) if record.delegation is not None else None
        match = self._match(record) if self.state.by_id else None
        if len(self.plan.errors) == errors_before:
            if match is not None:
                self._check_claim(record, match)
            if record.email and self.state.by_email:
                self._check_email(record, match)
            if record.is_leader:
                self._check_leader(record, delegation, match)
        if len(self.plan.errors) > errors_before:
            return
        if delegation is None:
            self._check_belongs(record, delegation, match)
        if match is None:
            self.plan.creates.append((record, delegation))
            return
        self.claimed[match.id] = record.row
        changes = _changes(record, match, delegation)
        if changes:
            self.plan.updates.append(_Update(record, match, changes, delegation))
        else:
            self.plan.unchanged += 1

    def _error(self, record: RowRecord, column: str, message: str) -> None:
        self.plan.errors.append(RowError(record.row, column, message))

    def _delegation(self, record: RowRecord) -> DelegationState | None:
        ref = record.delegation
        if ref is None:
            return None
        key = ref.key
        known = self.state.delegations.get(key) or self.plan.new_delegations.get(key)
        column = record.columns.get("delegation_id", "")
        if known is not None:
            if ref.country and ref.country.code != known.country_code:
                self._error(
                    record,
                    column,
                    translate(
                        "RosterImport",
                        "the delegation {delegation} is from {country} ({code}), but this row "
                        "says {row_country}. Correct the country or the delegation.",
                    ).format(
                        delegation=known.name,
                        country=known.country_name,
                        code=known.country_code,
                        row_country=ref.country.name,
                    ),
                )
            return known
        if ref.country is None:
            self._error(
                record,
                column,
                translate(
                    "RosterImport",
                    "{delegation} is a new delegation and the row gives no "
                    "country. Add a Country column, or create the delegation first.",
                ).format(delegation=ref.name),
            )
            return None
        return self._new_delegation(ref.name, ref.country, ref.institution)

    def _new_delegation(self, name: str, country: Country, institution: str) -> DelegationState:
        created = DelegationState(None, name, country.code, country.name, institution)
        self.plan.new_delegations[name.casefold()] = created
        return created

    def _match(self, record: RowRecord) -> ExistingPerson | None:
        state = self.state
        if record.external_id and record.external_id in state.by_external:
            return state.by_external[record.external_id]
        if record.email and record.email.casefold() in state.by_email:
            owner = state.by_email[record.email.casefold()]
            if not _conflicting_ids(record, owner):
                return owner
        found = state.by_name.get(record.name_key())
        if found is None or _conflicting_ids(record, found):
            return None
        if record.email and found.values["email"] and found.values["email"] != record.email:
            return None
        return found

    def _check_belongs(
        self, record: RowRecord, delegation: DelegationState | None, match: ExistingPerson | None
    ) -> None:
        """With several delegations, a student or teacher row whose delegation and country are
        blank is probably a mistake (or a line that is not a person). Host staff rows look the
        same when the file has no role column, so this is a warning, not an error."""
        if not self.require_delegation or not record.fills_delegation or delegation is not None:
            return
        role = record.values.get("role") or (match.values["role"] if match else Role.STUDENT.value)
        if role not in (Role.STUDENT.value, Role.TEACHER.value):
            return
        self.without_delegation.append(record.row)

    def _check_claim(self, record: RowRecord, match: ExistingPerson | None) -> None:
        if match is not None and match.id in self.claimed:
            self._error(
                record,
                record.columns.get("family_name", ""),
                translate(
                    "RosterImport",
                    "this row and row {row} both describe {person}. Remove the repeated row.",
                ).format(row=self.claimed[match.id], person=match.label),
            )

    def _check_email(self, record: RowRecord, match: ExistingPerson | None) -> None:
        owner = self.state.by_email.get(record.email.casefold()) if record.email else None
        if owner is not None and (match is None or owner.id != match.id):
            self._error(
                record,
                record.columns["email"],
                translate(
                    "RosterImport",
                    "the e-mail {email} already belongs to {person} in this "
                    "program. Correct the address, or the ID if this is the same person.",
                ).format(email=record.email, person=owner.label),
            )

    def _check_leader(
        self, record: RowRecord, delegation: DelegationState | None, match: ExistingPerson | None
    ) -> None:
        if not record.is_leader:
            return
        column = record.columns.get("role", "")
        if delegation is None:
            self._error(
                record,
                column,
                translate(
                    "RosterImport",
                    "a delegation leader must belong to a delegation; "
                    "fill in the delegation or country.",
                ),
            )
            return
        key = delegation.name.casefold()
        if key in self.leaders:
            self._error(
                record,
                column,
                translate(
                    "RosterImport",
                    "row {row} already names the leader of {delegation}; "
                    "a delegation has one leader.",
                ).format(row=self.leaders[key], delegation=delegation.name),
            )
            return
        self.leaders[key] = record.row
        current = delegation.leader_id
        if current is not None and (match is None or match.id != current):
            leader = self.state.by_id[current].label
            self._error(
                record,
                column,
                translate(
                    "RosterImport",
                    "{delegation} already has a leader ({leader}). "
                    "Change that person's role first, or mark this row as teacher.",
                ).format(delegation=delegation.name, leader=leader),
            )


def _conflicting_ids(record: RowRecord, found: ExistingPerson) -> bool:
    theirs = found.values["external_id"]
    return bool(record.external_id and theirs and theirs != record.external_id)


def _changes(
    record: RowRecord, match: ExistingPerson, delegation: DelegationState | None
) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for column, value in record.values.items():
        if column == "external_id" and not value:
            continue
        if match.values[column] != value:
            changes[column] = value
    if record.fills_delegation:
        if delegation is None and match.values["delegation_id"] is not None:
            changes["delegation_id"] = None
        elif delegation is not None and (
            delegation.id is None or delegation.id != match.values["delegation_id"]
        ):
            changes["delegation_id"] = delegation.id  # a new one's id is set when written
    return changes


# --- writing ----------------------------------------------------------------------------------


def _insert_delegations(session: Session, program_id: int, new: list[DelegationState]) -> None:
    for delegation in new:
        delegation.id = session.execute(
            insert(DELEGATIONS)
            .values(
                uuid=str(uuid.uuid4()),
                program_id=program_id,
                name=delegation.name,
                country_code=delegation.country_code,
                country_name=delegation.country_name,
                institution=delegation.institution,
            )
            .returning(DELEGATIONS.c.id)
        ).scalar_one()


def _write(session: Session, plan: _Plan, program_id: int, hooks: _Hooks, start: int) -> None:
    now = utc_now()
    _insert_delegations(session, program_id, list(plan.new_delegations.values()))
    connection = session.connection()
    done = start
    if plan.creates:
        new_rows = NewRows(connection, program_id, now)
        with checked_once(connection, program_id, now):
            for begin in range(0, len(plan.creates), BATCH):
                creates = plan.creates[begin : begin + BATCH]
                new_rows.execute(connection, creates)
                done += len(creates)
                hooks.tick(done)
    _write_updates(session, plan, now, hooks, done)
    updates = ((u.match.id, u.changes) for u in plan.updates)
    audit.record_import(connection, program_id, now, (r.values for r, _ in plan.creates), updates)


def _write_updates(
    session: Session, plan: _Plan, now: dt.datetime, hooks: _Hooks, done: int
) -> None:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    # Leaders stepping down go first, so a new leader never meets the old one mid-statement.
    ordered = sorted(plan.updates, key=lambda u: u.changes.get("is_leader") is True)
    for item in ordered:
        changes = dict(item.changes)
        if "delegation_id" in changes:
            changes["delegation_id"] = item.delegation.id if item.delegation else None
        params: dict[str, Any] = {f"v_{k}": v for k, v in changes.items()}
        params.update(p_id=item.match.id, v_updated_at=now)
        groups.setdefault(tuple(sorted(changes)), []).append(params)
    for columns, group in groups.items():
        statement = (
            update(PARTICIPANTS)
            .where(PARTICIPANTS.c.id == bindparam("p_id"))
            .values({c: bindparam(f"v_{c}") for c in (*columns, "updated_at")})
        )
        for begin in range(0, len(group), BATCH):
            batch = group[begin : begin + BATCH]
            session.execute(statement, batch)
            done += len(batch)
            hooks.tick(done)


# --- the use case ----------------------------------------------------------------------------


def import_roster(
    factory: SessionFactory,
    program_id: int,
    table: RosterTable,
    mapping: ColumnMapping,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    before_write: BeforeWrite | None = None,
) -> ImportSummary:
    """Validate and import `table` into the program; see the module docstring for the rules.

    `progress(done, total)` is called as rows are checked and written; `is_cancelled()` is
    polled between batches and, when true, raises `ImportCancelled` after rolling back.
    With `dry_run` (the wizard's validation step) nothing is written but the counts are exact.
    `before_write()` (the backup) is called once, only when the file passed every check and
    something will be written, just before the first write; if it raises, nothing is written.
    """
    check_mapping(mapping)
    hooks = _Hooks(progress, is_cancelled, 2 * len(table.rows) or 1)
    with collector_paused():
        return _import(
            factory, program_id, table, mapping, hooks, skip_invalid, dry_run, before_write
        )


def _import(
    factory: SessionFactory,
    program_id: int,
    table: RosterTable,
    mapping: ColumnMapping,
    hooks: _Hooks,
    skip_invalid: bool,
    dry_run: bool,
    before_write: BeforeWrite | None,
) -> ImportSummary:
    check = validate_rows(table.rows, mapping, tick=hooks.tick)
    try:
        with factory.begin() as session:
            state = load_roster_state(session, program_id)
            planner = _Planner(state, _several_delegations(state, check.records))
            for record in check.records:
                planner.add(record)
            plan = planner.plan
            hooks.tick(len(table.rows))
            summary = _summary(table, mapping, check.errors, planner, skip_invalid, dry_run)
            if summary.written:
                # Called here, not before reading: a refused file, a dry run or an import that
                # changes nothing takes no backup (only the newest few are kept). This
                # transaction has only read so far, so the backup holds the database as it was.
                if before_write is not None and _changes_anything(plan):
                    before_write()
                _write(session, plan, program_id, hooks, len(table.rows))
                hooks.tick(hooks.total)
    except IntegrityError as exc:
        # The rule's name only: PostgreSQL's DETAIL line quotes the whole row (names, e-mail,
        # birth date), which must not reach a message that may be logged.
        rule = str(exc.orig).splitlines()[0] if str(exc.orig) else "a constraint"
        raise UserError(
            translate(
                "RosterImport",
                "Importing {source} broke a database rule ({rule}); nothing was written. "
                "Check the file for repeated IDs or leaders and try again.",
            ).format(source=table.source, rule=rule)
        ) from exc
    return summary


def _changes_anything(plan: _Plan) -> bool:
    return bool(plan.creates or plan.updates or plan.new_delegations)


def unmapped_warnings(table: RosterTable, mapping: ColumnMapping) -> tuple[str, ...]:
    """The columns left out of the import that hold names or non-Latin text, each in a
    sentence (the CLI and the wizard's report show them)."""
    unmapped = [index for index, field_ in enumerate(mapping.fields) if field_ is None]
    return unmapped_column_warnings(mapping, profile_columns(table.rows, unmapped))


def _several_delegations(state: RosterState, records: Sequence[RowRecord]) -> bool:
    names = set(state.delegations)
    names.update(r.delegation.key for r in records if r.delegation is not None)
    return len(names) > 1


def _no_delegation_warning(planner: _Planner, bad: tuple[int, ...]) -> list[str]:
    rows = [row for row in planner.without_delegation if row not in bad]
    if not rows:
        return []
    shown = ", ".join(map(str, rows[:20])) + (" ..." if len(rows) > 20 else "")
    return [no_delegation_text(len(rows), shown)]


def _summary(
    table: RosterTable,
    mapping: ColumnMapping,
    row_errors: Sequence[RowError],
    planner: _Planner,
    skip_invalid: bool,
    dry_run: bool,
) -> ImportSummary:
    plan = planner.plan
    errors = tuple(sorted([*row_errors, *plan.errors], key=lambda e: e.row))
    bad = tuple(sorted({e.row for e in errors}))
    rejected = bool(errors) and not skip_invalid
    if rejected:
        plan.creates.clear()
        plan.updates.clear()
        plan.unchanged = 0
        plan.new_delegations.clear()
    used = {id(d) for _, d in plan.creates} | {id(u.delegation) for u in plan.updates}
    for key, delegation in list(plan.new_delegations.items()):
        if id(delegation) not in used:
            del plan.new_delegations[key]
    created_names = tuple(d.name for d in plan.new_delegations.values())
    return ImportSummary(
        source=table.source,
        rows=len(table.rows),
        created=len(plan.creates),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        skipped=0 if rejected else len(bad),
        errors=errors,
        skipped_rows=() if rejected else bad,
        delegations_created=created_names,
        warnings=(
            *mapping.warnings,
            *table.notes,
            *unmapped_warnings(table, mapping),
            *_no_delegation_warning(planner, bad),
        ),
        dry_run=dry_run,
        rejected=rejected,
    )


def import_roster_file(
    factory: SessionFactory,
    program_id: int,
    path: Path | str,
    *,
    encoding: str | None = None,
    choices: Mapping[str, str | None] | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    before_write: BeforeWrite | None = None,
) -> ImportSummary:
    """Read, map (automatic, then the program's saved mapping, then `choices`) and import.

    `before_write` as for `import_roster`: not called when the file cannot be read or mapped.
    After a successful real import, the mapping is saved for the program's next file.
    """
    with collector_paused():
        table = read_roster(path, encoding=encoding, is_cancelled=is_cancelled)
    mapping = build_mapping(table.headers, load_saved_mapping(factory, program_id), choices)
    summary = import_roster(
        factory,
        program_id,
        table,
        mapping,
        skip_invalid=skip_invalid,
        dry_run=dry_run,
        progress=progress,
        is_cancelled=is_cancelled,
        before_write=before_write,
    )
    if summary.written:
        save_mapping(factory, program_id, mapping)
    return summary
