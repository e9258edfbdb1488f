"""The Participants screen: the table, its dialogs, and the roster import wizard."""
