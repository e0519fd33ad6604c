// Checks every function against reference values computed independently with scipy
// (../shared/reference/stats-oracle.json beside the project root; see its `_meta.notes`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benjaminiHochberg } from './benjamini-hochberg.js';
import { clopperPearsonInterval } from './clopper-pearson-interval.js';
import { fisherExactTest, type FisherAlternative, type TwoByTwoTable } from './fisher-exact-test.js';
import { mannWhitneyU } from './mann-whitney-u.js';
import { mcnemarTest } from './mcnemar-test.js';
import { passAtK } from './pass-at-k.js';
import { twoProportionZTest } from './two-proportion-z-test.js';
import { wilsonInterval } from './wilson-interval.js';

// This file is <root>/src/stats/; the oracle lives in ../shared beside <root>.
const projectRoot = new URL('../../', import.meta.url);
const oraclePath = fileURLToPath(new URL('../shared/reference/stats-oracle.json', projectRoot));

/** Agreement within 1e-9 + 1e-6·|expected|. */
function close(actual: number, expected: number, label: string): void {
  const tolerance = 1e-9 + 1e-6 * Math.abs(expected);
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${label}: got ${actual}, expected ${expected} (|diff| ${Math.abs(actual - expected)} > ${tolerance})`,
  );
}

type Case = Record<string, unknown>;

/** Runs `check` on every case of `name`, collecting every failure before failing once. */
function eachCase(cases: Case[] | undefined, name: string, check: (c: Case, label: string) => void): void {
  assert.ok(Array.isArray(cases) && cases.length > 0, `oracle has no cases for ${name}`);
  const failures: string[] = [];
  cases.forEach((c, i) => {
    const label = `${name}[${i}] ${JSON.stringify(c).slice(0, 160)}`;
    try {
      check(c, label);
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  });
  assert.deepEqual(failures, [], `${failures.length} of ${cases.length} cases failed`);
}

const num = (c: Case, key: string): number => {
  const v = c[key];
  assert.equal(typeof v, 'number', `field ${key} must be a number`);
  return v as number;
};
const nums = (c: Case, key: string): number[] => {
  const v = c[key];
  assert.ok(Array.isArray(v), `field ${key} must be an array`);
  return v as number[];
};

if (!existsSync(oraclePath)) {
  test.skip(`stats oracle: ${oraclePath} is absent (it ships in ../shared beside the project root); skipping`);
} else {
  const oracle = JSON.parse(readFileSync(oraclePath, 'utf8')) as Record<string, Case[] | undefined>;

  test('oracle: wilsonInterval', () => {
    eachCase(oracle.wilsonInterval, 'wilsonInterval', (c, label) => {
      const r = wilsonInterval(num(c, 'successes'), num(c, 'n'), num(c, 'confidence'));
      close(r.lower, num(c, 'lower'), `${label} lower`);
      close(r.upper, num(c, 'upper'), `${label} upper`);
    });
  });

  test('oracle: clopperPearsonInterval', () => {
    eachCase(oracle.clopperPearsonInterval, 'clopperPearsonInterval', (c, label) => {
      const r = clopperPearsonInterval(num(c, 'successes'), num(c, 'n'), num(c, 'confidence'));
      close(r.lower, num(c, 'lower'), `${label} lower`);
      close(r.upper, num(c, 'upper'), `${label} upper`);
    });
  });

  test('oracle: twoProportionZTest', () => {
    eachCase(oracle.twoProportionZTest, 'twoProportionZTest', (c, label) => {
      const r = twoProportionZTest(num(c, 'successes1'), num(c, 'n1'), num(c, 'successes2'), num(c, 'n2'));
      close(r.z, num(c, 'z'), `${label} z`);
      close(r.pValue, num(c, 'pValue'), `${label} pValue`);
    });
  });

  test('oracle: fisherExactTest', () => {
    eachCase(oracle.fisherExactTest, 'fisherExactTest', (c, label) => {
      const r = fisherExactTest(c.table as TwoByTwoTable, c.alternative as FisherAlternative);
      close(r.pValue, num(c, 'pValue'), `${label} pValue`);
    });
  });

  test('oracle: mcnemarTest', () => {
    eachCase(oracle.mcnemarTest, 'mcnemarTest', (c, label) => {
      const r = mcnemarTest(num(c, 'b'), num(c, 'c'));
      close(r.exactPValue, num(c, 'exactPValue'), `${label} exactPValue`);
      close(r.midPValue, num(c, 'midPValue'), `${label} midPValue`);
    });
  });

  test('oracle: mannWhitneyU', () => {
    eachCase(oracle.mannWhitneyU, 'mannWhitneyU', (c, label) => {
      const r = mannWhitneyU(nums(c, 'x'), nums(c, 'y'));
      close(r.u, num(c, 'u'), `${label} u`);
      close(r.pValue, num(c, 'pValue'), `${label} pValue`);
    });
  });

  test('oracle: benjaminiHochberg', () => {
    eachCase(oracle.benjaminiHochberg, 'benjaminiHochberg', (c, label) => {
      const expected = nums(c, 'adjusted');
      const actual = benjaminiHochberg(nums(c, 'pValues'));
      assert.equal(actual.length, expected.length, `${label} length`);
      expected.forEach((e, i) => close(actual[i]!, e, `${label} [${i}]`));
    });
  });

  test('oracle: passAtK', () => {
    eachCase(oracle.passAtK, 'passAtK', (c, label) => {
      close(passAtK(num(c, 'n'), num(c, 'c'), num(c, 'k')), num(c, 'value'), label);
    });
  });

  test('oracle: covers exactly the functions it knows', () => {
    const known = [
      'wilsonInterval',
      'clopperPearsonInterval',
      'twoProportionZTest',
      'fisherExactTest',
      'mcnemarTest',
      'mannWhitneyU',
      'benjaminiHochberg',
      'passAtK',
    ];
    const present = Object.keys(oracle).filter((k) => k !== '_meta');
    assert.deepEqual(
      present.filter((k) => !known.includes(k)),
      [],
      'the oracle has functions this test does not check yet',
    );
  });
}
