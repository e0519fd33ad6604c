// Hex color helpers.

export function parseHexColor(text) {
  const m = /^#?([0-9a-fA-F]+)$/.exec(text);
  if (!m || ![3, 4, 6, 8].includes(m[1].length)) throw new SyntaxError(`invalid color: ${text}`);
  let hex = m[1];
  const w = hex.length <= 4 ? 1 : 2;
  const byte = (i) => parseInt(hex.slice(i * w, i * w + w), 16);
  const a = hex.length === 8 || hex.length === 4 ? Math.round((byte(3) / 255) * 1000) / 1000 : 1;
  return { r: byte(0), g: byte(1), b: byte(2), a };
}

const isByte = (v) => Number.isInteger(v) && v >= 0 && v <= 255;

export function toHexColor({ r, g, b, a } = {}) {
  if (!isByte(r) || !isByte(g) || !isByte(b)) throw new RangeError('channels must be integers 0-255');
  if (a !== undefined && (typeof a !== 'number' || !(a >= 0 && a <= 1))) throw new RangeError('alpha must be 0-1');
  const hex2 = (v) => v.toString(16).padStart(2, '0');
  let out = `#${hex2(r)}${hex2(g)}${hex2(b)}`;
  if (a !== undefined && a < 1) out += hex2(Math.round(a * 255));
  return out;
}
