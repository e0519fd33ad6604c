import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapConcurrent } from '../src/core/map-concurrent.js';
import { validateTask } from '../src/grading/validate-task.js';
import { ProcessSandbox } from '../src/sandbox/process/process-sandbox.js';
import { importTasks } from '../src/suites/importers/import-tasks.js';
import { loadSuite } from '../src/suites/load-suite.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATASET = join(ROOT, '..', 'shared', 'datasets', 'humaneval', 'HumanEval.jsonl.gz');
const present = existsSync(DATASET);

test(
  'the real HumanEval imports and all 164 problems validate (prompt fails, canonical solution passes)',
  { skip: present ? false : `HumanEval dataset not found at ${DATASET} (put HumanEval.jsonl.gz there to run this test)`, timeout: 600_000 },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'barometer-humaneval-import-'));
    try {
      const out = join(dir, 'humaneval');
      const t0 = performance.now();
      const result = await importTasks('humaneval', DATASET, { out });
      const t1 = performance.now();
      assert.deepEqual(result.skipped, []);
      assert.equal(result.imported.length, 164);

      const suite = loadSuite(out);
      assert.equal(suite.tasks.length, 164);
      const sandbox = new ProcessSandbox();
      const validations = await mapConcurrent(suite.tasks, 2, (task) => validateTask(task, sandbox));
      const t2 = performance.now();
      t.diagnostic(`import ${((t1 - t0) / 1000).toFixed(1)} s, validate ${((t2 - t1) / 1000).toFixed(1)} s (concurrency 2), total ${((t2 - t0) / 1000).toFixed(1)} s`);

      // A prompt that passes its own tests untouched is named here, not hidden.
      const promptPasses = validations.filter((v) => v.checks.some((c) => c.variant === 'untouched' && c.outcome !== 'fail')).map((v) => v.taskId);
      assert.deepEqual(promptPasses, [], 'these prompts do not fail untouched');
      const invalid = validations.filter((v) => !v.valid).map((v) => ({ id: v.taskId, checks: v.checks.filter((c) => !c.ok) }));
      assert.deepEqual(invalid, []);
      assert.equal(validations.filter((v) => v.valid).length, 164);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
