"""Small charts drawn on the server as SVG: no JavaScript, no library, no CDN.

Each builder returns an :class:`Svg`, markup that Django templates print as it is
(it has ``__html__``) and that escapes every piece of text it was given. Each chart
is an image with a name: ``role="img"`` and ``aria-labelledby`` pointing at its own
``<title>`` and ``<desc>``; the page puts a table with the same numbers beside it.

Colours are fixed here, not taken from CSS, so a chart looks the same printed or
saved. Every colour that carries meaning (bars, lines, the goal) has at least 3:1
contrast with the white card (WCAG 1.4.11), and every text colour at least 4.5:1
(1.4.3); the tests check both.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from coffeechat.lib.referrals import text_width, truncate

BACKGROUND = "#ffffff"  # the card the charts sit on (app.css --card)
INK = "#1f2a27"  # text (app.css --ink)
MUTED = "#5d6b66"  # axis labels (app.css --muted)
BAR = "#2f5d50"  # bars, columns, the line (app.css --brand)
CURRENT = "#9c5221"  # this week, so far: a darker --accent
GOAL = "#b3261e"  # the goal line and its label (app.css --bad)
GRID = "#dfe5e2"  # decorative: grid lines (app.css --line)
AREA = "#e3f1ec"  # decorative: the area under the line

# Colours that carry meaning, and those used for text: the tests hold them to WCAG AA.
GRAPHIC_COLOURS = (BAR, CURRENT, GOAL, INK, MUTED)
TEXT_COLOURS = (INK, MUTED, GOAL)

WIDTH = 560
# Horizontal bars need less room: a narrower drawing keeps their text larger on a phone.
BARS_WIDTH = 480
# How wide one average letter of 13px text is, generously (DejaVu Sans, the widest
# common fallback of the page's system-ui font), so that no label is ever clipped.
LETTER = 8.0
# The same for the bold values, and for the 12px text of the axes.
BOLD_LETTER = 8.6
SMALL_LETTER = 7.6
# Labels of horizontal bars are cut to this many letters (the table has them whole);
# the label column is as wide as the longest label, at most LABEL_SHARE of the chart.
LABEL_LETTERS = 26
LABEL_SHARE = 0.47
# Text on the axes: the charts never shrink below about 500px on the page (see
# dashboard.css), so 12px stays at least 10.7px on a phone.
SMALL = "12"


class Svg(str):
    """Finished SVG markup. Templates print it unescaped (``__html__``, as Django's
    SafeString does): every text in it was escaped when it was built."""

    __slots__ = ()

    def __html__(self) -> str:
        return self


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str | None = None  # what is printed after the bar (the value by default)
    highlight: bool = False  # drawn in the CURRENT colour (this week)


@dataclass(frozen=True)
class Point:
    label: str
    value: float


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _num(x: float) -> str:
    """A coordinate, short: 12, 12.5."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _value_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _open(
    chart_id: str, title: str, desc: str, height: float, css: str, width: int = WIDTH
) -> list[str]:
    ident = esc(chart_id)
    return [
        f'<svg class="chart {esc(css)}" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {_num(height)}" width="{width}" height="{_num(height)}" '
        f'role="img" aria-labelledby="{ident}-title {ident}-desc" '
        f'preserveAspectRatio="xMinYMin meet">',
        f'<title id="{ident}-title">{esc(title)}</title>',
        f'<desc id="{ident}-desc">{esc(desc)}</desc>',
    ]


def _text(x: float, y: float, text: str, *, fill: str = INK, anchor: str = "start", **extra) -> str:
    attrs = "".join(f' {k.replace("_", "-")}="{esc(v)}"' for k, v in extra.items())
    return (
        f'<text x="{_num(x)}" y="{_num(y)}" fill="{fill}" text-anchor="{anchor}"{attrs}>'
        f"{esc(text)}</text>"
    )


def bar_chart(*, chart_id: str, title: str, desc: str, bars: Sequence[Bar]) -> Svg:
    """Horizontal bars, one a row: the label on the left, the value after the bar."""
    row, bar_h, top = 30, 20, 6
    labels = [truncate(b.label, LABEL_LETTERS) for b in bars]
    # Room on the left for the longest label (cut at LABEL_LETTERS letters).
    widest = max((text_width(label) for label in labels), default=4) * LETTER
    left = min(widest + 14, BARS_WIDTH * LABEL_SHARE)
    texts = [b.text if b.text is not None else _value_text(b.value) for b in bars]
    # Room after the longest bar for the longest value, and never less than half the width.
    room = max((text_width(t) for t in texts), default=2) * BOLD_LETTER + 12
    right = max(BARS_WIDTH - room, left + (BARS_WIDTH - left) / 2)
    height = top * 2 + row * max(len(bars), 1)
    top_value = max((b.value for b in bars), default=0) or 1
    parts = _open(chart_id, title, desc, height, "chart--bars", BARS_WIDTH)
    for i, bar in enumerate(bars):
        y = top + i * row
        length = (right - left) * max(bar.value, 0) / top_value
        label = labels[i]
        parts.append(_text(left - 8, y + bar_h - 5, label, anchor="end"))
        if label != bar.label:  # cut short: the whole label shows on hover
            parts[-1] = parts[-1].replace("</text>", f"<title>{esc(bar.label)}</title></text>")
        if length > 0:
            fill = CURRENT if bar.highlight else BAR
            parts.append(
                f'<rect x="{left}" y="{_num(y)}" width="{_num(length)}" height="{bar_h}" '
                f'rx="2" fill="{fill}"/>'
            )
        text = texts[i]
        parts.append(_text(left + length + 6, y + bar_h - 5, text, font_weight="600"))
    parts.append("</svg>")
    return Svg("".join(parts))


def _nice_top(value: float) -> int:
    """A round number at or above `value` for the top of an axis."""
    if value <= 5:
        return max(int(-(-value // 1)), 1)
    for step in (2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value <= step * 5:
            return int(-(-value // step) * step)
    magnitude = 10 ** (len(str(int(value))) - 1)
    return int(-(-value // magnitude) * magnitude)


def _ticks(top: int) -> tuple[int, ...]:
    """Grid lines: 0, the middle when it is a whole number, and the top."""
    return (0, top // 2, top) if top % 2 == 0 and top > 1 else (0, top)


def _label_every(centres: Sequence[float], widths: Sequence[float], gap: float = 8) -> int:
    """Name every k-th point along an axis, counted from the last (always named): the
    smallest k for which no two named labels, centred on their points, come closer
    than `gap`."""
    n = len(centres)
    for every in range(1, max(n, 1) + 1):
        named = list(range(n - 1, -1, -every))
        if all(
            centres[a] - centres[b] >= (widths[a] + widths[b]) / 2 + gap
            for a, b in zip(named, named[1:], strict=False)
        ):
            return every
    return max(n, 1)


def _axis_width(text: str, *, bold: bool = False) -> float:
    return text_width(text) * (BOLD_LETTER if bold else SMALL_LETTER)


def _inside(centre: float, width: float) -> float:
    """Where to centre a label of `width` under `centre` so it stays in the chart."""
    return min(max(centre, width / 2 + 2), WIDTH - width / 2 - 2)


def column_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    columns: Sequence[Bar],
    goal: float | None = None,
    goal_label: str = "Goal",
) -> Svg:
    """Vertical columns with their value on top and a dashed goal line across.

    Nothing overlaps whatever the numbers: the goal is named in a key above the plot
    (not on its line, where a column's value could sit), each value sits above its own
    column, and the labels under the columns are thinned out when they would touch."""
    has_goal = goal is not None and goal > 0
    height = 250 if has_goal else 230
    left, right, top = 40, WIDTH - 12, 44 if has_goal else 24
    bottom = height - 40
    n = max(len(columns), 1)
    slot = (right - left) / n
    col_w = min(slot * 0.62, 48)
    axis_top = _nice_top(max([c.value for c in columns] + [goal or 0, 1]))

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * value / axis_top

    parts = _open(chart_id, title, desc, height, "chart--columns")
    for tick in _ticks(axis_top):
        y = y_of(tick)
        parts.append(
            f'<line x1="{left}" x2="{right}" y1="{_num(y)}" y2="{_num(y)}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(_text(left - 6, y + 4, str(tick), fill=MUTED, anchor="end", font_size=SMALL))
    centres = [left + slot * (i + 0.5) for i in range(len(columns))]
    widths = [_axis_width(c.label, bold=c.highlight) for c in columns]
    under = [_inside(c, w) for c, w in zip(centres, widths, strict=True)]
    every = _label_every(under, widths, gap=6)
    for i, col in enumerate(columns):
        x = centres[i] - col_w / 2
        y = y_of(max(col.value, 0))
        if col.value > 0:
            fill = CURRENT if col.highlight else BAR
            parts.append(
                f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(col_w)}" '
                f'height="{_num(bottom - y)}" rx="2" fill="{fill}"/>'
            )
        text = col.text if col.text is not None else _value_text(col.value)
        parts.append(
            _text(centres[i], y - 5, text, anchor="middle", font_size=SMALL, font_weight="600")
        )
        if (len(columns) - 1 - i) % every == 0:  # counted from the last, always named
            parts.append(
                _text(
                    under[i],
                    bottom + 18,
                    col.label,
                    fill=INK if col.highlight else MUTED,
                    anchor="middle",
                    font_size=SMALL,
                    font_weight="700" if col.highlight else "400",
                )
            )
    if has_goal:
        y = y_of(goal)
        parts.append(
            f'<line x1="{left}" x2="{right}" y1="{_num(y)}" y2="{_num(y)}" stroke="{GOAL}" '
            f'stroke-width="2" stroke-dasharray="6 4"/>'
        )
        # The key, above the plot at the right (by this week, which a phone shows
        # first): its name, then a piece of the dashed line.
        parts.append(
            _text(
                right - 32,
                16,
                f"{goal_label}: {_value_text(goal)} a week",
                fill=GOAL,
                anchor="end",
                font_size=SMALL,
                font_weight="700",
            )
        )
        parts.append(
            f'<line x1="{right - 26}" x2="{right}" y1="12" y2="12" stroke="{GOAL}" '
            f'stroke-width="2" stroke-dasharray="6 4"/>'
        )
    parts.append("</svg>")
    return Svg("".join(parts))


def line_chart(*, chart_id: str, title: str, desc: str, points: Sequence[Point]) -> Svg:
    """A line with the area under it shaded, a dot per point, the last value written
    beside its dot, and as many labels under it as fit."""
    height = 230
    left, right, top, bottom = 48, WIDTH - 24, 24, height - 40
    axis_top = _nice_top(max([p.value for p in points] + [1]))
    n = len(points)
    step = (right - left) / (n - 1) if n > 1 else 0

    def xy(i: int, value: float) -> tuple[float, float]:
        x = left + step * i if n > 1 else (left + right) / 2
        return x, bottom - (bottom - top) * value / axis_top

    parts = _open(chart_id, title, desc, height, "chart--line")
    for tick in _ticks(axis_top):
        y = xy(0, tick)[1]
        parts.append(
            f'<line x1="{left}" x2="{right}" y1="{_num(y)}" y2="{_num(y)}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(_text(left - 6, y + 4, str(tick), fill=MUTED, anchor="end", font_size=SMALL))
    coords = [xy(i, max(p.value, 0)) for i, p in enumerate(points)]
    if coords:
        line = " ".join(f"{_num(x)},{_num(y)}" for x, y in coords)
        area = f"{_num(coords[0][0])},{bottom} {line} {_num(coords[-1][0])},{bottom}"
        parts.append(f'<polygon points="{area}" fill="{AREA}"/>')
        parts.append(
            f'<polyline points="{line}" fill="none" stroke="{BAR}" stroke-width="2.5" '
            f'stroke-linejoin="round"/>'
        )
    widths = [_axis_width(p.label) for p in points]
    under = [_inside(x, w) for (x, _), w in zip(coords, widths, strict=True)]
    every = _label_every(under, widths, gap=10)
    for i, ((x, y), point) in enumerate(zip(coords, points, strict=True)):
        parts.append(f'<circle cx="{_num(x)}" cy="{_num(y)}" r="3.5" fill="{BAR}"/>')
        if (n - 1 - i) % every == 0:  # counted from the last, which is always named
            parts.append(
                _text(
                    under[i], bottom + 18, point.label, fill=MUTED, anchor="middle", font_size=SMALL
                )
            )
    if coords:
        # The last value (now) above its dot, to its left: the line comes from there.
        x, y = coords[-1]
        parts.append(
            _text(
                x,
                y - 9,
                _value_text(points[-1].value),
                anchor="end",
                font_size=SMALL,
                font_weight="700",
            )
        )
    parts.append("</svg>")
    return Svg("".join(parts))


# ------------------------------------------------------------------ contrast (WCAG 2)


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    hexa = colour.lstrip("#")
    r, g, b = (int(hexa[k : k + 2], 16) for k in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two #rrggbb colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
