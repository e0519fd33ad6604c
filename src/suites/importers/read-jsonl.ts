import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { z } from 'zod';

/** One non-blank line of a JSON Lines file: its 1-based line number and parsed value, or why it could not be parsed. */
export type JsonlRow = { line: number; value: unknown; error: null } | { line: number; value: null; error: string };

/**
 * Reads a JSON Lines file, gzip-compressed or not (detected from the content, not the name), and
 * parses every non-blank line on its own: a bad line becomes a row with an `error` naming the
 * problem, so one broken row never hides the others.
 */
export function readJsonl(file: string): JsonlRow[] {
  let data = readFileSync(file);
  if (data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b) data = gunzipSync(data);
  const rows: JsonlRow[] = [];
  const lines = data.toString('utf8').split('\n');
  lines.forEach((text, i) => {
    const trimmed = text.trim();
    if (trimmed === '') return;
    try {
      rows.push({ line: i + 1, value: JSON.parse(trimmed) as unknown, error: null });
    } catch (err) {
      rows.push({ line: i + 1, value: null, error: `not valid JSON (${(err as Error).message})` });
    }
  });
  return rows;
}

/**
 * Checks one parsed row against a zod schema and returns the data, or a one-line reason naming the
 * first offending field (e.g. `field "entry_point": expected string, received undefined`).
 */
export function parseRow<S extends z.ZodType>(schema: S, value: unknown): { data: z.infer<S>; error: null } | { data: null; error: string } {
  const r = schema.safeParse(value);
  if (r.success) return { data: r.data, error: null };
  const issue = r.error.issues[0];
  if (!issue) return { data: null, error: 'does not match the expected shape' };
  const where = issue.path.length > 0 ? `field "${issue.path.join('.')}"` : 'the row';
  return { data: null, error: `${where}: ${issue.message.replace(/^Invalid input: /, '')}` };
}
