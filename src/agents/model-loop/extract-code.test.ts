import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Grading } from '../../core/task.js';
import { extractFromReply, filesNamedIn, parseFencedBlocks } from './extract-code.js';

const tests: Grading = { kind: 'tests', command: 'node --test', timeoutSec: 10 };
const answer: Grading = { kind: 'answer', file: 'answer.txt', expected: ['buggy'], match: 'normalized' };
const genTask = (workspaceFiles: string[], instruction = 'Implement it.') => ({ instruction, workspaceFiles, grading: tests });

test('blocks name their file by title=, file=, a bare path, or a first-line marker (dropped)', () => {
  const reply = [
    '```js title=add.mjs', 'export const a = 1;', '```',
    '```python file="pkg/x.py"', 'x = 1', '```',
    '```src/b.ts', 'export {};', '```',
    '```js', '// file: c.mjs', 'export const c = 3;', '```',
    '```', '# file: d.sh', 'echo d', '```',
    '~~~json', '{}', '~~~',
  ].join('\n');
  const blocks = parseFencedBlocks(reply);
  assert.deepEqual(blocks.map((b) => b.file), ['add.mjs', 'pkg/x.py', 'src/b.ts', 'c.mjs', 'd.sh', null]);
  assert.equal(blocks[3]!.body, 'export const c = 3;\n');
  const ex = extractFromReply(reply, genTask(['add.mjs']));
  assert.deepEqual(ex.files.map((f) => f.path), ['add.mjs', 'pkg/x.py', 'src/b.ts', 'c.mjs', 'd.sh']);
});

test('an unnamed block goes to the single workspace file, else the single file the instruction names', () => {
  const reply = 'Here:\n```js\nconst x = 1;\n```\nand the solution:\n```js\nexport function slugify(t) { return t; }\n```\n';
  assert.deepEqual(extractFromReply(reply, genTask(['slugify.mjs'])).files, [{ path: 'slugify.mjs', content: 'export function slugify(t) { return t; }\n' }]);
  assert.equal(extractFromReply(reply, genTask([], 'Create `chunk.mjs` exporting `chunk`.')).files[0]!.path, 'chunk.mjs');
  assert.deepEqual(extractFromReply(reply, genTask(['a.mjs', 'b.mjs'])).files, []);
  assert.deepEqual(filesNamedIn('Edit `src/a.ts` and `b.mjs`, not `foo` or `a b`.'), ['src/a.ts', 'b.mjs']);
});

test('answer tasks: a block named after the answer file, else the last ANSWER: line, else a one-line reply', () => {
  const t = { instruction: 'Write buggy or not-buggy to answer.txt', workspaceFiles: ['readings.mjs'], grading: answer };
  assert.equal(extractFromReply('It divides by the wrong count.\n```text title=answer.txt\nbuggy\n```', t).answer, 'buggy');
  assert.equal(extractFromReply('Reasoning…\nANSWER: not-buggy\nmore\n**Answer:** `buggy`.', t).answer, 'buggy');
  assert.equal(extractFromReply('  buggy  ', t).answer, 'buggy');
  assert.equal(extractFromReply('I think\nit is fine', t).answer, null);
  assert.deepEqual(extractFromReply('```js\nfoo\n```', t).files, []);
});
