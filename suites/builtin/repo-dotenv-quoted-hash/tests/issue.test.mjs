import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEnv } from '../src/parse.mjs';

test('issue: # inside double quotes is kept', () => {
  assert.deepEqual(parseEnv('DB_PASSWORD="s3cret #42"'), { DB_PASSWORD: 's3cret #42' });
});

test('issue: # inside single quotes is kept', () => {
  assert.deepEqual(parseEnv("GREETING='hello # world'"), { GREETING: 'hello # world' });
});

test('issue: escaped quotes and # in double quotes', () => {
  assert.deepEqual(parseEnv('BANNER="say \\"hi\\" # friendly"'), { BANNER: 'say "hi" # friendly' });
});

test('comments after a closing quote are ignored', () => {
  assert.deepEqual(parseEnv('A="x y" # note\nB=\'z\'   # other'), { A: 'x y', B: 'z' });
});

test('unquoted inline comments still work', () => {
  assert.deepEqual(parseEnv('PORT=8080 # http\nHOST=db\t# tab comment\nTAG=v#2'), { PORT: '8080', HOST: 'db', TAG: 'v#2' });
});
