// Validation of user-chosen project slugs.

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/g;
const RESERVED = new Set(['admin', 'api', 'new', 'settings']);
const MAX_LENGTH = 40;

/**
 * True if `slug` is a usable project slug: 1 to 40 characters, lowercase
 * ASCII letters and digits in groups separated by single hyphens (no leading,
 * trailing or doubled hyphen), and not one of the reserved words.
 * @param {string} slug
 * @returns {boolean}
 */
export function isValidSlug(slug) {
  if (typeof slug !== 'string') return false;
  if (slug.length === 0 || slug.length > MAX_LENGTH) return false;
  if (RESERVED.has(slug)) return false;
  return SLUG_PATTERN.test(slug);
}

/**
 * The valid slugs from `candidates`, in their original order, without
 * duplicates (the first occurrence is kept).
 * @param {string[]} candidates
 * @returns {string[]}
 */
export function validSlugs(candidates) {
  const seen = new Set();
  const out = [];
  for (const slug of candidates) {
    if (seen.has(slug)) continue;
    seen.add(slug);
    if (isValidSlug(slug)) out.push(slug);
  }
  return out;
}
