"""Cell formatting."""


def format_cell(value):
    """The text of a cell (see README.md)."""
    if value is None:
        return ""
    return str(value).replace("\n", " ").replace("|", "\\|")
