// Which of eight strings does a generated regular expression match? Matching strings are built
// from the pattern's parts, near misses by one small mutation each; the answer is computed with
// JavaScript's own RegExp (the language the task is about). The wrong answer flips one candidate.

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const file = `${noun}-pattern.mjs`;
  const name = h.caseWords([noun, 'pattern'], 'upper');
  const [w1, w2] = h.distinct(2, () => h.pick(h.words.nouns).slice(0, h.int(2, 4)));
  const lo = h.int(1, 2);
  const hi = lo + h.int(1, 2);
  const [cFrom, cTo] = h.pick([['a', 'f'], ['k', 'p'], ['m', 'z'], ['0', '5']]);
  const tail = h.pick([['X', 'Y', 'Z'], ['Q', 'R'], ['A', 'B', 'C', 'D']]);
  const sepChar = h.pick(['-', '_', '.', ':']);
  const k = h.int(2, 3);
  const source = `^(?:${esc(w1)}|${esc(w2)})[${cFrom}-${cTo}]{${lo},${hi}}[${tail.join('')}]+(?:${esc(sepChar)}\\d{${k}})?$`;
  const re = new RegExp(source);
  const cls = () => String.fromCharCode(h.int(cFrom.charCodeAt(0), cTo.charCodeAt(0)));
  const outside = () => String.fromCharCode(cTo.charCodeAt(0) + h.int(1, 3));
  const digits = (n) => Array.from({ length: n }, () => String(h.int(0, 9))).join('');
  const good = () => {
    const p = { w: h.pick([w1, w2]), c: Array.from({ length: h.int(lo, hi) }, cls).join(''), t: Array.from({ length: h.int(1, 3) }, () => h.pick(tail)).join(''), s: h.bool() ? `${sepChar}${digits(k)}` : '' };
    return p;
  };
  const str = (p) => p.w + p.c + p.t + p.s;
  const mutations = [
    (p) => ({ ...p, c: p.c + cls().repeat(hi - p.c.length + 1) }),
    (p) => ({ ...p, c: lo > 1 ? p.c.slice(0, lo - 1) : '' }),
    (p) => ({ ...p, t: '' }),
    (p) => ({ ...p, s: `${sepChar}${digits(k + 1)}` }),
    (p) => ({ ...p, s: `${sepChar}${digits(k - 1)}` }),
    (p) => ({ ...p, s: sepChar }),
    (p) => ({ ...p, w: p.w.toUpperCase() }),
    (p) => ({ ...p, w: p.w + p.w }),
    (p) => ({ ...p, c: p.c.slice(1) + outside() }),
    (p) => ({ ...p, t: p.t.toLowerCase() }),
    (p) => ({ ...p, s: p.s === '' ? `${sepChar}${digits(k)}` : p.s, t: p.t + p.s.slice(0, 1) }),
    (p) => ({ ...p, w: `${w1}${w2}`.slice(0, p.w.length + 1) }),
  ];
  let candidates;
  for (let tries = 0; ; tries++) {
    const goods = Array.from({ length: 3 }, () => str(good()));
    const bads = h.sample(mutations, 5).map((m) => str(m(good())));
    candidates = h.shuffle([...goods, ...bads]);
    const n = candidates.filter((s) => re.test(s)).length;
    if ((new Set(candidates).size === 8 && n >= 2 && n <= 6) || tries > 200) break;
  }
  const matching = candidates.map((s, i) => (re.test(s) ? i + 1 : 0)).filter(Boolean);
  const flip = h.int(1, 8);
  const wrongSet = matching.includes(flip) ? matching.filter((i) => i !== flip) : [...matching, flip].sort((a, b) => a - b);
  const program = `export const ${name} = /${source}/;

export const CANDIDATES = [
${candidates.map((s, i) => `  ${JSON.stringify(s)}, // ${i + 1}`).join('\n')}
];
`;
  const answer = matching.join(',');
  return {
    instruction: `# Which strings match?

The workspace contains \`${file}\`:

\`\`\`js
${program}\`\`\`

Which candidates does \`${name}.test(candidate)\` return \`true\` for? Write their numbers (1 to 8,
as in the comments), in increasing order, separated by commas, on one line — for example \`2,5,7\` —
to \`answer.txt\` in the workspace root, and nothing else. Do not modify \`${file}\`.
`,
    workspace: { [file]: program },
    solution: { 'answer.txt': `${answer}\n` },
    wrong: { 'answer.txt': `${wrongSet.join(',') || 'none'}\n` },
    grading: { expected: [`^${matching.join('\\s*,\\s*')}$`] },
    params: { file, source, candidates, matching, crossCheck: { module: file, export: 'CANDIDATES', pattern: name } },
  };
}
