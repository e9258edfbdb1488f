"""The post-visit survey and the alumni follow-up: the questionnaire, its answers (entered in the
app or imported from an online form's export), consent to alumni contact, and their reports."""
