"""Item models of the Overview: delegations and the day's sessions, over core dataclasses."""

from __future__ import annotations

from sakura_desktop.core.program_views import DelegationCount, SessionLine
from sakura_desktop.db.enums import Role
from sakura_desktop.ui import locale_format as fmt
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.widgets.table_model import Column, RowsTableModel

# The roles as the Total column's tooltip counts them ("12 student, 2 teacher").
ROLE_WORDS: dict[str, str] = {
    Role.STUDENT.value: QT_TRANSLATE_NOOP("OverviewModels", "student"),
    Role.TEACHER.value: QT_TRANSLATE_NOOP("OverviewModels", "teacher"),
    Role.STAFF.value: QT_TRANSLATE_NOOP("OverviewModels", "staff"),
    Role.INTERPRETER.value: QT_TRANSLATE_NOOP("OverviewModels", "interpreter"),
    Role.LECTURER.value: QT_TRANSLATE_NOOP("OverviewModels", "lecturer"),
    Role.GUEST.value: QT_TRANSLATE_NOOP("OverviewModels", "guest"),
}


def _country(d: DelegationCount) -> str:
    return d.country_name or d.country_code


def _by_role(d: DelegationCount) -> str:
    counts = [
        translate("OverviewModels", "{0} {1}").format(
            n, translate("OverviewModels", ROLE_WORDS.get(role, role))
        )
        for role, n in sorted(d.by_role.items())
    ]
    return translate("OverviewModels", ", ").join(counts) or translate(
        "OverviewModels", "nobody yet"
    )


class DelegationTableModel(RowsTableModel[DelegationCount]):
    """Country, delegation, students, teachers, total (active participants: not withdrawn)."""

    columns = (
        Column[DelegationCount](
            QT_TRANSLATE_NOOP("TableHeader", "Country"),
            _country,
            tooltip=lambda d: f"{_country(d)} ({d.country_code})",
        ),
        Column[DelegationCount](
            QT_TRANSLATE_NOOP("TableHeader", "Delegation"),
            lambda d: d.name,
            tooltip=lambda d: d.name,
        ),
        Column[DelegationCount](
            QT_TRANSLATE_NOOP("TableHeader", "Students"),
            lambda d: d.by_role.get(Role.STUDENT.value, 0),
            numeric=True,
        ),
        Column[DelegationCount](
            QT_TRANSLATE_NOOP("TableHeader", "Teachers"),
            lambda d: d.by_role.get(Role.TEACHER.value, 0),
            numeric=True,
        ),
        Column[DelegationCount](
            QT_TRANSLATE_NOOP("TableHeader", "Total"),
            lambda d: d.total,
            numeric=True,
            tooltip=_by_role,
        ),
    )


def _audience(line: SessionLine) -> str:
    # Core says "Everyone" for a session for everyone; otherwise the names, which are data.
    if line.audience == "Everyone":
        return translate("OverviewModels", "Everyone")
    return line.audience


def time_range(line: SessionLine) -> str:
    return f"{fmt.time(line.start)}–{fmt.time(line.end)}"


class SessionTableModel(RowsTableModel[SessionLine]):
    """One day's sessions; times are already in the program's time zone."""

    columns = (
        Column[SessionLine](QT_TRANSLATE_NOOP("TableHeader", "Time"), time_range),
        Column[SessionLine](
            QT_TRANSLATE_NOOP("TableHeader", "Session"),
            lambda s: s.title,
            tooltip=lambda s: s.title,
        ),
        Column[SessionLine](
            QT_TRANSLATE_NOOP("TableHeader", "Kind"),
            lambda s: translate("SessionKinds", s.kind.label),
        ),
        Column[SessionLine](
            QT_TRANSLATE_NOOP("TableHeader", "Venue"), lambda s: s.venue, tooltip=lambda s: s.venue
        ),
        Column[SessionLine](
            QT_TRANSLATE_NOOP("TableHeader", "Audience"),
            _audience,
            tooltip=_audience,
        ),
    )
