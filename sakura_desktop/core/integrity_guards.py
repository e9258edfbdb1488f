"""The database check's look at the schema's own guards (the unique indexes and the trigger
the other checks count on): a file edited by another tool may have lost them. `core.integrity`
runs it."""

from __future__ import annotations

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.integrity_report import Facts, Findings, ProblemKind, restore_advice


def check_guards(session: Session, facts: Facts, findings: Findings) -> None:
    """The schema's unique indexes and trigger that the other checks count on."""
    inspector = inspect(session.connection())

    def unique_on(table: str, columns: list[str]) -> bool:
        indexes = inspector.get_indexes(table)
        constraints = inspector.get_unique_constraints(table)
        return any(i["unique"] and i["column_names"] == columns for i in indexes) or any(
            c["column_names"] == columns for c in constraints
        )

    guards = [
        (
            unique_on("badge_tokens", ["participant_id"]),
            translate("Integrity", "one live badge per person"),
            translate("Integrity", "two badges of one person could both open doors"),
        ),
        (
            unique_on("checkin_events", ["station_id", "station_seq"]),
            translate("Integrity", "each station numbering each scan once"),
            translate(
                "Integrity", "a station's journal can no longer be checked for missing scans"
            ),
        ),
        (
            _journal_trigger_present(session),
            translate("Integrity", "scans never being changed after the fact"),
            translate("Integrity", "a scan could be rewritten instead of undone"),
        ),
    ]
    for present, guard, risk in guards:
        if not present:
            findings.add(
                ProblemKind.SCHEMA,
                translate(
                    "Integrity", "The database has lost its guard for {guard}, so {risk}. {restore}"
                ).format(guard=guard, risk=risk, restore=restore_advice()),
            )


def _journal_trigger_present(session: Session) -> bool:
    if session.get_bind().dialect.name == "sqlite":
        query = text(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'checkin_events'"
        )
    else:
        query = text(
            "SELECT count(*) FROM information_schema.triggers "
            "WHERE event_object_table = 'checkin_events'"
        )
    return bool(session.scalar(query))
