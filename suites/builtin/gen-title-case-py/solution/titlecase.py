"""Headline-style title case."""

import re

SMALL = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "vs"}


def _cap(word: str) -> str:
    for i, ch in enumerate(word):
        if ch.isalpha():
            return word[:i] + ch.upper() + word[i + 1:]
    return word


def _cap_hyphenated(word: str) -> str:
    return "-".join(_cap(part) for part in word.split("-"))


def title_case(text: str) -> str:
    parts = re.split(r"( +)", text)
    word_positions = [i for i, p in enumerate(parts) if p and not p.startswith(" ")]
    out = list(parts)
    for n, i in enumerate(word_positions):
        word = parts[i]
        first = n == 0
        last = n == len(word_positions) - 1
        after_colon = n > 0 and parts[word_positions[n - 1]].endswith(":")
        if word.lower() in SMALL and not (first or last or after_colon):
            out[i] = word.lower()
        else:
            out[i] = _cap_hyphenated(word)
    return "".join(out)
