"""Page slicing."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    items: list
    number: int
    per_page: int
    total: int
    pages: int

    @property
    def has_prev(self):
        return self.number > 1

    @property
    def has_next(self):
        return self.number < self.pages


def page_count(total, per_page):
    """Number of pages needed for `total` items (see README.md)."""
    return total // per_page + 1


def paginate(items, number, per_page):
    """Page `number` (1-based) of `items` (a list)."""
    if per_page < 1:
        raise ValueError("per_page must be >= 1")
    pages = page_count(len(items), per_page)
    if not 1 <= number <= pages:
        raise ValueError(f"page {number} out of range 1..{pages}")
    start = (number - 1) * per_page
    return Page(items[start:start + per_page], number, per_page, len(items), pages)
