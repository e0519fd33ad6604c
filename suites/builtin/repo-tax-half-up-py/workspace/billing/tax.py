"""Tax computation. Amounts are ints of cents; rates are percentages given as an
int, a str such as "7.7", or a Decimal."""


def line_tax(net_cents, rate_percent):
    """The tax of one invoice line, in whole cents (see README.md for rounding)."""
    return round(net_cents * float(rate_percent) / 100)
