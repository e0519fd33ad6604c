/**
 * A journal entry is an array of at most 10,000 lines { account, amount }.
 * Each amount is a JavaScript number of dollars written with at most two
 * decimal places and an absolute value below 1e9 (e.g. 19.99, -0.1, 250).
 */

const toCents = (amount) => Math.round(amount * 100);

/**
 * True exactly when the amounts of the entry, taken as the decimal numbers
 * they are written as, add up to zero (debits and credits cancel out).
 */
export function isBalanced(lines) {
  let cents = 0;
  for (const line of lines) cents += toCents(line.amount);
  return cents === 0;
}

/**
 * The decimal sum of the amounts formatted with two decimals and a leading
 * "-" when negative: "12.30", "-0.05", "0.00".
 */
export function formatTotal(lines) {
  let cents = 0;
  for (const line of lines) cents += toCents(line.amount);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
