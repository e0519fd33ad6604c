"""Invoice totals."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")


def _dec(text, what: str) -> Decimal:
    if not isinstance(text, str):
        raise ValueError(f"{what} must be a decimal string")
    try:
        value = Decimal(text)
    except InvalidOperation as err:
        raise ValueError(f"invalid {what}: {text!r}") from err
    if not value.is_finite():
        raise ValueError(f"invalid {what}: {text!r}")
    return value


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def invoice_totals(lines, tax_rates, discount_percent="0"):
    rates = {cat: _dec(rate, f"rate for {cat}") for cat, rate in tax_rates.items()}
    pct = _dec(discount_percent, "discount_percent")
    if not Decimal(0) <= pct <= Decimal(100):
        raise ValueError("discount_percent must be between 0 and 100")
    subtotal = Decimal(0)
    discount_total = Decimal(0)
    taxable_by_cat: dict[str, Decimal] = {}
    tax_by_cat: dict[str, Decimal] = {}
    for line in lines:
        qty = line.get("qty")
        if not isinstance(qty, int) or isinstance(qty, bool) or qty < 1:
            raise ValueError(f"invalid qty: {qty!r}")
        price = _dec(line.get("unit_price"), "unit_price")
        if price < 0 or price.as_tuple().exponent < -2:
            raise ValueError(f"invalid unit_price: {line.get('unit_price')!r}")
        cat = line.get("tax")
        if cat not in rates:
            raise ValueError(f"unknown tax category: {cat!r}")
        net = qty * price
        discount = _cents(net * pct / 100)
        subtotal += net
        discount_total += discount
        taxable_by_cat[cat] = taxable_by_cat.get(cat, Decimal(0)) + (net - discount)
    for cat, amount in taxable_by_cat.items():
        tax_by_cat[cat] = _cents(amount * rates[cat])
    tax_total = sum(tax_by_cat.values(), Decimal(0))
    total = subtotal - discount_total + tax_total
    fmt = lambda d: str(_cents(d))  # noqa: E731
    return {
        "subtotal": fmt(subtotal),
        "discount": fmt(discount_total),
        "tax": {cat: fmt(tax_by_cat[cat]) for cat in sorted(tax_by_cat)},
        "total": fmt(total),
    }
