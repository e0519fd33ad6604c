import { compareValues, isMissing } from './compare.mjs';

/** Rows sorted by `column` (see README.md). */
export function sortRows(rows, column, direction = 'asc') {
  const sign = direction === 'desc' ? -1 : 1;
  return [...rows].sort((x, y) => {
    const a = x[column];
    const b = y[column];
    if (isMissing(a) || isMissing(b)) return Number(isMissing(a)) - Number(isMissing(b));
    return sign * compareValues(a, b);
  });
}
