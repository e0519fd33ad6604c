from collections import Counter

from .tokenize import words


def top_words(text, n):
    """The n most frequent words with their counts (see README.md)."""
    counts = Counter(words(text))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]
