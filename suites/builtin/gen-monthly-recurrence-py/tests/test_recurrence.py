import datetime as dt
import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from recurrence import occurrences  # noqa: E402

D = dt.date


class RecurrenceTest(unittest.TestCase):
    def test_example(self):
        self.assertEqual(occurrences("last friday", D(2024, 1, 27), 3), [D(2024, 2, 23), D(2024, 3, 29), D(2024, 4, 26)])

    def test_day_n_clamps(self):
        self.assertEqual(
            occurrences("day 31", D(2024, 1, 1), 4),
            [D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30)],
        )
        self.assertEqual(occurrences("day 30", D(2023, 2, 1), 1), [D(2023, 2, 28)])

    def test_start_month_included_if_not_before_start(self):
        self.assertEqual(occurrences("day 15", D(2024, 5, 15), 2), [D(2024, 5, 15), D(2024, 6, 15)])
        self.assertEqual(occurrences("day 15", D(2024, 5, 16), 1), [D(2024, 6, 15)])
        self.assertEqual(occurrences("last day", D(2024, 12, 31), 2), [D(2024, 12, 31), D(2025, 1, 31)])

    def test_nth_weekday(self):
        self.assertEqual(occurrences("2nd tuesday", D(2024, 1, 1), 3), [D(2024, 1, 9), D(2024, 2, 13), D(2024, 3, 12)])
        self.assertEqual(occurrences("1st Monday", D(2024, 4, 2), 2), [D(2024, 5, 6), D(2024, 6, 3)])
        self.assertEqual(occurrences("1st sunday", D(2024, 9, 1), 1), [D(2024, 9, 1)])

    def test_fifth_weekday_skips_months(self):
        self.assertEqual(occurrences("5th friday", D(2024, 1, 1), 4), [D(2024, 3, 29), D(2024, 5, 31), D(2024, 8, 30), D(2024, 11, 29)])

    def test_last_weekday(self):
        self.assertEqual(occurrences("LAST sunday", D(2024, 3, 1), 2), [D(2024, 3, 31), D(2024, 4, 28)])

    def test_count(self):
        self.assertEqual(occurrences("day 1", D(2024, 1, 1), 0), [])
        self.assertEqual(len(occurrences("day 1", D(2024, 1, 1), 24)), 24)
        for bad in [-1, 1.0, True]:
            with self.assertRaises(ValueError, msg=repr(bad)):
                occurrences("day 1", D(2024, 1, 1), bad)

    def test_invalid_rules(self):
        for bad in ["day 0", "day 32", "day 05", "6th monday", "first monday", "day  5", " day 5", "last", "last days", "2nd funday", ""]:
            with self.assertRaises(ValueError, msg=bad):
                occurrences(bad, D(2024, 1, 1), 1)


if __name__ == "__main__":
    unittest.main()
