"""A small template engine: {{ expr }}, {% for %}, {% if %}/{% else %}."""

import re


class TemplateSyntaxError(Exception):
    def __init__(self, message: str, line: int):
        super().__init__(f"line {line}: {message}")
        self.message = message
        self.line = line


_TOKEN = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}", re.S)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def tokenize(source: str):
    tokens = []
    pos = 0
    line = 1
    for m in _TOKEN.finditer(source):
        if m.start() > pos:
            text = source[pos:m.start()]
            tokens.append(("text", text, line))
            line += text.count("\n")
        if m.group(1) is not None:
            tokens.append(("var", m.group(1).strip(), line))
        else:
            tokens.append(("tag", m.group(2).strip(), line))
        line += m.group(0).count("\n")
        pos = m.end()
    if pos < len(source):
        tokens.append(("text", source[pos:], line))
    return tokens


def parse(tokens):
    """Build the node tree (see instruction.md); raises TemplateSyntaxError."""
    root: list = []
    # stack entries: [kind, line, node, current_list, seen_else]
    stack: list = []
    current = root
    for kind, value, line in tokens:
        if kind == "text":
            current.append(("text", value))
            continue
        if kind == "var":
            current.append(("var", value))
            continue
        words = value.split()
        head = words[0] if words else ""
        top = stack[-1] if stack else None
        if head == "for":
            if len(words) < 4 or not _NAME.fullmatch(words[1]) or words[2] != "in":
                raise TemplateSyntaxError("malformed for", line)
            expr = value.split(None, 3)[3].strip()
            node = ("for", words[1], expr, [])
            current.append(node)
            stack.append(["for", line, node, current, False])
            current = node[3]
        elif head == "if":
            if len(words) < 2:
                raise TemplateSyntaxError("malformed if", line)
            node = ("if", value.split(None, 1)[1].strip(), [], [])
            current.append(node)
            stack.append(["if", line, node, current, False])
            current = node[2]
        elif head == "else":
            if len(words) != 1 or top is None or top[0] != "if":
                raise TemplateSyntaxError("unexpected else", line)
            top[4] = True
            current = top[2][3]
        elif head in ("endfor", "endif"):
            if len(words) != 1 or top is None or top[0] != head[3:]:
                raise TemplateSyntaxError(f"unexpected {head}", line)
            stack.pop()
            current = top[3]
        else:
            raise TemplateSyntaxError(f"unknown tag: {head}", line)
    if stack:
        kind, line = stack[-1][0], stack[-1][1]
        raise TemplateSyntaxError(f"unclosed {kind}", line)
    return root


def _lookup(expr: str, ctx: dict):
    value = ctx
    for part in expr.split("."):
        if isinstance(value, dict):
            value = value.get(part)
        else:
            value = getattr(value, part, None)
    return value


def render_nodes(nodes, ctx: dict) -> str:
    out = []
    for node in nodes:
        if node[0] == "text":
            out.append(node[1])
        elif node[0] == "var":
            value = _lookup(node[1], ctx)
            out.append("" if value is None else str(value))
        elif node[0] == "for":
            for item in _lookup(node[2], ctx) or []:
                out.append(render_nodes(node[3], {**ctx, node[1]: item}))
        elif node[0] == "if":
            out.append(render_nodes(node[2] if _lookup(node[1], ctx) else node[3], ctx))
    return "".join(out)


def render(source: str, ctx: dict) -> str:
    return render_nodes(parse(tokenize(source)), ctx)
