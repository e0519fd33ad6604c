import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Autocomplete } from '../autocomplete.mjs';

function sample() {
  return new Autocomplete()
    .add('car', 5)
    .add('card', 2)
    .add('care', 9)
    .add('cart', 2)
    .add('cat', 7)
    .add('dog', 1);
}

test('suggest sorts by weight then code-unit order', () => {
  const ac = sample();
  assert.deepEqual(ac.suggest('car'), ['care', 'car', 'card', 'cart']);
  assert.deepEqual(ac.suggest('ca', 3), ['care', 'cat', 'car']);
  assert.deepEqual(ac.suggest('x'), []);
});

test('empty prefix matches everything; default limit is 5', () => {
  const ac = sample();
  assert.deepEqual(ac.suggest(''), ['care', 'cat', 'car', 'card', 'cart']);
  assert.deepEqual(ac.suggest('', 10), ['care', 'cat', 'car', 'card', 'cart', 'dog']);
});

test('ties use code-unit order, not locale order', () => {
  const ac = new Autocomplete().add('apple').add('Banana').add('avocado').add('Apricot').add('a');
  assert.deepEqual(ac.suggest('', 10), ['Apricot', 'Banana', 'a', 'apple', 'avocado']);
  assert.deepEqual(ac.suggest('a'), ['a', 'apple', 'avocado']);
});

test('adding again accumulates weight', () => {
  const ac = new Autocomplete().add('go', 1).add('gopher', 2).add('go', 3);
  assert.equal(ac.weightOf('go'), 4);
  assert.equal(ac.size, 2);
  assert.deepEqual(ac.suggest('go'), ['go', 'gopher']);
  assert.equal(ac.weightOf('g'), 0);
  assert.equal(ac.weightOf('gophers'), 0);
});

test('remove keeps other words with the same prefix', () => {
  const ac = sample();
  assert.equal(ac.remove('car'), true);
  assert.equal(ac.remove('car'), false);
  assert.equal(ac.remove('ca'), false);
  assert.equal(ac.size, 5);
  assert.deepEqual(ac.suggest('car'), ['care', 'card', 'cart']);
  assert.equal(ac.remove('care'), true);
  assert.deepEqual(ac.suggest('care'), []);
  ac.add('care', 1);
  assert.deepEqual(ac.suggest('care'), ['care']);
  assert.equal(ac.weightOf('care'), 1);
});

test('limit validation', () => {
  const ac = sample();
  assert.deepEqual(ac.suggest('c', 0), []);
  assert.throws(() => ac.suggest('c', -1), RangeError);
  assert.throws(() => ac.suggest('c', 1.5), RangeError);
});

test('add validation', () => {
  const ac = new Autocomplete();
  assert.throws(() => ac.add(''), TypeError);
  assert.throws(() => ac.add(42), TypeError);
  assert.throws(() => ac.add('x', 0), TypeError);
  assert.throws(() => ac.add('x', -1), TypeError);
  assert.throws(() => ac.add('x', NaN), TypeError);
  assert.equal(ac.size, 0);
});

test('fractional weights and non-ASCII words', () => {
  const ac = new Autocomplete().add('né', 0.5).add('nez', 0.25).add('ne', 0.5);
  assert.deepEqual(ac.suggest('n'), ['ne', 'né', 'nez']);
});
