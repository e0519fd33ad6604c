from .paginate import Page, paginate, page_count
from .links import page_window

__all__ = ["Page", "paginate", "page_count", "page_window"]
