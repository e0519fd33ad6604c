import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEnv } from '../src/parse.mjs';
import { loadEnv } from '../src/index.mjs';

test('simple assignments, blank lines and comments', () => {
  assert.deepEqual(parseEnv('# settings\nPORT=8080\n\nHOST = localhost \n'), { PORT: '8080', HOST: 'localhost' });
});

test('export prefix is allowed', () => {
  assert.deepEqual(parseEnv('export TOKEN=abc'), { TOKEN: 'abc' });
});

test('inline comments after unquoted values', () => {
  assert.deepEqual(parseEnv('PORT=8080 # http\nNAME=app#1'), { PORT: '8080', NAME: 'app#1' });
});

test('double-quoted values support \\n escapes', () => {
  assert.deepEqual(parseEnv('MSG="line1\\nline2"'), { MSG: 'line1\nline2' });
});

test('variable expansion', () => {
  assert.deepEqual(loadEnv('HOST=db\nURL=postgres://${HOST}:5432'), { HOST: 'db', URL: 'postgres://db:5432' });
});

test('malformed lines are reported with their number', () => {
  assert.throws(() => parseEnv('OK=1\nnot a line'), /line 2/);
});
