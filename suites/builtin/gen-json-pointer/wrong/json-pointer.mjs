// JSON Pointer helpers (RFC 6901).

export function parsePointer(pointer) {
  if (pointer === '') return [];
  if (typeof pointer !== 'string' || pointer[0] !== '/') throw new SyntaxError(`invalid pointer: ${pointer}`);
  return pointer.slice(1).split('/').map((token) => {
    if (/~(?![01])/.test(token)) throw new SyntaxError(`invalid escape in pointer: ${pointer}`);
    return token.replace(/~0/g, '~').replace(/~1/g, '/');
  });
}

export function formatPointer(tokens) {
  return tokens.map((t) => '/' + String(t).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

const isIndex = (token) => /^(0|[1-9][0-9]*)$/.test(token);

function step(current, token) {
  if (Array.isArray(current)) {
    if (!isIndex(token)) return undefined;
    const i = Number(token);
    return i < current.length ? current[i] : undefined;
  }
  if (current !== null && typeof current === 'object') {
    return Object.hasOwn(current, token) ? current[token] : undefined;
  }
  return undefined;
}

export function getPointer(doc, pointer) {
  let current = doc;
  for (const token of parsePointer(pointer)) {
    current = step(current, token);
    if (current === undefined) return undefined;
  }
  return current;
}

export function setPointer(doc, pointer, value) {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return value;
  let parent = doc;
  for (const token of tokens.slice(0, -1)) {
    parent = step(parent, token);
    if (parent === undefined) break;
  }
  if (parent === null || typeof parent !== 'object') throw new Error(`path not found: ${pointer}`);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    if (last === '-') parent.push(value);
    else if (isIndex(last) && Number(last) <= parent.length) parent[Number(last)] = value;
    else throw new RangeError(`invalid array index: ${last}`);
  } else {
    parent[last] = value;
  }
  return doc;
}
