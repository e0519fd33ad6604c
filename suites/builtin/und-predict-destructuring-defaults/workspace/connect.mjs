function describe({ host = 'localhost', port = 5432, ssl = false } = {}) {
  return `${host}:${port}${ssl ? ' (ssl)' : ''}`;
}

console.log(describe());
console.log(describe({ port: null }));
console.log(describe({ host: undefined, ssl: 0 }));
console.log(describe({ host: '', port: 0, ssl: 'no' }));

const base = { retries: 3, tags: ['db'] };
const copy = { ...base, retries: undefined };
copy.tags.push('primary');
console.log(copy.retries, base.tags.length, 'retries' in copy);

const [first = 'none', second = 'none'] = [null, undefined];
console.log(first, second);
