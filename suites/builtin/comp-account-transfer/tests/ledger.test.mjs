import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ledger } from '../ledger.mjs';

function setup() {
  const l = new Ledger().open('alice').open('bob');
  l.deposit('alice', 1000);
  return l;
}

test('moves money and returns the new source balance', () => {
  const l = setup();
  assert.equal(l.transfer('alice', 'bob', 250), 750);
  assert.equal(l.balance('alice'), 750);
  assert.equal(l.balance('bob'), 250);
  assert.deepEqual(l.history().at(-1), { type: 'transfer', from: 'alice', to: 'bob', cents: 250 });
  assert.equal(l.history().length, 2);
});

test('can empty an account exactly', () => {
  const l = setup();
  assert.equal(l.transfer('alice', 'bob', 1000), 0);
  assert.equal(l.balance('bob'), 1000);
});

test('insufficient funds changes nothing', () => {
  const l = setup();
  assert.throws(() => l.transfer('alice', 'bob', 1001), { message: 'insufficient funds' });
  assert.equal(l.balance('alice'), 1000);
  assert.equal(l.balance('bob'), 0);
  assert.equal(l.history().length, 1);
});

test('amount validation comes first', () => {
  const l = setup();
  assert.throws(() => l.transfer('alice', 'bob', 0), RangeError);
  assert.throws(() => l.transfer('alice', 'bob', 1.5), RangeError);
  assert.throws(() => l.transfer('nobody', 'bob', -5), RangeError);
});

test('unknown accounts and same account', () => {
  const l = setup();
  assert.throws(() => l.transfer('carol', 'dave', 1), { message: 'unknown account: carol' });
  assert.throws(() => l.transfer('alice', 'dave', 1), { message: 'unknown account: dave' });
  assert.throws(() => l.transfer('alice', 'alice', 1), { message: 'cannot transfer to the same account' });
  assert.equal(l.balance('alice'), 1000);
  assert.equal(l.history().length, 1);
});
