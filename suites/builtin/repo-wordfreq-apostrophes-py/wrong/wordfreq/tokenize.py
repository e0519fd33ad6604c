"""Splitting text into words."""
import re

_WORD = re.compile(r"[a-z0-9'\u2019]+")


def words(text):
    """The words of `text`, lower-cased, in order (see README.md)."""
    return [w.replace("\u2019", "'") for w in _WORD.findall(text.lower())]
