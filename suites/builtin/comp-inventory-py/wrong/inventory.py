"""Warehouse stock with reservations."""


class InsufficientStock(Exception):
    def __init__(self, sku: str, requested: int, available: int):
        super().__init__(f"{sku}: requested {requested}, available {available}")
        self.sku = sku
        self.requested = requested
        self.available = available


def _check_qty(qty) -> None:
    if not isinstance(qty, int) or isinstance(qty, bool) or qty < 1:
        raise ValueError(f"quantity must be a positive int, got {qty!r}")


class Inventory:
    """Invariant for every known SKU: 0 <= reserved <= on_hand, and on_hand > 0 or reserved > 0."""

    def __init__(self):
        self._on_hand: dict[str, int] = {}
        self._reserved: dict[str, int] = {}

    def __contains__(self, sku: str) -> bool:
        return sku in self._on_hand

    def on_hand(self, sku: str) -> int:
        return self._on_hand.get(sku, 0)

    def available(self, sku: str) -> int:
        return self._on_hand.get(sku, 0) - self._reserved.get(sku, 0)

    def add(self, sku: str, qty: int) -> int:
        _check_qty(qty)
        self._on_hand[sku] = self._on_hand.get(sku, 0) + qty
        self._reserved.setdefault(sku, 0)
        return self._on_hand[sku]

    def reserve(self, sku: str, qty: int) -> None:
        _check_qty(qty)
        if sku not in self._on_hand:
            raise KeyError(sku)
        if qty > self.available(sku):
            raise InsufficientStock(sku, qty, self.available(sku))
        self._reserved[sku] += qty

    def release(self, sku: str, qty: int) -> None:
        _check_qty(qty)
        if qty > self._reserved.get(sku, 0):
            raise ValueError(f"{sku}: cannot release more than reserved")
        self._reserved[sku] -= qty

    def remove(self, sku: str, qty: int) -> int:
        """Remove qty units of available (unreserved) stock; returns the new on-hand count.

        Unknown sku → KeyError; not enough available → InsufficientStock (nothing changes);
        a SKU with nothing on hand and nothing reserved is forgotten.
        """
        _check_qty(qty)
        if sku not in self._on_hand:
            raise KeyError(sku)
        available = self._on_hand[sku]
        if qty > available:
            raise InsufficientStock(sku, requested=qty, available=available)
        self._on_hand[sku] -= qty
        remaining = self._on_hand[sku]
        if remaining == 0 and self._reserved.get(sku, 0) == 0:
            del self._on_hand[sku]
            self._reserved.pop(sku, None)
        return remaining
