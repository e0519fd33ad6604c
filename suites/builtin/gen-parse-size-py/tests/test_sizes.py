import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from sizes import parse_size  # noqa: E402


class ParseSizeTest(unittest.TestCase):
    def test_plain_bytes(self):
        self.assertEqual(parse_size("0"), 0)
        self.assertEqual(parse_size("512"), 512)
        self.assertEqual(parse_size("512B"), 512)
        self.assertEqual(parse_size("  42 b "), 42)

    def test_decimal_and_binary_units(self):
        self.assertEqual(parse_size("1.5 KB"), 1500)
        self.assertEqual(parse_size("1.5 KiB"), 1536)
        self.assertEqual(parse_size("2MB"), 2_000_000)
        self.assertEqual(parse_size("2 mib"), 2 * 1024**2)
        self.assertEqual(parse_size("1 TB"), 10**12)
        self.assertEqual(parse_size("3 TiB"), 3 * 1024**4)

    def test_bare_letters_are_binary(self):
        self.assertEqual(parse_size("4K"), 4096)
        self.assertEqual(parse_size("1 g"), 1024**3)
        self.assertEqual(parse_size("0.5M"), 512 * 1024)

    def test_exact_arithmetic(self):
        self.assertEqual(parse_size("0.001 KB"), 1)
        self.assertEqual(parse_size("1.1 GB"), 1_100_000_000)
        self.assertEqual(parse_size("4.3 TB"), 4_300_000_000_000)
        self.assertEqual(parse_size("123456789.123456789 GB"), 123456789123456789)

    def test_not_whole_bytes(self):
        for bad in ["1.5", "1.5 B", "0.1 KiB", "0.0001 KB"]:
            with self.assertRaises(ValueError, msg=bad):
                parse_size(bad)

    def test_invalid(self):
        for bad in ["", "KB", "-1 KB", ".5 KB", "5. KB", "1e3", "1,000", "10 XB", "10 KBB", "1 0"]:
            with self.assertRaises(ValueError, msg=bad):
                parse_size(bad)


if __name__ == "__main__":
    unittest.main()
