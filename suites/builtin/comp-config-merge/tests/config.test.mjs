import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeConfig, loadConfig, DEFAULTS } from '../config.mjs';

test('deep merges plain objects', () => {
  const r = mergeConfig({ a: { x: 1, y: 2 }, b: 1 }, { a: { y: 3, z: 4 } });
  assert.deepEqual(r, { a: { x: 1, y: 3, z: 4 }, b: 1 });
});

test('key order: base first, then new keys', () => {
  const r = mergeConfig({ b: 1, a: 2 }, { c: 3, a: 5 });
  assert.deepEqual(Object.keys(r), ['b', 'a', 'c']);
});

test('arrays and null replace; undefined keeps', () => {
  const r = mergeConfig({ list: [1, 2], obj: { k: 1 }, keep: 'x' }, { list: [3], obj: null, keep: undefined });
  assert.deepEqual(r, { list: [3], obj: null, keep: 'x' });
  assert.deepEqual(mergeConfig({ a: 1 }, { a: { b: 2 } }), { a: { b: 2 } });
  assert.deepEqual(mergeConfig({ a: { b: 2 } }, { a: 'flat' }), { a: 'flat' });
});

test('inputs are not mutated and results share no plain objects', () => {
  const base = { s: { t: { u: 1 } }, only: { v: 1 } };
  const over = { s: { t: { w: 2 } }, extra: { n: { m: 1 } } };
  const r = mergeConfig(base, over);
  r.s.t.u = 99;
  r.only.v = 99;
  r.extra.n.m = 99;
  assert.deepEqual(base, { s: { t: { u: 1 } }, only: { v: 1 } });
  assert.deepEqual(over, { s: { t: { w: 2 } }, extra: { n: { m: 1 } } });
});

test('non-plain objects are replaced, not merged', () => {
  const d = new Date(0);
  const r = mergeConfig({ when: { a: 1 } }, { when: d });
  assert.equal(r.when, d);
});

test('loadConfig layers over DEFAULTS without touching them', () => {
  const cfg = loadConfig({ server: { port: 9090 } }, undefined, { server: { tls: { enabled: true } }, log: { targets: [] } });
  assert.deepEqual(cfg, {
    server: { host: 'localhost', port: 9090, tls: { enabled: true } },
    log: { level: 'info', targets: [] },
    retries: 3,
  });
  const plain = loadConfig();
  plain.server.port = 1;
  assert.equal(DEFAULTS.server.port, 8080);
});
