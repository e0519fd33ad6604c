const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'day of week', min: 0, max: 7 },
];

function parseNumber(text, field) {
  if (!/^\d+$/.test(text)) throw new SyntaxError(`invalid ${field.name}: ${text}`);
  const n = Number(text);
  if (n < field.min || n > field.max) throw new SyntaxError(`${field.name} out of range: ${text}`);
  return n;
}

function parseField(text, field) {
  const values = new Set();
  for (const item of text.split(',')) {
    const m = /^([^/]+)(?:\/(\d+))?$/.exec(item);
    if (!m) throw new SyntaxError(`invalid ${field.name}: ${item}`);
    const step = m[2] === undefined ? 1 : Number(m[2]);
    if (step < 1) throw new SyntaxError(`invalid step in ${field.name}: ${item}`);
    let lo;
    let hi;
    if (m[1] === '*') {
      lo = field.min;
      hi = field.max;
    } else if (m[1].includes('-')) {
      const parts = m[1].split('-');
      if (parts.length !== 2) throw new SyntaxError(`invalid range in ${field.name}: ${item}`);
      lo = parseNumber(parts[0], field);
      hi = parseNumber(parts[1], field);
      if (lo > hi) throw new SyntaxError(`invalid range in ${field.name}: ${item}`);
    } else {
      lo = parseNumber(m[1], field);
      hi = m[2] === undefined ? lo : field.max;
    }
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return values;
}

/**
 * Next time a 5-field cron expression fires, in UTC.
 * @param {string} expression
 * @param {Date} after
 * @returns {Date | null}
 */
export function nextRun(expression, after) {
  if (!(after instanceof Date) || Number.isNaN(after.getTime())) throw new TypeError('after must be a valid Date');
  const parts = String(expression).trim().split(/[ \t]+/);
  if (parts.length !== 5) throw new SyntaxError('expected 5 fields');
  const [minutes, hours, doms, months, dows] = parts.map((p, i) => parseField(p, FIELDS[i]));
  if (dows.has(7)) dows.add(0);
  const domStar = parts[2] === '*';
  const dowStar = parts[4] === '*';

  const dayMatches = (d) => {
    const dom = doms.has(d.getUTCDate());
    const dow = dows.has(d.getUTCDay());
    return dom && dow;
  };

  const start = Math.floor(after.getTime() / 60000) * 60000 + 60000;
  const startDay = Math.floor(start / 86400000) * 86400000;
  const sortedHours = [...hours].sort((a, b) => a - b);
  const sortedMinutes = [...minutes].sort((a, b) => a - b);
  for (let day = 0; day <= 1827; day++) {
    const d = new Date(startDay + day * 86400000);
    if (!months.has(d.getUTCMonth() + 1) || !dayMatches(d)) continue;
    for (const h of sortedHours) {
      for (const m of sortedMinutes) {
        const t = d.getTime() + h * 3600000 + m * 60000;
        if (t >= start) return new Date(t);
      }
    }
  }
  return null;
}
