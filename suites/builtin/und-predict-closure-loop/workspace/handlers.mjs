// Registers click handlers for a toolbar, then simulates a click on each one.
const handlers = [];
for (var i = 0; i < 3; i++) {
  handlers.push(() => `var:${i}`);
}
for (let j = 0; j < 3; j++) {
  handlers.push(() => `let:${j}`);
}

const more = [];
let k = 0;
while (k < 3) {
  more.push(() => `while:${k}`);
  k++;
}

const scaled = [1, 2, 3].map((n) => () => n * 10);

console.log(handlers.map((h) => h()).join(' '));
console.log(more.map((h) => h()).join(' '));
console.log(scaled.map((f) => f()).join(' '));
