import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from cidr import format_ipv4, parse_ipv4, range_to_cidrs  # noqa: E402


class ParseFormatTest(unittest.TestCase):
    def test_round_trip(self):
        self.assertEqual(parse_ipv4("10.0.0.1"), 167772161)
        self.assertEqual(parse_ipv4("0.0.0.0"), 0)
        self.assertEqual(parse_ipv4("255.255.255.255"), 2**32 - 1)
        self.assertEqual(format_ipv4(167772161), "10.0.0.1")
        self.assertEqual(format_ipv4(0), "0.0.0.0")

    def test_invalid_addresses(self):
        for bad in ["", "1.2.3", "1.2.3.4.5", "256.0.0.1", "01.2.3.4", "1.2.3.-4", " 1.2.3.4", "1.2.3.4 ", "1..3.4", "a.b.c.d", "1.2.3.٣"]:
            with self.assertRaises(ValueError, msg=bad):
                parse_ipv4(bad)
        for bad in [-1, 2**32, 1.0]:
            with self.assertRaises(ValueError, msg=repr(bad)):
                format_ipv4(bad)


class RangeTest(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(range_to_cidrs("10.0.0.0", "10.0.0.255"), ["10.0.0.0/24"])
        self.assertEqual(range_to_cidrs("10.0.0.1", "10.0.0.4"), ["10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/32"])
        self.assertEqual(range_to_cidrs("0.0.0.0", "255.255.255.255"), ["0.0.0.0/0"])

    def test_single_address(self):
        self.assertEqual(range_to_cidrs("192.168.1.7", "192.168.1.7"), ["192.168.1.7/32"])
        self.assertEqual(range_to_cidrs("0.0.0.0", "0.0.0.0"), ["0.0.0.0/32"])

    def test_alignment(self):
        self.assertEqual(
            range_to_cidrs("192.168.0.10", "192.168.1.20"),
            ["192.168.0.10/31", "192.168.0.12/30", "192.168.0.16/28", "192.168.0.32/27", "192.168.0.64/26",
             "192.168.0.128/25", "192.168.1.0/28", "192.168.1.16/30", "192.168.1.20/32"],
        )
        self.assertEqual(range_to_cidrs("10.0.0.0", "10.0.2.255"), ["10.0.0.0/23", "10.0.2.0/24"])
        self.assertEqual(range_to_cidrs("255.255.255.254", "255.255.255.255"), ["255.255.255.254/31"])

    def test_large_ranges(self):
        self.assertEqual(range_to_cidrs("0.0.0.1", "255.255.255.255")[-1], "128.0.0.0/1")
        self.assertEqual(len(range_to_cidrs("0.0.0.1", "255.255.255.255")), 32)
        self.assertEqual(range_to_cidrs("0.0.0.0", "127.255.255.255"), ["0.0.0.0/1"])

    def test_reversed(self):
        with self.assertRaises(ValueError):
            range_to_cidrs("10.0.0.2", "10.0.0.1")


if __name__ == "__main__":
    unittest.main()
