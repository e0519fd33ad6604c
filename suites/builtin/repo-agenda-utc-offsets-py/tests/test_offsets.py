import unittest
from datetime import date, datetime, timezone

from agenda import parse_timestamp, Event, day_agenda, format_time


class OffsetTests(unittest.TestCase):
    def test_issue_explicit_offsets_are_converted(self):
        self.assertEqual(parse_timestamp("2024-03-05T09:00:00+01:00"), datetime(2024, 3, 5, 8, 0, tzinfo=timezone.utc))
        self.assertEqual(parse_timestamp("2024-03-05T21:30:00-05:00"), datetime(2024, 3, 6, 2, 30, tzinfo=timezone.utc))

    def test_issue_default_offset_for_naive_text(self):
        self.assertEqual(parse_timestamp("2024-03-05T09:00", 60), datetime(2024, 3, 5, 8, 0, tzinfo=timezone.utc))
        self.assertEqual(parse_timestamp("2024-03-05T09:00Z", 60), datetime(2024, 3, 5, 9, 0, tzinfo=timezone.utc))

    def test_issue_day_uses_viewer_local_date(self):
        late = Event("dinner", parse_timestamp("2024-03-06T02:30:00Z"))
        early = Event("run", parse_timestamp("2024-03-05T04:00:00Z"))
        self.assertEqual(day_agenda([late, early], date(2024, 3, 5), -300), ["dinner"])
        self.assertEqual(day_agenda([late, early], date(2024, 3, 4), -300), ["run"])

    def test_issue_end_to_end_berlin(self):
        events = [
            Event("a", parse_timestamp("2024-03-05T00:30:00+01:00")),
            Event("b", parse_timestamp("2024-03-04T23:30:00Z")),
            Event("c", parse_timestamp("2024-03-05T23:59", 60)),
        ]
        self.assertEqual(day_agenda(events, date(2024, 3, 5), 60), ["a", "b", "c"])

    def test_format_time_in_local_time(self):
        start = parse_timestamp("2024-03-05T08:00:00Z")
        self.assertEqual(format_time(start, 60), "09:00")
        self.assertEqual(format_time(start, -300), "03:00")
