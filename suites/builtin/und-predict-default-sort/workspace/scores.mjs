const scores = [100, 25, 3, 1000, 42];
const sorted = scores.sort();
scores.push(7);

console.log(sorted.join(','));
console.log(sorted === scores);
