// Identifier case conversion.

const isUpper = (c) => c >= 'A' && c <= 'Z';
const isLower = (c) => c >= 'a' && c <= 'z';
const isDigit = (c) => c >= '0' && c <= '9';

export function splitWords(input) {
  const words = [];
  for (const chunk of input.split(/[^A-Za-z0-9]+/)) {
    if (chunk === '') continue;
    let word = chunk[0];
    for (let i = 1; i < chunk.length; i++) {
      const prev = chunk[i - 1];
      const c = chunk[i];
      const next = chunk[i + 1];
      const boundary =
        (isUpper(c) && (isLower(prev) || isDigit(prev))) ||
        (isUpper(c) && isUpper(prev) && next !== undefined && isLower(next));
      if (boundary) {
        words.push(word);
        word = c;
      } else {
        word += c;
      }
    }
    words.push(word);
  }
  return words;
}

const capitalize = (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

export function toCamelCase(input) {
  return splitWords(input)
    .map((w, i) => (i === 0 ? w.toLowerCase() : capitalize(w)))
    .join('');
}

export function toSnakeCase(input) {
  return splitWords(input).map((w) => w.toLowerCase()).join('_');
}

export function toKebabCase(input) {
  return splitWords(input).map((w) => w.toLowerCase()).join('-');
}
