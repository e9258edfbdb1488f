"""The English column headers of the reports, and the words the reports write in their cells
(roles, statuses, genders, "(no team)"), for the translation catalogue.

`ReportTable` shows each header through `translate("ReportColumns", header)`; a header not
listed here (a dietary need read from the roster, a score) is shown as it is.
"""

from __future__ import annotations

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

COLUMN_HEADERS = (
    QT_TRANSLATE_NOOP("ReportColumns", "Session"),
    QT_TRANSLATE_NOOP("ReportColumns", "Kind"),
    QT_TRANSLATE_NOOP("ReportColumns", "Starts"),
    QT_TRANSLATE_NOOP("ReportColumns", "Ends"),
    QT_TRANSLATE_NOOP("ReportColumns", "Expected"),
    QT_TRANSLATE_NOOP("ReportColumns", "Present"),
    QT_TRANSLATE_NOOP("ReportColumns", "Rate %"),
    QT_TRANSLATE_NOOP("ReportColumns", "Extra"),
    QT_TRANSLATE_NOOP("ReportColumns", "Name"),
    QT_TRANSLATE_NOOP("ReportColumns", "Native name"),
    QT_TRANSLATE_NOOP("ReportColumns", "Delegation"),
    QT_TRANSLATE_NOOP("ReportColumns", "Team"),
    QT_TRANSLATE_NOOP("ReportColumns", "Role"),
    QT_TRANSLATE_NOOP("ReportColumns", "Status"),
    QT_TRANSLATE_NOOP("ReportColumns", "Sessions expected"),
    QT_TRANSLATE_NOOP("ReportColumns", "Attended"),
    QT_TRANSLATE_NOOP("ReportColumns", "Also attended (not expected)"),
    QT_TRANSLATE_NOOP("ReportColumns", "People"),
    QT_TRANSLATE_NOOP("ReportColumns", "Person-sessions expected"),
    QT_TRANSLATE_NOOP("ReportColumns", "From"),
    QT_TRANSLATE_NOOP("ReportColumns", "To"),
    QT_TRANSLATE_NOOP("ReportColumns", "Total so far"),
    QT_TRANSLATE_NOOP("ReportColumns", "Date"),
    QT_TRANSLATE_NOOP("ReportColumns", "Time"),
    QT_TRANSLATE_NOOP("ReportColumns", "Meal"),
    QT_TRANSLATE_NOOP("ReportColumns", "Venue"),
    QT_TRANSLATE_NOOP("ReportColumns", "Standard"),
    QT_TRANSLATE_NOOP("ReportColumns", "Needs"),
    QT_TRANSLATE_NOOP("ReportColumns", "Departs"),
    QT_TRANSLATE_NOOP("ReportColumns", "Transfer"),
    QT_TRANSLATE_NOOP("ReportColumns", "Seats needed"),
    QT_TRANSLATE_NOOP("ReportColumns", "Capacity"),
    QT_TRANSLATE_NOOP("ReportColumns", "Seats spare (negative: short)"),
    QT_TRANSLATE_NOOP("ReportColumns", "#"),
    QT_TRANSLATE_NOOP("ReportColumns", "Family name"),
    QT_TRANSLATE_NOOP("ReportColumns", "Given name"),
    QT_TRANSLATE_NOOP("ReportColumns", "Leader"),
    QT_TRANSLATE_NOOP("ReportColumns", "Leader's phone"),
    QT_TRANSLATE_NOOP("ReportColumns", "On board"),
    QT_TRANSLATE_NOOP("ReportColumns", "Room"),
    QT_TRANSLATE_NOOP("ReportColumns", "Gender"),
    QT_TRANSLATE_NOOP("ReportColumns", "Country"),
    QT_TRANSLATE_NOOP("ReportColumns", "Arrival"),
    QT_TRANSLATE_NOOP("ReportColumns", "Departure"),
    QT_TRANSLATE_NOOP("ReportColumns", "Item"),
    QT_TRANSLATE_NOOP("ReportColumns", "Value"),
    QT_TRANSLATE_NOOP("ReportColumns", "Institution"),
    QT_TRANSLATE_NOOP("ReportColumns", "Age band"),
    QT_TRANSLATE_NOOP("ReportColumns", "Of whom students"),
    QT_TRANSLATE_NOOP("ReportColumns", "Share %"),
    QT_TRANSLATE_NOOP("ReportColumns", "Group"),
    QT_TRANSLATE_NOOP("ReportColumns", "Asked"),
    QT_TRANSLATE_NOOP("ReportColumns", "Answered"),
    QT_TRANSLATE_NOOP("ReportColumns", "Response rate (%)"),
    QT_TRANSLATE_NOOP("ReportColumns", "Part of the week"),
    QT_TRANSLATE_NOOP("ReportColumns", "Answers"),
    QT_TRANSLATE_NOOP("ReportColumns", "Mean"),
    QT_TRANSLATE_NOOP("ReportColumns", "Answer"),
    QT_TRANSLATE_NOOP("ReportColumns", "Participants"),
    QT_TRANSLATE_NOOP("ReportColumns", "Share (%)"),
    QT_TRANSLATE_NOOP("ReportColumns", "Comment"),
    QT_TRANSLATE_NOOP("ReportColumns", "E-mail"),
    QT_TRANSLATE_NOOP("ReportColumns", "Year"),
    QT_TRANSLATE_NOOP("ReportColumns", "Vegan"),
    QT_TRANSLATE_NOOP("ReportColumns", "Vegetarian"),
    QT_TRANSLATE_NOOP("ReportColumns", "Halal"),
    QT_TRANSLATE_NOOP("ReportColumns", "No pork"),
    QT_TRANSLATE_NOOP("ReportColumns", "No beef"),
)

# Words the core writes into cells: the enum values as stored, their capitalised forms in the
# summary's breakdowns, and the placeholders for what is missing. Names typed by users are not
# listed, so `value_text` leaves them as they are.
CELL_WORDS = (
    QT_TRANSLATE_NOOP("ReportValues", "student"),
    QT_TRANSLATE_NOOP("ReportValues", "teacher"),
    QT_TRANSLATE_NOOP("ReportValues", "staff"),
    QT_TRANSLATE_NOOP("ReportValues", "interpreter"),
    QT_TRANSLATE_NOOP("ReportValues", "lecturer"),
    QT_TRANSLATE_NOOP("ReportValues", "guest"),
    QT_TRANSLATE_NOOP("ReportValues", "Student"),
    QT_TRANSLATE_NOOP("ReportValues", "Teacher"),
    QT_TRANSLATE_NOOP("ReportValues", "Staff"),
    QT_TRANSLATE_NOOP("ReportValues", "Interpreter"),
    QT_TRANSLATE_NOOP("ReportValues", "Lecturer"),
    QT_TRANSLATE_NOOP("ReportValues", "Guest"),
    QT_TRANSLATE_NOOP("ReportValues", "female"),
    QT_TRANSLATE_NOOP("ReportValues", "male"),
    QT_TRANSLATE_NOOP("ReportValues", "other"),
    QT_TRANSLATE_NOOP("ReportValues", "unspecified"),
    QT_TRANSLATE_NOOP("ReportValues", "Female"),
    QT_TRANSLATE_NOOP("ReportValues", "Male"),
    QT_TRANSLATE_NOOP("ReportValues", "Other"),
    QT_TRANSLATE_NOOP("ReportValues", "registered"),
    QT_TRANSLATE_NOOP("ReportValues", "arrived"),
    QT_TRANSLATE_NOOP("ReportValues", "withdrawn"),
    QT_TRANSLATE_NOOP("ReportValues", "departed"),
    QT_TRANSLATE_NOOP("ReportValues", "not given"),
    QT_TRANSLATE_NOOP("ReportValues", "under 15"),
    QT_TRANSLATE_NOOP("ReportValues", "50 and over"),
    QT_TRANSLATE_NOOP("ReportValues", "Japan"),
    QT_TRANSLATE_NOOP("ReportValues", "(no team)"),
    QT_TRANSLATE_NOOP("ReportValues", "(no room yet)"),
    QT_TRANSLATE_NOOP("ReportValues", "Host (no delegation)"),
)


def value_text(value: str) -> str:
    """A cell's word in the interface's language (anything not in CELL_WORDS unchanged)."""
    return translate("ReportValues", value) if value else value
