"""The camera panel: a live preview, QR codes decoded off the GUI thread, repeats ignored.

Frames arrive in `video_sink` (a QVideoSink fed by a QMediaCaptureSession, or by a test with
`video_sink.setVideoFrame`). A frame is turned into a QImage on the GUI thread (cheap; it may
need the GPU context) and decoded by zxing-cpp (QR only) on the panel's own one-thread pool.
While one frame is being decoded, new frames only refresh the preview: they are dropped for
decoding, so a slow laptop never builds a queue. A decoded code goes through a
`ScanDebouncer`, so a badge held in front of the camera scans once; `code_read(code)` is
emitted for the codes that pass.

Qt Multimedia is loaded when the panel is first shown (`media`), not when it is built: without
it (or without a camera) the panel says why there is no camera and the rest of the screen works.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.checkin.decode import DEBOUNCE_SECONDS, ScanDebouncer, decode_qr
from sakura_desktop.ui.checkin import media

log = logging.getLogger(__name__)

PREVIEW_INTERVAL = 1 / 15  # seconds between preview refreshes
Decoder = Callable[[QImage], list[str]]
# Qt Multimedia's QCameraDevice objects; typed loosely because the module loads on first use.
CameraDevices = Callable[[], list[Any]]


class _DecodeRelay(QObject):
    """Lives on the GUI thread; the worker's result arrives here by a queued signal."""

    decoded = Signal(object)  # list[str]


def _decode_job(decoder: Decoder, image: QImage, relay: _DecodeRelay) -> None:
    try:
        codes = decoder(image)
    except Exception:
        log.exception("decoding a camera frame failed")
        codes = []
    relay.decoded.emit(codes)


class FrameDecoder(QObject):
    """Decodes one frame at a time on a private thread; frames arriving meanwhile are dropped."""

    decoded = Signal(object)  # list[str], on the GUI thread

    def __init__(self, decoder: Decoder = decode_qr, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.decoder = decoder
        self.busy = False
        self.dropped = 0
        self.submitted = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _DecodeRelay()
        self._relay.decoded.connect(self._finished)

    def submit(self, image: QImage) -> bool:
        """Start decoding `image` unless a frame is being decoded; whether it was taken."""
        if self.busy:
            self.dropped += 1
            return False
        self.busy = True
        self.submitted += 1
        self._pool.start(functools.partial(_decode_job, self.decoder, image.copy(), self._relay))
        return True

    @Slot(object)
    def _finished(self, codes: list[str]) -> None:
        self.busy = False
        self.decoded.emit(codes)

    def shutdown(self, timeout_ms: int = 3000) -> None:
        self._pool.waitForDone(timeout_ms)


class CameraPanel(QWidget):
    code_read = Signal(str)
    running_changed = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        decoder: Decoder = decode_qr,
        debounce_clock: Callable[[], float] = time.monotonic,
        devices: CameraDevices = media.video_inputs,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CameraPanel")
        self._devices_source = devices
        self.devices: list[Any] = []  # QCameraDevice
        self._devices_listed = False
        self.debouncer = ScanDebouncer(DEBOUNCE_SECONDS, clock=debounce_clock)
        self.decoder = FrameDecoder(decoder, self)
        self.decoder.decoded.connect(self._decoded)
        self.camera: Any = None  # QCamera while running
        self._capture: tuple[Any, Any] | None = None  # QMediaCaptureSession, QVideoSink
        self._last_preview = 0.0
        self.frames_seen = 0

        self.preview = QLabel(self.tr("Camera off"))
        self.preview.setObjectName("cameraPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(160, 120)
        self.preview.setWordWrap(True)  # "No camera found…" within a narrow panel
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setStyleSheet("QLabel#cameraPreview { background: #1d1a1f; color: #d8cfd6; }")
        self.chooser = QComboBox()
        self.chooser.setObjectName("cameraChooser")
        self.chooser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chooser.currentIndexChanged.connect(self._device_chosen)
        self.toggle_button = QPushButton(self.tr("Start camera"))
        self.toggle_button.setObjectName("cameraToggle")
        self.toggle_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggle_button.clicked.connect(self.toggle)

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.chooser, 1)
        controls.addWidget(self.toggle_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.preview, 1)
        layout.addLayout(controls)
        self.toggle_button.setEnabled(False)

    def showEvent(self, event: QShowEvent) -> None:
        """Cameras are listed (and Qt Multimedia loaded) the first time the panel is seen."""
        super().showEvent(event)
        if not self._devices_listed:
            self.refresh_devices()

    @property
    def video_sink(self) -> Any:
        """The QVideoSink frames arrive in (a capture session feeds it; tests may too)."""
        return self._capture_session()[1]

    def _capture_session(self) -> tuple[Any, Any]:
        if self._capture is None:
            module = media.multimedia()
            if module is None:
                raise RuntimeError(f"no camera: {media.unavailable_reason()}")
            session, sink = module.QMediaCaptureSession(self), module.QVideoSink(self)
            session.setVideoSink(sink)
            sink.videoFrameChanged.connect(self.handle_frame)
            self._capture = (session, sink)
        return self._capture

    # --- devices ------------------------------------------------------------------------------

    @property
    def has_camera(self) -> bool:
        return bool(self.devices)

    @property
    def running(self) -> bool:
        return self.camera is not None and self.camera.isActive()

    def refresh_devices(self) -> None:
        self._devices_listed = True
        try:
            self.devices = list(self._devices_source())
        except Exception:  # pragma: no cover - a broken multimedia backend
            log.exception("cannot list cameras")
            self.devices = []
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for device in self.devices:
            self.chooser.addItem(device.description())
        default_id = media.default_video_input_id() if self.devices else None
        for number, device in enumerate(self.devices):
            if bytes(device.id()) == default_id:
                self.chooser.setCurrentIndex(number)
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(self.devices) > 1)
        self.toggle_button.setEnabled(self.has_camera)
        if not self.has_camera:
            self.preview.setText(self._no_camera_text())

    def _no_camera_text(self) -> str:
        reason = media.unavailable_reason() if self._devices_source is media.video_inputs else None
        if reason:
            return self.tr(
                "Camera and sounds are off: {0}.\nUse the scanner or type a name."
            ).format(reason)
        return self.tr("No camera found.\nUse the scanner or type a name.")

    def _device_chosen(self, _index: int) -> None:
        if self.running:
            self.stop()
            self.start()

    # --- running ------------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        if not self.has_camera:
            return
        module = media.multimedia()
        if module is None:
            return
        device = self.devices[max(0, self.chooser.currentIndex())]
        self.stop()
        camera = module.QCamera(device, self)
        camera.errorOccurred.connect(self._camera_error)
        self._capture_session()[0].setCamera(camera)
        self.camera = camera
        self.debouncer.reset()
        camera.start()
        self.preview.setText(self.tr("Starting the camera…"))
        self.toggle_button.setText(self.tr("Stop camera"))
        self.running_changed.emit(True)

    def stop(self) -> None:
        camera, self.camera = self.camera, None
        if camera is None:
            return
        camera.stop()
        self._capture_session()[0].setCamera(None)
        camera.deleteLater()
        self.preview.clear()
        self.preview.setText(self.tr("Camera off"))
        self.toggle_button.setText(self.tr("Start camera"))
        self.running_changed.emit(False)

    def _camera_error(self, _error: object, text: str) -> None:
        log.warning("camera error: %s", text)
        self.stop()
        self.preview.setText(
            self.tr("The camera stopped: {0}").format(text or self.tr("unknown error"))
        )

    def shutdown(self) -> None:
        self.stop()
        self.decoder.shutdown()

    # --- frames -------------------------------------------------------------------------------

    @Slot(object)
    def handle_frame(self, frame: Any) -> None:  # a QVideoFrame
        """A new camera frame: refresh the preview now and then, decode it when idle."""
        if not frame.isValid():
            return
        self.frames_seen += 1
        now = time.monotonic()
        want_preview = now - self._last_preview >= PREVIEW_INTERVAL and self.preview.isVisible()
        if self.decoder.busy and not want_preview:
            self.decoder.dropped += 1
            return
        image = frame.toImage()
        if image.isNull():
            return
        if want_preview:
            self._last_preview = now
            self._show_preview(image)
        self.decoder.submit(image)

    def _show_preview(self, image: QImage) -> None:
        size = self.preview.size()
        pixmap = QPixmap.fromImage(image).scaled(
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        self.preview.setPixmap(pixmap)

    @Slot(object)
    def _decoded(self, codes: list[str]) -> None:
        for code in codes:
            if self.debouncer.accept(code):
                self.code_read.emit(code)
