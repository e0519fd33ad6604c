"""Keyset pagination with opaque cursors."""

import base64
import binascii
import json


class InvalidCursor(ValueError):
    pass


def encode_cursor(record: dict) -> str:
    raw = json.dumps([record["created_at"], record["id"]], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        created_at, record_id = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError) as err:
        raise InvalidCursor(f"invalid cursor: {cursor!r}") from err
    if not isinstance(created_at, str) or not isinstance(record_id, int):
        raise InvalidCursor(f"invalid cursor: {cursor!r}")
    return created_at, record_id


def page(records: list[dict], limit: int, after: str | None = None) -> dict:
    """Up to `limit` records after the cursor, in (created_at, id) order, plus the next cursor or None."""
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= 100:
        raise ValueError("limit must be an int between 1 and 100")
    ordered = sorted(records, key=lambda r: (r["created_at"], r["id"]))
    if after is not None:
        key = decode_cursor(after)
        ordered = [r for r in ordered if (r["created_at"], r["id"]) > key]
    items = ordered[:limit]
    has_more = len(items) == limit
    return {"items": items, "next": encode_cursor(items[-1]) if has_more else None}
