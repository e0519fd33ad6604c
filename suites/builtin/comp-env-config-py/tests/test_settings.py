import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from settings import Field, SettingsError, load_settings  # noqa: E402


def conv(ftype, raw, **kw):
    return load_settings([Field("X", ftype, **kw)], {"X": raw})["X"]


class ConvertTest(unittest.TestCase):
    def test_str(self):
        self.assertEqual(conv(str, "  keep  "), "  keep  ")

    def test_int(self):
        self.assertEqual(conv(int, "42"), 42)
        self.assertEqual(conv(int, " -7 "), -7)
        self.assertEqual(conv(int, "+3"), 3)
        for bad in ["4.0", "1e3", "0x10", "", "1_000", "١٢"]:
            with self.assertRaises(SettingsError, msg=bad):
                conv(int, bad)

    def test_float(self):
        self.assertEqual(conv(float, " 2.5 "), 2.5)
        self.assertEqual(conv(float, "1e3"), 1000.0)
        for bad in ["nan", "NaN", "inf", "-Infinity", "abc", ""]:
            with self.assertRaises(SettingsError, msg=bad):
                conv(float, bad)

    def test_bool(self):
        self.assertIs(conv(bool, " YES "), True)
        self.assertIs(conv(bool, "off"), False)
        with self.assertRaises(SettingsError):
            conv(bool, "maybe")

    def test_list(self):
        self.assertEqual(conv(list, "a, b,,c "), ["a", "b", "c"])
        self.assertEqual(conv(list, ""), [])

    def test_choices(self):
        self.assertEqual(conv(str, "debug", choices=("debug", "info")), "debug")
        with self.assertRaises(SettingsError):
            conv(str, "DEBUG", choices=("debug", "info"))
        self.assertEqual(conv(list, "a,b", choices=("a", "b", "c")), ["a", "b"])
        with self.assertRaises(SettingsError):
            conv(list, "a,z", choices=("a", "b"))
        with self.assertRaises(SettingsError):
            conv(int, "5", choices=(1, 2, 3))

    def test_error_message(self):
        with self.assertRaises(SettingsError) as ctx:
            load_settings([Field("PORT", int)], {"PORT": "eighty"})
        self.assertEqual(str(ctx.exception), "PORT: invalid value 'eighty'")

    def test_defaults_and_required(self):
        fields = [Field("A", int, default=1), Field("B", str, required=True)]
        self.assertEqual(load_settings(fields, {"B": "x"}), {"A": 1, "B": "x"})
        with self.assertRaises(SettingsError):
            load_settings(fields, {})


if __name__ == "__main__":
    unittest.main()
