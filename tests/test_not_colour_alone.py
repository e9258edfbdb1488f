"""Nothing depends on colour alone: each check-in outcome says in words what happened.

The result panel is green, amber or red, with a sound; a colour-blind coordinator (or a muted
laptop in a noisy hall) reads the headline instead. Every outcome has its own headline, in
English and in Japanese, and the two outcomes that share a colour never share a word.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from sakura_desktop.core.checkin.decision import Outcome
from sakura_desktop.ui.checkin.text import DECISION_LABELS, HEADLINES, decision_label
from sakura_desktop.ui.i18n import install_language, translate


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_outcome_has_its_own_words(qapp: QApplication, language: str) -> None:
    install_language(qapp, language)
    try:
        headlines = {translate("CheckinResult", HEADLINES[o]) for o in Outcome}
        labels = {decision_label(o) for o in Outcome}
    finally:
        install_language(qapp, "en")
    assert len(headlines) == len(Outcome)  # the words alone tell every outcome apart
    assert len(labels) == len(DECISION_LABELS) == len(Outcome)
    assert all(text.strip() for text in headlines | labels)
