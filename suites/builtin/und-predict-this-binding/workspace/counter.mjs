class Counter {
  count = 0;
  bump = () => {
    this.count += 1;
    return this.count;
  };

  constructor(name) {
    this.name = name;
  }

  increment() {
    this.count += 1;
    return this.count;
  }

  get label() {
    return `${this.name}#${this.count}`;
  }
}

const c = new Counter('c');
const { bump } = c;
const inc = c.increment;
const results = [];
results.push(c.increment());
results.push(bump());
try {
  results.push(inc());
} catch (e) {
  results.push(e.constructor.name);
}
const other = { name: 'other', count: 10, increment: c.increment };
results.push(other.increment());
results.push(c.increment.call({ count: 41 }));
console.log(results.join(' '));

const snapshot = { ...c };
console.log(Object.keys(snapshot).join(','), snapshot.label, c.label);

const obj = {
  name: 'obj',
  regular() {
    return [1].map(function () { return this; })[0];
  },
  arrow() {
    return [1].map(() => this.name)[0];
  },
};
console.log(obj.regular(), obj.arrow());
