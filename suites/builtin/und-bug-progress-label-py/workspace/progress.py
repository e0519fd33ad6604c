"""Progress labels for the import job."""


def percent(done, total):
    """The share of `done` in `total` as an integer percentage, rounded to the
    nearest integer with halves rounded up.

    done and total are ints with 0 <= done <= total and total > 0.
    """
    return round(done * 100 / total)


def progress_label(done, total):
    """'done/total (P%)' where P is percent(done, total); '-' when total is 0."""
    if total == 0:
        return "-"
    return f"{done}/{total} ({percent(done, total)}%)"
