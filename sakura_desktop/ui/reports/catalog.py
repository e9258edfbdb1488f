"""What the Reports screen offers: each report's name, where its tables come from, its chart.

A *source* is one core computation (`jobs.SOURCES`): attendance gives four tables at once, so
switching between attendance per session, per participant, per delegation and per team reads the
database once. A *choice* is a line of the chooser: a source and the tables of it shown.
A *chart* belongs to a table (by its key) wherever that table appears. No widgets here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sakura_desktop.core.reports.table import ReportTable
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ChartSpec:
    """How a table is drawn: bars of `bars` (and a line of `line`) against `category`.

    Columns are named by header (`category` may join several, "Session" and "Starts", so
    that sessions of the same title on different days stay apart).
    """

    title: str
    category: tuple[str, ...]
    bars: tuple[str, ...]
    line: str | None = None
    horizontal: bool = True
    value_title: str = ""
    skip_rows: tuple[str, ...] = ("Total",)  # rows named so are sums, not categories


@dataclass(frozen=True)
class ReportChoice:
    key: str
    label: str
    tooltip: str
    source: str
    tables: tuple[str, ...] = ()  # table keys shown; () = every table the source gives
    needs_checkpoint: bool = False
    needs_day: bool = False  # one day's meals or transfers (the kitchen's and the buses' paper)


CHOICES: tuple[ReportChoice, ...] = (
    ReportChoice(
        "sessions",
        QT_TRANSLATE_NOOP("Reports", "Attendance per session"),
        QT_TRANSLATE_NOOP("Reports", "Expected and present people at every session, and the rate"),
        "attendance",
        ("sessions",),
    ),
    ReportChoice(
        "participants",
        QT_TRANSLATE_NOOP("Reports", "Attendance per participant"),
        QT_TRANSLATE_NOOP("Reports", "Sessions each person was expected at and attended"),
        "attendance",
        ("participants",),
    ),
    ReportChoice(
        "delegations",
        QT_TRANSLATE_NOOP("Reports", "Attendance per delegation"),
        QT_TRANSLATE_NOOP(
            "Reports", "Each delegation's attendance rate over the recorded sessions"
        ),
        "attendance",
        ("delegations",),
    ),
    ReportChoice(
        "teams",
        QT_TRANSLATE_NOOP("Reports", "Attendance per team"),
        QT_TRANSLATE_NOOP("Reports", "Each team's attendance rate over the recorded sessions"),
        "attendance",
        ("teams",),
    ),
    ReportChoice(
        "arrivals",
        QT_TRANSLATE_NOOP("Reports", "Arrivals timeline at a checkpoint"),
        QT_TRANSLATE_NOOP(
            "Reports", "How many people came in at a checkpoint in each quarter of an hour"
        ),
        "arrivals",
        needs_checkpoint=True,
    ),
    ReportChoice(
        "summary",
        QT_TRANSLATE_NOOP("Reports", "Post-visit summary"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "For the funder: participants by country, institution, role, gender and age; "
            "sessions held with their attendance; the list of participants; the survey",
        ),
        "summary",
    ),
    ReportChoice(
        "catering",
        QT_TRANSLATE_NOOP("Reports", "Catering: dietary needs per meal"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "For each meal, how many expected people need halal, vegetarian, vegan … food",
        ),
        "catering",
        needs_day=True,
    ),
    ReportChoice(
        "manifests",
        QT_TRANSLATE_NOOP("Reports", "Transfer manifests"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "For each bus transfer, seats needed against capacity, and who rides with their leader",
        ),
        "manifests",
        needs_day=True,
    ),
    ReportChoice(
        "rooming",
        QT_TRANSLATE_NOOP("Reports", "Rooming list"),
        QT_TRANSLATE_NOOP(
            "Reports", "Rooms, names, delegation, arrival and departure, for the hotel"
        ),
        "rooming",
    ),
    ReportChoice(
        "survey",
        QT_TRANSLATE_NOOP("Reports", "Survey results"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Response rate, satisfaction per part of the week, coming back to Japan, comments",
        ),
        "survey",
    ),
    ReportChoice(
        "alumni",
        QT_TRANSLATE_NOOP("Reports", "Alumni list (consenting people only)"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Name, institution, country and e-mail of the people who agreed to alumni contact",
        ),
        "alumni",
    ),
)


def _breakdown(key: str, title: str, label: str) -> tuple[str, ChartSpec]:
    return key, ChartSpec(title, (label,), ("People",))


# Titles are translated where drawn; the headers name the core's columns (English, as exported).
CHARTS: dict[str, ChartSpec] = {
    "sessions": ChartSpec(
        QT_TRANSLATE_NOOP("Reports", "Attendance per session"),
        ("Starts", "Session"),
        ("Expected", "Present"),
        value_title=QT_TRANSLATE_NOOP("Reports", "People"),
    ),
    "delegations": ChartSpec(
        QT_TRANSLATE_NOOP("Reports", "Attendance rate per delegation"),
        ("Name",),
        ("Rate %",),
        value_title="%",
    ),
    "teams": ChartSpec(
        QT_TRANSLATE_NOOP("Reports", "Attendance rate per team"),
        ("Name",),
        ("Rate %",),
        value_title="%",
    ),
    "arrivals": ChartSpec(
        QT_TRANSLATE_NOOP("Reports", "Arrivals per quarter of an hour"),
        ("From",),
        ("People",),
        line="Total so far",
        horizontal=False,
        value_title=QT_TRANSLATE_NOOP("Reports", "People"),
    ),
    **dict(
        (
            _breakdown(
                "by_country", QT_TRANSLATE_NOOP("Reports", "Participants by country"), "Country"
            ),
            _breakdown(
                "by_institution",
                QT_TRANSLATE_NOOP("Reports", "Participants by institution"),
                "Institution",
            ),
            _breakdown("by_role", QT_TRANSLATE_NOOP("Reports", "Participants by role"), "Role"),
            _breakdown(
                "by_gender", QT_TRANSLATE_NOOP("Reports", "Participants by gender"), "Gender"
            ),
            _breakdown(
                "by_age", QT_TRANSLATE_NOOP("Reports", "Participants by age band"), "Age band"
            ),
        )
    ),
    "survey_satisfaction": ChartSpec(
        QT_TRANSLATE_NOOP("Reports", "Mean satisfaction per part of the week (1–5)"),
        ("Part of the week",),
        ("Mean",),
        value_title=QT_TRANSLATE_NOOP("Reports", "Mean score"),
    ),
    "survey_come_back": ChartSpec(
        QT_TRANSLATE_NOOP("Reports", "Would you like to come back to Japan?"),
        ("Answer",),
        ("Participants",),
    ),
}


def _column(table: ReportTable, header: str) -> int | None:
    return table.column(header)  # English names: the shown headers may be translated


def chart_columns(
    table: ReportTable, spec: ChartSpec
) -> tuple[tuple[int, ...], tuple[int, ...], int | None] | None:
    """Column indexes of the category, the bars and the line; None when one is missing."""
    category = tuple(_column(table, header) for header in spec.category)
    bars = tuple(_column(table, header) for header in spec.bars)
    line = _column(table, spec.line) if spec.line is not None else None
    if None in category or None in bars or (spec.line is not None and line is None):
        return None
    return (
        tuple(c for c in category if c is not None),
        tuple(b for b in bars if b is not None),
        line,
    )


def chart_for(table: ReportTable) -> ChartSpec | None:
    """The chart drawn for a table, when one reads faster than the table and its columns exist."""
    spec = CHARTS.get(table.key)
    if spec is None or chart_columns(table, spec) is None:
        return None
    return spec


def choice(key: str) -> ReportChoice:
    return next(c for c in CHOICES if c.key == key)
