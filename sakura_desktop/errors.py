"""Errors that reach the user as a message (CLI: one line on stderr, exit 1; GUI: a dialog).

Anything else that escapes is a bug: it is logged with its traceback and shown as a generic
"something went wrong" dialog.
"""


class UserError(Exception):
    """A problem the user can act on; its message says what happened and what to do."""


class DatabaseOpenError(UserError):
    """The database cannot be opened as it is (missing, not ours, too new, corrupt)."""


class NewerSchemaError(DatabaseOpenError):
    """The database was written by a newer version of Sakura Desktop."""


class NotFoundError(UserError):
    """A program, participant, checkpoint ... named by the user does not exist."""
