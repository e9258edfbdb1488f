"""What a purge after the week does to the survey: comments are free text a participant wrote
and may name people, so the participants' names and e-mails are cut out of them (as from the
schedule's descriptions); the scores, come-back answers and consent flags stay, since they name
nobody once the participants are anonymous and the post-visit statistics need them.

Called by `core.purge.purge_program` inside its transaction, with its scrubber, before the
participants are anonymised.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sakura_desktop.core.purge_text import NameScrubber
from sakura_desktop.db.models import Participant, SurveyResponse


def scrub_survey_comments(session: Session, program_id: int, scrubber: NameScrubber) -> int:
    """Cut names out of the program's survey comments; returns how many comments changed."""
    rows = session.execute(
        select(SurveyResponse.id, SurveyResponse.comments)
        .join(Participant, SurveyResponse.participant_id == Participant.id)
        .where(Participant.program_id == program_id, SurveyResponse.comments != "")
    ).all()
    changed = 0
    for response_id, comments in rows:
        cleaned = scrubber.scrub(comments)
        if cleaned != comments:
            session.execute(
                update(SurveyResponse)
                .where(SurveyResponse.id == response_id)
                .values(comments=cleaned)
            )
            changed += 1
    return changed
