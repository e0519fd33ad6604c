import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from cmdline import split_command  # noqa: E402


class SplitCommandTest(unittest.TestCase):
    def test_whitespace(self):
        self.assertEqual(split_command("ls  -la\t/tmp\n"), ["ls", "-la", "/tmp"])
        self.assertEqual(split_command("   "), [])
        self.assertEqual(split_command(""), [])

    def test_backslash_outside_quotes(self):
        self.assertEqual(split_command(r"a\ b c"), ["a b", "c"])
        self.assertEqual(split_command(r"it\'s \"x\" \\"), ["it's", '"x"', "\\"])
        self.assertEqual(split_command("one\\\ntwo"), ["onetwo"])

    def test_single_quotes(self):
        self.assertEqual(split_command("echo 'a  b' 'c\\d'"), ["echo", "a  b", "c\\d"])
        self.assertEqual(split_command("'#not comment'"), ["#not comment"])

    def test_double_quotes(self):
        self.assertEqual(split_command(r'"a\b" "q\"q" "\$HOME" "\\" "\`x\`"'), ["a\\b", 'q"q', "$HOME", "\\", "`x`"])
        self.assertEqual(split_command('"it\'s"'), ["it's"])
        self.assertEqual(split_command('"line\\\ncontinued"'), ["linecontinued"])
        self.assertEqual(split_command('"keep \\n newline-escape"'), ["keep \\n newline-escape"])

    def test_concatenation_and_empty_args(self):
        self.assertEqual(split_command("pre\"mid\"'post'"), ["premidpost"])
        self.assertEqual(split_command("a '' b \"\""), ["a", "", "b", ""])
        self.assertEqual(split_command("x=''"), ["x="])

    def test_comments(self):
        self.assertEqual(split_command("run # a comment"), ["run"])
        self.assertEqual(split_command("a#b c"), ["a#b", "c"])
        self.assertEqual(split_command("one # skip\ntwo"), ["one", "two"])
        self.assertEqual(split_command("\\#x '#y'"), ["#x", "#y"])
        self.assertEqual(split_command("#only"), [])

    def test_errors(self):
        for bad in ["'open", '"open', 'a "b\\"', "trailing\\", "'a' \"b"]:
            with self.assertRaises(ValueError, msg=bad):
                split_command(bad)


if __name__ == "__main__":
    unittest.main()
