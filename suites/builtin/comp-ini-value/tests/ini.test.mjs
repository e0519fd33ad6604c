import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIni, parseValue, IniSyntaxError } from '../ini.mjs';

test('plain strings, numbers, booleans', () => {
  assert.equal(parseValue(' demo '), 'demo');
  assert.equal(parseValue('8080'), 8080);
  assert.equal(parseValue('-2.5'), -2.5);
  assert.equal(parseValue('1e3'), '1e3');
  assert.equal(parseValue('0x10'), '0x10');
  assert.equal(parseValue('TRUE'), true);
  assert.equal(parseValue('False'), false);
  assert.equal(parseValue('yes'), 'yes');
  assert.equal(parseValue(''), '');
  assert.equal(parseValue('   '), '');
});

test('inline comments need whitespace before them', () => {
  assert.equal(parseValue('a ; note'), 'a');
  assert.equal(parseValue('42\t# the answer'), 42);
  assert.equal(parseValue('true ;x'), true);
  assert.equal(parseValue(' #fff'), '#fff');
  assert.equal(parseValue('a#b;c'), 'a#b;c');
  assert.equal(parseValue('http://x/#frag ; home'), 'http://x/#frag');
  assert.equal(parseValue('one two  ;  three'), 'one two');
});

test('quoted values', () => {
  assert.equal(parseValue('"42"'), '42');
  assert.equal(parseValue('"true"'), 'true');
  assert.equal(parseValue('"  padded ; not a comment "'), '  padded ; not a comment ');
  assert.equal(parseValue('"a\\"b" ; c'), 'a"b');
  assert.equal(parseValue('"line1\\nline2\\tend\\\\"'), 'line1\nline2\tend\\');
  assert.equal(parseValue('""'), '');
  assert.equal(parseValue('"x"# c'), 'x');
});

test('quoted value errors', () => {
  assert.throws(() => parseValue('"open', 7), (e) => e instanceof IniSyntaxError && e.line === 7);
  assert.throws(() => parseValue('"bad \\x escape"', 3), IniSyntaxError);
  assert.throws(() => parseValue('"a" b', 1), IniSyntaxError);
  assert.throws(() => parseValue('"ends with backslash\\"', 1), IniSyntaxError);
});

test('whole file', () => {
  const text = [
    '; top comment',
    'name = demo ; the name',
    'debug = TRUE',
    '',
    '[server]',
    'port = 8080',
    'color = #00ff00',
    '[server.tls]',
    'cert = "/etc/ssl/a b.pem"',
    'ratio = 0.75',
  ].join('\r\n');
  assert.deepEqual(parseIni(text), {
    name: 'demo',
    debug: true,
    server: { port: 8080, color: '#00ff00', tls: { cert: '/etc/ssl/a b.pem', ratio: 0.75 } },
  });
});

test('errors carry the line number', () => {
  assert.throws(() => parseIni('a = 1\nb = "oops'), (e) => e instanceof IniSyntaxError && e.line === 2);
});
