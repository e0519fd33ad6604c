import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../src/load.mjs';

test('issue: environment overrides the config file', () => {
  const cfg = loadConfig({ file: { port: 9000, logLevel: 'warn' }, env: { APP_PORT: '9100', APP_LOG_LEVEL: 'debug' } });
  assert.equal(cfg.port, 9100);
  assert.equal(cfg.logLevel, 'debug');
});

test('issue: environment overrides the file for one key, the file still wins over defaults for others', () => {
  const cfg = loadConfig({ file: { host: '0.0.0.0', workers: 8 }, env: { APP_WORKERS: '3' } });
  assert.deepEqual(cfg, { port: 8080, host: '0.0.0.0', logLevel: 'info', workers: 3 });
});

test('flags override environment variables', () => {
  const cfg = loadConfig({ file: { port: 9000 }, env: { APP_PORT: '9100', APP_HOST: 'env-host' }, argv: ['--port=7000'] });
  assert.equal(cfg.port, 7000);
  assert.equal(cfg.host, 'env-host');
});

test('empty environment variables are ignored', () => {
  assert.equal(loadConfig({ file: { host: 'file-host' }, env: { APP_HOST: '' } }).host, 'file-host');
});
