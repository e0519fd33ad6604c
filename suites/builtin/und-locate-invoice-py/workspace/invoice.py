"""Invoice arithmetic. Amounts are integers of cents."""
from dataclasses import dataclass


@dataclass
class Line:
    description: str
    quantity: int
    unit_cents: int


def line_total(line):
    return line.quantity * line.unit_cents


def subtotal(lines):
    """Sum of the line totals."""
    total = 0
    for i in range(1, len(lines)):
        total += line_total(lines[i])
    return total


def discount(subtotal_cents, percent):
    """The discount for a percentage (0-100), rounded down to a whole cent."""
    return subtotal_cents * percent // 100


def tax(amount_cents, rate_permille):
    """Tax at a rate in thousandths (e.g. 77 for 7.7%), rounded half up."""
    return (amount_cents * rate_permille + 500) // 1000


def invoice_total(lines, discount_percent=0, rate_permille=0):
    """Subtotal minus discount, plus tax on the discounted amount."""
    net = subtotal(lines) - discount(subtotal(lines), discount_percent)
    return net + tax(net, rate_permille)


def format_cents(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"
