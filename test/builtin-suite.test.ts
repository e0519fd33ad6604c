import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barometer, tempDir } from './support/cli.js';

interface Row {
  id: string;
  category: string;
  language: string;
  difficulty: string;
  template?: boolean;
}

test('the built-in suite: ≥ 150 original tasks in every category and both languages, ≥ 20 templates', () => {
  const { dir, cleanup } = tempDir('suite');
  try {
    const rows = JSON.parse(barometer(['tasks', 'list', '--json'], { cwd: dir }).stdout) as Row[];
    const fixed = rows.filter((r) => !r.template);
    assert.ok(fixed.length >= 150, `${fixed.length} fixed tasks`);
    assert.ok(rows.filter((r) => r.template).length >= 20, 'at least 20 templates');
    for (const category of ['generation', 'completion', 'understanding', 'repo']) {
      for (const language of ['javascript', 'python']) {
        assert.ok(fixed.some((t) => t.category === category && t.language === language), `${category} in ${language}`);
      }
    }
    for (const difficulty of ['easy', 'medium', 'hard']) assert.ok(fixed.filter((t) => t.difficulty === difficulty).length >= 30, difficulty);
  } finally {
    cleanup();
  }
});

test('every built-in task and today\'s template variants are valid: reference passes, untouched and wrong solutions fail', () => {
  const { dir, cleanup } = tempDir('validate');
  try {
    const r = barometer(['tasks', 'validate', '--json', '--date', '2026-12-04'], { cwd: dir, timeoutMs: 300_000 });
    const doc = JSON.parse(r.stdout);
    const invalid = doc.tasks.filter((t: { valid: boolean }) => !t.valid);
    assert.deepEqual(invalid, []);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(doc.total >= 170, `${doc.total} validated`);
  } finally {
    cleanup();
  }
});
