from .tax import line_tax
from .invoice import invoice_totals

__all__ = ["line_tax", "invoice_totals"]
