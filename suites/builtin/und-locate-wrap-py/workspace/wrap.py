"""Plain-text word wrapping for e-mail notifications."""


def wrap(text, width):
    """Split `text` into lines of at most `width` characters (width >= 1),
    breaking only at spaces. Words are separated by single spaces in the
    output; a word longer than `width` gets a line of its own."""
    lines = []
    current = ""
    for word in text.split():
        if not current:
            current = word
        elif len(current) + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def indent(lines, prefix="  "):
    """Prefix every non-empty line."""
    return [prefix + line if line else line for line in lines]


def paragraph(text, width, prefix="  "):
    """Wrap `text` so that each line INCLUDING the prefix fits in `width`."""
    inner = max(1, width - len(prefix))
    return "\n".join(indent(wrap(text, inner), prefix))
