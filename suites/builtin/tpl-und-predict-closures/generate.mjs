// Predict the output of a generated loop of closures. The answer is computed by simulating the
// program here (a unit test cross-checks it by running the program). The wrong answer is the common
// misconception that each closure remembers the outer variable's value at the time it was made.

export function generate({ helpers: h }) {
  const [fns, acc, i, total] = h.identifiers(4, { parts: 2 });
  const N = h.int(4, 6);
  const A = h.int(1, 9);
  const M = h.int(2, 7);
  const K = h.pick([7, 11, 13, 17, 19, 23]);
  const P = h.int(2, 3);
  const R = h.int(0, P - 1);
  const B = h.int(2, 9);
  const D = h.int(1, 20);
  const file = `${h.pick(h.words.nouns)}-loop.mjs`;
  const program = `const ${fns} = [];
let ${acc} = ${A};
for (let ${i} = 0; ${i} < ${N}; ${i}++) {
  ${acc} = (${acc} * ${M} + ${i}) % ${K};
  if (${acc} % ${P} === ${R}) {
    ${fns}.push(() => ${acc} + ${i});
  } else {
    ${fns}.push(() => ${i} * ${B} - ${acc});
  }
}
${acc} += ${D};
let ${total} = 0;
for (const f of ${fns}) ${total} += f();
console.log(${fns}.map((f) => f()).join(' '));
console.log(${acc}, ${total});
`;
  // Simulation: closures capture the binding of acc (shared) and their own i.
  let a = A;
  const made = [];
  const snap = [];
  for (let k = 0; k < N; k++) {
    a = (a * M + k) % K;
    const even = a % P === R;
    made.push({ k, even });
    snap.push(even ? a + k : k * B - a);
  }
  a += D;
  const values = made.map(({ k, even }) => (even ? a + k : k * B - a));
  const sum = values.reduce((x, y) => x + y, 0);
  const answer = `${values.join(' ')}\n${a} ${sum}`;
  const wrong = `${snap.join(' ')}\n${a} ${snap.reduce((x, y) => x + y, 0)}`;
  return {
    instruction: `# Predict the output

The workspace contains \`${file}\` (an ES module):

\`\`\`js
${program}\`\`\`

What does \`node ${file}\` print? Write exactly what it prints (both lines) to \`answer.txt\` in the
workspace root, and nothing else. Do not modify \`${file}\`.
`,
    workspace: { [file]: program },
    solution: { 'answer.txt': `${answer}\n` },
    wrong: { 'answer.txt': `${wrong}\n` },
    grading: { expected: [answer] },
    params: { file, N, A, M, K, P, R, B, D, crossCheck: { run: ['node', file] } },
  };
}
