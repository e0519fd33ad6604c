/** Formats a document path the way a user writes it: `agents[1].timeoutSec` (`<root>` when empty). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '<root>' : out;
}
