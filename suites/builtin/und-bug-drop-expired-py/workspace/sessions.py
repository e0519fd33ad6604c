"""Session bookkeeping. A session is a dict with at least an "expires" key
(an int timestamp)."""


def drop_expired(sessions, now):
    """Remove, in place, every session of the list `sessions` whose
    "expires" is <= now, keeping the others in their order. Returns the
    number of sessions removed."""
    removed = 0
    for i in range(len(sessions) - 1, -1, -1):
        if sessions[i]["expires"] <= now:
            del sessions[i]
            removed += 1
    return removed


def next_expiry(sessions):
    """The smallest "expires" value, or None for an empty list."""
    return min((s["expires"] for s in sessions), default=None)
