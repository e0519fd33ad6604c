// A form library's "is this field blank?" check.
function isBlank(value) {
  return value == null || value == '' || value == 0;
}

const inputs = ['', ' ', '0', 0, null, undefined, [], [0], [[]], {}, '0.0', false, 'false', NaN, '\n', '0x0'];
console.log(inputs.map((v) => (isBlank(v) ? 'B' : '-')).join(''));
console.log(null >= 0, null > 0, null == 0, undefined == 0);
console.log([1, 2] == '1,2', [] == [], NaN != NaN);
