"""Sakura Desktop: run a week-long science exchange visit from one laptop, offline."""

__version__ = "0.1.0"
APP_NAME = "Sakura Desktop"
APP_ID = "sakura-desktop"
