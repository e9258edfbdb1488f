"""One participant's survey answers and consent to alumni contact, typed in from a paper sheet.

Every field answers to the keyboard the way a sheet is read, top to bottom: a satisfaction box
takes the digit circled (1-5), the come-back box Y, M or N, consent Y or N, Tab moves on. The save
runs through the task runner; the dialog stays open with what was typed if it fails.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.survey.answers import ParticipantSurvey, save_participant_survey
from sakura_desktop.core.survey.questionnaire import (
    PARTS,
    SCORES,
    ComeBack,
    Consent,
    SurveyAnswers,
)
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui import locale_format
from sakura_desktop.ui.survey.words import (
    come_back_label,
    come_back_question,
    part_label,
    score_label,
)
from sakura_desktop.ui.workspace import Workspace

NO_ANSWER = "—"


def _score_box(score: int | None) -> QComboBox:
    box = QComboBox()
    box.addItem(NO_ANSWER, None)
    for value in SCORES:
        box.addItem(f"{value} – {score_label(value)}", value)
    box.setCurrentIndex(box.findData(score) if score is not None else 0)
    return box


def _choice_box(choices: list[tuple[str, object]], current: object) -> QComboBox:
    box = QComboBox()
    for label, value in choices:
        box.addItem(label, value)
    found = box.findData(current)
    box.setCurrentIndex(max(found, 0))
    return box


class SurveyDialog(QDialog):
    """Answers and consent of one participant; `saved` carries what was recorded."""

    saved = Signal(object)  # ParticipantSurvey

    def __init__(
        self,
        workspace: Workspace,
        factory: SessionFactory,
        survey: ParticipantSurvey,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SurveyDialog")
        self.setWindowTitle(self.tr("Survey answers — {name}").format(name=survey.display_name))
        self.workspace, self.factory, self.survey = workspace, factory, survey
        answers = survey.answers
        self.score_boxes = {part.key: _score_box(answers.score(part.key)) for part in PARTS}
        self.come_back = _choice_box(
            [(NO_ANSWER, None)] + [(come_back_label(c), c.value) for c in ComeBack],
            answers.come_back.value if answers.come_back else None,
        )
        self.comments = QPlainTextEdit(answers.comments)
        self.comments.setTabChangesFocus(True)
        self.comments.setPlaceholderText(self.tr("As written on the sheet"))
        self.consent = _choice_box(
            [
                (self.tr("Not asked yet"), Consent.UNKNOWN.value),
                (self.tr("Yes"), "yes"),
                (self.tr("No"), "no"),
            ],
            survey.consent.value,
        )
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Satisfaction, 1 (very dissatisfied) to 5 (very satisfied):")))
        for part in PARTS:
            form.addRow(part_label(part), self.score_boxes[part.key])
        form.addRow(QLabel(come_back_question()))
        form.addRow(self.tr("Come back"), self.come_back)
        form.addRow(self.tr("Comments"), self.comments)
        form.addRow(self.tr("Alumni contact"), self.consent)
        when = self.survey.consent_recorded_at
        if when is not None:
            form.addRow(
                "",
                QLabel(
                    self.tr("Consent recorded {when} UTC").format(
                        when=locale_format.day_with_year_time(when)
                    )
                ),
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def answers(self) -> SurveyAnswers:
        scores = {key: box.currentData() for key, box in self.score_boxes.items()}
        come_back = self.come_back.currentData()
        return SurveyAnswers(
            scores,
            ComeBack(come_back) if come_back else None,
            self.comments.toPlainText().strip(),
        )

    def chosen_consent(self) -> Consent:
        return Consent(self.consent.currentData())

    def save(self) -> None:
        self.error.hide()
        self.buttons.setEnabled(False)
        use_case = partial(
            save_participant_survey,
            self.factory,
            self.survey.participant_id,
            self.answers(),
            self.chosen_consent(),
        )

        def task(_progress: ProgressReporter) -> ParticipantSurvey:
            return use_case()

        self.workspace.runner.run(
            task,
            on_success=self._saved,
            on_error=self._failed,
            title=self.tr("Saving survey answers"),
        )

    def _saved(self, survey: ParticipantSurvey) -> None:
        self.buttons.setEnabled(True)
        self.survey = survey
        self.saved.emit(survey)
        self.workspace.announce_change(self)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(self.tr("Not saved: {reason}").format(reason=exc))
        self.error.show()
