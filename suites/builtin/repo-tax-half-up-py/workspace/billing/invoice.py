from .tax import line_tax


def invoice_totals(lines):
    """Net, tax and gross totals of an invoice (see README.md)."""
    net = sum(n for n, _ in lines)
    tax = sum(line_tax(n, rate) for n, rate in lines)
    return {"net": net, "tax": tax, "gross": net + tax}
