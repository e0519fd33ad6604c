const log = [];

async function step(name) {
  log.push(`${name}:start`);
  await null;
  log.push(`${name}:end`);
}

setTimeout(() => {
  log.push('timeout');
  console.log(log.join(' '));
}, 0);

Promise.resolve()
  .then(() => log.push('then1'))
  .then(() => log.push('then2'));

process.nextTick(() => log.push('tick'));

step('s1');
queueMicrotask(() => log.push('micro'));
step('s2').then(() => log.push('s2:done'));

log.push('sync');
