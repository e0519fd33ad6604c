import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../calc.mjs';

test('precedence', () => {
  assert.equal(evaluate('1 + 2 * 3'), 7);
  assert.equal(evaluate('(1 + 2) * 3'), 9);
  assert.equal(evaluate('2 * 3 ^ 2'), 18);
  assert.equal(evaluate('10 - 4 / 2'), 8);
});

test('left associativity', () => {
  assert.equal(evaluate('8 - 3 - 2'), 3);
  assert.equal(evaluate('64 / 4 / 2'), 8);
  assert.equal(evaluate('2 * 3 % 4'), 2);
  assert.equal(evaluate('7 % 4 * 3'), 9);
});

test('power is right-associative', () => {
  assert.equal(evaluate('2 ^ 3 ^ 2'), 512);
  assert.equal(evaluate('(2 ^ 3) ^ 2'), 64);
});

test('unary operators bind looser than ^', () => {
  assert.equal(evaluate('-2 ^ 2'), -4);
  assert.equal(evaluate('(-2) ^ 2'), 4);
  assert.equal(evaluate('2 ^ -1'), 0.5);
  assert.equal(evaluate('--3'), 3);
  assert.equal(evaluate('-+-3'), 3);
  assert.equal(evaluate('-3 * 2'), -6);
  assert.equal(evaluate('2 * -3'), -6);
  assert.equal(evaluate('-2 ^ 2 ^ 3'), -256);
});

test('variables and decimals', () => {
  assert.equal(evaluate('rate * hours + bonus', { rate: 12.5, hours: 8, bonus: 20 }), 120);
  assert.throws(() => evaluate('x + 1'), ReferenceError);
});

test('errors', () => {
  assert.throws(() => evaluate('1 +'), SyntaxError);
  assert.throws(() => evaluate('(1 + 2'), SyntaxError);
  assert.throws(() => evaluate('1 2'), SyntaxError);
  assert.throws(() => evaluate('1 / (2 - 2)'), RangeError);
  assert.throws(() => evaluate('4 $ 2'), SyntaxError);
});
