"""Text histograms for latency measurements."""

import bisect


def validate_edges(edges) -> None:
    if len(edges) < 2 or any(b <= a for a, b in zip(edges, edges[1:])):
        raise ValueError("edges must be strictly increasing with at least two items")


def bucket_counts(values, edges):
    """Count values per bucket [edges[i], edges[i+1]); the last bucket is closed [edges[-2], edges[-1]].

    Returns (counts, outside), outside = number of values outside [edges[0], edges[-1]].
    """
    validate_edges(edges)
    counts = [0] * (len(edges) - 1)
    outside = 0
    for v in values:
        if v < edges[0] or v > edges[-1]:
            outside += 1
            continue
        i = bisect.bisect_right(edges, v) - 1
        counts[min(i, len(counts) - 1)] += 1
    return counts, outside


def render(values, edges, width: int = 40) -> str:
    """One line per bucket: '[lo, hi) ####… count', bars scaled to the largest count."""
    counts, outside = bucket_counts(values, edges)
    peak = max(counts) if counts and max(counts) > 0 else 1
    lines = []
    for i, c in enumerate(counts):
        close = "]" if i == len(counts) - 1 else ")"
        bar = "#" * round(c * width / peak)
        lines.append(f"[{edges[i]}, {edges[i + 1]}{close} {bar} {c}".rstrip())
    if outside:
        lines.append(f"outside: {outside}")
    return "\n".join(lines)
