// Line diff.

const toLines = (text) => (text === '' ? [] : text.split('\n'));

export function diffLines(a, b) {
  const x = toLines(a);
  const y = toLines(b);
  const n = x.length;
  const m = y.length;
  // lcs[i][j] = LCS length of x[i..] and y[j..]
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = [];
  let dels = [];
  let ins = [];
  const flush = () => {
    for (const line of dels) ops.push({ op: 'delete', line });
    for (const line of ins) ops.push({ op: 'insert', line });
    dels = [];
    ins = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j] && lcs[i][j] === lcs[i + 1][j + 1] + 1) {
      flush();
      ops.push({ op: 'equal', line: x[i] });
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      dels.push(x[i++]);
    } else {
      ins.push(y[j++]);
    }
  }
  flush();
  return ops;
}

export function formatDiff(ops) {
  const prefix = { equal: ' ', delete: '-', insert: '+' };
  return ops.map(({ op, line }) => prefix[op] + line).join('\n');
}
