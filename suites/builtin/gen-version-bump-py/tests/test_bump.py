import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from bump import bump  # noqa: E402


class BumpTest(unittest.TestCase):
    def test_release_bumps(self):
        self.assertEqual(bump("1.4.2", "major"), "2.0.0")
        self.assertEqual(bump("1.4.2", "minor"), "1.5.0")
        self.assertEqual(bump("1.4.2", "patch"), "1.4.3")
        self.assertEqual(bump("0.0.0", "patch"), "0.0.1")
        self.assertEqual(bump("9.9.9", "minor"), "9.10.0")

    def test_finishing_prereleases(self):
        self.assertEqual(bump("2.0.0-rc.1", "major"), "2.0.0")
        self.assertEqual(bump("1.5.0-rc.1", "minor"), "1.5.0")
        self.assertEqual(bump("1.4.3-rc.1", "patch"), "1.4.3")

    def test_prerelease_not_on_boundary(self):
        self.assertEqual(bump("2.1.0-rc.1", "major"), "3.0.0")
        self.assertEqual(bump("1.5.1-beta.0", "minor"), "1.6.0")
        self.assertEqual(bump("1.0.0-rc.0", "minor"), "1.0.0")

    def test_pre(self):
        self.assertEqual(bump("1.4.2", "pre"), "1.4.3-rc.0")
        self.assertEqual(bump("1.4.3-rc.0", "pre"), "1.4.3-rc.1")
        self.assertEqual(bump("1.4.3-rc.9", "pre"), "1.4.3-rc.10")
        self.assertEqual(bump("1.4.3-alpha.3", "pre", pre_id="beta"), "1.4.3-beta.0")
        self.assertEqual(bump("1.4.2", "pre", pre_id="alpha"), "1.4.3-alpha.0")

    def test_invalid_versions(self):
        for bad in ["1.2", "v1.2.3", "01.2.3", "1.2.3-rc", "1.2.3-rc.01", "1.2.3+build", "1.2.3-r1.0", " 1.2.3", "1.2.-3"]:
            with self.assertRaises(ValueError, msg=bad):
                bump(bad, "patch")

    def test_invalid_part_and_pre_id(self):
        with self.assertRaises(ValueError):
            bump("1.2.3", "micro")
        with self.assertRaises(ValueError):
            bump("1.2.3", "pre", pre_id="rc1")
        with self.assertRaises(ValueError):
            bump("1.2.3", "pre", pre_id="")


if __name__ == "__main__":
    unittest.main()
