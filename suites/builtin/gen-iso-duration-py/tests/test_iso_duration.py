import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from iso_duration import format_duration, parse_duration  # noqa: E402


class ParseTest(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(parse_duration("P1DT2H30M"), 95400)
        self.assertEqual(parse_duration("PT0S"), 0)
        self.assertEqual(parse_duration("P2W"), 1209600)
        self.assertEqual(parse_duration("P1W1DT1H1M1S"), 604800 + 86400 + 3661)

    def test_overflowing_components(self):
        self.assertEqual(parse_duration("PT90M"), 5400)
        self.assertEqual(parse_duration("PT100000S"), 100000)
        self.assertEqual(parse_duration("P400D"), 400 * 86400)

    def test_invalid(self):
        for bad in ["", "P", "PT", "P1DT", "1D", "p1d", "P1Y", "P1M", "PT1.5H", "PT-1S", "P1D2W", "PT1S1M",
                    "P1DT1H1H", " PT1S", "PT1S ", "PT1HT2M", "P1H"]:
            with self.assertRaises(ValueError, msg=bad):
                parse_duration(bad)

    def test_time_designator_needs_component(self):
        with self.assertRaises(ValueError):
            parse_duration("PTS")
        self.assertEqual(parse_duration("PT1M"), 60)


class FormatTest(unittest.TestCase):
    def test_canonical(self):
        self.assertEqual(format_duration(95400), "P1DT2H30M")
        self.assertEqual(format_duration(86400), "P1D")
        self.assertEqual(format_duration(61), "PT1M1S")
        self.assertEqual(format_duration(0), "PT0S")
        self.assertEqual(format_duration(3600 * 24 * 15 + 5), "P15DT5S")
        self.assertEqual(format_duration(7200), "PT2H")

    def test_invalid(self):
        for bad in [-1, 1.5, True, "60"]:
            with self.assertRaises(ValueError, msg=repr(bad)):
                format_duration(bad)

    def test_round_trip(self):
        for s in [0, 1, 59, 60, 3599, 3600, 86399, 86400, 90061, 10**7]:
            self.assertEqual(parse_duration(format_duration(s)), s)


if __name__ == "__main__":
    unittest.main()
