"""The survey's dialogs: one participant's answers and consent, and the import of a form's
export (a wizard like the roster's)."""
