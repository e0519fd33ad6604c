// Trace a table-driven state machine written in Python. The answer is computed by simulating; the
// wrong answer is what you get when you overlook the `break` on the final state.

function trace(p, honorBreak) {
  let state = p.start;
  let ignored = 0;
  const visits = new Map();
  for (const ev of p.events) {
    const next = p.table[state][ev];
    if (next === undefined) {
      ignored++;
      continue;
    }
    state = next;
    visits.set(state, (visits.get(state) ?? 0) + 1);
    if (honorBreak && state === p.final) break;
  }
  const dict = `{${[...visits].map(([k, n]) => `'${k}': ${n}`).join(', ')}}`;
  return `${state} ${ignored} ${dict}`;
}

export function generate({ helpers: h }) {
  const [tableName, visitsName, evName] = h.identifiers(3, { style: 'snake', parts: 2 });
  let p;
  let right;
  let wrong;
  for (let tries = 0; ; tries++) {
    const states = h.sample(h.words.nouns, 4);
    const events = h.sample(h.words.verbs, 3);
    const table = {};
    for (const s of states) {
      table[s] = {};
      for (const e of h.sample(events, h.int(1, 2))) table[s][e] = h.pick(states);
    }
    p = { states, table, start: states[0], final: h.pick(states.slice(1)), events: Array.from({ length: h.int(9, 12) }, () => h.pick(events)) };
    right = trace(p, true);
    wrong = trace(p, false);
    const ignoredSome = Number(right.split(' ')[1]) > 0;
    if ((right !== wrong && ignoredSome) || tries > 500) break;
  }
  const file = `${h.pick(h.words.nouns)}_trace.py`;
  const tableSrc = `{\n${p.states.map((s) => `    "${s}": {${Object.entries(p.table[s]).map(([e, t]) => `"${e}": "${t}"`).join(', ')}},`).join('\n')}\n}`;
  const program = `${tableName} = ${tableSrc}

state = "${p.start}"
ignored = 0
${visitsName} = {}
for ${evName} in ${JSON.stringify(p.events).replace(/,/g, ', ')}:
    nxt = ${tableName}[state].get(${evName})
    if nxt is None:
        ignored += 1
        continue
    state = nxt
    ${visitsName}[state] = ${visitsName}.get(state, 0) + 1
    if state == "${p.final}":
        break
print(state, ignored, ${visitsName})
`;
  return {
    instruction: `# Predict the output

The workspace contains \`${file}\`:

\`\`\`python
${program}\`\`\`

What does \`python3 ${file}\` print (Python 3.11)? Write exactly what it prints to \`answer.txt\` in
the workspace root, and nothing else. Do not modify \`${file}\`.
`,
    workspace: { [file]: program },
    solution: { 'answer.txt': `${right}\n` },
    wrong: { 'answer.txt': `${wrong}\n` },
    grading: { expected: [right] },
    params: { file, ...p, crossCheck: { run: ['python3', file] } },
  };
}
