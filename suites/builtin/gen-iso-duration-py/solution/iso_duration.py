"""ISO 8601 durations."""

import re

_PATTERN = re.compile(r"P(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_UNITS = (604800, 86400, 3600, 60, 1)


def parse_duration(text: str) -> int:
    m = _PATTERN.fullmatch(text) if isinstance(text, str) else None
    if not m or all(g is None for g in m.groups()) or text.endswith("T"):
        raise ValueError(f"invalid duration: {text!r}")
    return sum(int(g) * unit for g, unit in zip(m.groups(), _UNITS) if g is not None)


def format_duration(seconds: int) -> str:
    if not isinstance(seconds, int) or isinstance(seconds, bool) or seconds < 0:
        raise ValueError("seconds must be a non-negative int")
    if seconds == 0:
        return "PT0S"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    out = "P" + (f"{days}D" if days else "")
    time_part = "".join(f"{v}{u}" for v, u in ((hours, "H"), (minutes, "M"), (secs, "S")) if v)
    if time_part:
        out += "T" + time_part
    return out
