import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Task } from '../core/task.js';
import type { Workspace } from '../sandbox/sandbox.js';
import { GradeCache } from './grade-cache.js';
import type { GradeResult } from './grade-workspace.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-grade-cache-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
function ws(files: Record<string, string>): Workspace {
  const dir = join(root, `ws-${++n}`);
  mkdirSync(dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) writeFileSync(join(dir, rel), text);
  return { root: dir, dir, home: dir, dispose: async () => undefined };
}

const task = { id: 'sum', version: 'abc123def456' } as Task;
const pass: GradeResult = { outcome: 'pass', reason: null, testOutput: 'ok', testMs: 12, answer: null };

test('the key depends on the task version and the workspace content, not its location', () => {
  const c = new GradeCache();
  const k1 = c.key(task, ws({ 'a.js': '1' }));
  assert.equal(c.key(task, ws({ 'a.js': '1' })), k1);
  assert.ok(k1.startsWith('sum@abc123def456:'));
  assert.notEqual(c.key(task, ws({ 'a.js': '2' })), k1);
  assert.notEqual(c.key(task, ws({ 'b.js': '1' })), k1);
  assert.notEqual(c.key({ ...task, version: 'ffffffffffff' }, ws({ 'a.js': '1' })), k1);
});

test('miss, then hit after set; counters count', () => {
  const c = new GradeCache();
  const k = c.key(task, ws({ 'a.js': 'x' }));
  assert.equal(c.get(k), undefined);
  assert.deepEqual([c.hits, c.misses], [0, 1]);
  c.set(k, pass);
  assert.deepEqual(c.get(k), pass);
  assert.deepEqual(c.get(k), pass);
  assert.deepEqual([c.hits, c.misses], [2, 1]);
});

test('fails are cached, errors are not', () => {
  const c = new GradeCache();
  const fail: GradeResult = { outcome: 'fail', reason: 'tests failed (exit 1)', testOutput: '', testMs: 3, answer: null };
  const error: GradeResult = { outcome: 'error', reason: 'test command could not start', testOutput: null, testMs: 0, answer: null };
  c.set('f', fail);
  c.set('e', error);
  assert.deepEqual(c.get('f'), fail);
  assert.equal(c.get('e'), undefined);
  assert.deepEqual([c.hits, c.misses], [1, 1]);
});
