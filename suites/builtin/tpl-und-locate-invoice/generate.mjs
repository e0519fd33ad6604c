// Bug localization: an order-total function whose doc comment is right and exactly one line is
// wrong. The seed picks the bug among six candidate lines, so the answer (a line number) varies.
// The wrong answer is another candidate line. params.crossCheck records the fixed source, so a unit
// test can check that the variant differs from it on exactly the answer's line, and on behaviour.

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const fn = h.caseWords(['total', noun, 'order'], 'camel');
  const file = `${noun}-order.mjs`;
  const price = h.pick(['price', 'unitPrice', 'cents']);
  const qty = h.pick(['qty', 'quantity', 'count']);
  const discMin = h.int(5, 40) * 1000;
  const disc = h.pick([5, 8, 10, 12, 15]);
  const tax = h.pick([6, 7, 9, 19, 21]);
  const ship = h.int(3, 12) * 100 + h.pick([0, 50, 99]);
  const free = discMin + h.int(0, 10) * 1000;
  const bug = h.pick(['sub', 'disc-cond', 'disc-round', 'tax-base', 'ship-base', 'total']);
  const docLines = h.shuffle([
    ` * - the subtotal is the sum of ${price} * ${qty} over the lines;`,
    ` * - a subtotal of at least ${discMin} cents gets ${disc}% off, the discount rounded to the nearest cent (halves up);`,
    ` * - tax of ${tax}% is charged on the discounted subtotal, rounded to the nearest cent (halves up);`,
    ` * - shipping costs ${ship} cents, free when the discounted subtotal is at least ${free} cents;`,
  ]);
  const blank = () => (h.bool(0.5) ? [''] : []);
  const build = (which) => {
    const b = (name, good, bad) => (which === name ? bad : good);
    return [
      `/**`,
      ` * The total of an order, in cents.`,
      ` *`,
      ` * \`lines\` is an array of { ${price}, ${qty} } with ${price} an integer >= 0 (cents per unit) and`,
      ` * ${qty} an integer >= 1. The total is the discounted subtotal plus tax plus shipping, where:`,
      ...docLines,
      ` * - an order without lines costs 0 (no shipping).`,
      ` */`,
      `export function ${fn}(lines) {`,
      `  if (lines.length === 0) return 0;`,
      `  let subtotal = 0;`,
      `  for (const line of lines) {`,
      b('sub', `    subtotal += line.${price} * line.${qty};`, `    subtotal = line.${price} * line.${qty};`),
      `  }`,
      ...blankA,
      `  let discount = 0;`,
      b('disc-cond', `  if (subtotal >= ${discMin}) {`, `  if (subtotal > ${discMin}) {`),
      b('disc-round', `    discount = Math.round((subtotal * ${disc}) / 100);`, `    discount = Math.floor((subtotal * ${disc}) / 100);`),
      `  }`,
      `  const net = subtotal - discount;`,
      ...blankB,
      b('tax-base', `  const tax = Math.round((net * ${tax}) / 100);`, `  const tax = Math.round((subtotal * ${tax}) / 100);`),
      b('ship-base', `  const shipping = net >= ${free} ? 0 : ${ship};`, `  const shipping = subtotal >= ${free} ? 0 : ${ship};`),
      b('total', `  return net + tax + shipping;`, `  return subtotal + tax + shipping;`),
      `}`,
      ``,
    ];
  };
  const blankA = blank();
  const blankB = blank();
  const fixed = build(null);
  const buggyLines = build(bug);
  const diff = fixed.map((l, i) => (l !== buggyLines[i] ? i + 1 : 0)).filter(Boolean);
  const candidates = ['sub', 'disc-cond', 'disc-round', 'tax-base', 'ship-base', 'total'].map((name) => build(name).findIndex((l, i) => l !== fixed[i]) + 1);
  const answer = String(diff[0]);
  const other = String(h.pick(candidates.filter((c) => String(c) !== answer)));
  // Behavioural probes (orders) on which the buggy line shows.
  const mk = (sub) => [{ [price]: sub, [qty]: 1 }];
  const probes = [
    [],
    mk(discMin),
    mk(discMin + 13),
    mk(discMin - 1),
    mk(free),
    mk(free - 1),
    mk(free + 7),
    [{ [price]: 1999, [qty]: 3 }, { [price]: 5, [qty]: 7 }],
    [{ [price]: Math.ceil((discMin + 1001) / 3), [qty]: 3 }],
    [{ [price]: discMin + 7, [qty]: 2 }],
    [{ [price]: discMin + 9, [qty]: 1 }],
    [{ [price]: discMin + 10, [qty]: 1 }],
    ...Array.from({ length: 20 }, (_, r) => mk(discMin + r + 1)),
  ];
  const total = (lines) => {
    if (lines.length === 0) return 0;
    const sub = lines.reduce((a, l) => a + l[price] * l[qty], 0);
    const discount = sub >= discMin ? Math.round((sub * disc) / 100) : 0;
    const net = sub - discount;
    return net + Math.round((net * tax) / 100) + (net >= free ? 0 : ship);
  };
  const source = buggyLines.join('\n');
  const numbered = buggyLines.slice(0, -1).map((l, i) => `${String(i + 1).padStart(2)}  ${l}`).join('\n');
  return {
    instruction: `# Locate the bug

The workspace contains \`${file}\`. Its documentation is correct, but exactly one line of the code
does not do what the documentation says. With line numbers:

\`\`\`
${numbered}
\`\`\`

Which line contains the bug? Write **only** its line number (for example \`7\`) to \`answer.txt\` in
the workspace root, nothing else. Do not modify \`${file}\`.
`,
    workspace: { [file]: source },
    solution: { 'answer.txt': `${answer}\n` },
    wrong: { 'answer.txt': `${other}\n` },
    grading: { expected: [answer, `line ${answer}`] },
    params: {
      file, fn, bug, discMin, disc, tax, ship, free,
      crossCheck: { module: file, export: fn, language: 'javascript', buggy: true, fixedSource: fixed.join('\n'), answerLine: Number(answer), probes: probes.map((lines) => ({ args: [lines], expected: total(lines) })) },
    },
  };
}
