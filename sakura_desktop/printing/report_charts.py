"""The report's charts, drawn as vector graphics (ReportLab's graphics package, not images).

Each function returns a `Drawing` that `report_pdf` places on a page with renderPDF. Labels use
the shipped fonts: the whole chart takes the first shipped face that has every character of its
labels (Latin first, then Japanese forms for Han and kana, Thai, Devanagari), so a chart of
Japanese session titles prints its labels rather than empty boxes.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from sakura_desktop.printing import fonts
from sakura_desktop.printing.common import ACCENT, INK, MM, MUTED, RULE
from sakura_desktop.printing.fonts import Face

LABEL_MAX = 48  # characters of a bar's label; a session's full title is in the table
BAR_STEP = 4.2 * MM  # height per bar of a horizontal bar chart
# Pie slices: the sakura red first, then colours that stay apart in grey print.
PALETTE = (
    "#b3123f",
    "#1f5f8b",
    "#e0a526",
    "#4d8c57",
    "#7b4f9d",
    "#d26a2f",
    "#5b6475",
    "#2a9d8f",
    "#c45b7c",
    "#8a8f3c",
)
OTHERS = "Others"
_LABEL_FACES = (Face.SANS, Face.CJK_JP, Face.THAI, Face.DEVANAGARI)


def label_font(labels: Sequence[str]) -> str:
    """The ReportLab font name of the first shipped face covering every label's characters."""
    chars = {char for label in labels for char in label if not char.isspace()}
    for face in _LABEL_FACES:
        if all(fonts.covers(face, char) for char in chars):
            return str(fonts.ensure(face).fontName)
    return str(fonts.ensure(Face.SANS).fontName)


def shorten(label: str, limit: int = LABEL_MAX) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _new_drawing(width: float, height: float, font: str) -> Drawing:
    # The drawing's own font, or the renderer sets ReportLab's default Helvetica (a font we do
    # not ship, left unembedded) before the first label.
    drawing = Drawing(width, height)
    drawing.initialFontName = font
    return drawing


def _title(drawing: Drawing, text: str, font: str) -> None:
    drawing.add(String(0, drawing.height - 11, text, fontName=font, fontSize=10.5, fillColor=INK))


def horizontal_bars(
    title: str,
    labels: Sequence[str],
    values: Sequence[float | None],
    *,
    width: float,
    value_max: float | None = None,
    value_suffix: str = "",
    decimals: int = 0,
) -> Drawing:
    """A bar per label, top to bottom in the order given; a None value draws no bar."""
    labels = [shorten(label) for label in labels]
    font = label_font([title, *labels])
    label_width = min(width * 0.45, max((len(x) for x in labels), default=4) * 4.4 + 6)
    plot_height = BAR_STEP * max(len(labels), 1)
    height = plot_height + 34
    drawing = _new_drawing(width, height, font)
    _title(drawing, title, font)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 16
    chart.width = width - label_width - 30
    chart.height = plot_height
    # The chart draws its first category at the bottom: reverse, so the list reads downwards.
    chart.data = [[v if v is not None else 0 for v in reversed(values)]]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    top = value_max if value_max is not None else max([v or 0 for v in values] + [1])
    chart.valueAxis.valueMax = top
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d" + value_suffix.replace("%", "%%")
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e6e9ef")
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 0.5
    chart.barLabelFormat = _bar_label(value_suffix, decimals)
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = MUTED
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    return drawing


def _bar_label(suffix: str, decimals: int) -> str:
    return f"%.{decimals}f" + suffix.replace("%", "%%")


def pie(title: str, labels: Sequence[str], values: Sequence[int], *, width: float) -> Drawing:
    """Shares of a whole; beyond nine slices the smallest are folded into "Others"."""
    pairs = sorted(zip(labels, values, strict=True), key=lambda pair: -pair[1])
    pairs = [(label, value) for label, value in pairs if value > 0]
    if len(pairs) > len(PALETTE):
        keep = len(PALETTE) - 1
        pairs = [*pairs[:keep], (OTHERS, sum(value for _, value in pairs[keep:]))]
    font = label_font([title, *(label for label, _ in pairs)])
    height = 62 * MM
    drawing = _new_drawing(width, height, font)
    _title(drawing, title, font)
    chart = Pie()
    size = height - 24
    chart.x, chart.y = 8, 6
    chart.width = chart.height = size
    chart.data = [value for _, value in pairs] or [1]
    chart.labels = None
    chart.slices.strokeColor = colors.white
    chart.slices.strokeWidth = 0.6
    for index in range(len(pairs)):
        chart.slices[index].fillColor = colors.HexColor(PALETTE[index % len(PALETTE)])
    drawing.add(chart)
    _legend(drawing, pairs, font, x=size + 22, top=height - 24)
    return drawing


def _legend(
    drawing: Drawing, pairs: Sequence[tuple[str, int]], font: str, *, x: float, top: float
) -> None:
    from reportlab.graphics.shapes import Rect

    total = sum(value for _, value in pairs) or 1
    for index, (label, value) in enumerate(pairs):
        y = top - index * 12
        colour = colors.HexColor(PALETTE[index % len(PALETTE)])
        drawing.add(Rect(x, y - 1, 7, 7, fillColor=colour, strokeColor=None))
        text = f"{shorten(label, 40)}  {value} ({100 * value / total:.0f}%)"
        drawing.add(String(x + 11, y, text, fontName=font, fontSize=8, fillColor=INK))
