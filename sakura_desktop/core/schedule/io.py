"""Schedule import and export as CSV (UTF-8 with BOM) and XLSX, because coordinators draft the
week in Excel.

Columns: title, kind, start, end, venue, site, capacity, lecturer, audience, and also destination
(a transfer's arrival site), host, description and uuid. Times are wall-clock times in the
program's time zone ("2026-07-14 09:15"). The audience is "everyone" or names separated by ";":
team names, delegation names, or participants (external id or full name).

The import reads every row, and when any row is wrong it writes nothing and raises
`ScheduleImportError` listing each problem with its row and column. Otherwise it writes all rows in
one transaction: a row whose uuid (or, without a uuid column, title and start) matches a session
updates it; any other row creates one. Importing the same file twice changes nothing the second
time. Sessions missing from the file are left alone.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.schedule.conflicts import Conflict, find_conflicts
from sakura_desktop.core.schedule.editing import SessionDraft, apply_draft, draft_of
from sakura_desktop.core.schedule.import_names import EVERYONE, SEPARATOR, Resolver, fold
from sakura_desktop.core.schedule.import_problems import (
    RowProblem as RowProblem,  # re-exported: the import dialog and transfers use them
)
from sakura_desktop.core.schedule.import_problems import (
    ScheduleImportError as ScheduleImportError,
)
from sakura_desktop.core.schedule.loading import read_week
from sakura_desktop.core.schedule.model import SessionData, WeekData
from sakura_desktop.core.spreadsheet_cells import as_xlsx_text, csv_field, csv_row_as_typed
from sakura_desktop.core.timeutil import local, zone
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import SessionKind
from sakura_desktop.db.models import ScheduleSession
from sakura_desktop.errors import UserError

COLUMNS = (
    "title", "kind", "start", "end", "venue", "site", "capacity", "lecturer", "audience",
    "destination", "host", "description", "uuid",
)  # fmt: skip
REQUIRED = ("title", "kind", "start", "end")
TIME_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    unchanged: int
    session_ids: tuple[int, ...]  # every session the file names, in file order
    conflicts: tuple[Conflict, ...]  # of the whole week after the import


# --- export -------------------------------------------------------------------------------------


def export_rows(week: WeekData) -> list[dict[str, Any]]:
    """One dict per session (times as local naive datetimes), in time order."""
    rows = []
    ordered = sorted(week.sessions, key=lambda s: (s.start, s.end, s.title, s.id))
    for session in ordered:
        venue = week.venue_by_id.get(session.venue_id) if session.venue_id is not None else None
        site = week.site_by_id.get(venue.site_id) if venue is not None else None
        destination = week.site_by_id.get(session.destination_site_id or -1)
        lecturer = week.person_by_id.get(session.lecturer_id or -1)
        rows.append(
            {
                "title": session.title,
                "kind": session.kind,
                "start": local(session.start, week.timezone).replace(tzinfo=None),
                "end": local(session.end, week.timezone).replace(tzinfo=None),
                "venue": venue.name if venue else "",
                "site": site.name if site else "",
                "capacity": session.capacity,
                "lecturer": _person_token(lecturer.external_id, lecturer.name) if lecturer else "",
                "audience": _audience_text(week, session),
                "destination": destination.name if destination else "",
                "host": session.host,
                "description": session.description,
                "uuid": session.uuid,
            }
        )
    return rows


def _person_token(external_id: str | None, name: str) -> str:
    return external_id or name


def _audience_text(week: WeekData, session: SessionData) -> str:
    if session.for_everyone:
        return EVERYONE
    names = [week.team_by_id[t].name for t in session.team_ids]
    names += [week.delegation_by_id[d].name for d in session.delegation_ids]
    for pid in session.participant_ids:
        person = week.person_by_id[pid]
        names.append(_person_token(person.external_id, person.name))
    return f"{SEPARATOR} ".join(names)


def export_schedule(factory: SessionFactory, program_id: int, path: Path) -> int:
    """Write the week to `path` (.csv or .xlsx); returns the number of sessions written."""
    with factory() as session:
        week = read_week(session, program_id)
    rows = export_rows(week)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        path.write_bytes(csv_bytes(rows))
    elif suffix == ".xlsx":
        _write_xlsx(rows, path)
    else:
        raise UserError(
            translate(
                "ScheduleImport", "Cannot export to {name}: use a .csv or .xlsx file name."
            ).format(name=path.name)
        )
    return len(rows)


def csv_bytes(rows: list[dict[str, Any]]) -> bytes:
    """UTF-8 with a BOM, so Excel opens Japanese and other scripts right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell_text(row[column]) for column in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def _cell_text(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime(TIME_FORMAT)
    return csv_field(value)


def _write_xlsx(rows: list[dict[str, Any]], path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Schedule"
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append([row[column] if row[column] != "" else None for column in COLUMNS])
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            as_xlsx_text(cell)
    for cells in sheet.iter_rows(min_row=2, min_col=3, max_col=4):
        for cell in cells:
            cell.number_format = "yyyy-mm-dd hh:mm"
    for index, width in enumerate((40, 12, 17, 17, 32, 32, 9, 24, 40, 32, 24, 40, 38), 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    workbook.save(path)


# --- reading files ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Table:
    header: list[str]  # normalised column names, in file order
    rows: list[tuple[int, list[Any]]]  # (spreadsheet row number, cells)


def read_table(path: Path) -> _Table:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise UserError(
        translate("ScheduleImport", "Cannot import {name}: use a .csv or .xlsx file.").format(
            name=path.name
        )
    )


def _decode(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(
        translate(
            "ScheduleImport",
            "Cannot read {name}: it is neither UTF-8 nor Shift_JIS text. Save it from Excel as "
            "'CSV UTF-8' and try again.",
        ).format(name=name)
    )


def _read_csv(path: Path) -> _Table:
    try:
        text = _decode(path.read_bytes(), path.name)
    except OSError as exc:
        reason = exc.strerror or exc
        raise UserError(
            translate("ScheduleImport", "Cannot read {path}: {reason}.").format(
                path=path, reason=reason
            )
        ) from exc
    records = [csv_row_as_typed(r) for r in csv.reader(io.StringIO(text, newline=""))]
    return _table(records, path.name)


def _read_xlsx(path: Path) -> _Table:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise UserError(
            translate(
                "ScheduleImport", "Cannot open {name} as an Excel workbook: {reason}."
            ).format(name=path.name, reason=exc)
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        records = [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _table(records, path.name)


def _table(records: list[list[Any]], name: str) -> _Table:
    while records and all(_blank(c) for c in records[0]):
        records.pop(0)
    if not records:
        raise UserError(
            translate(
                "ScheduleImport", "{name} is empty: it needs a header row ({columns})."
            ).format(name=name, columns=", ".join(COLUMNS))
        )
    header = [str(c or "").strip().lower().replace(" ", "_") for c in records[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ScheduleImportError(
            [
                RowProblem(
                    1, c, "", translate("ScheduleImport", "this column is missing from the header")
                )
                for c in missing
            ],
            name,
        )
    rows = [
        (number, list(cells))
        for number, cells in enumerate(records[1:], start=2)
        if not all(_blank(c) for c in cells)
    ]
    return _Table(header, rows)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- import -------------------------------------------------------------------------------------


KIND_WORDS = {fold(k.value.replace("_", " ")): k.value for k in SessionKind} | {
    fold(k.value): k.value for k in SessionKind
}
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
LOCAL_TIME = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$")


def parse_local_time(value: Any, timezone: str) -> dt.datetime:
    """A cell as an aware instant: Excel datetimes and '2026-07-14 09:15' (or 2026/07/14 9:15)."""
    if isinstance(value, dt.datetime):
        naive = value.replace(tzinfo=None)
    else:
        match = LOCAL_TIME.match(str(value or "").strip())
        if match is None:
            raise ValueError(
                translate(
                    "ScheduleImport", "{value} is not a date and time like 2026-07-14 09:15"
                ).format(value=repr(value))
            )
        year, month, day, hour, minute, second = match.groups()
        try:
            naive = dt.datetime(
                int(year), int(month), int(day), int(hour), int(minute), int(second or 0)
            )
        except ValueError as exc:
            raise ValueError(
                translate(
                    "ScheduleImport", "{value} is not a real date and time ({reason})"
                ).format(value=repr(value), reason=exc)
            ) from exc
    return naive.replace(tzinfo=zone(timezone))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class _RowReader:
    """One data row to a `SessionDraft`, collecting a problem per bad cell."""

    def __init__(self, table: _Table, resolver: Resolver, timezone: str) -> None:
        self.header = table.header
        self.resolver = resolver
        self.timezone = timezone
        self.problems: list[RowProblem] = []

    def _cell(self, cells: list[Any], column: str) -> Any:
        if column not in self.header:
            return None
        index = self.header.index(column)
        return cells[index] if index < len(cells) else None

    def _problem(self, row: int, column: str, message: str) -> None:
        letter = get_column_letter(self.header.index(column) + 1) if column in self.header else ""
        self.problems.append(RowProblem(row, column, letter, message))

    def _get(self, row: int, cells: list[Any], column: str, parse: Any) -> Any:
        try:
            return parse(self._cell(cells, column))
        except ValueError as exc:
            self._problem(row, column, str(exc))
            return None

    def read(self, row: int, cells: list[Any]) -> SessionDraft | None:
        before = len(self.problems)
        title = self._get(
            row, cells, "title", _required(translate("ScheduleImport", "the title is empty"))
        )
        kind = self._get(row, cells, "kind", _kind)
        start = self._get(row, cells, "start", lambda v: parse_local_time(v, self.timezone))
        end = self._get(row, cells, "end", lambda v: parse_local_time(v, self.timezone))
        site = _text(self._cell(cells, "site"))
        venue = self._get(row, cells, "venue", lambda v: self._venue(v, site))
        capacity = self._get(row, cells, "capacity", _capacity)
        lecturer = self._get(row, cells, "lecturer", self._lecturer)
        audience = self._get(row, cells, "audience", lambda v: self.resolver.audience(_text(v)))
        destination = self._get(row, cells, "destination", self._site)
        uuid = self._get(row, cells, "uuid", _uuid)
        if start is not None and end is not None and end <= start:
            self._problem(
                row,
                "end",
                translate("ScheduleImport", "the session ends before (or when) it starts"),
            )
        if destination is not None and kind not in (None, SessionKind.TRANSFER.value):
            self._problem(
                row, "destination", translate("ScheduleImport", "only a transfer has a destination")
            )
        if len(self.problems) > before:
            return None
        everyone, teams, delegations, people = audience
        return SessionDraft(
            title=title, kind=kind, start=start, end=end, venue_id=venue,
            destination_site_id=destination, capacity=capacity, lecturer_id=lecturer,
            host=_text(self._cell(cells, "host")),
            description=str(self._cell(cells, "description") or ""),
            for_everyone=everyone, team_ids=_ids(teams), delegation_ids=_ids(delegations),
            participant_ids=_ids(people), uuid=uuid,
        )  # fmt: skip

    def _venue(self, value: Any, site: str) -> int | None:
        name = _text(value)
        return self.resolver.venue(name, site) if name else None

    def _lecturer(self, value: Any) -> int | None:
        name = _text(value)
        return self.resolver.one(self.resolver.people, name, "participant") if name else None

    def _site(self, value: Any) -> int | None:
        name = _text(value)
        return self.resolver.one(self.resolver.sites, name, "site") if name else None


def _required(message: str) -> Any:
    def parse(value: Any) -> str:
        text = _text(value)
        if not text:
            raise ValueError(message)
        if len(text) > 200:
            raise ValueError(translate("ScheduleImport", "longer than 200 characters"))
        return text

    return parse


def _kind(value: Any) -> str:
    kind = KIND_WORDS.get(fold(_text(value)).replace("-", " "))
    if kind is None:
        kinds = ", ".join(k.value for k in SessionKind)
        raise ValueError(
            translate("ScheduleImport", "{value} is not a session kind ({kinds})").format(
                value=repr(_text(value)), kinds=kinds
            )
        )
    return kind


def _ids(items: list[int]) -> tuple[int, ...]:
    return tuple(sorted(set(items)))


def _uuid(value: Any) -> str | None:
    text = _text(value).lower()
    if not text:
        return None
    if not UUID.match(text):
        raise ValueError(
            translate(
                "ScheduleImport", "{value} is not a uuid (leave it empty for a new session)"
            ).format(value=repr(text))
        )
    return text


def _capacity(value: Any) -> int | None:
    text = _text(value)
    if not text:
        return None
    if not text.isdigit() or int(text) < 1:
        raise ValueError(
            translate("ScheduleImport", "{value} is not a positive whole number").format(
                value=repr(text)
            )
        )
    return int(text)


def read_drafts(table: _Table, week: WeekData) -> list[tuple[int, SessionDraft]]:
    """Every row as a draft, or `ScheduleImportError` with every problem of the file."""
    reader = _RowReader(table, Resolver(week), week.timezone)
    drafts = []
    for row, cells in table.rows:
        draft = reader.read(row, cells)
        if draft is not None:
            drafts.append((row, draft))
    problems = reader.problems + _duplicates(drafts, "uuid" in table.header, week.timezone)
    if problems:
        raise ScheduleImportError(sorted(problems, key=lambda p: (p.row, p.letter)))
    return drafts


def _match_key(draft: SessionDraft, by_uuid: bool) -> tuple[str, ...]:
    if by_uuid and draft.uuid:
        return ("uuid", draft.uuid)
    return ("title", fold(draft.title), draft.start.astimezone(dt.UTC).isoformat())


def _duplicates(
    drafts: list[tuple[int, SessionDraft]], by_uuid: bool, timezone: str
) -> list[RowProblem]:
    seen: dict[tuple[str, ...], int] = {}
    problems = []
    for row, draft in drafts:
        key = _match_key(draft, by_uuid)
        if key in seen:
            what = "uuid" if key[0] == "uuid" else "title"
            problems.append(
                RowProblem(
                    row,
                    what,
                    "",
                    (
                        translate("ScheduleImport", "the same session as row {row} (same uuid)")
                        if what == "uuid"
                        else translate(
                            "ScheduleImport", "the same session as row {row} (same title and start)"
                        )
                    ).format(row=seen[key]),
                )
            )
        seen.setdefault(key, row)
    return problems


def import_schedule(factory: SessionFactory, program_id: int, path: Path) -> ImportReport:
    """Validate the whole file, then write it in one transaction (see the module's rules)."""
    table = read_table(path)
    with factory.begin() as session:
        week = read_week(session, program_id)
        try:
            drafts = read_drafts(table, week)
        except ScheduleImportError as exc:
            raise ScheduleImportError(exc.problems, path.name) from None
        _refuse_foreign_uuids(session, program_id, drafts, path.name)
        created, updated, unchanged, ids = _write(session, program_id, week, drafts, table)
        session.flush()
        after = read_week(session, program_id)
    return ImportReport(created, updated, unchanged, tuple(ids), tuple(find_conflicts(after)))


def _refuse_foreign_uuids(
    session: Session, program_id: int, drafts: list[tuple[int, SessionDraft]], name: str
) -> None:
    """A uuid held by another program's session cannot be reused here."""
    wanted = {draft.uuid: row for row, draft in drafts if draft.uuid}
    if not wanted:
        return
    taken = session.scalars(
        select(ScheduleSession.uuid).where(
            ScheduleSession.uuid.in_(list(wanted)), ScheduleSession.program_id != program_id
        )
    ).all()
    problems = [
        RowProblem(wanted[u], "uuid", "", translate("ScheduleImport", "this uuid belongs to a "
                   "session of another program; clear it to create a new session")) for u in taken
    ]  # fmt: skip
    if problems:
        raise ScheduleImportError(sorted(problems, key=lambda p: p.row), name)


def _write(
    session: Session,
    program_id: int,
    week: WeekData,
    drafts: list[tuple[int, SessionDraft]],
    table: _Table,
) -> tuple[int, int, int, list[int]]:
    by_uuid = "uuid" in table.header
    existing = {_match_key(draft_of(s), by_uuid): s for s in week.sessions}
    if by_uuid:  # rows without a uuid still match by title and start
        existing |= {_match_key(draft_of(s), False): s for s in week.sessions}
    created = updated = unchanged = 0
    ids = []
    for _, draft in drafts:
        match = existing.get(_match_key(draft, by_uuid))
        if match is None:
            row = ScheduleSession(program_id=program_id)
            if draft.uuid:
                row.uuid = draft.uuid
            apply_draft(row, draft)
            session.add(row)
            session.flush()
            created += 1
            ids.append(row.id)
            continue
        ids.append(match.id)
        if _same(draft, match):
            unchanged += 1
            continue
        current = session.get(ScheduleSession, match.id)
        assert current is not None
        apply_draft(current, replace(draft, uuid=match.uuid, notebook_id=match.notebook_id))
        updated += 1
    return created, updated, unchanged, ids


def _same(draft: SessionDraft, current: SessionData) -> bool:
    mine = replace(draft, uuid=None, title=draft.title.strip())
    theirs = replace(draft_of(current), uuid=None, notebook_id=draft.notebook_id)
    return mine == theirs
