// A weekly schedule of half-open [open, close) intervals. is_open and next_opening over it. The
// wrong solution treats the closing minute as open.

const py = (s) => JSON.stringify(s);
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const mod = `${noun}_hours`;
  const isOpen = `is_${noun}_open`;
  const nextOpen = `next_${noun}_opening`;
  const closed = h.sample(DAYS, h.int(1, 2));
  const open = DAYS.filter((d) => !closed.includes(d));
  const lunchDay = h.pick(open);
  const q = () => h.pick([0, 15, 30, 45]);
  const schedule = {};
  for (const d of DAYS) {
    if (closed.includes(d)) schedule[d] = [];
    else {
      const start = h.int(6, 10) * 60 + q();
      const end = h.int(16, 22) * 60 + q();
      if (d === lunchDay) {
        const a = h.int(12, 13) * 60 + q();
        const b = a + h.pick([30, 45, 60, 75]);
        schedule[d] = [[start, a], [b, end]];
      } else schedule[d] = [[start, end]];
    }
  }
  const ref = {
    isOpen: (d, m) => schedule[d].some(([a, b]) => a <= m && m < b),
    next: (d, m) => {
      if (ref.isOpen(d, m)) return [d, hhmm(m)];
      const i = DAYS.indexOf(d);
      for (let k = 0; k <= 7; k++) {
        const day = DAYS[(i + k) % 7];
        for (const [a] of schedule[day]) if (k > 0 || a > m) return [day, hhmm(a)];
      }
      throw new Error('never open');
    },
  };
  const queries = [];
  for (const d of DAYS) {
    for (const [a, b] of schedule[d]) queries.push([d, a], [d, a - 1], [d, b], [d, b - 1]);
    queries.push([d, 0], [d, 23 * 60 + 59], [d, h.int(0, 1439)]);
  }
  const openCases = queries.map(([d, m]) => [d, hhmm(m), ref.isOpen(d, m)]);
  const nextCases = queries.map(([d, m]) => [d, hhmm(m), ref.next(d, m)]);
  const sched = (s) => `{\n${DAYS.map((d) => `    ${py(d)}: [${s[d].map(([a, b]) => `(${py(hhmm(a))}, ${py(hhmm(b))})`).join(', ')}],`).join('\n')}\n}`;
  const rules = h.shuffle([
    `An interval \`(open, close)\` includes its opening minute and excludes its closing minute: at \`close\` the ${noun} is already closed.`,
    `Days are \`${DAYS.join('`, `')}\` (a week starts on \`mon\`; after \`sun\` comes \`mon\`); times are \`"HH:MM"\` strings, exactly two digits each, from \`"00:00"\` to \`"23:59"\`. Anything else raises \`ValueError\`.`,
    `A day with an empty list is closed all day. Intervals of a day are sorted and never overlap.`,
  ]);
  const instruction = `# Opening hours of the ${noun}

\`${mod}.py\` holds the weekly \`SCHEDULE\` of the ${noun}. Implement, in the same file:

- \`${isOpen}(day: str, time: str) -> bool\`: whether the ${noun} is open at that minute.
- \`${nextOpen}(day: str, time: str) -> tuple[str, str]\`: the first minute at or after the given one
  at which it is open, as \`(day, "HH:MM")\`: the given moment itself when it is open, otherwise the
  start of the next interval, looking at later intervals of the same day, then the following days
  (wrapping around the week; the same weekday one week later counts, as the last resort).

Rules:

${rules.map((r) => `- ${r}`).join('\n')}

Keep \`SCHEDULE\` as it is; your functions must read it (tests may not change it, but they rely on
its values).
`;
  const workspace = `"""Opening hours of the ${noun}: (open, close) intervals per weekday, "HH:MM"."""

SCHEDULE = ${sched(schedule)}


def ${isOpen}(day, time):
    raise NotImplementedError


def ${nextOpen}(day, time):
    raise NotImplementedError
`;
  const impl = (cmp) => `"""Opening hours of the ${noun}: (open, close) intervals per weekday, "HH:MM"."""

import re

SCHEDULE = ${sched(schedule)}

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_TIME = re.compile(r"([0-9]{2}):([0-9]{2})")


def _minutes(time):
    m = _TIME.fullmatch(time) if isinstance(time, str) else None
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValueError(f"bad time {time!r}")
    return int(m.group(1)) * 60 + int(m.group(2))


def _check_day(day):
    if day not in DAYS:
        raise ValueError(f"bad day {day!r}")


def _intervals(day):
    return [(_minutes(a), _minutes(b)) for a, b in SCHEDULE[day]]


def ${isOpen}(day, time):
    _check_day(day)
    t = _minutes(time)
    return any(a <= t ${cmp} b for a, b in _intervals(day))


def ${nextOpen}(day, time):
    _check_day(day)
    t = _minutes(time)
    if ${isOpen}(day, time):
        return (day, time)
    start = DAYS.index(day)
    for k in range(8):
        d = DAYS[(start + k) % 7]
        for a, _ in _intervals(d):
            if k > 0 or a > t:
                return (d, f"{a // 60:02d}:{a % 60:02d}")
    raise ValueError("never open")
`;
  const tests = `import json
import unittest

from ${mod} import ${isOpen}, ${nextOpen}

OPEN = json.loads(${py(JSON.stringify(openCases))})
NEXT = json.loads(${py(JSON.stringify(nextCases))})


class TestHours(unittest.TestCase):
    def test_is_open(self):
        for day, time, expected in OPEN:
            with self.subTest(day=day, time=time):
                self.assertIs(${isOpen}(day, time), expected)

    def test_next_opening(self):
        for day, time, expected in NEXT:
            with self.subTest(day=day, time=time):
                self.assertEqual(tuple(${nextOpen}(day, time)), tuple(expected))

    def test_invalid(self):
        for day, time in [("mon", "24:00"), ("mon", "9:00"), ("mon", "09:60"), ("Mon", "09:00"), ("monday", "09:00"), ("tue", " 09:00")]:
            with self.subTest(day=day, time=time):
                with self.assertRaises(ValueError):
                    ${isOpen}(day, time)
                with self.assertRaises(ValueError):
                    ${nextOpen}(day, time)


if __name__ == "__main__":
    unittest.main()
`;
  return {
    instruction,
    workspace: { [`${mod}.py`]: workspace },
    tests: { 'test_hours.py': tests },
    solution: { [`${mod}.py`]: impl('<') },
    wrong: { [`${mod}.py`]: impl('<=') },
    params: { noun, mod, closed, lunchDay, schedule: Object.fromEntries(DAYS.map((d) => [d, schedule[d].map(([a, b]) => [hhmm(a), hhmm(b)])])) },
  };
}
