// Predict the output of a generated Python program. Python semantics are simulated here: floor
// division and modulo round toward negative infinity, a default list is shared between calls. The
// wrong answer uses truncating division (as in C or JavaScript).

const pyList = (xs) => `[${xs.join(', ')}]`;

function run(p, truncate) {
  const divmod = (a, b) => {
    const q = truncate ? Math.trunc(a / b) : Math.floor(a / b);
    return [q, a - q * b];
  };
  const seen = [];
  const out = [];
  for (const v of p.data) {
    const [q, r] = divmod(v, p.K);
    if (r > p.T) out.push(q * p.A - r);
    else {
      seen.push(q);
      out.push(seen.length * p.S);
    }
  }
  const rev = [];
  for (let i = out.length - 1; i >= 0; i -= 2) rev.push(out[i]);
  const sum = out.reduce((x, y) => x + y, 0);
  const mod = ((sum % p.M) + p.M) % p.M;
  return { line: `${pyList(rev)} ${pyList(out.slice(1, 4))} ${mod}`, recCalls: seen.length };
}

export function generate({ helpers: h }) {
  const [rec, data, out, v] = h.identifiers(4, { style: 'snake', parts: 2 });
  let p;
  let right;
  let wrong;
  for (let tries = 0; ; tries++) {
    p = {
      data: Array.from({ length: 6 }, () => h.int(-40, 40)),
      K: h.int(3, 7),
      A: h.int(2, 5),
      S: h.int(1, 3),
      M: h.int(5, 13),
    };
    p.T = h.int(0, p.K - 2);
    right = run(p, false);
    wrong = run(p, true);
    if ((right.line !== wrong.line && right.recCalls >= 2) || tries > 200) break;
  }
  const file = `${h.pick(h.words.nouns)}_mix.py`;
  const program = `def ${rec}(item, seen=[]):
    seen.append(item)
    return len(seen) * ${p.S}


${data} = ${pyList(p.data)}
${out} = []
for ${v} in ${data}:
    q, r = divmod(${v}, ${p.K})
    if r > ${p.T}:
        ${out}.append(q * ${p.A} - r)
    else:
        ${out}.append(${rec}(q))
print(${out}[::-2], ${out}[1:4], sum(${out}) % ${p.M})
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
    solution: { 'answer.txt': `${right.line}\n` },
    wrong: { 'answer.txt': `${wrong.line}\n` },
    grading: { expected: [right.line] },
    params: { file, ...p, crossCheck: { run: ['python3', file] } },
  };
}
