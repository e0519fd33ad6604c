// CSV export of the orders table (RFC 4180 style).

const NEEDS_QUOTES = /[",\r\n]/;
const COLUMNS = ['id', 'customer', 'total', 'note'];

/**
 * One field: empty for null/undefined; otherwise the string form of the value,
 * wrapped in double quotes (with every inner double quote doubled) when it
 * contains a comma, a double quote or a line break.
 */
export function escapeField(value) {
  if (value === null || value === undefined) return '';
  const s = String(value);
  if (!NEEDS_QUOTES.test(s)) return s;
  return `"${s.replace('"', '""')}"`;
}

/** One CSV line for an order, in COLUMNS order. */
export function orderLine(order) {
  return COLUMNS.map((column) => escapeField(order[column])).join(',');
}

/** Totals are written with two decimals. */
export function formatTotal(cents) {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The whole export: a header line, then one line per order, CRLF-separated. */
export function exportOrders(orders) {
  const lines = [COLUMNS.join(',')];
  for (const order of orders) {
    lines.push(orderLine({ ...order, total: formatTotal(order.totalCents) }));
  }
  return lines.join('\r\n') + '\r\n';
}
