"""Tax computation. Amounts are ints of cents; rates are percentages given as an
int, a str such as "7.7", or a Decimal."""
import math
from decimal import Decimal


def line_tax(net_cents, rate_percent):
    """The tax of one invoice line, in whole cents (see README.md for rounding)."""
    exact = Decimal(net_cents) * Decimal(str(rate_percent)) / 100
    return math.floor(exact + Decimal("0.5"))
