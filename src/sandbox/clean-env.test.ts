import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { cleanEnv } from './clean-env.js';

const ws = { root: '/tmp/ws-root', home: '/tmp/ws-root/home' };

test('the environment is built from scratch: exactly the documented variables', () => {
  process.env.ANTHROPIC_API_KEY = 'sk-ant-test-should-never-leak-0123456789';
  process.env.BAROMETER_TEST_SECRET = 'hunter2hunter2';
  try {
    const env = cleanEnv(ws);
    assert.deepEqual(Object.keys(env).sort(), ['CI', 'HOME', 'LANG', 'LC_ALL', 'NO_COLOR', 'PATH', 'PYTHONDONTWRITEBYTECODE', 'TMPDIR', 'TZ']);
    assert.equal(env.HOME, '/tmp/ws-root/home');
    assert.equal(env.TMPDIR, '/tmp/ws-root/tmp');
    assert.equal(env.TZ, 'UTC');
    assert.equal(env.LANG, 'C.UTF-8');
    const all = JSON.stringify(env);
    assert.ok(!all.includes('sk-ant-'), 'no API key');
    assert.ok(!all.includes('hunter2'), 'no secret');
  } finally {
    delete process.env.ANTHROPIC_API_KEY;
    delete process.env.BAROMETER_TEST_SECRET;
  }
});

test('PATH starts with the directory of the running node and finds node', () => {
  const env = cleanEnv(ws);
  const path = (env.PATH ?? '').split(':');
  assert.equal(path[0], dirname(process.execPath));
  assert.ok(path.includes('/usr/bin'));
  const r = spawnSync('node', ['-p', 'process.version'], { env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), process.version);
});

test('extra variables are added and may override', () => {
  const env = cleanEnv(ws, { FOO: 'bar', TZ: 'Europe/Paris' });
  assert.equal(env.FOO, 'bar');
  assert.equal(env.TZ, 'Europe/Paris');
});
