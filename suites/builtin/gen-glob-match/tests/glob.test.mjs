import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchGlob } from '../glob.mjs';

const yes = (p, s) => assert.equal(matchGlob(p, s), true, `${p} should match ${s}`);
const no = (p, s) => assert.equal(matchGlob(p, s), false, `${p} should not match ${s}`);

test('examples from the instruction', () => {
  yes('src/**/*.js', 'src/index.js');
  yes('src/**/*.js', 'src/a/b/util.js');
  no('src/*.js', 'src/a/util.js');
  no('**/*.md', 'docs/.hidden/x.md');
  yes('file[0-9].txt', 'file7.txt');
});

test('literals, ? and * stay within a segment', () => {
  yes('a/b.txt', 'a/b.txt');
  no('a/b.txt', 'a/b.txtx');
  no('A/b.txt', 'a/b.txt');
  yes('?.js', 'a.js');
  no('?.js', 'ab.js');
  no('a?b', 'a/b');
  yes('*', 'anything.here');
  no('*', 'a/b');
  yes('a*', 'a');
  yes('*.test.*', 'x.test.mjs');
  yes('a+(b)', 'a+(b)');
  yes('x.y', 'x.y');
  no('x.y', 'xzy');
});

test('globstar segments', () => {
  yes('a/**/b', 'a/b');
  yes('a/**/b', 'a/x/b');
  yes('a/**/b', 'a/x/y/b');
  no('a/**/b', 'a/x/y/c');
  yes('**/c', 'c');
  yes('**/c', 'a/b/c');
  no('**/c', 'a/bc');
  yes('a/**', 'a/x');
  yes('a/**', 'a/x/y');
  no('a/**', 'a');
  no('a/**', 'b/x');
  yes('**', 'a/b/c');
  yes('a/**/**/b', 'a/b');
});

test('** inside a segment acts like *', () => {
  yes('a**b', 'axxb');
  no('a**b', 'a/b');
  yes('**.js', 'x.js');
  no('**.js', 'd/x.js');
});

test('character classes', () => {
  yes('[abc].txt', 'b.txt');
  no('[abc].txt', 'd.txt');
  yes('[!abc].txt', 'd.txt');
  no('[!abc].txt', 'a.txt');
  yes('v[0-9][0-9]', 'v42');
  no('v[0-9]', 'vx');
  yes('[]a]', ']');
  yes('[]a]', 'a');
  yes('[!]]', 'x');
  no('[!]]', ']');
  no('a[/]b', 'a/b');
  no('a[!x]b', 'a/b');
  yes('[-a]', '-');
});

test('unclosed brackets and escapes are literal', () => {
  yes('a[b', 'a[b');
  no('a[b', 'ab');
  yes('\\*.txt', '*.txt');
  no('\\*.txt', 'a.txt');
  yes('what\\?', 'what?');
  no('what\\?', 'whatx');
  yes('end\\', 'end\\');
  yes('\\[x]', '[x]');
});

test('hidden segments need a literal dot', () => {
  no('*', '.env');
  no('?env', '.env');
  no('*.env', '.env');
  no('[.]env', '.env');
  yes('.*', '.env');
  yes('\\.env', '.env');
  no('**', '.git/config');
  no('**/config', '.git/config');
  yes('.git/**', '.git/config');
  no('a/**/b', 'a/.x/b');
  yes('*', 'a.b');
  yes('**/*', 'x/y.z');
});
