"""The missing list on paper and in a file: CSV for a spreadsheet, HTML for a QTextDocument.

Pure formatting of what the head count panel shows (no database): the coordinator exports or
prints exactly the list on the screen.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sakura_desktop.core.checkin.service import MissingPerson
from sakura_desktop.core.spreadsheet_cells import inert_csv_text
from sakura_desktop.ui import locale_format as fmt
from sakura_desktop.ui.checkin.models import last_seen_label
from sakura_desktop.ui.fonts import name_families
from sakura_desktop.ui.i18n import translate

CSV_COLUMNS = (
    "family_name",
    "given_name",
    "preferred_name",
    "native_name",
    "role",
    "delegation",
    "country",
    "team",
    "last_seen_checkpoint",
    "last_seen_at",
    "last_seen_direction",
    "checked_out_here",
    "contact",
)


@dataclass(frozen=True)
class MissingReport:
    checkpoint: str
    expected: int
    present: int
    missing: Sequence[MissingPerson]
    as_of: dt.datetime
    station: str = ""


def csv_text(report: MissingReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for m in report.missing:
        p, seen = m.person, m.last_seen
        fields = [
            p.family_name,
            p.given_name,
            p.preferred_name,
            p.native_name,
            p.role.value,
            p.delegation,
            p.country,
            p.team,
            seen.checkpoint_name if seen else "",
            seen.at.isoformat(timespec="minutes") if seen else "",
            seen.direction.value if seen else "",
            "yes" if m.checked_out_here else "",
            m.contact,
        ]
        writer.writerow([inert_csv_text(field) for field in fields])
    return out.getvalue()


def write_csv(report: MissingReport, path: Path) -> Path:
    """UTF-8 with a BOM, so Excel on a Japanese Windows opens native names right."""
    path.write_text(csv_text(report), encoding="utf-8-sig", newline="")
    return path


def suggested_file_name(report: MissingReport) -> str:
    safe = "".join(ch if ch.isalnum() else "-" for ch in report.checkpoint).strip("-")
    return f"missing-{safe[:40] or 'checkpoint'}-{report.as_of:%Y%m%d-%H%M}.csv"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def report_html(report: MissingReport) -> str:
    """A printable page: title, counts, and one table row per missing person. Coordinator-facing
    paper, so in the interface language (participants' names and data as typed)."""
    families = ", ".join(f"'{family}'" for family in name_families())
    rows = []
    for number, m in enumerate(report.missing, start=1):
        p = m.person
        seen = last_seen_label(m.last_seen)
        rows.append(
            "<tr>"
            f"<td>{number}</td>"
            f"<td><b>{_e(p.display_name)}</b></td>"
            f"<td>{_e(p.native_name)}</td>"
            f"<td>{_e(p.delegation or translate('MissingList', 'Host'))}</td>"
            f"<td>{_e(p.team)}</td>"
            f"<td>{_e(seen)}</td>"
            f"<td>{_e(m.contact)}</td>"
            "</tr>"
        )
    missing = len(report.missing)
    station = (
        translate("MissingList", " · station {0}").format(_e(report.station))
        if report.station
        else ""
    )
    nobody = translate("MissingList", "Nobody is missing.")
    body = "".join(rows) or f"<tr><td colspan='7'>{nobody}</td></tr>"
    title = translate("MissingList", "Missing at {0}").format(_e(report.checkpoint))
    counts = translate(
        "MissingList",
        "As of {when}{station} — expected {expected}, present {present}, <b>missing {missing}</b>",
    ).format(
        when=fmt.day_with_year_time(report.as_of),
        station=station,
        expected=report.expected,
        present=report.present,
        missing=missing,
    )
    headers = "".join(
        f"<th>{_e(text)}</th>"
        for text in (
            "#",
            translate("MissingList", "Name"),
            translate("MissingList", "Native name"),
            translate("MissingList", "Delegation"),
            translate("MissingList", "Team"),
            translate("MissingList", "Last seen"),
            translate("MissingList", "Teacher / contact"),
        )
    )
    return f"""
<html><head><style>
body {{ font-family: {families}; font-size: 10pt; }}
h1 {{ font-size: 16pt; margin-bottom: 2pt; }}
p.sub {{ color: #555555; margin-top: 0; }}
table {{ border-collapse: collapse; }}
th {{ background: #eeeeee; text-align: left; padding: 3pt 5pt; border-bottom: 1px solid #888; }}
td {{ padding: 3pt 5pt; border-bottom: 1px solid #cccccc; }}
</style></head><body>
<h1>{title}</h1>
<p class="sub">{counts}</p>
<table width="100%" cellspacing="0">
<thead><tr>{headers}</tr></thead>
<tbody>{body}</tbody>
</table>
</body></html>
"""
