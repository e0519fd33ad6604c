"""Cell formatting."""
import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def format_cell(value):
    """The text of a cell (see README.md)."""
    if value is None:
        return ""
    return _SPECIAL.sub(r"\\\1", str(value).replace("\n", " "))
