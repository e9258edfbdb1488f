"""The database check's rule that rows joining two others belong to one program (people in a
delegation or team, a checkpoint counting a session, a session's audience): `core.integrity`
runs it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.integrity_report import Facts, Findings, ProblemKind, restore_advice

# Rows that join two others which must belong to one program; the schema holds each reference
# but not that both ends are of the same week. Each query gives (program id, the other
# program's id, and the names of both ends), so that the sentence needs no second look-up.
_LINKS = {
    "delegation": """
        SELECT p.program_id, d.program_id, p.given_name || ' ' || p.family_name, p.id, d.name
        FROM participants p JOIN delegations d ON d.id = p.delegation_id
        WHERE d.program_id <> p.program_id""",
    "team": """
        SELECT p.program_id, t.program_id, p.given_name || ' ' || p.family_name, p.id, t.name
        FROM team_memberships m JOIN participants p ON p.id = m.participant_id
        JOIN teams t ON t.id = m.team_id
        WHERE t.program_id <> p.program_id""",
    "checkpoint": """
        SELECT c.program_id, s.program_id, c.name, s.title
        FROM checkpoints c JOIN schedule_sessions s ON s.id = c.session_id
        WHERE s.program_id <> c.program_id""",
    "audience": """
        SELECT s.program_id, COALESCE(t.program_id, d.program_id, p.program_id),
               s.title, t.name, d.name, p.id
        FROM session_audiences a JOIN schedule_sessions s ON s.id = a.session_id
        LEFT JOIN teams t ON t.id = a.team_id
        LEFT JOIN delegations d ON d.id = a.delegation_id
        LEFT JOIN participants p ON p.id = a.participant_id
        WHERE COALESCE(t.program_id, d.program_id, p.program_id) <> s.program_id""",
}


def check_program_links(session: Session, facts: Facts, findings: Findings) -> None:
    """People, teams, checkpoints and audiences join rows of one program only."""
    for kind, query in _LINKS.items():
        for program_id, other, *names in session.execute(text(query)):
            template, values = _link_sentence(kind, names)
            sentence = template.format(
                program=facts.program(program_id),
                other=facts.program(other),
                restore=restore_advice(),
                **values,
            )
            findings.add(ProblemKind.OTHER_PROGRAM, sentence)


def _link_sentence(kind: str, names: list[Any]) -> tuple[str, dict[str, Any]]:
    """The sentence for one mixed-up link (to be filled with {program}, {other} and
    {restore}) and the names it holds."""
    if kind == "delegation":
        name, person_id, delegation = names
        return translate(
            "Integrity",
            "In {program}, participant {name} (id {id}) is in the delegation {delegation} "
            "of {other}: the two weeks are mixed up. {restore}",
        ), {"name": name, "id": person_id, "delegation": delegation}
    if kind == "team":
        name, person_id, team = names
        return translate(
            "Integrity",
            "In {program}, participant {name} (id {id}) is in the team {team} of {other}: "
            "the two weeks are mixed up. {restore}",
        ), {"name": name, "id": person_id, "team": team}
    if kind == "checkpoint":
        checkpoint, title = names
        return translate(
            "Integrity",
            "In {program}, the checkpoint {checkpoint} counts the session {session} of "
            "{other}: the two weeks are mixed up. {restore}",
        ), {"checkpoint": checkpoint, "session": title}
    title, team, delegation, person_id = names
    if team is not None:
        template = translate(
            "Integrity",
            "In {program}, the session {session} is meant for the team {team} of {other}: the "
            "two weeks are mixed up. {restore}",
        )
    elif delegation is not None:
        template = translate(
            "Integrity",
            "In {program}, the session {session} is meant for the delegation {delegation} of "
            "{other}: the two weeks are mixed up. {restore}",
        )
    else:
        template = translate(
            "Integrity",
            "In {program}, the session {session} is meant for participant id {id} of {other}: "
            "the two weeks are mixed up. {restore}",
        )
    return template, {"session": title, "team": team, "delegation": delegation, "id": person_id}
