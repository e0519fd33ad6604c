import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ProcessSandbox } from './process-sandbox.js';

const sandbox = new ProcessSandbox();
const ws = await sandbox.createWorkspace('process-sandbox-test');
after(() => ws.dispose());

const NODE = process.execPath;
const baseEnv = { PATH: '/usr/bin:/bin' };
const run = (command: readonly string[] | string, extra: Partial<Parameters<ProcessSandbox['exec']>[0]> = {}) =>
  sandbox.exec({ command, cwd: ws.dir, env: baseEnv, timeoutMs: 10_000, network: false, ...extra });

/** True while a pid is a live (non-zombie) process. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function waitGone(pid: number, ms = 2000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    await sleep(20);
  }
  return !alive(pid);
}

test('exit code, stdout and stderr are captured', async () => {
  const r = await run([NODE, '-e', 'process.stdout.write("out-text"); process.stderr.write("err-text"); process.exit(3)']);
  assert.equal(r.exitCode, 3);
  assert.equal(r.signal, null);
  assert.equal(r.stdout, 'out-text');
  assert.equal(r.stderr, 'err-text');
  assert.equal(r.timedOut, false);
  assert.equal(r.aborted, false);
  assert.equal(r.spawnError, null);
  assert.equal(r.truncated, false);
  assert.ok(r.durationMs > 0);
});

test('a string command runs with sh -c in the given cwd', async () => {
  const r = await run('echo "$0" && pwd && exit 0');
  assert.equal(r.exitCode, 0);
  assert.equal(r.stdout, `/bin/sh\n${ws.dir}\n`);
});

test('death by a signal reports the signal and a null exit code', async () => {
  const r = await run('kill -TERM $$');
  assert.equal(r.exitCode, null);
  assert.equal(r.signal, 'SIGTERM');
});

test('stdin is delivered and then closed', async () => {
  const r = await run([NODE, '-e', 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(s.toUpperCase()))'], { stdin: 'hello\nworld' });
  assert.equal(r.exitCode, 0);
  assert.equal(r.stdout, 'HELLO\nWORLD');
  const empty = await run([NODE, '-e', 'let n=0;process.stdin.on("data",d=>n+=d.length).on("end",()=>console.log(n))']);
  assert.equal(empty.stdout, '0\n', 'without stdin the child sees an empty, closed input');
});

test('the environment is exactly what was passed: nothing leaks from process.env', async () => {
  process.env.ANTHROPIC_API_KEY = 'sk-ant-fake-0123456789abcdef';
  try {
    const r = await run([NODE, '-e', 'console.log(JSON.stringify(process.env))'], { env: { FOO: 'bar', PATH: '/usr/bin' } });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { FOO: 'bar', PATH: '/usr/bin' });
  } finally {
    delete process.env.ANTHROPIC_API_KEY;
  }
});

test('timeout kills the whole process group, grandchild included', async () => {
  const t0 = Date.now();
  const r = await run('sleep 30 & echo $!; sleep 30', { timeoutMs: 700 });
  assert.ok(Date.now() - t0 < 5000, 'returns soon after the timeout');
  assert.equal(r.timedOut, true);
  assert.equal(r.aborted, false);
  assert.equal(r.exitCode, null);
  assert.equal(r.signal, 'SIGKILL');
  const pid = Number(r.stdout.trim());
  assert.ok(Number.isInteger(pid) && pid > 0, `grandchild pid printed: ${r.stdout}`);
  assert.equal(await waitGone(pid), true, `grandchild ${pid} must be killed`);
});

test('a background grandchild does not outlive a main process that exits on its own', async () => {
  const t0 = Date.now();
  const r = await run('sleep 30 & echo $!; exit 0', { timeoutMs: 20_000 });
  assert.ok(Date.now() - t0 < 5000, 'does not wait for the grandchild');
  assert.equal(r.exitCode, 0);
  assert.equal(r.timedOut, false);
  const pid = Number(r.stdout.trim());
  assert.equal(await waitGone(pid), true, `grandchild ${pid} must be killed`);
});

test('aborting the signal kills the tree and reports aborted', async () => {
  const ac = new AbortController();
  const t0 = Date.now();
  setTimeout(() => ac.abort(), 400);
  const r = await run('sleep 30 & echo $!; sleep 30', { signal: ac.signal });
  assert.ok(Date.now() - t0 < 5000);
  assert.equal(r.aborted, true);
  assert.equal(r.timedOut, false);
  assert.equal(r.exitCode, null);
  assert.equal(await waitGone(Number(r.stdout.trim())), true);
});

test('an already aborted signal kills the command at once', async () => {
  const t0 = Date.now();
  const r = await run('sleep 30', { signal: AbortSignal.abort() });
  assert.ok(Date.now() - t0 < 3000);
  assert.equal(r.aborted, true);
  assert.equal(r.exitCode, null);
});

test('a missing binary is a spawnError result, not a throw', async () => {
  const r = await run(['/definitely/not/a/binary-xyz', '--version']);
  assert.ok(r.spawnError !== null);
  assert.match(r.spawnError, /ENOENT/);
  assert.equal(r.exitCode, null);
  assert.equal(r.timedOut, false);
});

test('a missing cwd is a spawnError result too', async () => {
  const r = await run([NODE, '-e', '0'], { cwd: join(ws.root, 'no-such-dir') });
  assert.ok(r.spawnError !== null);
  assert.match(r.spawnError, /ENOENT/);
});

test('output is capped keeping head and tail', async () => {
  const r = await run([NODE, '-e', 'process.stdout.write("HEAD" + "x".repeat(100000) + "TAIL"); process.stderr.write("small")'], { maxOutputBytes: 1000 });
  assert.equal(r.exitCode, 0);
  assert.equal(r.truncated, true);
  assert.ok(r.stdout.startsWith('HEAD'), r.stdout.slice(0, 20));
  assert.ok(r.stdout.endsWith('TAIL'));
  assert.ok(r.stdout.includes('\n…[99008 bytes cut]…\n'), 'cut marker');
  assert.equal(r.stdout.replace(/\n…\[\d+ bytes cut\]…\n/, '').length, 1000);
  assert.equal(r.stderr, 'small');
});

test('the default cap is 64 KiB', async () => {
  const r = await run([NODE, '-e', 'process.stdout.write("y".repeat(70000))']);
  assert.equal(r.truncated, true);
  assert.ok(r.stdout.includes('\n…[4464 bytes cut]…\n'), 'cut marker');
  assert.equal(r.stdout.length - '\n…[4464 bytes cut]…\n'.length, 65536);
});

test('createWorkspace makes fresh private dirs outside the project, dispose removes them', async () => {
  const a = await sandbox.createWorkspace('my task/1 ..');
  const b = await sandbox.createWorkspace('my task/1 ..');
  try {
    assert.notEqual(a.root, b.root);
    assert.ok(a.root.startsWith(resolve(tmpdir())), a.root);
    assert.ok(!a.root.startsWith(resolve(process.cwd())), 'outside the project');
    assert.match(a.root, /barometer-my_task_1_\.\.-[A-Za-z0-9]+$/);
    assert.equal(a.dir, join(a.root, 'work'));
    assert.equal(a.home, join(a.root, 'home'));
    for (const d of [a.dir, a.home, join(a.root, 'tmp')]) assert.ok(statSync(d).isDirectory(), d);
  } finally {
    await a.dispose();
    await b.dispose();
  }
  assert.equal(existsSync(a.root), false);
  assert.equal(existsSync(b.root), false);
  await a.dispose(); // twice is fine
});

test('createWorkspace honours a base directory', async () => {
  const base = mkdtempSync(join(tmpdir(), 'barometer-base-'));
  try {
    const w = await new ProcessSandbox(base).createWorkspace('x');
    assert.ok(w.root.startsWith(base + '/'));
    await w.dispose();
    assert.equal(existsSync(w.root), false);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('kind and confinement are reported honestly', () => {
  assert.equal(sandbox.kind, 'process');
  assert.equal(sandbox.confined, false);
});

test('the wall-clock timeout holds even when a descendant left the process group and keeps the pipes open', async () => {
  const pidFile = join(ws.dir, 'escaped.pid');
  rmSync(pidFile, { force: true });
  const t0 = Date.now();
  // The main process exits only once its child really runs in a session of its own (field 6 of /proc/PID/stat).
  const script = 'setsid sleep 30 & p=$!; echo $p > escaped.pid; while [ "$(cut -d" " -f6 /proc/$p/stat 2>/dev/null)" != "$p" ]; do :; done; echo started';
  const pending = run(script, { timeoutMs: 500 });
  const settled = await Promise.race([pending.then(() => true), sleep(1200).then(() => false)]);
  const elapsed = Date.now() - t0;
  // Clean up the escaped process so nothing outlives the test.
  let pid = 0;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').trim());
  } catch {
    // never started
  }
  if (pid > 0) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  await pending;
  assert.ok(settled, `exec still pending ${elapsed} ms after a 500 ms timeout`);
});

test('arguments too long for the OS (E2BIG) are a spawnError result, not a throw', async () => {
  const huge = 'x'.repeat(300 * 1024); // one argument over the kernel's 128 KiB limit per string
  const r = await sandbox.exec({ command: ['echo', huge], cwd: tmpdir(), env: { PATH: '/usr/bin:/bin' }, timeoutMs: 5_000, network: false });
  assert.match(r.spawnError ?? '', /E2BIG/);
  assert.equal(r.exitCode, null);
});
