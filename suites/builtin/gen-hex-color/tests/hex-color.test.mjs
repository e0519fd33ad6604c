import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHexColor, toHexColor } from '../hex-color.mjs';

test('six and eight digits', () => {
  assert.deepEqual(parseHexColor('#1e90ff'), { r: 30, g: 144, b: 255, a: 1 });
  assert.deepEqual(parseHexColor('1E90FF'), { r: 30, g: 144, b: 255, a: 1 });
  assert.deepEqual(parseHexColor('#00000080'), { r: 0, g: 0, b: 0, a: 0.502 });
  assert.deepEqual(parseHexColor('#ffffff00'), { r: 255, g: 255, b: 255, a: 0 });
});

test('shorthand digits are doubled', () => {
  assert.deepEqual(parseHexColor('#F0A'), { r: 255, g: 0, b: 170, a: 1 });
  assert.deepEqual(parseHexColor('abc'), { r: 170, g: 187, b: 204, a: 1 });
  assert.deepEqual(parseHexColor('#f0a8'), { r: 255, g: 0, b: 170, a: 0.533 });
});

test('invalid input throws SyntaxError with the text', () => {
  for (const bad of ['', '#', '#12', '#12345', '#1234567', '#ggg', ' #fff', '#fff ', '##fff', '#123456789']) {
    assert.throws(() => parseHexColor(bad), { name: 'SyntaxError', message: `invalid color: ${bad}` }, bad);
  }
});

test('toHexColor without alpha', () => {
  assert.equal(toHexColor({ r: 30, g: 144, b: 255 }), '#1e90ff');
  assert.equal(toHexColor({ r: 0, g: 5, b: 10, a: 1 }), '#00050a');
});

test('toHexColor with alpha', () => {
  assert.equal(toHexColor({ r: 255, g: 0, b: 170, a: 0.5 }), '#ff00aa80');
  assert.equal(toHexColor({ r: 0, g: 0, b: 0, a: 0 }), '#00000000');
});

test('toHexColor validates channels', () => {
  assert.throws(() => toHexColor({ r: 256, g: 0, b: 0 }), RangeError);
  assert.throws(() => toHexColor({ r: 1.5, g: 0, b: 0 }), RangeError);
  assert.throws(() => toHexColor({ r: 0, g: -1, b: 0 }), RangeError);
  assert.throws(() => toHexColor({ r: 0, g: 0, b: 0, a: 2 }), RangeError);
});

test('round trip', () => {
  assert.equal(toHexColor(parseHexColor('#ABCDEF')), '#abcdef');
  assert.equal(toHexColor(parseHexColor('#12345678')), '#12345678');
});
