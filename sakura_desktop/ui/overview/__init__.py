"""The Overview screen: the program at a glance."""
