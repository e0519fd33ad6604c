"""Query-string parsing."""

import re
from urllib.parse import unquote_to_bytes

_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _decode(text: str) -> str:
    if _BAD_PERCENT.search(text):
        raise ValueError(f"malformed percent-escape in {text!r}")
    raw = unquote_to_bytes(text.replace("+", " "))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ValueError(f"invalid UTF-8 in {text!r}") from err


def parse_query(query: str) -> dict[str, list[str]]:
    if query.startswith("?"):
        query = query[1:]
    result: dict[str, list[str]] = {}
    for piece in query.split("&"):
        if piece == "":
            continue
        name, _, value = piece.partition("=")
        name = _decode(name)
        if name == "":
            continue
        result.setdefault(name, []).append(_decode(value))
    return result
