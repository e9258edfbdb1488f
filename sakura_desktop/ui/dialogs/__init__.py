"""Dialogs shared by several screens: messages, files, settings, new program, about."""
