// Line diff.

const toLines = (text) => (text === '' ? [] : text.split('\n'));

export function diffLines(a, b) {
  const x = toLines(a);
  const y = toLines(b);
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      ops.push({ op: 'equal', line: x[i++] });
      j++;
      continue;
    }
    // find the next line of x that appears later in y
    const k = i < x.length ? y.indexOf(x[i], j) : -1;
    if (k === -1) {
      if (i < x.length) ops.push({ op: 'delete', line: x[i++] });
      else ops.push({ op: 'insert', line: y[j++] });
    } else {
      while (j < k) ops.push({ op: 'insert', line: y[j++] });
    }
  }
  return ops;
}

export function formatDiff(ops) {
  const prefix = { equal: ' ', delete: '-', insert: '+' };
  return ops.map(({ op, line }) => prefix[op] + line).join('\n');
}
