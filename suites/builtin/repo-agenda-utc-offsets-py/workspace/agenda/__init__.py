from .parse import parse_timestamp, tz_for
from .agenda import Event, day_agenda, format_time

__all__ = ["parse_timestamp", "tz_for", "Event", "day_agenda", "format_time"]
