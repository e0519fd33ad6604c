import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProcessSandbox } from '../../sandbox/process/process-sandbox.js';
import { executeLoopTool, LOOP_TOOLS } from './loop-tools.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-loop-tools-'));
after(() => rmSync(root, { recursive: true, force: true }));
const sandbox = new ProcessSandbox(root);

async function ctx() {
  const workspace = await sandbox.createWorkspace('tools');
  return { workspace, sandbox, commandTimeoutMs: 5000, signal: new AbortController().signal };
}
const call = (name: string, input: Record<string, unknown> | null) => ({ id: 'c1', name, input });

test('the fixed tool set', () => {
  assert.deepEqual(LOOP_TOOLS.map((t) => t.name), ['list_files', 'read_file', 'write_file', 'run_command', 'finish']);
});

test('write, read, list and run in the workspace', async () => {
  const c = await ctx();
  assert.equal((await executeLoopTool(call('write_file', { path: 'src/a.txt', content: 'hello' }), c)).content, 'wrote 5 bytes to src/a.txt');
  assert.equal(readFileSync(join(c.workspace.dir, 'src/a.txt'), 'utf8'), 'hello');
  assert.equal((await executeLoopTool(call('read_file', { path: 'src/a.txt' }), c)).content, 'hello');
  assert.equal((await executeLoopTool(call('list_files', {}), c)).content, 'src/\nsrc/a.txt');
  const r = await executeLoopTool(call('run_command', { command: 'pwd; cat src/a.txt; echo "key=${ANTHROPIC_API_KEY:-none}"' }), c);
  assert.equal(r.isError, false);
  assert.match(r.content, /^exit code 0\nstdout:\n/);
  assert.ok(r.content.includes(c.workspace.dir));
  assert.ok(r.content.includes('key=none'));
  assert.equal((await executeLoopTool(call('finish', { summary: 'done' }), c)).finish, true);
});

test('paths outside the workspace, bad input and unknown tools are errors for the model', async () => {
  const c = await ctx();
  writeFileSync(join(root, 'secret.txt'), 'nope');
  symlinkSync(root, join(c.workspace.dir, 'link'));
  for (const input of [{ path: '../secret.txt' }, { path: join(root, 'secret.txt') }, { path: 'link/secret.txt' }]) {
    const r = await executeLoopTool(call('read_file', input), c);
    assert.equal(r.isError, true, JSON.stringify(input));
    assert.match(r.content, /outside the workspace/);
  }
  assert.match((await executeLoopTool(call('write_file', { path: 'x' }), c)).content, /"content" must be a string/);
  assert.match((await executeLoopTool(call('read_file', null), c)).content, /not valid JSON/);
  assert.match((await executeLoopTool(call('rm_rf', {}), c)).content, /unknown tool/);
  const slow = await executeLoopTool(call('run_command', { command: 'sleep 5' }), { ...c, commandTimeoutMs: 200 });
  assert.match(slow.content, /killed after 0.2 s/);
});
