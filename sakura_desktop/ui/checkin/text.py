"""What the result panel says for a scan: plain data built from core results, no widgets."""

from __future__ import annotations

from dataclasses import dataclass

from sakura_desktop.core.checkin.decision import Outcome, Tone
from sakura_desktop.core.checkin.people import PersonCard
from sakura_desktop.core.checkin.service import ScanResult, UndoResult
from sakura_desktop.db.enums import Direction, ScanMethod

HEADLINES: dict[Outcome, str] = {
    Outcome.ACCEPTED: "Welcome",
    Outcome.ALREADY_IN: "Already checked in",
    Outcome.NOT_EXPECTED: "Checked in — not expected here",
    Outcome.WITHDRAWN: "Withdrawn",
    Outcome.UNKNOWN: "Unknown code",
    Outcome.REVOKED: "Replaced badge",
    Outcome.FORGED: "Invalid badge",
    Outcome.WRONG_PROGRAM: "Other program's badge",
}
EXIT_HEADLINES: dict[Outcome, str] = {
    Outcome.ACCEPTED: "Checked out",
    Outcome.ALREADY_IN: "Not checked in here",
}
DECISION_LABELS: dict[Outcome, str] = {
    Outcome.ACCEPTED: "Accepted",
    Outcome.ALREADY_IN: "Already in",
    Outcome.NOT_EXPECTED: "Not expected",
    Outcome.WITHDRAWN: "Withdrawn",
    Outcome.UNKNOWN: "Unknown",
    Outcome.REVOKED: "Replaced badge",
    Outcome.FORGED: "Forged",
    Outcome.WRONG_PROGRAM: "Wrong program",
}
METHOD_LABELS: dict[ScanMethod, str] = {
    ScanMethod.SCANNER: "scanner",
    ScanMethod.CAMERA: "camera",
    ScanMethod.MANUAL: "by name",
    ScanMethod.UNDO: "undo",
}


@dataclass(frozen=True)
class ResultView:
    """Everything the panel shows; `tone` None is the neutral look (idle, undone)."""

    tone: Tone | None
    headline: str
    given: str = ""  # the name to call them by, shown largest
    family: str = ""
    native: str = ""
    affiliation: str = ""  # "Thailand · Chulalongkorn · Team Red"
    message: str = ""
    country_code: str = ""


IDLE = ResultView(None, "Ready", message="Scan a badge, or type a name and press Enter.")


def team_label(team: str) -> str:
    """'Team Red' for a team named 'Red'; a name that already says 'Team 7' stays as it is."""
    return team if team.casefold().startswith("team") else f"Team {team}"


def affiliation(person: PersonCard) -> str:
    parts = []
    if person.delegation:
        delegation = person.delegation
        if person.country and person.country.casefold() not in delegation.casefold():
            delegation = f"{delegation} ({person.country})"
        parts.append(delegation)
    else:
        parts.append(person.role.value.replace("_", " ").capitalize())
    if person.team:
        parts.append(team_label(person.team))
    return "  ·  ".join(parts)


def headline(result: ScanResult) -> str:
    if result.direction is Direction.OUT and result.outcome in EXIT_HEADLINES:
        if result.outcome is Outcome.ALREADY_IN and "already checked out" in result.message:
            return "Already checked out"
        return EXIT_HEADLINES[result.outcome]
    return HEADLINES[result.outcome]


def result_view(result: ScanResult) -> ResultView:
    person = result.person
    if person is None:
        return ResultView(result.tone, headline(result), message=result.message)
    return ResultView(
        tone=result.tone,
        headline=headline(result),
        given=person.call_name,
        family=person.family_name if person.call_name != person.family_name else "",
        native=person.native_name,
        affiliation=affiliation(person),
        message=result.message,
        country_code=person.country_code,
    )


def undo_view(result: UndoResult) -> ResultView:
    person = result.person
    return ResultView(
        tone=None,
        headline="Undone",
        given=person.call_name if person else "",
        family=person.family_name if person and person.call_name != person.family_name else "",
        native=person.native_name if person else "",
        affiliation=affiliation(person) if person else "",
        message=result.message,
        country_code=person.country_code if person else "",
    )
