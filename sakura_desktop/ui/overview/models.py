"""Item models of the Overview: delegations and the day's sessions, over core dataclasses."""

from __future__ import annotations

from sakura_desktop.core.programs import DelegationCount, SessionLine
from sakura_desktop.db.enums import Role
from sakura_desktop.ui.widgets.table_model import Column, RowsTableModel


def _country(d: DelegationCount) -> str:
    return d.country_name or d.country_code


class DelegationTableModel(RowsTableModel[DelegationCount]):
    """Country, delegation, students, teachers, total (active participants: not withdrawn)."""

    columns = (
        Column[DelegationCount](
            "Country", _country, tooltip=lambda d: f"{_country(d)} ({d.country_code})"
        ),
        Column[DelegationCount]("Delegation", lambda d: d.name, tooltip=lambda d: d.name),
        Column[DelegationCount](
            "Students", lambda d: d.by_role.get(Role.STUDENT.value, 0), numeric=True
        ),
        Column[DelegationCount](
            "Teachers", lambda d: d.by_role.get(Role.TEACHER.value, 0), numeric=True
        ),
        Column[DelegationCount](
            "Total",
            lambda d: d.total,
            numeric=True,
            tooltip=lambda d: (
                ", ".join(f"{n} {role}" for role, n in sorted(d.by_role.items())) or "nobody yet"
            ),
        ),
    )


def time_range(line: SessionLine) -> str:
    return f"{line.start:%H:%M}–{line.end:%H:%M}"


class SessionTableModel(RowsTableModel[SessionLine]):
    """One day's sessions; times are already in the program's time zone."""

    columns = (
        Column[SessionLine]("Time", time_range),
        Column[SessionLine]("Session", lambda s: s.title, tooltip=lambda s: s.title),
        Column[SessionLine]("Kind", lambda s: s.kind.label),
        Column[SessionLine]("Venue", lambda s: s.venue, tooltip=lambda s: s.venue),
        Column[SessionLine]("Audience", lambda s: s.audience, tooltip=lambda s: s.audience),
    )
