"""The week's schedule, without Qt.

- `model`: the week as plain frozen dataclasses (`WeekData`, `SessionData`, ...) and the rule of
  who is in a session.
- `conflicts`: the conflict engine (`ConflictEngine`, `find_conflicts`, `Conflict`).
- `loading`: the week from the database (`load_week`, `load_engine`, `program_conflicts`).
- `editing`: sessions, sites, venues, travel times, lecturers: validated writes.
- `rotation`: the rotation planner and `write_rotation`.
- `io`: CSV/XLSX import and export; `ics`: iCalendar export.
"""
