"""The schedule editor's refusals that name the record, as whole translatable sentences.

Marked here (evaluated at import, before any translator exists) and translated where raised,
so a translator sees "Cannot save the venue: …" whole rather than a fragment to fill in.
"""

from __future__ import annotations

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP

# Which record a refusal is about: "Cannot save the …" and "No … with id …", whole sentences.
CANNOT_SAVE = {
    "session": QT_TRANSLATE_NOOP("ScheduleEditing", "Cannot save the session: {problems}."),
    "site": QT_TRANSLATE_NOOP("ScheduleEditing", "Cannot save the site: {problems}."),
    "venue": QT_TRANSLATE_NOOP("ScheduleEditing", "Cannot save the venue: {problems}."),
    "travel time": QT_TRANSLATE_NOOP("ScheduleEditing", "Cannot save the travel time: {problems}."),
    "lecturer": QT_TRANSLATE_NOOP("ScheduleEditing", "Cannot save the lecturer: {problems}."),
    "availability": QT_TRANSLATE_NOOP(
        "ScheduleEditing", "Cannot save the availability: {problems}."
    ),
}
NO_SUCH = {
    "site": QT_TRANSLATE_NOOP("ScheduleEditing", "No site with id {id}."),
    "venue": QT_TRANSLATE_NOOP("ScheduleEditing", "No venue with id {id}."),
    "lecturer": QT_TRANSLATE_NOOP("ScheduleEditing", "No lecturer with id {id}."),
    "person": QT_TRANSLATE_NOOP("ScheduleEditing", "No person with id {id}."),
}
