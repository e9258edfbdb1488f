"""The roll call's missing list on paper: one page a coordinator can hand to a search team."""

from __future__ import annotations

import datetime as dt
import html

from sakura_desktop.core.checkin.rollcall import RollCallState
from sakura_desktop.ui import locale_format as fmt
from sakura_desktop.ui.checkin.models import last_seen_label
from sakura_desktop.ui.fonts import name_families
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.rollcall.model import elapsed_text, minor_text


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def roll_call_html(state: RollCallState, now: dt.datetime, station: str = "") -> str:
    """Title, counts, then one row per person unaccounted for, minors first and marked."""
    call = state.roll_call
    families = ", ".join(f"'{family}'" for family in name_families())
    elapsed = elapsed_text(now - call.opened_at)
    never = translate("RollCallPaper", "never scanned")
    host = translate("RollCallPaper", "Host")
    rows = []
    for number, item in enumerate(state.unaccounted, start=1):
        person = item.person
        minor = f"<b>{_e(minor_text(item.age))}</b>" if item.minor else ""
        seen = last_seen_label(item.last_seen) if item.last_seen else never
        rows.append(
            "<tr>"
            f"<td>{number}</td><td>{minor}</td>"
            f"<td><b>{_e(person.display_name)}</b></td><td>{_e(person.native_name)}</td>"
            f"<td>{_e(person.delegation or host)}</td><td>{_e(seen)}</td>"
            f"<td>{_e(item.call)}</td><td>{elapsed}</td>"
            "</tr>"
        )
    everyone = translate("RollCallPaper", "Everyone is accounted for.")
    body = "".join(rows) or f"<tr><td colspan='8'>{everyone}</td></tr>"
    station_text = (
        translate("RollCallPaper", " · printed at {0}").format(_e(station)) if station else ""
    )
    status = translate("RollCallPaper", "open")
    if call.closed_at is not None:
        status = translate("RollCallPaper", "closed {0} by {1}").format(
            fmt.time(call.closed_at), _e(call.closed_by)
        )
    title = translate("RollCallPaper", "Unaccounted for: {0}").format(_e(call.name))
    counts = translate(
        "RollCallPaper",
        "Started {started} at {where} ({status}) · as of {now}{station} — expected {expected}, "
        "accounted for {accounted}, <b>unaccounted for {missing}</b>",
    ).format(
        started=fmt.day_time(call.opened_at),
        where=_e(call.opened_by),
        status=status,
        now=fmt.time(now),
        station=station_text,
        expected=state.expected,
        accounted=state.accounted,
        missing=len(state.unaccounted),
    )
    headers = "".join(
        f"<th>{_e(text)}</th>"
        for text in (
            "#",
            "",
            translate("RollCallPaper", "Name"),
            translate("RollCallPaper", "Native name"),
            translate("RollCallPaper", "Delegation"),
            translate("RollCallPaper", "Last seen"),
            translate("RollCallPaper", "Call"),
            translate("RollCallPaper", "For"),
        )
    )
    return f"""
<html><head><style>
body {{ font-family: {families}; font-size: 10pt; }}
h1 {{ font-size: 16pt; margin-bottom: 2pt; }}
p.sub {{ color: #444444; margin-top: 0; }}
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
