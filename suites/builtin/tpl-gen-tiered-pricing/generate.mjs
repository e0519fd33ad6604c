// Graduated tier pricing: each unit is priced by the tier it falls in (like tax brackets), plus a
// minimum charge for non-empty orders. The wrong solution prices every unit at the rate of the tier
// the whole quantity reaches ("all-units" pricing), a common misreading.

/** Reference: price in cents of `q` units. */
function price(q, p) {
  if (q === 0) return 0;
  const a = Math.min(q, p.t1);
  const b = Math.min(Math.max(q - p.t1, 0), p.t2 - p.t1);
  const c = Math.max(q - p.t2, 0);
  return Math.max(a * p.r1 + b * p.r2 + c * p.r3, p.min);
}

export function generate({ helpers: h }) {
  const noun = h.pick(h.words.nouns);
  const fn = h.caseWords([h.pick(['quote', 'price', 'charge', 'bill']), noun], 'camel');
  const file = `${noun}-pricing.mjs`;
  const t1 = h.int(5, 20);
  const t2 = t1 + h.int(10, 40);
  const r1 = h.int(150, 900);
  const r2 = r1 - h.int(20, Math.floor(r1 / 4));
  const r3 = r2 - h.int(10, Math.floor(r2 / 4));
  const min = r1 * h.int(2, 4) + h.int(1, r1 - 1);
  const p = { fn, file, noun, t1, t2, r1, r2, r3, min };

  const clauses = h.shuffle([
    `The first ${t1} units cost ${r1} cents each.`,
    `Units ${t1 + 1} through ${t2} (inclusive) cost ${r2} cents each.`,
    `Every unit after the first ${t2} units costs ${r3} cents.`,
    `A non-empty order is never charged less than ${min} cents (the minimum charge); an order of 0 units costs 0.`,
    `\`quantity\` must be a non-negative integer (\`Number.isInteger\`); anything else (negative numbers, fractions, NaN, strings…) throws a \`RangeError\`.`,
  ]);
  const instruction = `# Price an order of ${noun}s

Create \`${file}\` (an ES module) exporting \`${fn}(quantity)\`, which returns the price of an order of
\`quantity\` ${noun}s in integer cents. Pricing is **graduated**: each unit is priced by the tier it
falls in, so a larger order pays the lower prices only for the units past each threshold.

${clauses.map((c) => `- ${c}`).join('\n')}

For example, with these rules ${fn}(${t1 + 2}) is ${price(t1 + 2, p)}.
`;
  const qs = [0, 1, 2, t1 - 1, t1, t1 + 1, t2 - 1, t2, t2 + 1, t2 + h.int(5, 60), 3 * t2 + h.int(0, 9)];
  for (let q = 1; q < 10; q++) if (price(q, p) > p.min && !qs.includes(q)) { qs.push(q); break; }
  const cases = [...new Set(qs)].map((q) => [q, price(q, p)]);
  const tests = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ${fn} } from '../${file}';

const cases = ${JSON.stringify(cases)};

test('prices orders tier by tier, with the minimum charge', () => {
  for (const [q, cents] of cases) assert.equal(${fn}(q), cents, \`quantity \${q}\`);
});

test('rejects quantities that are not non-negative integers', () => {
  for (const q of [-1, 2.5, NaN, '3', Infinity]) assert.throws(() => ${fn}(q), RangeError, String(q));
});
`;
  const body = (allUnits) => `export function ${fn}(quantity) {
  if (!Number.isInteger(quantity) || quantity < 0) throw new RangeError(\`invalid quantity: \${quantity}\`);
  if (quantity === 0) return 0;
${allUnits
  ? `  const rate = quantity > ${t2} ? ${r3} : quantity > ${t1} ? ${r2} : ${r1};
  const total = quantity * rate;`
  : `  const first = Math.min(quantity, ${t1});
  const second = Math.min(Math.max(quantity - ${t1}, 0), ${t2 - t1});
  const rest = Math.max(quantity - ${t2}, 0);
  const total = first * ${r1} + second * ${r2} + rest * ${r3};`}
  return Math.max(total, ${min});
}
`;
  return {
    instruction,
    workspace: { [file]: `export function ${fn}(quantity) {\n  throw new Error('not implemented');\n}\n` },
    tests: { 'pricing.test.mjs': tests },
    solution: { [file]: body(false) },
    wrong: { [file]: body(true) },
    params: p,
  };
}
