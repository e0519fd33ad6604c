"""Parse human-readable data sizes."""

import re
from fractions import Fraction

_UNITS = {
    "": 1, "b": 1,
    "kb": 1000, "mb": 1000**2, "gb": 1000**3, "tb": 1000**4,
    "kib": 1024, "mib": 1024**2, "gib": 1024**3, "tib": 1024**4,
    "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4,
}
_SIZE = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]*)")


def parse_size(text: str) -> int:
    m = _SIZE.fullmatch(text.strip())
    if not m or m[2].lower() not in _UNITS:
        raise ValueError(f"invalid size: {text!r}")
    value = float(m[1]) * _UNITS[m[2].lower()]
    if value != int(value):
        raise ValueError(f"not a whole number of bytes: {text!r}")
    return int(value)
