"""Markdown table rendering."""

_ALIGNS = {"left", "right", "center"}


def _text(value) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")


def _pad(text: str, width: int, how: str | None) -> str:
    gap = width - len(text)
    if how == "right":
        return " " * gap + text
    if how == "center":
        return " " * (gap // 2) + text + " " * (gap - gap // 2)
    return text + " " * gap


def _rule(width: int, how: str | None) -> str:
    if how == "left":
        return ":" + "-" * (width - 1)
    if how == "right":
        return "-" * (width - 1) + ":"
    if how == "center":
        return ":" + "-" * (width - 2) + ":"
    return "-" * width


def render_table(rows, columns=None, align=None):
    if columns is None:
        columns = []
        for row in rows:
            for key in row:
                if key not in columns:
                    columns.append(key)
    align = align or {}
    for name, how in align.items():
        if name not in columns or how not in _ALIGNS:
            raise ValueError(f"invalid alignment {name!r}: {how!r}")
    if not columns:
        return ""
    header = [_escape(str(c)) for c in columns]
    body = [[_escape(_text(row.get(c))) for c in columns] for row in rows]
    widths = [max([3, len(header[i])] + [len(r[i]) for r in body]) for i in range(len(columns))]
    hows = [align.get(c) for c in columns]

    def line(cells):
        return "| " + " | ".join(cells) + " |"

    lines = [line(_pad(h, widths[i], hows[i]) for i, h in enumerate(header))]
    lines.append(line(_rule(widths[i], hows[i]) for i in range(len(columns))))
    for r in body:
        lines.append(line(_pad(cell, widths[i], hows[i]) for i, cell in enumerate(r)))
    return "\n".join(lines)
