import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapConcurrent } from '../../core/map-concurrent.js';
import { validateTask } from '../../grading/validate-task.js';
import { ProcessSandbox } from '../../sandbox/process/process-sandbox.js';
import { BUILTIN_SUITES_DIR } from '../resolve-suite.js';
import { loadTemplates } from './load-template.js';
import { materializeVariant } from './materialize-variant.js';

const TEMPLATES_DIR = join(BUILTIN_SUITES_DIR, 'builtin');
const SEEDS = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05'];

const root = mkdtempSync(join(tmpdir(), 'barometer-validate-templates-'));
const wsBase = join(root, 'ws');
mkdirSync(wsBase);
after(() => rmSync(root, { recursive: true, force: true }));

test('every variant of every shipped template is valid: untouched fails, solution passes, wrong fails', async (t) => {
  const templates = loadTemplates(TEMPLATES_DIR);
  assert.equal(templates.length, 20, 'the shipped templates');
  const jobs = templates.flatMap((template) => SEEDS.map((seed) => ({ template, seed })));
  const sandbox = new ProcessSandbox(wsBase);
  const started = performance.now();
  const results = await mapConcurrent(jobs, 2, async ({ template, seed }) => {
    const task = await materializeVariant(template, seed, join(root, 'variants', seed));
    const v = await validateTask(task, sandbox);
    return {
      id: task.id,
      valid: v.valid,
      hasWrong: task.wrongFiles.length > 0,
      problems: v.checks.filter((c) => !c.ok).map((c) => `${c.variant}: expected ${c.expected}, got ${c.outcome} (${c.reason ?? ''})`),
    };
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const invalid = results.filter((r) => !r.valid);
  assert.deepEqual(invalid, [], `invalid variants (of ${results.length}, ${seconds} s)`);
  assert.equal(results.length, 100);
  assert.ok(results.every((r) => r.hasWrong), 'every variant has a wrong solution to reject');
  t.diagnostic(`${results.length}/${results.length} template variants valid in ${seconds} s`);
});
