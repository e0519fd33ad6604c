"""Run-length encoding."""


def encode(text: str) -> str:
    if any(c in "0123456789" for c in text):
        raise ValueError("text must not contain digits")
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        out.append(f"{text[i]}{j - i}")
        i = j
    return "".join(out)


def decode(data: str) -> str:
    out = []
    i = 0
    while i < len(data):
        char = data[i]
        if char in "0123456789":
            raise ValueError(f"expected a character at {i}")
        j = i + 1
        if j < len(data) and data[j] in "0123456789":
            j += 1
        count = data[i + 1:j]
        if count == "" or count[0] == "0":
            raise ValueError(f"invalid count after {char!r} at {i}")
        out.append(char * int(count))
        i = j
    return "".join(out)
