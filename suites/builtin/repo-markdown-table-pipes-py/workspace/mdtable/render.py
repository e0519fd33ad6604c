"""Markdown table rendering."""
from .cells import format_cell


def _line(cells, widths):
    return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"


def render(headers, rows):
    """A Markdown table for `headers` and `rows` (see README.md)."""
    head = [format_cell(h) for h in headers]
    body = [[format_cell(v) for v in row] for row in rows]
    widths = [max(3, len(h)) for h in head]
    for row in body:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    lines = [_line(head, widths), _line(["-" * w for w in widths], widths)]
    lines += [_line(row, widths) for row in body]
    return "\n".join(lines)
