import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { BarometerError } from '../../core/errors.js';
import { listFiles } from '../../core/files.js';
import { BUILTIN_SUITES_DIR } from '../resolve-suite.js';
import { loadTemplate, loadTemplates } from './load-template.js';
import { loadTemplateSuite, materializeVariant, runGenerator, seedSlug, VARIANT_INFO_FILE, variantId, variantVersion } from './materialize-variant.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-materialize-test-'));
after(() => rmSync(root, { recursive: true, force: true }));
const TEMPLATES_DIR = join(BUILTIN_SUITES_DIR, 'builtin');

/** Every file of a directory, as relative path → content. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((rel) => [rel, readFileSync(join(dir, rel), 'utf8')]));
}

const TOML = (grading = '[grading]\nkind = "tests"\ncommand = "node tests/t.mjs"\n', extra = ''): string =>
  `title = "Fixture"\ncategory = "generation"\nlanguage = "javascript"\ndifficulty = "easy"\nversion = 1\n${extra}\n${grading}`;
const GOOD = `export function generate({ seed, random, helpers }) {
  const n = helpers.int(1, 1000);
  const name = helpers.identifier();
  return {
    instruction: 'Write ' + name + ' returning ' + n + ' (seed ' + seed + ', ' + random().toFixed(6) + ')',
    workspace: { 'README.md': 'start\\n' },
    tests: { 't.mjs': 'import { ' + name + ' } from "../m.mjs"; if (' + name + '() !== ' + n + ') process.exit(1);\\n' },
    solution: { 'm.mjs': 'export const ' + name + ' = () => ' + n + ';\\n' },
    wrong: { 'm.mjs': 'export const ' + name + ' = () => ' + (n + 1) + ';\\n', 'sub/dir/x.txt': 'nested' },
    params: { n, name },
  };
}
`;

let counter = 0;
function makeTemplate(files: Record<string, string>, name = `tpl-fixture-${++counter}`, parent = join(root, 'templates')): string {
  const dir = join(parent, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

async function variantError(files: Record<string, string>, seed = '2026-01-01'): Promise<BarometerError> {
  const t = loadTemplate(makeTemplate(files));
  try {
    await materializeVariant(t, seed, join(root, 'bad-out'));
  } catch (err) {
    assert.ok(err instanceof BarometerError, String(err));
    assert.equal(err.exitCode, 2);
    return err;
  }
  assert.fail('expected materializeVariant to throw');
}

test('seedSlug and variantId: dates stay readable, other seeds get a hash so they never collide', () => {
  assert.equal(seedSlug('2026-01-05'), '2026-01-05');
  assert.equal(seedSlug('abc'), 'abc');
  assert.match(seedSlug('ABC'), /^abc-[0-9a-f]{8}$/);
  assert.notEqual(seedSlug('ABC'), seedSlug('abc'));
  assert.match(seedSlug('run #7 / nightly'), /^run-7-nightly-[0-9a-f]{8}$/);
  assert.match(seedSlug('///'), /^seed-[0-9a-f]{8}$/);
  assert.ok(seedSlug('x'.repeat(100)).length <= 41);
  assert.equal(variantId({ id: 'tpl-a' }, '2026-01-05'), 'tpl-a--2026-01-05');
  for (const s of ['ABC', 'run #7 / nightly', '///', 'x'.repeat(100), 'été']) assert.match(variantId({ id: 'tpl-a' }, s), /^[a-z0-9][a-z0-9._-]*$/);
});

test('materializes a regular task directory that loadTask reads, versioned by template version + seed + hash', async () => {
  const t = loadTemplate(makeTemplate({ 'template.toml': TOML(), 'generate.mjs': GOOD }, 'tpl-good'));
  const out = join(root, 'out-good');
  const task = await materializeVariant(t, '2026-01-05', out);
  assert.equal(task.id, 'tpl-good--2026-01-05');
  assert.equal(task.dir, join(out, 'tpl-good--2026-01-05'));
  assert.equal(task.title, 'Fixture');
  assert.equal(task.category, 'generation');
  assert.deepEqual(task.workspaceFiles, ['README.md']);
  assert.deepEqual(task.testFiles, ['t.mjs']);
  assert.deepEqual(task.solutionFiles, ['m.mjs']);
  assert.deepEqual(task.wrongFiles, ['m.mjs', 'sub/dir/x.txt']);
  assert.deepEqual(task.grading, { kind: 'tests', command: 'node tests/t.mjs', timeoutSec: 60 });
  assert.equal(task.version, variantVersion(t, '2026-01-05'));
  assert.match(task.instruction, /^Write [a-z]+[A-Z][a-z]+ returning \d+ \(seed 2026-01-05, 0\.\d{6}\)$/);
  const manifest = parseToml(readFileSync(join(task.dir, 'task.toml'), 'utf8')) as Record<string, unknown>;
  assert.deepEqual({ ...(manifest.template as object) }, { id: 'tpl-good', version: '1', hash: t.hash, seed: '2026-01-05', variant_version: task.version });
  const info = JSON.parse(readFileSync(join(task.dir, VARIANT_INFO_FILE), 'utf8')) as { params: { n: number; name: string }; seed: string };
  assert.equal(info.seed, '2026-01-05');
  assert.ok(task.instruction.includes(info.params.name) && task.instruction.includes(String(info.params.n)));

  // Versions: deterministic, and changed by the seed, the author's version and any template file.
  assert.equal(variantVersion(t, '2026-01-05'), variantVersion(loadTemplate(t.dir), '2026-01-05'));
  assert.notEqual(variantVersion(t, '2026-01-06'), task.version);
  assert.notEqual(variantVersion({ ...t, version: '2' }, '2026-01-05'), task.version);
  writeFileSync(join(t.dir, 'notes.txt'), 'a helper file');
  assert.notEqual(variantVersion(loadTemplate(t.dir), '2026-01-05'), task.version);
});

test('materializing again replaces the variant directory (no stale files) with identical bytes', async () => {
  const t = loadTemplate(makeTemplate({ 'template.toml': TOML(), 'generate.mjs': GOOD }));
  const out = join(root, 'out-again');
  const first = await materializeVariant(t, 's1', out);
  const before = snapshot(first.dir);
  writeFileSync(join(first.dir, 'workspace', 'stale.txt'), 'left over');
  const second = await materializeVariant(t, 's1', out);
  assert.deepEqual(snapshot(second.dir), before);
  assert.deepEqual(second, first);
  assert.deepEqual(listFiles(out).filter((f) => f.startsWith('.')), [], 'no staging directory is left behind');
});

test('generator problems are clear errors naming the template and the seed', async () => {
  const base = { 'template.toml': TOML() };
  const gen = (body: string): Record<string, string> => ({ ...base, 'generate.mjs': body });
  const ok = `instruction: 'x', workspace: { 'a.txt': 'a' }, tests: { 't.mjs': '' }, solution: { 'a.txt': 'b' }`;
  const cases: [Record<string, string>, RegExp][] = [
    [gen('export const generate = 42;\n'), /does not export a function generate/],
    [gen('export function generate( {\n'), /cannot be imported/],
    [gen("export function generate() { throw new Error('boom'); }\n"), /generate threw: boom/],
    [gen(`export function generate() { return { ${ok}, params: { r: Math.random() } }; }\n`), /not deterministic/],
    [gen(`let calls = 0;\nexport function generate() { calls++; return { ${ok}, params: { calls } }; }\n`), /not deterministic/],
    [gen(`export function generate() { return { ${ok.replace("'a.txt': 'a'", "'../a.txt': 'a'")} }; }\n`), /workspace.*not a safe relative path/],
    [gen(`export function generate() { return { ${ok.replace("'a.txt': 'b'", "'/etc/x': 'b'")} }; }\n`), /solution.*not a safe relative path/],
    [gen(`export function generate() { return { ${ok.replace("{ 'a.txt': 'a' }", '{}')} }; }\n`), /workspace: needs at least one file/],
    [gen(`export function generate() { return { ${ok.replace("instruction: 'x'", "instruction: '  '")} }; }\n`), /instruction: is empty/],
    [gen(`export function generate() { return { ${ok}, extra: 1 }; }\n`), /invalid variant/],
    [gen(`export function generate() { return { ${ok}, workspace: { 'a.txt': 5 } }; }\n`), /workspace/],
    [gen(`export function generate() { return { ${ok}, grading: { expected: 'x' } }; }\n`), /grading\.expected, which a "tests" grading block does not have/],
    [gen(`export function generate() { return { ${ok.replace("tests: { 't.mjs': '' }, ", '')} }; }\n`), /the generated task is invalid: .*missing its hidden tests/],
    [{ 'template.toml': TOML('[grading]\nkind = "answer"\nfile = "answer.txt"\n'), 'generate.mjs': `export function generate() { return { ${ok} }; }\n` }, /no expected answer/],
  ];
  for (const [files, pattern] of cases) {
    const err = await variantError(files);
    assert.match(err.message, pattern);
    assert.match(err.message, /template \/.*2026-01-01/);
  }
  await assert.rejects(
    materializeVariant(loadTemplate(makeTemplate(gen(GOOD))), '', join(root, 'x')),
    (err: BarometerError) => err.code === 'USAGE',
  );
});

test('a generated grading override: per-variant answer key and label', async () => {
  const gen = `export function generate({ helpers }) {
  const buggy = helpers.bool();
  const label = buggy ? 'buggy' : 'not-buggy';
  return { instruction: 'Bug?', workspace: { 'f.js': '' }, solution: { 'answer.txt': label }, wrong: { 'answer.txt': 'x' }, grading: { expected: [label], label } };
}
`;
  const t = loadTemplate(makeTemplate({ 'template.toml': TOML('[grading]\nkind = "answer"\nfile = "answer.txt"\nmatch = "normalized"\n'), 'generate.mjs': gen }));
  const labels = new Set<string>();
  for (const seed of ['1', '2', '3', '4', '5', '6', '7', '8']) {
    const task = await materializeVariant(t, seed, join(root, 'out-labels'));
    assert.equal(task.grading.kind, 'answer');
    if (task.grading.kind !== 'answer') continue;
    assert.equal(task.grading.match, 'normalized');
    assert.deepEqual(task.grading.expected, [task.grading.label]);
    labels.add(task.grading.label ?? '');
  }
  assert.deepEqual([...labels].sort(), ['buggy', 'not-buggy'], 'the seed decides the label');
});

test('every shipped template: the same seed gives byte-identical files, another seed another instance', async () => {
  const templates = loadTemplates(TEMPLATES_DIR);
  assert.equal(templates.length, 20);
  const ids = templates.map((t) => t.id);
  assert.ok(ids.every((id) => id.startsWith('tpl-')));
  const languages = new Set(templates.map((t) => t.language));
  assert.deepEqual([...languages].sort(), ['javascript', 'python']);
  for (const category of ['generation', 'completion', 'understanding']) assert.ok(templates.some((t) => t.category === category), category);
  for (const t of templates) {
    const a = await materializeVariant(t, '2026-01-01', join(root, 'det-a'));
    const b = await materializeVariant(t, '2026-01-01', join(root, 'det-b'));
    assert.deepEqual(snapshot(b.dir), snapshot(a.dir), `${t.id}: same seed, same files`);
    assert.equal(a.version, b.version);
    const c = await materializeVariant(t, '2026-01-02', join(root, 'det-c'));
    assert.notEqual(c.version, a.version);
    const content = (dir: string): string => JSON.stringify([snapshot(join(dir, 'workspace')), readFileSync(join(dir, 'instruction.md'), 'utf8')]);
    assert.notEqual(content(c.dir), content(a.dir), `${t.id}: another seed changes what the agent sees`);
    const d = await runGenerator(t, '2026-01-03');
    assert.ok(Object.keys(d.params).length > 0, `${t.id}: records its drawn parameters`);
  }
});

test('loadTemplateSuite: one variant per template, named by suite.toml, versioned by the seed', async () => {
  const parent = join(root, 'suite-of-templates');
  makeTemplate({ 'template.toml': TOML(), 'generate.mjs': GOOD }, 'tpl-one', parent);
  makeTemplate({ 'template.toml': TOML(), 'generate.mjs': GOOD }, 'tpl-two', parent);
  writeFileSync(join(parent, 'suite.toml'), 'name = "fresh"\n');
  const s1 = await loadTemplateSuite(parent, { seed: '2026-02-01', outDir: join(root, 'suite-out', '2026-02-01') });
  assert.equal(s1.name, 'fresh');
  assert.equal(s1.dir, parent);
  assert.deepEqual(s1.tasks.map((t) => t.id), ['tpl-one--2026-02-01', 'tpl-two--2026-02-01']);
  const again = await loadTemplateSuite(parent, { seed: '2026-02-01', outDir: join(root, 'suite-out', 'again') });
  assert.equal(again.version, s1.version);
  const s2 = await loadTemplateSuite(parent, { seed: '2026-02-02', outDir: join(root, 'suite-out', '2026-02-02'), name: 'other' });
  assert.equal(s2.name, 'other');
  assert.notEqual(s2.version, s1.version);
  assert.ok(existsSync(join(root, 'suite-out', '2026-02-02', 'tpl-two--2026-02-02', 'task.toml')));
});
