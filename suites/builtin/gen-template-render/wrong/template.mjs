const FILTERS = {
  upper: (v) => String(v).toUpperCase(),
  lower: (v) => String(v).toLowerCase(),
  trim: (v) => String(v).trim(),
  json: (v) => JSON.stringify(v),
};

function lookup(data, path) {
  let current = data;
  for (const segment of path.split('.')) {
    if (current === null || current === undefined) return undefined;
    current = current[segment];
  }
  return current;
}

function evaluate(expression, data) {
  const [pathPart, ...filterParts] = expression.split('|').map((s) => s.trim());
  let value = lookup(data, pathPart);
  if (value === null || value === undefined) return '';
  for (const name of filterParts) {
    const filter = FILTERS[name];
    if (!Object.hasOwn(FILTERS, name)) throw new Error(`unknown filter: ${name}`);
    value = filter(value);
  }
  return String(value);
}

/**
 * Render a template.
 * @param {string} template
 * @param {object} data
 * @returns {string}
 */
export function render(template, data) {
  let out = '';
  let i = 0;
  while (i < template.length) {
    if (template.startsWith('\\{{', i)) {
      out += '{{';
      i += 3;
      continue;
    }
    if (template.startsWith('{{', i)) {
      const end = template.indexOf('}}', i + 2);
      if (end === -1) throw new SyntaxError(`unclosed placeholder at ${i}`);
      out += evaluate(template.slice(i + 2, end), data);
      i = end + 2;
      continue;
    }
    out += template[i++];
  }
  return out;
}
