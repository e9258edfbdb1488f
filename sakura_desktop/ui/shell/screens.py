"""The working screens behind the sidebar, each built from its own folder, when first needed.

A screen's page (and the modules behind it: SQLAlchemy, Qt Charts, the schedule engine, the
print preview) is built the first time the screen is shown or asked for, so the window appears
before any of that is imported. A screen that is not listed here shows its honest "not in this
version yet" page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import partial

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from sakura_desktop.ui.workspace import Workspace


def _participants(workspace: Workspace) -> QWidget:
    from sakura_desktop.ui.participants.page import ParticipantsPage

    return ParticipantsPage(workspace)


def _schedule(workspace: Workspace) -> QWidget:
    from sakura_desktop.ui.schedule.page import SchedulePage

    return SchedulePage(workspace)


def _checkin(workspace: Workspace) -> QWidget:
    from sakura_desktop.ui.checkin.page import CheckinPage

    return CheckinPage(workspace)


def _print(workspace: Workspace) -> QWidget:
    from sakura_desktop.ui.print.page import PrintPage

    return PrintPage(workspace)


def _reports(workspace: Workspace) -> QWidget:
    from sakura_desktop.ui.reports.page import ReportsPage

    return ReportsPage(workspace)


# Screen key -> how to build its page. Each page follows the workspace's database and program
# by itself, from whenever it is built.
SCREEN_FACTORIES: dict[str, Callable[[Workspace], QWidget]] = {
    "participants": _participants,
    "schedule": _schedule,
    "checkin": _checkin,
    "print": _print,
    "reports": _reports,
}

# The modules behind the screens, for warming up off the GUI thread once the window is shown.
SCREEN_MODULES = (
    "sakura_desktop.ui.participants.page",
    "sakura_desktop.ui.schedule.page",
    "sakura_desktop.ui.checkin.page",
    "sakura_desktop.ui.print.page",
    "sakura_desktop.ui.reports.page",
)


class PageScroll(QScrollArea):
    """A frameless scroll area that gives its page the whole viewport, never less than the page's
    minimum size. (QScrollArea's own resizing takes a page's preferred height for its width as a
    minimum, so a page with wrapping text would always scroll.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().installEventFilter(self)

    def set_page(self, page: QWidget) -> None:
        self.setWidget(page)
        page.installEventFilter(self)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize) and (
            watched is self.widget() or watched is self.viewport()
        ):
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        minimum = page.minimumSizeHint().expandedTo(page.minimumSize())
        view = self.viewport().size()
        size = view.expandedTo(minimum)
        if size != view and page.hasHeightForWidth():
            # Scrolling anyway: the minimum height does not count the rows that wrapping adds
            # at this width (a top bar on two rows): add them, or the parts are squeezed.
            wrapped = page.heightForWidth(size.width()) - page.sizeHint().height()
            size.setHeight(max(size.height(), minimum.height() + max(0, wrapped)))
        size = size.boundedTo(page.maximumSize())
        if size != page.size():
            page.resize(size)


class LazyScreen(QWidget):
    """A screen's place in the stack: builds its page the first time it is shown or asked for.

    The page sits in a frameless scroll area that fills the screen: a window smaller than the
    page's minimum (a 1280×720 laptop at 200 %) scrolls the page instead of squeezing its
    widgets over each other.
    """

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._page: QWidget | None = None
        self._scroll = PageScroll()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._build()
            self._scroll.set_page(self._page)
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        self.page()  # before the event goes on, so the page is shown with its holder
        super().showEvent(event)


def build_screens(workspace: Workspace) -> dict[str, LazyScreen]:
    """Screen key -> its (not yet built) place in the stack."""
    return {
        key: LazyScreen(partial(factory, workspace)) for key, factory in SCREEN_FACTORIES.items()
    }


class ScreenPages(Mapping[str, QWidget]):
    """Screen key -> page, building a lazy screen's page when it is asked for."""

    def __init__(self, fixed: dict[str, QWidget], lazy: dict[str, LazyScreen]) -> None:
        self._fixed = fixed
        self._lazy = lazy

    def __getitem__(self, key: str) -> QWidget:
        if key in self._fixed:
            return self._fixed[key]
        return self._lazy[key].page()

    def __contains__(self, key: object) -> bool:  # without building the page
        return key in self._fixed or key in self._lazy

    def __iter__(self) -> Iterator[str]:
        yield from self._fixed
        yield from self._lazy

    def __len__(self) -> int:
        return len(self._fixed) + len(self._lazy)

    def built(self) -> list[QWidget]:
        """The pages built so far (closing the window shuts down only those)."""
        return [*self._fixed.values(), *(s.page() for s in self._lazy.values() if s.built)]
