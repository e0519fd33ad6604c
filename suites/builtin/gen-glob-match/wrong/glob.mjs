const reEscape = (c) => c.replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&');
const codeUnit = (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');

/** Translate one pattern segment (not "**") into regex source matching one path segment. */
function segmentSource(seg) {
  let out = '';
  const literalDot = seg[0] === '.' || (seg[0] === '\\' && seg[1] === '.');
  if (!literalDot) out += '(?!\\.)';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '\\') {
      out += i + 1 < seg.length ? reEscape(seg[++i]) : '\\\\';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '*') {
      out += '[^/]*';
    } else if (c === '[') {
      let j = i + 1;
      let negate = false;
      if (seg[j] === '!') { negate = true; j++; }
      const start = j;
      if (seg[j] === ']') j++;
      while (j < seg.length && seg[j] !== ']') j++;
      if (j >= seg.length) {
        out += '\\[';
        continue;
      }
      const body = seg.slice(start, j);
      let cls = '';
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          cls += codeUnit(body[k]) + '-' + codeUnit(body[k + 2]);
          k += 2;
        } else {
          cls += codeUnit(body[k]);
        }
      }
      out += negate ? `[^/${cls}]` : `(?!/)[${cls}]`;
      i = j;
    } else {
      out += reEscape(c);
    }
  }
  return out;
}

const ANY_SEGMENT = '(?!\\.)[^/]+';

function globSource(pattern) {
  const segs = pattern.split('/');
  let out = '';
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (seg === '**') {
      out += '.*' + (last ? '' : '/');
      return;
    }
    out += segmentSource(seg) + (last ? '' : '/');
  });
  return out;
}

/**
 * Match a path against a glob pattern.
 * @param {string} pattern
 * @param {string} path
 * @returns {boolean}
 */
export function matchGlob(pattern, path) {
  return new RegExp(`^${globSource(pattern)}$`, 'u').test(path);
}
