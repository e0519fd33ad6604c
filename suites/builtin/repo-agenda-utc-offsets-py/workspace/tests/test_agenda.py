import unittest
from datetime import date, datetime, timezone

from agenda import parse_timestamp, Event, day_agenda, format_time


class AgendaTests(unittest.TestCase):
    def test_parse_utc(self):
        self.assertEqual(parse_timestamp("2024-03-05T10:30:00Z"), datetime(2024, 3, 5, 10, 30, tzinfo=timezone.utc))
        self.assertEqual(parse_timestamp("2024-03-05T10:30"), datetime(2024, 3, 5, 10, 30, tzinfo=timezone.utc))

    def test_results_are_utc(self):
        self.assertEqual(parse_timestamp("2024-03-05T10:30:00Z").utcoffset().total_seconds(), 0)

    def test_day_agenda_utc(self):
        events = [
            Event("standup", parse_timestamp("2024-03-05T09:00:00Z")),
            Event("retro", parse_timestamp("2024-03-05T16:00:00Z")),
            Event("planning", parse_timestamp("2024-03-06T09:00:00Z")),
            Event("breakfast", parse_timestamp("2024-03-05T07:45:00Z")),
        ]
        self.assertEqual(day_agenda(events, date(2024, 3, 5)), ["breakfast", "standup", "retro"])

    def test_format_time_utc(self):
        self.assertEqual(format_time(parse_timestamp("2024-03-05T09:05:00Z")), "09:05")
