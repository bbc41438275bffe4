"""A bar chart drawn on the server as SVG: no JavaScript, nothing fetched from elsewhere."""

from __future__ import annotations

from decimal import Decimal

from markupsafe import Markup, escape

WIDTH, HEIGHT, LABEL_SPACE, TOP_SPACE = 560, 220, 40, 24


def bar_chart(bars: list[tuple[str, Decimal]], title: str, value_format=str) -> Markup:  # type: ignore[no-untyped-def]
    """Vertical bars, labels below, values above; every text escaped."""
    highest = max((value for _, value in bars), default=Decimal(0))
    scale = (HEIGHT - LABEL_SPACE - TOP_SPACE) / float(highest) if highest > 0 else 0.0
    slot = WIDTH / max(len(bars), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="relance-chart" role="img" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    baseline = HEIGHT - LABEL_SPACE
    for index, (label, value) in enumerate(bars):
        height = max(float(value), 0.0) * scale
        x = index * slot + slot * 0.15
        width = slot * 0.7
        centre = index * slot + slot / 2
        parts.append(
            f'<rect class="bar bar-{index}" x="{x:.1f}" y="{baseline - height:.1f}" '
            f'width="{width:.1f}" height="{height:.1f}"></rect>'
        )
        parts.append(
            f'<text x="{centre:.1f}" y="{baseline - height - 6:.1f}" text-anchor="middle" '
            f'class="value">{escape(value_format(value))}</text>'
        )
        parts.append(
            f'<text x="{centre:.1f}" y="{baseline + 22:.1f}" text-anchor="middle" '
            f'class="label">{escape(label)}</text>'
        )
    parts.append(
        f'<line x1="0" y1="{baseline}" x2="{WIDTH}" y2="{baseline}" class="axis"></line></svg>'
    )
    return Markup("".join(parts))  # noqa: S704 - every text part escaped above
