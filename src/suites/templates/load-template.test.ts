import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BarometerError } from '../../core/errors.js';
import { isTemplateDir, loadTemplate, loadTemplates } from './load-template.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-load-template-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

const TOML = `title = "Add numbers"
category = "generation"
language = "javascript"
difficulty = "easy"
tags = ["math"]
version = 3

[grading]
kind = "tests"
command = "node --test tests/add.test.mjs"
timeout_sec = 12
`;
const GENERATOR = 'export function generate() { return {}; }\n';

let counter = 0;
/** Writes a template directory from relative path → content and returns its path. */
function makeTemplate(files: Record<string, string>, name = `tpl-${++counter}`, parent = root): string {
  const dir = join(parent, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

function templateError(dir: string): BarometerError {
  try {
    loadTemplate(dir);
  } catch (err) {
    assert.ok(err instanceof BarometerError, String(err));
    assert.equal(err.code, 'TASK_INVALID');
    assert.equal(err.exitCode, 2);
    assert.ok(err.message.includes(dir), `names the directory: ${err.message}`);
    return err;
  }
  assert.fail('expected loadTemplate to throw');
}

test('loads metadata, version, grading and a content hash', () => {
  const dir = makeTemplate({ 'template.toml': TOML, 'generate.mjs': GENERATOR, 'data/words.txt': 'a\n' }, 'tpl-add');
  const t = loadTemplate(dir);
  assert.equal(t.id, 'tpl-add');
  assert.equal(t.dir, dir);
  assert.equal(t.title, 'Add numbers');
  assert.equal(t.category, 'generation');
  assert.equal(t.language, 'javascript');
  assert.equal(t.difficulty, 'easy');
  assert.deepEqual(t.tags, ['math']);
  assert.equal(t.version, '3');
  assert.equal(t.generatorPath, join(dir, 'generate.mjs'));
  assert.deepEqual(t.grading, { kind: 'tests', command: 'node --test tests/add.test.mjs', timeout_sec: 12 });
  assert.match(t.hash, /^[0-9a-f]{12}$/);
  assert.equal(loadTemplate(dir).hash, t.hash, 'stable');
  writeFileSync(join(dir, 'data/words.txt'), 'b\n');
  assert.notEqual(loadTemplate(dir).hash, t.hash, 'any file of the template changes the hash');
  mkdirSync(join(dir, '__pycache__'));
  writeFileSync(join(dir, '__pycache__', 'x.pyc'), 'cache');
  assert.equal(loadTemplate(dir).hash, loadTemplate(dir).hash);
  assert.equal(isTemplateDir(dir), true);
  assert.equal(isTemplateDir(root), false);
});

test('string versions, an explicit id and generator, and answer keys without expected are accepted', () => {
  const toml = TOML.replace('version = 3', 'version = "2026.1-b"\nid = "my-tpl"\ngenerator = "make.mjs"').replace(
    /\[grading\][^]*$/,
    '[grading]\nkind = "answer"\nfile = "answer.txt"\nmatch = "exact"\n',
  );
  const t = loadTemplate(makeTemplate({ 'template.toml': toml, 'make.mjs': GENERATOR }));
  assert.equal(t.id, 'my-tpl');
  assert.equal(t.version, '2026.1-b');
  assert.ok(t.generatorPath.endsWith('make.mjs'));
  assert.deepEqual(t.grading, { kind: 'answer', file: 'answer.txt', match: 'exact' });
});

test('errors name the directory and the problem', () => {
  assert.match(templateError(makeTemplate({ 'generate.mjs': GENERATOR })).message, /missing template\.toml/);
  assert.match(templateError(makeTemplate({ 'template.toml': 'title = ', 'generate.mjs': GENERATOR })).message, /not valid TOML/);
  assert.match(templateError(makeTemplate({ 'template.toml': TOML.replace('version = 3\n', ''), 'generate.mjs': GENERATOR })).message, /version/);
  assert.match(templateError(makeTemplate({ 'template.toml': TOML.replace('version = 3', 'version = 1.5'), 'generate.mjs': GENERATOR })).message, /version/);
  assert.match(templateError(makeTemplate({ 'template.toml': TOML.replace('version = 3', 'version = "a b"'), 'generate.mjs': GENERATOR })).message, /version/);
  assert.match(templateError(makeTemplate({ 'template.toml': TOML.replace('"generation"', '"poetry"'), 'generate.mjs': GENERATOR })).message, /category/);
  assert.match(templateError(makeTemplate({ 'template.toml': TOML.replace('kind = "tests"', 'kind = "vibes"'), 'generate.mjs': GENERATOR })).message, /grading/);
  assert.match(templateError(makeTemplate({ 'template.toml': TOML.replace('timeout_sec = 12', 'timeout_sec = 12\nexpected = "x"'), 'generate.mjs': GENERATOR })).message, /grading/);
  assert.match(templateError(makeTemplate({ 'template.toml': `${TOML.split('[grading]')[0]}colour = "red"\n[grading]${TOML.split('[grading]')[1]}`, 'generate.mjs': GENERATOR })).message, /colour|Unrecognized/i);
  assert.match(templateError(makeTemplate({ 'template.toml': TOML })).message, /missing its generator generate\.mjs/);
  assert.match(templateError(makeTemplate({ 'template.toml': TOML.replace('version = 3', 'version = 3\ngenerator = "../evil.mjs"'), 'generate.mjs': GENERATOR })).message, /generator/);
  const regex = TOML.replace(/\[grading\][^]*$/, '[grading]\nkind = "answer"\nfile = "a.txt"\nmatch = "regex"\nexpected = ["("]\n');
  assert.match(templateError(makeTemplate({ 'template.toml': regex, 'generate.mjs': GENERATOR })).message, /not a valid regular expression/);
  assert.match(templateError(makeTemplate({ 'template.toml': TOML, 'generate.mjs': GENERATOR }, 'Bad Name')).message, /not a valid template id/);
});

test('loadTemplates: every template folder, sorted; duplicates and empty folders are errors', () => {
  const parent = join(root, 'set');
  makeTemplate({ 'template.toml': TOML, 'generate.mjs': GENERATOR }, 'tpl-b', parent);
  makeTemplate({ 'template.toml': TOML, 'generate.mjs': GENERATOR }, 'tpl-a', parent);
  makeTemplate({ 'README.md': 'not a template' }, 'notes', parent);
  writeFileSync(join(parent, 'suite.toml'), 'name = "x"\n');
  assert.deepEqual(loadTemplates(parent).map((t) => t.id), ['tpl-a', 'tpl-b']);
  makeTemplate({ 'template.toml': TOML.replace('version = 3', 'version = 3\nid = "tpl-a"'), 'generate.mjs': GENERATOR }, 'tpl-c', parent);
  assert.throws(() => loadTemplates(parent), (err: BarometerError) => err.code === 'TASK_INVALID' && /"tpl-a" is used by both/.test(err.message));
  const empty = join(root, 'empty');
  mkdirSync(empty);
  assert.throws(() => loadTemplates(empty), (err: BarometerError) => err.code === 'UNKNOWN_SUITE' && /holds no templates/.test(err.message));
  assert.throws(() => loadTemplates(join(root, 'absent')), (err: BarometerError) => err.code === 'UNKNOWN_SUITE');
});
