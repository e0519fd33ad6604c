const log = [];

function* pages() {
  try {
    for (let i = 1; i <= 5; i++) {
      log.push(`y${i}`);
      yield i;
    }
    return 'done';
  } finally {
    log.push('cleanup');
  }
}

const first = [];
for (const p of pages()) {
  if (p > 2) break;
  first.push(p);
}
console.log(first.join(','), log.join(','));

log.length = 0;
const all = [...pages()];
console.log(all.length, log.length);

const g = pages();
console.log(JSON.stringify(g.next()), JSON.stringify(g.return('early')), JSON.stringify(g.next()));

log.length = 0;
const [a, , b = 'default'] = pages();
console.log(a, b, log.join(','));
