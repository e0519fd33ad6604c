"""Splitting text into words."""
import re

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


def words(text):
    """The words of `text`, lower-cased, in order (see README.md)."""
    return _WORD.findall(text.lower().replace("\u2019", "'"))
