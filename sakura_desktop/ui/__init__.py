"""The Qt user interface: the main-window shell, one folder per screen, shared widgets.

No SQL and no business rules here: screens call core use cases through the task runner and show
the plain dataclasses they return.
"""

from sakura_desktop.tasks import qtfix

qtfix.install()  # every screen calls Qt; see qtfix for the PySide6 6.12.0 bug
