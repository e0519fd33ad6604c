// A state machine with generated states and events: a chain from the initial to the final state,
// a few extra edges, and one self-loop event allowed at most LIMIT times over the machine's life.
// The wrong solution allows the self-loop LIMIT + 1 times (an off-by-one in the counter).

function bfs(table, from, to) {
  const prev = new Map([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const s = queue.shift();
    if (s === to) break;
    for (const [ev, next] of Object.entries(table[s] ?? {})) {
      if (!prev.has(next)) {
        prev.set(next, [s, ev]);
        queue.push(next);
      }
    }
  }
  const events = [];
  for (let s = to; prev.get(s); s = prev.get(s)[0]) events.unshift(prev.get(s)[1]);
  return events;
}

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const factory = h.caseWords(['create', noun, 'machine'], 'camel');
  const file = `${noun}-machine.mjs`;
  const n = 5;
  const states = h.sample(h.words.adjectives, n);
  const events = h.sample(h.words.verbs, 7);
  const [initial, final] = [states[0], states[n - 1]];
  const table = Object.fromEntries(states.slice(0, -1).map((s) => [s, {}]));
  const free = (s) => events.filter((e) => !(e in table[s]));
  for (let i = 0; i < n - 1; i++) table[states[i]][h.pick(free(states[i]))] = states[i + 1];
  for (let k = 0; k < 3; k++) {
    const from = states[h.int(1, n - 2)];
    const to = states[h.int(0, n - 2)];
    if (to !== from) table[from][h.pick(free(from))] = to;
  }
  const loopState = states[h.int(0, n - 2)];
  const loopEvent = h.pick(free(loopState));
  table[loopState][loopEvent] = loopState;
  const limit = h.int(2, 4);

  const rows = h.shuffle(Object.entries(table).flatMap(([s, t]) => Object.entries(t).map(([e, to]) => [s, e, to])));
  const instruction = `# A ${noun} state machine

Create \`${file}\` (an ES module) exporting \`${factory}()\`, which returns a new, independent machine
object with:

- \`state\`: a read-only property, the current state (a string). A new machine is in \`${initial}\`.
- \`send(event)\`: applies the transition for \`event\` from the current state and returns the new
  state. When the current state has no transition for \`event\`, it throws an \`Error\` and the state
  does not change.
- \`can(event)\`: \`true\` when \`send(event)\` would succeed now, else \`false\` (never throws).
- \`isDone()\`: \`true\` once the machine is in the final state \`${final}\`, which has no transitions.

Transitions (state, event → next state):

${rows.map(([s, e, to]) => `- \`${s}\`, \`${e}\` → \`${to}\``).join('\n')}

The self-transition \`${loopState}\`, \`${loopEvent}\` may succeed at most ${limit} times over the whole
life of a machine; after that, \`${loopEvent}\` in \`${loopState}\` behaves as if it had no transition
(\`send\` throws, \`can\` is \`false\`).
`;
  const chain = bfs(table, initial, final);
  const chainStates = [];
  {
    let s = initial;
    for (const e of chain) chainStates.push((s = table[s][e]));
  }
  const toLoop = bfs(table, initial, loopState);
  const invalid = Object.fromEntries(Object.keys(table).map((s) => [s, events.filter((e) => !(e in table[s]))]));
  const tests = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ${factory} } from '../${file}';

const table = ${JSON.stringify(table)};
const invalid = ${JSON.stringify(invalid)};
const events = ${JSON.stringify(events)};

/** A machine driven along the shortest path to \`target\`. */
function at(path) {
  const m = ${factory}();
  for (const e of path) m.send(e);
  return m;
}

test('starts in ${initial} and follows the transitions to ${final}', () => {
  const m = ${factory}();
  assert.equal(m.state, ${JSON.stringify(initial)});
  assert.equal(m.isDone(), false);
  const chain = ${JSON.stringify(chain)};
  const expected = ${JSON.stringify(chainStates)};
  chain.forEach((e, i) => {
    assert.equal(m.can(e), true, e);
    assert.equal(m.send(e), expected[i]);
    assert.equal(m.state, expected[i]);
  });
  assert.equal(m.isDone(), true);
  for (const e of events) {
    assert.equal(m.can(e), false);
    assert.throws(() => m.send(e), Error);
  }
  assert.equal(m.state, ${JSON.stringify(final)});
});

test('every transition of the table', () => {
  const paths = ${JSON.stringify(Object.fromEntries(Object.keys(table).map((s) => [s, bfs(table, initial, s)])))};
  for (const [from, row] of Object.entries(table)) {
    for (const [e, to] of Object.entries(row)) {
      const m = at(paths[from]);
      assert.equal(m.state, from);
      assert.equal(m.send(e), to, \`\${from} --\${e}-->\`);
    }
  }
});

test('an event without a transition throws and keeps the state', () => {
  const paths = ${JSON.stringify(Object.fromEntries(Object.keys(table).map((s) => [s, bfs(table, initial, s)])))};
  for (const [from, bad] of Object.entries(invalid)) {
    const m = at(paths[from]);
    for (const e of bad) {
      assert.equal(m.can(e), false, \`\${from} can \${e}\`);
      assert.throws(() => m.send(e), Error, \`\${from} \${e}\`);
      assert.equal(m.state, from);
    }
  }
});

test('the self-transition ${loopEvent} succeeds at most ${limit} times', () => {
  const m = at(${JSON.stringify(toLoop)});
  for (let i = 0; i < ${limit}; i++) {
    assert.equal(m.can(${JSON.stringify(loopEvent)}), true, \`attempt \${i + 1}\`);
    assert.equal(m.send(${JSON.stringify(loopEvent)}), ${JSON.stringify(loopState)});
  }
  assert.equal(m.can(${JSON.stringify(loopEvent)}), false);
  assert.throws(() => m.send(${JSON.stringify(loopEvent)}), Error);
  assert.equal(m.state, ${JSON.stringify(loopState)});
  assert.equal(at(${JSON.stringify(toLoop)}).can(${JSON.stringify(loopEvent)}), true, 'machines are independent');
});

test('state is read-only', () => {
  const m = ${factory}();
  try { m.state = 'elsewhere'; } catch {}
  assert.equal(m.state, ${JSON.stringify(initial)});
});
`;
  const impl = (cmp) => `const TABLE = ${JSON.stringify(table, null, 2)};
const LOOP = { state: ${JSON.stringify(loopState)}, event: ${JSON.stringify(loopEvent)}, limit: ${limit} };

export function ${factory}() {
  let state = ${JSON.stringify(initial)};
  let loops = 0;
  const allowed = (event) => {
    const row = TABLE[state];
    if (!row || !Object.hasOwn(row, event)) return false;
    if (state === LOOP.state && event === LOOP.event && loops ${cmp} LOOP.limit) return false;
    return true;
  };
  return {
    get state() {
      return state;
    },
    can: (event) => allowed(event),
    send(event) {
      if (!allowed(event)) throw new Error(\`no transition for \${event} in \${state}\`);
      if (state === LOOP.state && event === LOOP.event) loops++;
      state = TABLE[state][event];
      return state;
    },
    isDone: () => state === ${JSON.stringify(final)},
  };
}
`;
  return {
    instruction,
    workspace: { [file]: `export function ${factory}() {\n  throw new Error('not implemented');\n}\n` },
    tests: { 'machine.test.mjs': tests },
    solution: { [file]: impl('>=') },
    wrong: { [file]: impl('>') },
    params: { noun, factory, file, states, events, table, loopState, loopEvent, limit },
  };
}
