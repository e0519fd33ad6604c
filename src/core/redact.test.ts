import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactSecrets } from './redact.js';

test('known secret values are replaced everywhere they occur', () => {
  assert.equal(redactSecrets('token=hunter22 and again hunter22.', ['hunter22']), 'token=[REDACTED] and again [REDACTED].');
});

test('secrets shorter than 6 characters are left alone (they would shred ordinary text)', () => {
  assert.equal(redactSecrets('the abc value', ['abc', '']), 'the abc value');
  assert.equal(redactSecrets('the abcdef value', ['abcdef']), 'the [REDACTED] value');
});

test('Anthropic keys are redacted without being listed', () => {
  const key = 'sk-ant-api03-AbCdEf_0123456789-xyzXYZ';
  assert.equal(redactSecrets(`ANTHROPIC_API_KEY=${key} done`), 'ANTHROPIC_API_KEY=[REDACTED] done');
  assert.ok(!redactSecrets(`"${key}"`).includes('AbCdEf'));
});

test('OpenAI, Google and GitHub shaped keys are redacted', () => {
  assert.equal(redactSecrets('k sk-proj-abcdefghijklmnopqrstuvwxyz123'), 'k [REDACTED]');
  assert.equal(redactSecrets('AIza' + 'B'.repeat(35)), '[REDACTED]');
  assert.equal(redactSecrets('ghp_' + 'a1'.repeat(18)), '[REDACTED]');
});

test('Authorization and x-api-key headers keep their name and lose their value', () => {
  assert.equal(redactSecrets('Authorization: Bearer abc.def.ghi\nnext'), 'Authorization: Bearer [REDACTED]\nnext');
  assert.equal(redactSecrets('authorization: basic dXNlcjpwYXNz'), 'authorization: basic [REDACTED]');
  assert.equal(redactSecrets('x-api-key: some-secret-value rest'), 'x-api-key: [REDACTED] rest');
});

test('ordinary text is unchanged', () => {
  const text = 'ok 1 - adds numbers\nnot ok 2 - sk-short\nAuthorization is required';
  assert.equal(redactSecrets(text), text);
});

test('regular-expression characters in a secret are taken literally', () => {
  assert.equal(redactSecrets('a.b*c+d? a-b-c-d', ['a.b*c+d?']), '[REDACTED] a-b-c-d');
});

test('auth headers dumped as JSON (agent debug logs) are redacted too', () => {
  const out = redactSecrets('{"authorization":"Bearer abc.def.ghi","x-api-key":"k-1234567"}');
  assert.ok(!out.includes('abc.def.ghi'), out);
  assert.ok(!out.includes('k-1234567'), out);
});
