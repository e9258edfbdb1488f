"""The roll call's missing list on paper: one page a coordinator can hand to a search team."""

from __future__ import annotations

import datetime as dt
import html

from sakura_desktop.core.checkin.rollcall import RollCallState
from sakura_desktop.ui.fonts import name_families
from sakura_desktop.ui.rollcall.model import elapsed_text


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def roll_call_html(state: RollCallState, now: dt.datetime, station: str = "") -> str:
    """Title, counts, then one row per person unaccounted for, minors first and marked."""
    call = state.roll_call
    families = ", ".join(f"'{family}'" for family in name_families())
    elapsed = elapsed_text(now - call.opened_at)
    rows = []
    for number, item in enumerate(state.unaccounted, start=1):
        person = item.person
        minor = (
            f"<b>MINOR{f' {item.age}' if item.age is not None else ''}</b>" if item.minor else ""
        )
        seen = item.last_seen.label if item.last_seen else "never scanned"
        rows.append(
            "<tr>"
            f"<td>{number}</td><td>{minor}</td>"
            f"<td><b>{_e(person.display_name)}</b></td><td>{_e(person.native_name)}</td>"
            f"<td>{_e(person.delegation or 'Host')}</td><td>{_e(seen)}</td>"
            f"<td>{_e(item.call)}</td><td>{elapsed}</td>"
            "</tr>"
        )
    body = "".join(rows) or "<tr><td colspan='8'>Everyone is accounted for.</td></tr>"
    station_text = f" · printed at {_e(station)}" if station else ""
    status = "open"
    if call.closed_at is not None:
        status = f"closed {call.closed_at:%H:%M} by {_e(call.closed_by)}"
    return f"""
<html><head><style>
body {{ font-family: {families}; font-size: 10pt; }}
h1 {{ font-size: 16pt; margin-bottom: 2pt; }}
p.sub {{ color: #444444; margin-top: 0; }}
th {{ background: #eeeeee; text-align: left; padding: 3pt 5pt; border-bottom: 1px solid #888; }}
td {{ padding: 3pt 5pt; border-bottom: 1px solid #cccccc; }}
</style></head><body>
<h1>Unaccounted for: {_e(call.name)}</h1>
<p class="sub">Started {call.opened_at:%a %d %b %H:%M} at {_e(call.opened_by)} ({status}) ·
as of {now:%H:%M}{station_text} — expected {state.expected}, accounted for {state.accounted},
<b>unaccounted for {len(state.unaccounted)}</b></p>
<table width="100%" cellspacing="0">
<thead><tr><th>#</th><th></th><th>Name</th><th>Native name</th><th>Delegation</th>
<th>Last seen</th><th>Call</th><th>For</th></tr></thead>
<tbody>{body}</tbody>
</table>
</body></html>
"""
