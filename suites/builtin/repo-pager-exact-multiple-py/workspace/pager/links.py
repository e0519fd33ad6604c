"""Page links for the pager widget."""
from .paginate import page_count


def page_window(current, total, per_page, width=5):
    """The page numbers to show as links: at most `width` consecutive pages,
    centred on `current` where possible, always within 1..page_count."""
    pages = page_count(total, per_page)
    width = min(width, pages)
    start = max(1, min(current - width // 2, pages - width + 1))
    return list(range(start, start + width))
