import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barometer, tempDir } from './support/cli.js';

test('every built-in task is valid: reference passes, untouched and wrong solutions fail', () => {
  const { dir, cleanup } = tempDir('validate');
  try {
    const r = barometer(['tasks', 'validate', '--json'], { cwd: dir, timeoutMs: 300_000 });
    const doc = JSON.parse(r.stdout);
    const invalid = doc.tasks.filter((t: { valid: boolean }) => !t.valid);
    assert.deepEqual(invalid, []);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(doc.total >= 24);
    const list = JSON.parse(barometer(['tasks', 'list', '--json'], { cwd: dir }).stdout) as { category: string }[];
    for (const category of ['generation', 'completion', 'understanding']) {
      assert.ok(list.filter((t) => t.category === category).length >= 8, `at least 8 ${category} tasks`);
    }
  } finally {
    cleanup();
  }
});
