"""Parsing tokens into a tree: numbers, ("neg", x) and (op, left, right)."""
from .errors import CalcError
from .tokenizer import tokenize

# operator -> (precedence, associativity)
BINARY = {
    "+": (1, "left"),
    "-": (1, "left"),
    "*": (2, "left"),
    "/": (2, "left"),
    "%": (2, "left"),
    "**": (4, "right"),
}

UNARY_PREC = 3


class _Tokens:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def next(self):
        tok = self.peek()
        if tok is None:
            raise CalcError("unexpected end of expression")
        self.pos += 1
        return tok


def parse(text):
    tokens = _Tokens(tokenize(text))
    tree = _expression(tokens, 1)
    if tokens.peek() is not None:
        raise CalcError(f"unexpected {tokens.peek()!r}")
    return tree


def _expression(tokens, min_prec):
    left = _unary(tokens)
    while True:
        op = tokens.peek()
        if op not in BINARY:
            return left
        prec, assoc = BINARY[op]
        if prec < min_prec:
            return left
        tokens.next()
        right = _expression(tokens, prec + 1 if assoc == "left" else prec)
        left = (op, left, right)


def _unary(tokens):
    if tokens.peek() in ("-", "+"):
        op = tokens.next()
        # Like Python, unary minus binds less tightly than ** on its right:
        # -2 ** 2 == -(2 ** 2), but more tightly than * and / (UNARY_PREC is between them).
        operand = _expression(tokens, UNARY_PREC)
        return ("neg", operand) if op == "-" else operand
    return _primary(tokens)


def _primary(tokens):
    tok = tokens.next()
    if tok == "(":
        inner = _expression(tokens, 1)
        if tokens.next() != ")":
            raise CalcError("expected )")
        return inner
    if isinstance(tok, (int, float)):
        return tok
    raise CalcError(f"unexpected {tok!r}")
