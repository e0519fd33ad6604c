import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../src/load.mjs';

test('defaults when nothing is given', () => {
  assert.deepEqual(loadConfig(), { port: 8080, host: '127.0.0.1', logLevel: 'info', workers: 2 });
});

test('config file overrides defaults', () => {
  assert.equal(loadConfig({ file: { port: 9000 } }).port, 9000);
  assert.equal(loadConfig({ file: { port: 9000 } }).host, '127.0.0.1');
});

test('command-line flags override the config file', () => {
  const cfg = loadConfig({ file: { port: 9000, workers: 4 }, argv: ['--port=7000'] });
  assert.equal(cfg.port, 7000);
  assert.equal(cfg.workers, 4);
});
