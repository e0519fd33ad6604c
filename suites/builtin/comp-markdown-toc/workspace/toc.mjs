// Markdown table-of-contents generator.

/** ATX headings (`#`..`######`) outside fenced code blocks: [{ level, text }]. */
export function extractHeadings(markdown) {
  const headings = [];
  let fence = null;
  for (const line of markdown.split('\n')) {
    const f = /^(```|~~~)/.exec(line);
    if (f) {
      if (fence === null) fence = f[1];
      else if (f[1] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const m = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/.exec(line);
    if (m && m[2] !== '') headings.push({ level: m[1].length, text: m[2] });
  }
  return headings;
}

/** GitHub-style slug: lowercase, drop punctuation except - and _, spaces → '-'. */
export function slugifyHeading(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/**
 * Build a nested bullet list linking to every heading with minLevel <= level <= maxLevel.
 * Anchors are unique across the whole document (filtered headings included):
 * repeats get -1, -2, … and suffixed slugs never collide with any other anchor.
 * @param {string} markdown
 * @param {{ minLevel?: number, maxLevel?: number }} [options]
 * @returns {string}
 */
export function buildToc(markdown, options = {}) {
  // TODO: implement as documented in instruction.md.
  throw new Error('not implemented');
}
