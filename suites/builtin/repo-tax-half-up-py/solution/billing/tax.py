"""Tax computation. Amounts are ints of cents; rates are percentages given as an
int, a str such as "7.7", or a Decimal."""
from decimal import Decimal, ROUND_HALF_UP


def line_tax(net_cents, rate_percent):
    """The tax of one invoice line, in whole cents (see README.md for rounding)."""
    exact = Decimal(net_cents) * Decimal(str(rate_percent)) / 100
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
