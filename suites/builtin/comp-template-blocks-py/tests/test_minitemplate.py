import os
import sys
import unittest

sys.path.insert(0, os.getcwd())
from minitemplate import TemplateSyntaxError, parse, render, tokenize  # noqa: E402


class ParseTest(unittest.TestCase):
    def test_tree_shape(self):
        tree = parse(tokenize("a{% for x in xs %}[{{ x }}]{% endfor %}{% if ok %}Y{% else %}N{% endif %}"))
        self.assertEqual(tree, [
            ("text", "a"),
            ("for", "x", "xs", [("text", "["), ("var", "x"), ("text", "]")]),
            ("if", "ok", [("text", "Y")], [("text", "N")]),
        ])

    def test_render_nested(self):
        src = "{% for u in users %}{% if u.admin %}*{% endif %}{{ u.name }};{% endfor %}"
        users = [{"name": "ada", "admin": True}, {"name": "bob", "admin": False}]
        self.assertEqual(render(src, {"users": users}), "*ada;bob;")
        self.assertEqual(render("{%  for  x  in  a.b  %}{{x}}{% endfor %}", {"a": {"b": [1, 2]}}), "12")
        self.assertEqual(parse(tokenize("{% if x %}{% endif %}")), [("if", "x", [], [])])

    def assertSyntax(self, source, message, line):
        with self.assertRaises(TemplateSyntaxError) as ctx:
            parse(tokenize(source))
        self.assertEqual((ctx.exception.message, ctx.exception.line), (message, line))

    def test_unknown_and_malformed(self):
        self.assertSyntax("{% include x %}", "unknown tag: include", 1)
        self.assertSyntax("x\n{% %}", "unknown tag: ", 2)
        self.assertSyntax("{% for x of xs %}{% endfor %}", "malformed for", 1)
        self.assertSyntax("{% for 1x in xs %}{% endfor %}", "malformed for", 1)
        self.assertSyntax("{% for x in %}{% endfor %}", "malformed for", 1)
        self.assertSyntax("{% if %}{% endif %}", "malformed if", 1)

    def test_unexpected_closers(self):
        self.assertSyntax("{% endfor %}", "unexpected endfor", 1)
        self.assertSyntax("{% for x in xs %}\n{% if x %}\n{% endfor %}", "unexpected endfor", 3)
        self.assertSyntax("{% for x in xs %}{% else %}{% endfor %}", "unexpected else", 1)
        self.assertSyntax("{% if a %}1{% else %}2\n{% else %}3{% endif %}", "unexpected else", 2)
        self.assertSyntax("{% if a %}{% endif now %}", "unexpected endif", 1)
        self.assertSyntax("{% else %}", "unexpected else", 1)

    def test_unclosed_reports_innermost_opener(self):
        self.assertSyntax("{% for x in xs %}\n\n{% if x %}", "unclosed if", 3)
        self.assertSyntax("{% if a %}{% else %}\n{% for x in xs %}{% endfor %}", "unclosed if", 1)

    def test_error_string(self):
        with self.assertRaises(TemplateSyntaxError) as ctx:
            render("{% bogus %}", {})
        self.assertEqual(str(ctx.exception), "line 1: unknown tag: bogus")


if __name__ == "__main__":
    unittest.main()
