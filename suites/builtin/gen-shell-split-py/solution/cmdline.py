"""Shell-like command line splitting."""

_SPACE = " \t\n"
_DQ_ESCAPABLE = '\\"$`'


def split_command(line: str) -> list[str]:
    words: list[str] = []
    word: list[str] = []
    in_word = False
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if c in _SPACE:
            if in_word:
                words.append("".join(word))
                word, in_word = [], False
            i += 1
        elif c == "#" and not in_word:
            while i < n and line[i] != "\n":
                i += 1
        elif c == "\\":
            if i + 1 >= n:
                raise ValueError("trailing backslash")
            if line[i + 1] != "\n":
                word.append(line[i + 1])
                in_word = True
            i += 2
        elif c == "'":
            end = line.find("'", i + 1)
            if end == -1:
                raise ValueError("unterminated single quote")
            word.append(line[i + 1:end])
            in_word = True
            i = end + 1
        elif c == '"':
            in_word = True
            i += 1
            while True:
                if i >= n:
                    raise ValueError("unterminated double quote")
                d = line[i]
                if d == '"':
                    i += 1
                    break
                if d == "\\" and i + 1 < n:
                    e = line[i + 1]
                    if e == "\n":
                        i += 2
                        continue
                    if e in _DQ_ESCAPABLE:
                        word.append(e)
                        i += 2
                        continue
                word.append(d)
                i += 1
        else:
            word.append(c)
            in_word = True
            i += 1
    if in_word:
        words.append("".join(word))
    return words
