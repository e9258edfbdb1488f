"""The pages of a PDF shown in the app: QPdfView with page navigation and zoom."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

# The fit modes are the combo's data; their names are translated where the combo shows them.
FIT_WIDTH = QT_TRANSLATE_NOOP("PdfPreview", "Fit width")
FIT_PAGE = QT_TRANSLATE_NOOP("PdfPreview", "Fit page")
ZOOMS: tuple[str, ...] = (FIT_WIDTH, FIT_PAGE, "50 %", "75 %", "100 %", "150 %", "200 %")


class PdfPreview(QWidget):
    """A PDF's pages, one after the other; the page spin box and zoom follow the view."""

    page_changed = Signal(int)  # 0-based

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.path: Path | None = None

        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous page"))
        self.previous_button.setAutoRaise(True)
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next page"))
        self.next_button.setAutoRaise(True)
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setRange(0, 0)
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.setKeyboardTracking(False)
        self.of_label = QLabel(self.tr("of {0}").format(0))
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_out_button.setAutoRaise(True)
        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("zoomCombo")
        for zoom in ZOOMS:
            self.zoom_combo.addItem(translate("PdfPreview", zoom), zoom)
        self.zoom_combo.setCurrentIndex(ZOOMS.index(FIT_PAGE))
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.zoom_in_button.setAutoRaise(True)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(4)
        bar.addWidget(self.previous_button)
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.of_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_combo)
        bar.addWidget(self.zoom_in_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_shown)
        self.page_spin.valueChanged.connect(lambda n: self.go_to(n - 1))
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page + 1))
        self.zoom_combo.currentIndexChanged.connect(
            lambda index: self._zoom_chosen(str(self.zoom_combo.itemData(index) or ""))
        )
        self.zoom_in_button.clicked.connect(lambda: self._zoom_by(1.25))
        self.zoom_out_button.clicked.connect(lambda: self._zoom_by(0.8))
        self._update_controls()

    # -- the document ---------------------------------------------------------------------

    def load(self, path: Path) -> int:
        """Show `path`; its page count (0 when it cannot be read)."""
        self.document.close()
        self.path = path
        self.document.load(str(path))
        if self.document.status() != QPdfDocument.Status.Ready:
            self.path = None
            self.document.close()
        self._update_controls()
        if self.page_count:
            self.go_to(0)
        return self.page_count

    def clear(self) -> None:
        self.document.close()
        self.path = None
        self._update_controls()

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.path is not None else 0

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if not 0 <= page < self.page_count:
            return
        if page != self.current_page:
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._page_shown(page)

    # -- zoom -----------------------------------------------------------------------------

    def _zoom_chosen(self, text: str) -> None:
        if text == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif text == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(int(text.split()[0]) / 100)

    def _zoom_by(self, factor: float) -> None:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self._effective_zoom()
        else:
            current = self.view.zoomFactor()
        zoom = min(8.0, max(0.1, current * factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)
        label = f"{round(zoom * 100)} %"
        self.zoom_combo.blockSignals(True)
        if self.zoom_combo.findData(label) < 0:
            self.zoom_combo.addItem(label, label)
        self.zoom_combo.setCurrentIndex(self.zoom_combo.findData(label))
        self.zoom_combo.blockSignals(False)

    def _effective_zoom(self) -> float:
        """The zoom a fit mode shows now, as a factor (screen pixels per point at 72 dpi)."""
        if not self.page_count:
            return 1.0
        size = self.document.pagePointSize(self.current_page)
        dpi = self.logicalDpiX() / 72
        viewport = self.view.viewport().size()
        width = viewport.width() / max(1.0, size.width() * dpi)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return width
        return min(width, viewport.height() / max(1.0, size.height() * dpi))

    # -- controls -------------------------------------------------------------------------

    def _page_shown(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < self.page_count)
        self.page_changed.emit(page)

    def _update_controls(self) -> None:
        count = self.page_count
        has = count > 0
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1 if has else 0, count)
        self.page_spin.blockSignals(False)
        self.of_label.setText(self.tr("of {0}").format(count))
        for widget in (self.page_spin, self.zoom_combo, self.zoom_in_button, self.zoom_out_button):
            widget.setEnabled(has)
        self.previous_button.setEnabled(has and self.current_page > 0)
        self.next_button.setEnabled(has and self.current_page + 1 < count)
