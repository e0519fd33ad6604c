"""IPv4 range to CIDR blocks."""

import re

_OCTET = r"(0|[1-9][0-9]{0,2})"
_IPV4 = re.compile(rf"{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}")


def parse_ipv4(text: str) -> int:
    m = _IPV4.fullmatch(text) if isinstance(text, str) else None
    if not m:
        raise ValueError(f"invalid IPv4 address: {text!r}")
    value = 0
    for part in m.groups():
        octet = int(part)
        if octet > 255:
            raise ValueError(f"invalid IPv4 address: {text!r}")
        value = (value << 8) | octet
    return value


def format_ipv4(value: int) -> str:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**32:
        raise ValueError(f"invalid IPv4 value: {value!r}")
    return ".".join(str((value >> shift) & 255) for shift in (24, 16, 8, 0))


def range_to_cidrs(first: str, last: str) -> list[str]:
    lo = parse_ipv4(first)
    hi = parse_ipv4(last)
    if lo > hi:
        raise ValueError("first must not be after last")
    blocks = []
    while lo <= hi:
        remaining = hi - lo + 1
        size = (lo & -lo) or 2**32
        while size > remaining:
            size >>= 1
        blocks.append(f"{format_ipv4(lo)}/{32 - (size.bit_length() - 1)}")
        lo += size
    return blocks
