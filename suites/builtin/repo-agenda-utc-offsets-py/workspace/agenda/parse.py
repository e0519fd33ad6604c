"""Parsing timestamps from the calendar feed."""
from datetime import datetime, timedelta, timezone


def tz_for(offset_minutes):
    return timezone(timedelta(minutes=offset_minutes))


def parse_timestamp(text, default_offset_minutes=0):
    """An aware datetime in UTC for an ISO 8601 timestamp (see README.md)."""
    dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz_for(default_offset_minutes))
    return dt.replace(tzinfo=timezone.utc)
