const REPLACEMENTS = [
  [/&/g, '&amp;'],
  [/</g, '&lt;'],
  [/>/g, '&gt;'],
  [/"/g, '&quot;'],
  [/'/g, '&#39;'],
];

/** Escapes the five HTML-special characters of a string. */
export function escapeHtml(value) {
  let s = String(value);
  for (const [pattern, entity] of REPLACEMENTS) s = s.replace(pattern, entity);
  return s;
}
