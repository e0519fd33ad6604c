import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from mask import mask_email, mask_value  # noqa: E402


class MaskValueTest(unittest.TestCase):
    def test_card_number(self):
        self.assertEqual(mask_value("4111111111111111"), "************1111")

    def test_short_values_fully_masked(self):
        self.assertEqual(mask_value("abcdefgh"), "********")
        self.assertEqual(mask_value("abcdefghi"), "*****fghi")
        self.assertEqual(mask_value("ab"), "**")
        self.assertEqual(mask_value(""), "")

    def test_visible_and_mask_char(self):
        self.assertEqual(mask_value("secret-token", visible=2, mask_char="#"), "##########en")
        self.assertEqual(mask_value("secret", visible=0), "******")
        self.assertEqual(mask_value("x", visible=0), "*")

    def test_validation(self):
        for kwargs in [{"visible": -1}, {"visible": 1.5}, {"visible": True}, {"mask_char": ""}, {"mask_char": "**"}]:
            with self.assertRaises(ValueError, msg=str(kwargs)):
                mask_value("abcdefghijkl", **kwargs)


class MaskEmailTest(unittest.TestCase):
    def test_masking(self):
        self.assertEqual(mask_email("jonathan@example.com"), "j******n@example.com")
        self.assertEqual(mask_email("abc@x.io"), "a*c@x.io")
        self.assertEqual(mask_email("al@x.io"), "**@x.io")
        self.assertEqual(mask_email("a@x.io"), "*@x.io")

    def test_invalid(self):
        for bad in ["nobody", "@x.io", "a@", "a@b@c"]:
            with self.assertRaises(ValueError, msg=bad):
                mask_email(bad)


if __name__ == "__main__":
    unittest.main()
