// Complete `apply` in a stock ledger class. The wrong solution lets a removal drive the stock below 0.

const py = (s) => JSON.stringify(s);

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const cls = h.caseWords([noun, 'ledger'], 'pascal');
  const mod = `${noun}_ledger`;
  const [addK, removeK, setK] = h.sample(h.words.verbs, 3);
  const K = h.pick(['kind', 'type', 'op', 'action']);
  const I = h.pick(['sku', 'item', 'code', 'part']);
  const Q = h.pick(['qty', 'count', 'units', 'amount']);
  const clauses = h.shuffle([
    `"${addK}": adds ${Q} (an int > 0) to the item's quantity.`,
    `"${removeK}": subtracts ${Q} (an int > 0); raises ValueError when the item has fewer than ${Q} in stock.`,
    `"${setK}": sets the item's quantity to ${Q} (an int >= 0), e.g. after a stock count.`,
  ]);
  const head = `"""Stock ledger of the ${noun} store: quantities per item and a history of changes."""

import copy

ADD = ${py(addK)}
REMOVE = ${py(removeK)}
SET = ${py(setK)}


class ${cls}:
    """Quantities per item and the history of applied events."""

    def __init__(self):
        self._stock = {}
        self._history = []

    def quantity(self, item):
        """Current quantity of \`item\` (0 for an item never seen)."""
        return self._stock.get(item, 0)

    def total(self):
        """Sum of all quantities."""
        return sum(self._stock.values())

    def history(self):
        """Applied events as (kind, item, delta) tuples, oldest first (a copy)."""
        return list(self._history)

    def _record(self, kind, item, delta):
        self._history.append((kind, item, delta))

    def apply(self, event):
        """Applies one event: a dict with the keys "${K}", "${I}" and "${Q}". Returns the item's new quantity.

${clauses.map((c) => `        - ${c}`).join('\n')}

        Each applied event is recorded with self._record(kind, item, delta), where delta is the
        signed change of the item's quantity (0 when a "${setK}" changes nothing). An unknown kind,
        a missing key, or a ${Q} that is not an int (bools are not ints here) or is out of range
        raises ValueError. An event that raises changes nothing: neither the stock nor the history.
        """
`;
  const tail = `
    def apply_all(self, events):
        """Applies events in order, all or nothing: if one raises, the ledger is restored and the error re-raised."""
        saved = (copy.deepcopy(self._stock), list(self._history))
        try:
            for event in events:
                self.apply(event)
        except Exception:
            self._stock, self._history = saved
            raise
        return self.total()
`;
  const body = (check) => `        if not isinstance(event, dict) or any(key not in event for key in (${py(K)}, ${py(I)}, ${py(Q)})):
            raise ValueError("event needs ${K}, ${I} and ${Q}")
        kind, item, qty = event[${py(K)}], event[${py(I)}], event[${py(Q)}]
        if not isinstance(qty, int) or isinstance(qty, bool):
            raise ValueError("${Q} must be an int")
        current = self._stock.get(item, 0)
        if kind == ADD:
            if qty <= 0:
                raise ValueError("${Q} must be > 0")
            new = current + qty
        elif kind == REMOVE:
            if qty <= 0:
                raise ValueError("${Q} must be > 0")
${check ? `            if qty > current:
                raise ValueError("not enough in stock")
` : ''}            new = current - qty
        elif kind == SET:
            if qty < 0:
                raise ValueError("${Q} must be >= 0")
            new = qty
        else:
            raise ValueError(f"unknown ${K} {kind!r}")
        self._stock[item] = new
        self._record(kind, item, new - current)
        return new
`;
  const ev = (k, i, q) => `{${py(K)}: ${py(k)}, ${py(I)}: ${py(i)}, ${py(Q)}: ${q}}`;
  const [a, b] = h.sample(h.words.nouns, 2).map((w) => `${w}-${h.int(10, 99)}`);
  const n1 = h.int(5, 20);
  const n2 = h.int(1, n1 - 1);
  const n3 = h.int(2, 9);
  const tests = `import unittest

from ${mod} import ${cls}


def ev(kind, item, qty):
    return {${py(K)}: kind, ${py(I)}: item, ${py(Q)}: qty}


class TestLedger(unittest.TestCase):
    def test_add_remove_set(self):
        ledger = ${cls}()
        self.assertEqual(ledger.apply(${ev(addK, a, n1)}), ${n1})
        self.assertEqual(ledger.apply(${ev(removeK, a, n2)}), ${n1 - n2})
        self.assertEqual(ledger.apply(${ev(setK, b, n3)}), ${n3})
        self.assertEqual(ledger.apply(${ev(setK, a, n1 - n2)}), ${n1 - n2})
        self.assertEqual(ledger.apply(${ev(setK, a, 0)}), 0)
        self.assertEqual(ledger.quantity(${py(a)}), 0)
        self.assertEqual(ledger.quantity(${py(b)}), ${n3})
        self.assertEqual(
            ledger.history(),
            [(${py(addK)}, ${py(a)}, ${n1}), (${py(removeK)}, ${py(a)}, ${-n2}), (${py(setK)}, ${py(b)}, ${n3}), (${py(setK)}, ${py(a)}, 0), (${py(setK)}, ${py(a)}, ${-(n1 - n2)})],
        )

    def test_cannot_remove_more_than_in_stock(self):
        ledger = ${cls}()
        ledger.apply(ev(${py(addK)}, ${py(a)}, ${n3}))
        with self.assertRaises(ValueError):
            ledger.apply(ev(${py(removeK)}, ${py(a)}, ${n3 + 1}))
        with self.assertRaises(ValueError):
            ledger.apply(ev(${py(removeK)}, ${py(b)}, 1))
        self.assertEqual(ledger.quantity(${py(a)}), ${n3})
        self.assertEqual(ledger.quantity(${py(b)}), 0)
        self.assertEqual(len(ledger.history()), 1)
        self.assertEqual(ledger.apply(ev(${py(removeK)}, ${py(a)}, ${n3})), 0)

    def test_invalid_events_change_nothing(self):
        ledger = ${cls}()
        ledger.apply(ev(${py(addK)}, ${py(a)}, 3))
        bad = [
            ev(${py(addK)}, ${py(a)}, 0),
            ev(${py(addK)}, ${py(a)}, -2),
            ev(${py(removeK)}, ${py(a)}, 0),
            ev(${py(setK)}, ${py(a)}, -1),
            ev(${py(addK)}, ${py(a)}, 2.0),
            ev(${py(addK)}, ${py(a)}, True),
            ev(${py(addK)}, ${py(a)}, "2"),
            ev("${h.pick(h.words.verbs.filter((v) => ![addK, removeK, setK].includes(v)))}", ${py(a)}, 1),
            {${py(K)}: ${py(addK)}, ${py(I)}: ${py(a)}},
            {${py(I)}: ${py(a)}, ${py(Q)}: 1},
        ]
        for event in bad:
            with self.subTest(event=event):
                with self.assertRaises(ValueError):
                    ledger.apply(event)
        self.assertEqual(ledger.quantity(${py(a)}), 3)
        self.assertEqual(ledger.history(), [(${py(addK)}, ${py(a)}, 3)])

    def test_apply_all_is_all_or_nothing(self):
        ledger = ${cls}()
        self.assertEqual(ledger.apply_all([ev(${py(addK)}, ${py(a)}, 4), ev(${py(addK)}, ${py(b)}, 5)]), 9)
        with self.assertRaises(ValueError):
            ledger.apply_all([ev(${py(removeK)}, ${py(a)}, 4), ev(${py(removeK)}, ${py(b)}, 6)])
        self.assertEqual((ledger.quantity(${py(a)}), ledger.quantity(${py(b)})), (4, 5))
        self.assertEqual(len(ledger.history()), 2)


if __name__ == "__main__":
    unittest.main()
`;
  const file = (inner) => head + inner + tail;
  return {
    instruction: `# Finish the ${noun} stock ledger

\`${mod}.py\` holds the class \`${cls}\`; its method \`apply\` is not written yet. Implement \`apply\` as
its docstring specifies, without changing the rest of the file (the other methods rely on it).
`,
    workspace: { [`${mod}.py`]: file('        # TODO: implement as documented above\n        raise NotImplementedError\n') },
    tests: { 'test_ledger.py': tests },
    solution: { [`${mod}.py`]: file(body(true)) },
    wrong: { [`${mod}.py`]: file(body(false)) },
    params: { noun, cls, mod, kinds: { add: addK, remove: removeK, set: setK }, keys: { kind: K, item: I, qty: Q } },
  };
}
