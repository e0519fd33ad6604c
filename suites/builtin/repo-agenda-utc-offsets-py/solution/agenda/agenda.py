"""Day views of the calendar."""
from dataclasses import dataclass
from datetime import datetime

from .parse import tz_for


@dataclass(frozen=True)
class Event:
    title: str
    start: datetime  # aware


def day_agenda(events, day, offset_minutes=0):
    """Titles of the events that start on `day` (a date in the viewer's local
    time, at `offset_minutes` from UTC), ordered by start time."""
    tz = tz_for(offset_minutes)
    selected = [e for e in events if e.start.astimezone(tz).date() == day]
    return [e.title for e in sorted(selected, key=lambda e: e.start)]


def format_time(dt, offset_minutes=0):
    """HH:MM of `dt` in the viewer's local time."""
    return dt.astimezone(tz_for(offset_minutes)).strftime("%H:%M")
