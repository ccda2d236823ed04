"""Charts drawn on the server as inline SVG: no JavaScript, no CDN, they print as they show."""

import math

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from common.numbers import number
from tasks.status import STATUS_CSS, Status

BAR_HEIGHT = 22
LABEL_WIDTH = 230
BAR_WIDTH = 420
# Width of a character at the charts' 12px sans-serif, a little over the average so estimates err on the wide side.
CHAR_WIDTH = 7.2


def text_width(text):
    return len(str(text)) * CHAR_WIDTH


def fit(text, width):
    """`text` cut with an ellipsis to what `width` pixels hold, so a label never runs into its neighbour."""
    text = str(text)
    room = int(width // CHAR_WIDTH)
    return text if len(text) <= room else text[: max(room - 1, 1)].rstrip() + "…"


# Fills matching portal.css's badge colours; SVG needs them as attributes to survive printing.
FILLS = {
    "st-progress": "#0b57a4",
    "st-overdue": "#c62828",
    "st-done": "#1b7a3a",
    "st-done-late": "#a86400",
    "st-recurring": "#5b2a9b",
    "st-waiting": "#12676b",
    "st-soon": "#e0a100",
    "": "#5b6775",
}


def _fill(key):
    try:
        return FILLS.get(STATUS_CSS[Status(key)], FILLS[""])
    except ValueError:
        return FILLS["st-soon"] if key.startswith("due_") else FILLS[""]


def _svg(width, height, title, body):
    return format_html(
        '<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" '
        'height="{h}" font-family="sans-serif" font-size="12"><title>{t}</title>{b}</svg>',
        w=width,
        h=height,
        t=title,
        b=body,
    )


def _bar(y, label, value, scale, fill, url=None):
    width = round(value * scale, 1)
    bar = format_html(
        '<text x="{lx}" y="{ty}" text-anchor="end">{label}</text>'
        '<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{fill}"></rect>'
        '<text x="{vx}" y="{ty}">{value}</text>',
        lx=LABEL_WIDTH - 6,
        ty=y + BAR_HEIGHT - 7,
        label=fit(label, LABEL_WIDTH - 8),
        x=LABEL_WIDTH,
        y=y,
        w=width,
        h=BAR_HEIGHT - 4,
        fill=fill,
        vx=LABEL_WIDTH + width + 4,
        value=number(value),
    )
    return format_html('<a href="{}">{}</a>', url, bar) if url else bar


def status_bars(columns, cells):
    """One bar per dashboard column (statuses, due soon); each bar links to its task list."""
    shown = [(key, label) for key, label in columns if key != "total"]
    peak = max([cells[key].count for key, _label in shown] + [1])
    scale = BAR_WIDTH / peak
    body = format_html_join(
        "",
        "{}",
        (
            (_bar(i * BAR_HEIGHT, label, cells[key].count, scale, _fill(key), cells[key].url),)
            for i, (key, label) in enumerate(shown)
        ),
    )
    return _svg(LABEL_WIDTH + BAR_WIDTH + 60, len(shown) * BAR_HEIGHT + 4, _("Tasks by status"), body)


def agency_bars(rows, limit=15):
    """Per lead agency: overdue tasks (red) beside tasks in progress on time (blue), the most overdue first."""
    rows = rows[:limit]
    if not rows:
        return ""
    overdue, on_time = Status.IN_PROGRESS_OVERDUE.value, Status.IN_PROGRESS_ON_TIME.value
    peak = max([row.cells[overdue].count + row.cells[on_time].count for row in rows] + [1])
    scale = BAR_WIDTH / peak
    parts = []
    for i, row in enumerate(rows):
        y = i * BAR_HEIGHT
        late, fine = row.cells[overdue], row.cells[on_time]
        parts.append(_bar(y, row.label, late.count, scale, FILLS["st-overdue"], late.url))
        parts.append(
            format_html(
                '<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{fill}" opacity="0.55"></rect>',
                x=LABEL_WIDTH + round(late.count * scale, 1),
                y=y,
                w=round(fine.count * scale, 1),
                h=BAR_HEIGHT - 4,
                fill=FILLS["st-progress"],
            )
        )
    legend = format_html(
        '<text x="{x}" y="{y}" fill="{red}">■ {a}</text><text x="{x2}" y="{y}" fill="{blue}">■ {b}</text>',
        x=LABEL_WIDTH,
        x2=LABEL_WIDTH + 170,
        y=len(rows) * BAR_HEIGHT + 14,
        red=FILLS["st-overdue"],
        blue=FILLS["st-progress"],
        a=Status.IN_PROGRESS_OVERDUE.label,
        b=Status.IN_PROGRESS_ON_TIME.label,
    )
    body = mark_safe("".join(parts)) + legend
    return _svg(LABEL_WIDTH + BAR_WIDTH + 60, len(rows) * BAR_HEIGHT + 22, _("Tasks by lead agency"), body)


def _every(labels, step):
    """How many points apart the labels must be so that, centred on their points, two never touch."""
    widest = max((text_width(label) for label in labels), default=0) + 8
    return max(1, math.ceil(widest / step)) if step else 1


def target_line(points, target_value, target_year=None, width=520, height=220):
    """Reported values of one target over time (dots joined by a line) against the target (a dashed line).

    `points` is a list of (label, value) in time order; values and the target are numbers. Axis labels and values
    are written by `common.numbers.number`; the margins are as wide as the longest label, and where labels would
    touch only every n-th is written (the last one always), so none overlaps or is cut at the edge.
    """
    values = [float(v) for _label, v in points] + [float(target_value), 0.0]
    peak = max(values) * 1.1 or 1.0
    axis_label = number(target_value)
    point_labels = [str(label) for label, _value in points]
    value_labels = [number(value) for _label, value in points]
    # The first and last labels are centred on the plot's edges: half of each must fit in its margin (the first value
    # is written right of its point when more follow).
    first = [
        text_width(labels[0]) / 2 for labels in (point_labels, value_labels[: 1 if len(points) == 1 else 0]) if labels
    ]
    final = [text_width(labels[-1]) / 2 for labels in (point_labels, value_labels) if labels]
    left = round(max([text_width(axis_label) + 12, *(half + 4 for half in first)]))
    right = round(max([16, *(half + 4 for half in final)]))
    # The target's name is written in the top margin, clear of the points and their values.
    top, bottom = 30, 34
    plot_w, plot_h = width - left - right, height - top - bottom

    def y_of(value):
        return round(top + plot_h - float(value) / peak * plot_h, 1)

    step = plot_w / max(len(points) - 1, 1)
    last = len(points) - 1
    label_every = _every(point_labels, step) if last else 1
    # Values allow for the first one moved right of its point by half its width.
    value_every = _every([f"{label}{label[: len(label) // 2 + 1]}" for label in value_labels], step) if last else 1

    def shown(i, every):
        # Every n-th from the last one backwards, so the latest value is always written.
        return (last - i) % every == 0

    coords = [(round(left + i * step, 1), y_of(v)) for i, (_label, v) in enumerate(points)]
    target_y = y_of(target_value)
    target_label = _("Target %(year)s") % {"year": target_year} if target_year else _("Target")
    parts = [
        format_html(
            '<line x1="{l}" y1="{b}" x2="{r}" y2="{b}" stroke="#5b6775"></line>'
            '<line x1="{l}" y1="{t}" x2="{l}" y2="{b}" stroke="#5b6775"></line>'
            '<text x="{lx}" y="{ty}" text-anchor="end">{tv}</text><text x="{lx}" y="{b}" text-anchor="end">0</text>'
            '<line x1="{l}" y1="{ty0}" x2="{r}" y2="{ty0}" stroke="#c62828" stroke-dasharray="6 4"></line>'
            '<text x="{r}" y="{tly}" text-anchor="end" fill="#c62828">{tlabel}</text>',
            l=left,
            r=left + plot_w,
            t=top,
            b=top + plot_h,
            lx=left - 4,
            ty=target_y + 4,
            tv=axis_label,
            ty0=target_y,
            tly=12,
            tlabel=target_label,
        )
    ]
    if len(coords) > 1:
        parts.append(
            format_html(
                '<polyline fill="none" stroke="#0b57a4" stroke-width="2" points="{}"></polyline>',
                " ".join(f"{x},{y}" for x, y in coords),
            )
        )
    for i, ((x, y), label, value) in enumerate(zip(coords, point_labels, value_labels, strict=True)):
        parts.append(
            format_html(
                '<circle cx="{x}" cy="{y}" r="3.5" fill="#0b57a4"><title>{l}: {v}</title></circle>',
                x=x,
                y=y,
                l=label,
                v=value,
            )
        )
        if shown(i, value_every):
            # The first value starts right of its point, clear of the axis label written left of the axis.
            anchor, vx = ("start", x + 6) if i == 0 and last else ("middle", x)
            parts.append(
                format_html('<text x="{x}" y="{vy}" text-anchor="{a}">{v}</text>', x=vx, vy=y - 7, a=anchor, v=value)
            )
        if shown(i, label_every):
            parts.append(
                format_html(
                    '<text x="{x}" y="{ly}" text-anchor="middle" fill="#5b6775">{label}</text>',
                    x=x,
                    ly=top + plot_h + 16,
                    label=label,
                )
            )
    return _svg(width, height, _("Reported values against the target"), mark_safe("".join(parts)))
