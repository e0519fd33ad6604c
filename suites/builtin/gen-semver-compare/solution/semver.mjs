const NUM = '(0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const BUILD_ID = '[0-9A-Za-z-]+';
const SEMVER = new RegExp(
  `^${NUM}\\.${NUM}\\.${NUM}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+${BUILD_ID}(?:\\.${BUILD_ID})*)?$`,
);

function parse(v) {
  if (typeof v !== 'string') throw new TypeError('version must be a string');
  const m = SEMVER.exec(v);
  if (!m) throw new TypeError(`invalid version: ${JSON.stringify(v)}`);
  return { core: [m[1], m[2], m[3]].map(BigInt), pre: m[4] === undefined ? [] : m[4].split('.') };
}

const sign = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
const isNumeric = (id) => /^\d+$/.test(id);

/**
 * Compare two Semantic Versioning 2.0.0 version strings by precedence.
 * @param {string} a
 * @param {string} b
 * @returns {-1 | 0 | 1}
 */
export function compareVersions(a, b) {
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const c = sign(x.core[i], y.core[i]);
    if (c) return c;
  }
  if (x.pre.length === 0 || y.pre.length === 0) return sign(y.pre.length, x.pre.length);
  const n = Math.min(x.pre.length, y.pre.length);
  for (let i = 0; i < n; i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    const pn = isNumeric(p);
    const qn = isNumeric(q);
    let c;
    if (pn && qn) c = sign(BigInt(p), BigInt(q));
    else if (pn) c = -1;
    else if (qn) c = 1;
    else c = sign(p, q);
    if (c) return c;
  }
  return sign(x.pre.length, y.pre.length);
}
