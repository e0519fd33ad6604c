from .errors import CalcError
from .parser import parse

_OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
}


def _eval(node):
    if isinstance(node, (int, float)):
        return node
    if node[0] == "neg":
        return -_eval(node[1])
    op, left, right = node
    try:
        return _OPS[op](_eval(left), _eval(right))
    except ZeroDivisionError:
        raise CalcError("division by zero") from None


def evaluate(text):
    """The value of an arithmetic expression (see README.md)."""
    return _eval(parse(text))
