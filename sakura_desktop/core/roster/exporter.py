"""Export participants, delegations and teams to CSV (UTF-8 with BOM, so Excel reads it) or XLSX.

The participants export uses the importer's own header names, so an exported file imports back
into the same program as "unchanged".

The sensitive columns (SENSITIVE_HEADERS: dietary needs, allergies, the emergency contact and the
free-text notes, which hold medical facts) are written only when the caller asks with
`include_sensitive=True`: a list sent to a bus company or a lab must not carry health data by
default. The date of birth stays in: it is how a re-imported row without ID or e-mail finds its
person (a file without it would create duplicates), and rooming and insurance lists need it.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.roster.delegations import list_delegations
from sakura_desktop.core.roster.fields import Field
from sakura_desktop.core.roster.participants import list_participants
from sakura_desktop.core.roster.teams import list_teams
from sakura_desktop.core.spreadsheet_cells import as_xlsx_text, csv_field
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.models import Participant, Team, TeamMembership
from sakura_desktop.errors import UserError

ExportValue = str | int | dt.date | None
P: Table = Participant.__table__  # type: ignore[assignment]
FORMATS = (".csv", ".xlsx")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def write_table(
    path: Path | str, title: str, headers: Sequence[str], rows: Iterable[Sequence[ExportValue]]
) -> ExportResult:
    """Write a table as CSV (UTF-8 with BOM) or XLSX, chosen by the file's extension."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(
            translate(
                "RosterExport", "Cannot export to {file}: name the file .csv or .xlsx."
            ).format(file=path.name)
        )
    try:
        count = (
            _write_csv(path, headers, rows)
            if suffix == ".csv"
            else _write_xlsx(path, title, headers, rows)
        )
    except OSError as exc:
        raise UserError(
            translate(
                "RosterExport", "Cannot write {path}: {reason}. Choose another folder."
            ).format(path=path, reason=exc.strerror)
        ) from exc
    return ExportResult(path, count)


def _csv_value(value: ExportValue) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return csv_field(value)


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[ExportValue]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])
            count += 1
    return count


def _write_xlsx(
    path: Path, title: str, headers: Sequence[str], rows: Iterable[Sequence[ExportValue]]
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in rows:
        sheet.append([_xlsx_cell(sheet, WriteOnlyCell, v) for v in row])
        count += 1
    workbook.save(path)
    return count


def _xlsx_cell(sheet: Any, cell_type: Any, value: ExportValue) -> Any:
    cell = cell_type(sheet, value=value)
    if isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"
    return as_xlsx_text(cell)


PARTICIPANT_HEADERS = (
    Field.EXTERNAL_ID.label,
    Field.FAMILY_NAME.label,
    Field.GIVEN_NAME.label,
    Field.NATIVE_NAME.label,
    Field.PREFERRED_NAME.label,
    Field.ROLE.label,
    Field.GENDER.label,
    Field.DATE_OF_BIRTH.label,
    Field.EMAIL.label,
    Field.PHONE.label,
    Field.DELEGATION.label,
    Field.COUNTRY.label,
    "Team",
    Field.DIETARY.label,
    Field.ALLERGIES.label,
    Field.EMERGENCY_CONTACT_NAME.label,
    Field.EMERGENCY_CONTACT_PHONE.label,
    Field.ROOM.label,
    "Status",
    Field.NOTES.label,
)


# Health data and the people to call about it: exported only when asked for explicitly.
SENSITIVE_HEADERS = (
    Field.DIETARY.label,
    Field.ALLERGIES.label,
    Field.EMERGENCY_CONTACT_NAME.label,
    Field.EMERGENCY_CONTACT_PHONE.label,
    Field.NOTES.label,
)


def export_participants(
    factory: SessionFactory, program_id: int, path: Path | str, *, include_sensitive: bool = False
) -> ExportResult:
    """Every participant; the SENSITIVE_HEADERS columns only with `include_sensitive`."""
    kept = [
        index
        for index, header in enumerate(PARTICIPANT_HEADERS)
        if include_sensitive or header not in SENSITIVE_HEADERS
    ]
    headers = [PARTICIPANT_HEADERS[i] for i in kept]
    rows = (tuple(row[i] for i in kept) for row in _participant_rows(factory, program_id))
    return write_table(path, "Participants", headers, rows)


def _participant_rows(
    factory: SessionFactory, program_id: int
) -> Iterable[tuple[ExportValue, ...]]:
    people = list_participants(factory, program_id)
    with factory() as session:
        extra = {
            row.id: (row.emergency_contact_name, row.emergency_contact_phone, row.notes, row.phone)
            for row in session.execute(
                select(P.c.id, P.c.emergency_contact_name, P.c.emergency_contact_phone, P.c.notes,
                       P.c.phone)
                .where(P.c.program_id == program_id)
            )
        }  # fmt: skip
    rows = (
        (
            p.external_id,
            p.family_name,
            p.given_name,
            p.native_name,
            p.preferred_name,
            "leader" if p.is_leader else p.role,
            p.gender,
            p.date_of_birth,
            p.email,
            extra[p.id][3],
            p.delegation,
            p.country,
            p.team,
            p.dietary,
            p.allergies,
            extra[p.id][0],
            extra[p.id][1],
            p.room,
            p.status,
            extra[p.id][2],
        )
        for p in people
    )
    return rows


def export_delegations(factory: SessionFactory, program_id: int, path: Path | str) -> ExportResult:
    headers = ("Delegation", "Country code", "Country", "Institution", "Participants", "Leader")
    rows = (
        (d.name, d.country_code, d.country_name, d.institution, d.participants, d.leader_name)
        for d in list_delegations(factory, program_id)
    )
    return write_table(path, "Delegations", headers, rows)


def export_teams(factory: SessionFactory, program_id: int, path: Path | str) -> ExportResult:
    """One row per team member (a team with no members: one row with its name only)."""
    headers = (
        "Team",
        "Colour",
        "Size",
        "ID",
        "Family name",
        "Given name",
        "Native name",
        "Delegation",
        "Role",
        "Gender",
    )
    people = {p.id: p for p in list_participants(factory, program_id)}
    with factory() as session:
        pairs = session.execute(
            select(TeamMembership.team_id, TeamMembership.participant_id)
            .join(Team, Team.id == TeamMembership.team_id)
            .where(Team.program_id == program_id)
        ).all()
    members: dict[int, list[int]] = {}
    for team_id, participant_id in pairs:
        members.setdefault(team_id, []).append(participant_id)
    rows: list[tuple[ExportValue, ...]] = []
    for team in list_teams(factory, program_id):
        ids = sorted(members.get(team.id, []), key=lambda i: people[i].family_name)
        head: tuple[ExportValue, ...] = (team.name, team.colour, team.size)
        if not ids:
            rows.append(head + (None,) * 7)
        for i in ids:
            p = people[i]
            rows.append(
                (
                    *head,
                    p.external_id,
                    p.family_name,
                    p.given_name,
                    p.native_name,
                    p.delegation,
                    p.role,
                    p.gender,
                )
            )
    return write_table(path, "Teams", headers, rows)


EXPORTS = {
    "participants": export_participants,
    "delegations": export_delegations,
    "teams": export_teams,
}
