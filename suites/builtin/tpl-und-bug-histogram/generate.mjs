// Bug or not on a Python histogram function. Buggy variants carry one of three subtle bugs;
// rewrites that keep the behaviour (int(v / width) for v // width on the allowed inputs, min() for an
// if-clamp, a nested if for a continue) are drawn independently of the bug.

function reference(values, width, count) {
  const counts = Array(count).fill(0);
  for (const v of values) {
    if (v < 0) continue;
    counts[Math.min(Math.floor(v / width), count - 1)]++;
  }
  return counts;
}

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const fn = `${noun}_histogram`;
  const file = `${noun}_stats.py`;
  const vals = h.pick(['values', 'readings', 'samples']);
  const counts = h.pick(['counts', 'bins', 'tally']);
  const v = h.pick(['v', 'x', 'value']);
  const idx = h.pick(['idx', 'slot', 'pos']);
  const buggy = h.bool();
  const bug = buggy ? h.pick(['ignores-zero', 'clamp-off-by-one', 'break-on-negative']) : null;
  const floorDiv = h.pick([`${v} // width`, `int(${v} / width)`]);
  const useMin = h.bool() && bug !== 'clamp-off-by-one';
  const nested = h.bool() && bug !== 'break-on-negative';
  const neg = bug === 'ignores-zero' ? `${v} <= 0` : `${v} < 0`;
  const lines = [];
  const ind = nested ? '            ' : '        ';
  if (nested) lines.push(`        if ${bug === 'ignores-zero' ? `${v} > 0` : `${v} >= 0`}:`);
  else lines.push(`        if ${neg}:`, `            ${bug === 'break-on-negative' ? 'break' : 'continue'}`);
  if (useMin) lines.push(`${ind}${idx} = min(${floorDiv}, count - 1)`);
  else lines.push(`${ind}${idx} = ${floorDiv}`, `${ind}if ${idx} ${bug === 'clamp-off-by-one' ? '>' : '>='} count:`, `${ind}    ${idx} = count - 1`);
  lines.push(`${ind}${counts}[${idx}] += 1`);
  // An example that none of the bugs contradicts: no zero, no value in the first bucket past the
  // end, the negative value last.
  const exW = h.int(3, 6);
  const exC = h.int(2, 4);
  const exVals = Array.from({ length: 4 }, () => h.int(1, exC * exW - 1));
  exVals.push((exC + 1) * exW + h.int(0, 20), -h.int(1, 9));
  const ex = [exVals, exW, exC];
  const source = `def ${fn}(${vals}, width, count):
    """Histogram of the non-negative values of \`${vals}\`.

    Returns a list of \`count\` ints: element i counts the values v with
    i * width <= v < (i + 1) * width, except that the last element also counts every value
    >= count * width. Negative values are ignored (wherever they appear).

    \`${vals}\` is a list of ints with abs(v) < 10**9; \`width\` and \`count\` are positive ints.

    >>> ${fn}(${JSON.stringify(ex[0]).replace(/,/g, ', ')}, ${ex[1]}, ${ex[2]})
    ${JSON.stringify(reference(...ex)).replace(/,/g, ', ')}
    """
    ${counts} = [0] * count
    for ${v} in ${vals}:
${lines.join('\n')}
    return ${counts}
`;
  const probes = [
    [[0, 3, 4, 11, -2, 25], 4, 3],
    [[0, 0, 1], 2, 2],
    [[-1, 5, 6], 5, 2],
    [[10, 20], 5, 2],
    [[9, 10, 11], 10, 1],
    [[7, -3, 7, 2, 14], 7, 2],
    [[], 3, 4],
  ].map(([a, w, c]) => ({ args: [a, w, c], expected: reference(a, w, c) }));
  const label = buggy ? 'buggy' : 'not-buggy';
  return {
    instruction: `# Is \`${fn}\` buggy?

The workspace contains \`${file}\`:

\`\`\`python
${source}\`\`\`

Decide whether the function is correct with respect to its own docstring for **every** input the
docstring allows (raising an exception counts as not behaving as documented). Write exactly one
word to \`answer.txt\` in the workspace root: \`buggy\` if there is at least one allowed input for which
it does not behave as documented, or \`not-buggy\` if it always does. Write nothing else in the file.
`,
    workspace: { [file]: source },
    solution: { 'answer.txt': `${label}\n` },
    wrong: { 'answer.txt': `${buggy ? 'not-buggy' : 'buggy'}\n` },
    grading: { expected: [label], label },
    params: { file, fn, buggy, bug, floorDiv, useMin, nested, crossCheck: { module: file, export: fn, language: 'python', probes, buggy } },
  };
}
