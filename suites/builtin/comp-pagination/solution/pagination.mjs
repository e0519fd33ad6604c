// Pagination helpers for list views.

export const GAP = '…';

/** Number of pages needed for `total` items, `perPage` per page (at least 0). */
export function pageCount(total, perPage) {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError('perPage must be a positive integer');
  if (!Number.isInteger(total) || total < 0) throw new RangeError('total must be a non-negative integer');
  return Math.ceil(total / perPage);
}

/** Clamp `page` into 1..totalPages (returns 1 when there are no pages). */
export function clampPage(page, totalPages) {
  if (totalPages < 1) return 1;
  if (!Number.isFinite(page)) return 1;
  return Math.min(totalPages, Math.max(1, Math.trunc(page)));
}

/** Zero-based [start, end) item indexes shown on `page`. */
export function pageRange(page, perPage, total) {
  const pages = pageCount(total, perPage);
  const p = clampPage(page, pages);
  const start = Math.min(total, (p - 1) * perPage);
  return [start, Math.min(total, start + perPage)];
}

/**
 * The list of page links to render, e.g. [1, '…', 4, 5, 6, '…', 10].
 *
 * - `current` is clamped with clampPage() first.
 * - Pages shown: the first page, the last page, and every page within
 *   `siblings` of the current page (current - siblings .. current + siblings).
 * - Pages are listed in ascending order without duplicates.
 * - Between two shown pages that are not consecutive, insert GAP - except
 *   when exactly one page is missing: then show that page instead, because a
 *   gap marker would take as much room as the page number itself.
 *   (pages 1..7, current 4, siblings 1 → [1, 2, 3, 4, 5, 6, 7], never
 *   [1, '…', 3, 4, 5, '…', 7]).
 * - totalPages 0 → [].
 *
 * @param {number} current
 * @param {number} totalPages
 * @param {number} [siblings=1]
 * @returns {Array<number | string>}
 */
export function pageItems(current, totalPages, siblings = 1) {
  if (!Number.isInteger(siblings) || siblings < 0) throw new RangeError('siblings must be a non-negative integer');
  if (totalPages <= 0) return [];
  const page = clampPage(current, totalPages);
  const shown = new Set([1, totalPages]);
  for (let p = page - siblings; p <= page + siblings; p++) {
    if (p >= 1 && p <= totalPages) shown.add(p);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const items = [];
  let prev = 0;
  for (const p of sorted) {
    if (prev > 0) {
      if (p - prev === 2) items.push(prev + 1);
      else if (p - prev > 2) items.push(GAP);
    }
    items.push(p);
    prev = p;
  }
  return items;
}
