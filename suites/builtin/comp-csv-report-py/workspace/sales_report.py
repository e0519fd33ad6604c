"""Summarise sales CSV data per category."""

import csv
import io
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation


@dataclass(frozen=True)
class Sale:
    category: str
    amount: Decimal


@dataclass(frozen=True)
class CategorySummary:
    category: str
    count: int
    total: Decimal
    average: Decimal


def read_rows(text: str) -> list[Sale]:
    """Parse CSV with a header containing `category` and `amount` columns."""
    reader = csv.DictReader(io.StringIO(text))
    sales = []
    for lineno, row in enumerate(reader, start=2):
        category = (row.get("category") or "").strip()
        if not category:
            raise ValueError(f"line {lineno}: missing category")
        try:
            amount = Decimal((row.get("amount") or "").strip())
        except InvalidOperation as err:
            raise ValueError(f"line {lineno}: invalid amount") from err
        sales.append(Sale(category, amount))
    return sales


def summarize(sales: list[Sale]) -> list[CategorySummary]:
    """Per-category count, total and average (2 places, half-up), sorted by total desc then name."""
    # TODO: implement as documented above.
    raise NotImplementedError


def format_report(summaries: list[CategorySummary]) -> str:
    lines = [f"{s.category}: {s.count} sales, total {s.total}, avg {s.average}" for s in summaries]
    return "\n".join(lines)
