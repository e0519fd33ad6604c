import re

from .errors import CalcError

_TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|(\*\*|[-+*/%()]))")


def tokenize(text):
    """Numbers become int/float, operators and parentheses stay strings."""
    tokens = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise CalcError(f"unexpected character at {pos}: {text[pos:pos + 1]!r}")
        number, op = m.groups()
        if number is not None:
            tokens.append(float(number) if "." in number else int(number))
        else:
            tokens.append(op)
        pos = m.end()
    return tokens
