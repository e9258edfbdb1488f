"""The domain in plain Python (no Qt): rules, algorithms and the use cases GUI and CLI share.

Use cases take a `SessionFactory`, open one session per unit of work, and return plain frozen
dataclasses, never live ORM objects.
"""
