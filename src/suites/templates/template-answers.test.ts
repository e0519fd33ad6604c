// Cross-checks the answer keys of the understanding templates against reality: generators compute
// their keys by simulating (predict-output) or by construction (bug or not, bug location, regex),
// and here the generated programs are actually run.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Task } from '../../core/task.js';
import { matchAnswer } from '../../grading/match-answer.js';
import { BUILTIN_SUITES_DIR } from '../resolve-suite.js';
import { loadTemplates } from './load-template.js';
import { materializeVariant, VARIANT_INFO_FILE } from './materialize-variant.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-template-answers-'));
after(() => rmSync(root, { recursive: true, force: true }));
const SEEDS = Array.from({ length: 12 }, (_, i) => `2026-02-${String(i + 1).padStart(2, '0')}`);

interface Probe {
  args: unknown[];
  expected: unknown;
}
interface CrossCheck {
  run?: string[];
  module?: string;
  export?: string;
  language?: 'javascript' | 'python';
  probes?: Probe[];
  buggy?: boolean;
  fixedSource?: string;
  answerLine?: number;
  pattern?: string;
}

const crossChecked = loadTemplates(join(BUILTIN_SUITES_DIR, 'builtin')).filter((t) => t.category === 'understanding');

function crossCheckOf(task: Task): CrossCheck {
  const info = JSON.parse(readFileSync(join(task.dir, VARIANT_INFO_FILE), 'utf8')) as { params: { crossCheck?: CrossCheck } };
  assert.ok(info.params.crossCheck, `${task.id}: params.crossCheck`);
  return info.params.crossCheck;
}

function answerKey(task: Task): Extract<Task['grading'], { kind: 'answer' }> {
  assert.equal(task.grading.kind, 'answer');
  return task.grading as Extract<Task['grading'], { kind: 'answer' }>;
}

const read = (task: Task, rel: string): string => readFileSync(join(task.dir, rel), 'utf8');

/** Calls the function `name` of a module file on every probe; results as JSON-able values ({ error } for a throw). */
async function callProbes(file: string, name: string, language: 'javascript' | 'python', probes: Probe[]): Promise<unknown[]> {
  if (language === 'javascript') {
    const mod = (await import(`${pathToFileURL(file).href}?t=${Math.random()}`)) as Record<string, (...args: unknown[]) => unknown>;
    return probes.map((p) => {
      try {
        return mod[name]!(...structuredClone(p.args));
      } catch (err) {
        return { error: (err as Error).name };
      }
    });
  }
  const script = `
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("probed", sys.argv[1])
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
out = []
for args in json.loads(sys.stdin.read()):
    try:
        out.append(getattr(mod, sys.argv[2])(*args))
    except Exception as err:
        out.append({"error": type(err).__name__})
print(json.dumps(out))
`;
  const r = spawnSync('python3', ['-c', script, file, name], { input: JSON.stringify(probes.map((p) => p.args)), encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as unknown[];
}

const mismatches = (got: unknown[], probes: Probe[]): number => probes.filter((p, i) => JSON.stringify(got[i]) !== JSON.stringify(p.expected)).length;

test('there are understanding templates to cross-check', () => {
  assert.ok(crossChecked.length >= 6, crossChecked.map((t) => t.id).join(' '));
});

for (const template of crossChecked) {
  test(`${template.id}: the answer key matches what the generated code really does (${SEEDS.length} seeds)`, async () => {
    const labels = new Set<string>();
    for (const seed of SEEDS) {
      const task = await materializeVariant(template, seed, join(root, seed));
      const key = answerKey(task);
      const check = crossCheckOf(task);
      const solution = read(task, 'solution/answer.txt');
      const wrong = read(task, 'wrong/answer.txt');
      assert.ok(matchAnswer(solution, key), `${task.id}: the reference answer matches the key`);
      assert.ok(!matchAnswer(wrong, key), `${task.id}: the wrong answer does not`);
      if (key.label) labels.add(key.label);
      const ws = join(task.dir, 'workspace');

      if (check.run) {
        // Predict the output: run the program and compare with the key.
        const [cmd, ...args] = check.run;
        const r = spawnSync(cmd!, args, { cwd: ws, encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
        assert.equal(r.status, 0, `${task.id}: ${r.stderr}`);
        assert.ok(matchAnswer(r.stdout, key), `${task.id}: the program prints ${JSON.stringify(r.stdout)}, the key says ${JSON.stringify(key.expected)}`);
      }
      if (check.probes && check.module && check.export && check.language) {
        // Bug or not / locate: a buggy variant misbehaves on some probe, a correct one on none.
        const got = await callProbes(join(ws, check.module), check.export, check.language, check.probes);
        const bad = mismatches(got, check.probes);
        if (check.buggy) assert.ok(bad > 0, `${task.id}: labelled buggy but behaves correctly on every probe`);
        else assert.equal(bad, 0, `${task.id}: labelled not-buggy but misbehaves: ${JSON.stringify(got)}`);
        assert.equal(key.label ?? 'buggy', check.buggy ? 'buggy' : 'not-buggy');
      }
      if (check.fixedSource !== undefined && check.answerLine !== undefined && check.module && check.export && check.probes) {
        // Locate: the fixed source differs from the shipped one on the answer's line only, and passes.
        const shipped = read(task, `workspace/${check.module}`).split('\n');
        const fixed = check.fixedSource.split('\n');
        assert.equal(shipped.length, fixed.length);
        const diff = fixed.map((l, i) => (l !== shipped[i] ? i + 1 : 0)).filter(Boolean);
        assert.deepEqual(diff, [check.answerLine], `${task.id}: the bug is on the answer's line`);
        assert.ok(matchAnswer(String(check.answerLine), key));
        const fixedFile = join(root, `${task.id}-fixed.mjs`);
        writeFileSync(fixedFile, check.fixedSource);
        assert.equal(mismatches(await callProbes(fixedFile, check.export, 'javascript', check.probes), check.probes), 0, `${task.id}: the fixed code passes every probe`);
      }
      if (check.pattern && check.module && check.export) {
        // Regex: evaluate the shipped pattern on the shipped candidates.
        const mod = (await import(pathToFileURL(join(ws, check.module)).href)) as Record<string, unknown>;
        const re = mod[check.pattern] as RegExp;
        const candidates = mod[check.export] as string[];
        const matching = candidates.map((s, i) => (re.test(s) ? i + 1 : 0)).filter(Boolean);
        assert.ok(matchAnswer(matching.join(','), key), `${task.id}: really matching ${matching.join(',')}`);
      }
    }
    if (template.tags.includes('bug-detection')) assert.deepEqual([...labels].sort(), ['buggy', 'not-buggy'], `${template.id}: the seeds give both labels`);
  });
}
