import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions } from '../semver.mjs';

const ORDERED = [
  '0.0.1', '0.1.0', '1.0.0-0', '1.0.0-0.0', '1.0.0-2', '1.0.0-10', '1.0.0-0a', '1.0.0-A', '1.0.0-Z-', '1.0.0-a',
  '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11',
  '1.0.0-rc.1', '1.0.0', '1.0.1', '1.1.0', '1.9.0', '1.10.0', '2.0.0', '10.0.0',
];

test('core numbers compare numerically', () => {
  assert.equal(compareVersions('1.10.0', '1.9.0'), 1);
  assert.equal(compareVersions('1.2.3', '1.2.3'), 0);
  assert.equal(compareVersions('0.0.9', '0.1.0'), -1);
  assert.equal(compareVersions('2.0.0', '10.0.0'), -1);
});

test('pre-release precedence', () => {
  assert.equal(compareVersions('1.0.0-rc.1', '1.0.0'), -1);
  assert.equal(compareVersions('1.0.0', '1.0.0-rc.1'), 1);
  assert.equal(compareVersions('1.0.0-beta.11', '1.0.0-beta.2'), 1);
  assert.equal(compareVersions('1.0.0-alpha', '1.0.0-alpha.1'), -1);
  assert.equal(compareVersions('1.0.0-1', '1.0.0-a'), -1);
  assert.equal(compareVersions('1.0.0-B', '1.0.0-a'), -1, 'ASCII order: uppercase before lowercase');
  assert.equal(compareVersions('1.0.0-alpha-2', '1.0.0-alpha-10'), 1, 'alphanumeric, compared as text');
});

test('every pair of a known ordering', () => {
  for (let i = 0; i < ORDERED.length; i++) {
    for (let j = 0; j < ORDERED.length; j++) {
      assert.equal(compareVersions(ORDERED[i], ORDERED[j]), Math.sign(i - j), `${ORDERED[i]} vs ${ORDERED[j]}`);
    }
  }
});

test('works as a sort comparator', () => {
  const shuffled = [...ORDERED].reverse();
  shuffled.push(shuffled.shift());
  assert.deepEqual(shuffled.sort(compareVersions), ORDERED);
});

test('build metadata is ignored', () => {
  assert.equal(compareVersions('1.0.0+a', '1.0.0+b'), 0);
  assert.equal(compareVersions('1.0.0-rc.1+build.007', '1.0.0-rc.1'), 0);
  assert.equal(compareVersions('1.0.0+zzz', '1.0.1'), -1);
});

test('arbitrarily large numbers compare exactly', () => {
  assert.equal(compareVersions('1.0.0-9007199254740993', '1.0.0-9007199254740992'), 1);
  assert.equal(compareVersions('9007199254740993.0.0', '9007199254740992.0.0'), 1);
  assert.equal(compareVersions('1.0.123456789012345678901234567890', '1.0.123456789012345678901234567891'), -1);
});

test('invalid versions throw TypeError', () => {
  const bad = ['1.2', '1.2.3.4', '01.2.3', '1.02.3', 'v1.2.3', ' 1.2.3', '1.2.3 ', '1.2.3-', '1.2.3-01',
    '1.2.3-a..b', '1.2.3+', '1.2.3+a_b', '1.2.3-é', '', '1.2.-3'];
  for (const v of bad) {
    assert.throws(() => compareVersions(v, '1.0.0'), TypeError, JSON.stringify(v));
    assert.throws(() => compareVersions('1.0.0', v), TypeError, JSON.stringify(v));
  }
  assert.throws(() => compareVersions(1, '1.0.0'), TypeError);
});

test('valid edge syntax is accepted', () => {
  assert.equal(compareVersions('1.0.0-0a', '1.0.0-0a'), 0);
  assert.equal(compareVersions('1.0.0-x-y-z.--', '1.0.0-x-y-z.--'), 0);
  assert.equal(compareVersions('1.0.0+001', '1.0.0'), 0);
});
