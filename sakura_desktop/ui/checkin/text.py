"""What the result panel says for a scan: plain data built from core results, no widgets."""

from __future__ import annotations

from dataclasses import dataclass

from sakura_desktop.core.checkin.decision import Outcome, Tone
from sakura_desktop.core.checkin.people import PersonCard
from sakura_desktop.core.checkin.service import ScanResult, UndoResult
from sakura_desktop.db.enums import Direction, ScanMethod
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

HEADLINES: dict[Outcome, str] = {
    Outcome.ACCEPTED: QT_TRANSLATE_NOOP("CheckinResult", "Welcome"),
    Outcome.ALREADY_IN: QT_TRANSLATE_NOOP("CheckinResult", "Already checked in"),
    Outcome.NOT_EXPECTED: QT_TRANSLATE_NOOP("CheckinResult", "Checked in — not expected here"),
    Outcome.WITHDRAWN: QT_TRANSLATE_NOOP("CheckinResult", "Withdrawn"),
    Outcome.UNKNOWN: QT_TRANSLATE_NOOP("CheckinResult", "Unknown code"),
    Outcome.REVOKED: QT_TRANSLATE_NOOP("CheckinResult", "Replaced badge"),
    Outcome.FORGED: QT_TRANSLATE_NOOP("CheckinResult", "Invalid badge"),
    Outcome.WRONG_PROGRAM: QT_TRANSLATE_NOOP("CheckinResult", "Other program's badge"),
}
EXIT_HEADLINES: dict[Outcome, str] = {
    Outcome.ACCEPTED: QT_TRANSLATE_NOOP("CheckinResult", "Checked out"),
    Outcome.ALREADY_IN: QT_TRANSLATE_NOOP("CheckinResult", "Not checked in here"),
}
DECISION_LABELS: dict[Outcome, str] = {
    Outcome.ACCEPTED: QT_TRANSLATE_NOOP("CheckinDecision", "Accepted"),
    Outcome.ALREADY_IN: QT_TRANSLATE_NOOP("CheckinDecision", "Already in"),
    Outcome.NOT_EXPECTED: QT_TRANSLATE_NOOP("CheckinDecision", "Not expected"),
    Outcome.WITHDRAWN: QT_TRANSLATE_NOOP("CheckinDecision", "Withdrawn"),
    Outcome.UNKNOWN: QT_TRANSLATE_NOOP("CheckinDecision", "Unknown"),
    Outcome.REVOKED: QT_TRANSLATE_NOOP("CheckinDecision", "Replaced badge"),
    Outcome.FORGED: QT_TRANSLATE_NOOP("CheckinDecision", "Forged"),
    Outcome.WRONG_PROGRAM: QT_TRANSLATE_NOOP("CheckinDecision", "Wrong program"),
}
METHOD_LABELS: dict[ScanMethod, str] = {
    ScanMethod.SCANNER: QT_TRANSLATE_NOOP("CheckinMethod", "scanner"),
    ScanMethod.CAMERA: QT_TRANSLATE_NOOP("CheckinMethod", "camera"),
    ScanMethod.MANUAL: QT_TRANSLATE_NOOP("CheckinMethod", "by name"),
    ScanMethod.UNDO: QT_TRANSLATE_NOOP("CheckinMethod", "undo"),
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


def idle_view() -> ResultView:
    """The panel between scans."""
    return ResultView(
        None,
        translate("CheckinResult", "Ready"),
        message=translate("CheckinResult", "Scan a badge, or type a name and press Enter."),
    )


def decision_label(outcome: Outcome) -> str:
    return translate("CheckinDecision", DECISION_LABELS[outcome])


def method_label(method: ScanMethod) -> str:
    return translate("CheckinMethod", METHOD_LABELS[method])


def team_label(team: str) -> str:
    """'Team Red' for a team named 'Red'; a name that already says 'Team 7' stays as it is."""
    if team.casefold().startswith("team"):
        return team
    return translate("CheckinResult", "Team {0}").format(team)


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
        if result.outcome is Outcome.ALREADY_IN and result.already_out:
            return translate("CheckinResult", "Already checked out")
        return translate("CheckinResult", EXIT_HEADLINES[result.outcome])
    return translate("CheckinResult", HEADLINES[result.outcome])


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
        headline=translate("CheckinResult", "Undone"),
        given=person.call_name if person else "",
        family=person.family_name if person and person.call_name != person.family_name else "",
        native=person.native_name if person else "",
        affiliation=affiliation(person) if person else "",
        message=result.message,
        country_code=person.country_code if person else "",
    )
