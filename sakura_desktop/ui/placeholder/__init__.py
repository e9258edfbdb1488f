"""Honest "coming in a later version" pages for screens not built yet."""
