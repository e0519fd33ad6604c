// Bug or not: the seed decides whether the function carries one of four subtle bugs. Surface
// rewrites that do not change behaviour are drawn independently, so they give nothing away. The
// grading label follows the key. params.probes let a unit test check that a buggy variant really
// misbehaves and a correct one does not.

function reference(values, size) {
  if (values.length < size) return null;
  let best = -Infinity;
  for (let s = 0; s + size <= values.length; s++) {
    let t = 0;
    for (let k = s; k < s + size; k++) t += values[k];
    best = Math.max(best, t);
  }
  return best;
}

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const fn = h.caseWords(['best', noun, 'window'], 'camel');
  const file = `${noun}-window.mjs`;
  const [vals, size, sum, best] = [h.pick(['values', 'readings', 'samples', 'amounts']), h.pick(['size', 'width', 'span']), h.pick(['sum', 'running', 'acc']), h.pick(['best', 'top', 'max'])];
  const idx = h.pick(['i', 'j', 'k']);
  const buggy = h.bool();
  const bug = buggy ? h.pick(['best-zero', 'skip-last', 'off-by-one-drop', 'exact-length']) : null;
  const useMathMax = h.bool();
  const reduceInit = h.bool();
  const guard = bug === 'exact-length' ? `${vals}.length <= ${size}` : `${vals}.length < ${size}`;
  const init = reduceInit
    ? `  let ${sum} = ${vals}.slice(0, ${size}).reduce((a, b) => a + b, 0);`
    : `  let ${sum} = 0;\n  for (let ${idx} = 0; ${idx} < ${size}; ${idx}++) ${sum} += ${vals}[${idx}];`;
  const bestInit = bug === 'best-zero' ? '0' : sum;
  const end = bug === 'skip-last' ? `${vals}.length - 1` : `${vals}.length`;
  const drop = bug === 'off-by-one-drop' ? `${idx} - ${size} + 1` : `${idx} - ${size}`;
  const update = useMathMax ? `${best} = Math.max(${best}, ${sum});` : `if (${sum} > ${best}) ${best} = ${sum};`;
  // An example that none of the bugs contradicts (the first window is the best one).
  const ea = h.int(3, 9);
  const eb = h.int(1, ea - 1);
  const ec = h.int(0, eb - 1);
  const source = `/**
 * The largest sum of \`${size}\` consecutive elements of \`${vals}\`, or null when \`${vals}\` has
 * fewer than \`${size}\` elements.
 *
 * \`${vals}\` is an array of integers (possibly negative; every sum is a safe integer) and
 * \`${size}\` is a positive integer.
 *
 * ${fn}([${ea}, ${ea}, ${eb}, ${ec}], 2) === ${2 * ea}
 * ${fn}([5], 2) === null
 */
export function ${fn}(${vals}, ${size}) {
  if (${guard}) return null;
${init}
  let ${best} = ${bestInit};
  for (let ${idx} = ${size}; ${idx} < ${end}; ${idx}++) {
    ${sum} += ${vals}[${idx}] - ${vals}[${drop}];
    ${update}
  }
  return ${best};
}
`;
  const probes = [
    [[-5, -2, -9, -1], 2],
    [[1, 2, 3, 10], 2],
    [[4, -1, 7], 3],
    [[1, -2, 3, 4], 2],
    [[5], 2],
    [[], 1],
    [[3, 1, -4, 1, 5, 9, -2, 6], 3],
    [[2, 2, 2], 1],
  ].map(([v, s]) => ({ args: [v, s], expected: reference(v, s) }));
  const label = buggy ? 'buggy' : 'not-buggy';
  return {
    instruction: `# Is \`${fn}\` buggy?

The workspace contains \`${file}\`:

\`\`\`js
${source}\`\`\`

Decide whether the code is correct with respect to its own documentation for **every** input the
documentation allows. Write exactly one word to \`answer.txt\` in the workspace root: \`buggy\` if
there is at least one allowed input for which it does not behave as documented, or \`not-buggy\` if
it always does. Write nothing else in the file.
`,
    workspace: { [file]: source },
    solution: { 'answer.txt': `${label}\n` },
    wrong: { 'answer.txt': `${buggy ? 'not-buggy' : 'buggy'}\n` },
    grading: { expected: [label], label },
    params: { file, fn, buggy, bug, useMathMax, reduceInit, crossCheck: { module: file, export: fn, language: 'javascript', probes, buggy } },
  };
}
