import { setImmediate as nextTick } from 'node:timers/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { ImporterOptions, ImportOutcome } from './import-result.js';
import { parseRow, readJsonl } from './read-jsonl.js';
import { writeTaskDir, type TaskDraft } from './write-task-dir.js';

/** What a row converter returns: a task to write, or the reason the row is skipped. */
export type RowConversion = { draft: TaskDraft } | { skip: string; id?: string };

/**
 * The loop shared by the JSON Lines importers: reads `file`, checks each row against `schema`,
 * converts it with `convert` and writes the task into `outDir`. A row that is not JSON, misses a
 * field, repeats an earlier id or fails to convert is skipped with its line number and a reason; the
 * others still import.
 */
export async function importJsonlRows<S extends z.ZodType>(
  file: string,
  outDir: string,
  schema: S,
  convert: (row: z.infer<S>, line: number) => RowConversion,
  options: ImporterOptions = {},
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { imported: [], skipped: [] };
  const firstLine = new Map<string, number>();
  for (const row of readJsonl(file)) {
    if (options.signal?.aborted) break;
    await nextTick(); // let Ctrl-C reach the signal between rows
    const source = `line ${row.line}`;
    if (row.error !== null) {
      outcome.skipped.push({ source, id: null, reason: row.error });
      continue;
    }
    const parsed = parseRow(schema, row.value);
    if (parsed.error !== null) {
      outcome.skipped.push({ source, id: null, reason: parsed.error });
      continue;
    }
    let conversion: RowConversion;
    try {
      conversion = convert(parsed.data, row.line);
    } catch (err) {
      outcome.skipped.push({ source, id: null, reason: `could not convert: ${(err as Error).message}` });
      continue;
    }
    if ('skip' in conversion) {
      outcome.skipped.push({ source, id: conversion.id ?? null, reason: conversion.skip });
      continue;
    }
    const { draft } = conversion;
    const earlier = firstLine.get(draft.id);
    if (earlier !== undefined) {
      outcome.skipped.push({ source, id: draft.id, reason: `duplicate task id "${draft.id}" (already imported from line ${earlier})` });
      continue;
    }
    try {
      const dir = writeTaskDir(outDir, draft, options.force ? { force: true } : {});
      firstLine.set(draft.id, row.line);
      outcome.imported.push({ id: draft.id, dir, source: `${source} (${draft.manifest.source.id ?? draft.id})` });
    } catch (err) {
      outcome.skipped.push({ source, id: draft.id, reason: `could not write ${join(outDir, draft.id)}: ${(err as Error).message}` });
    }
  }
  return outcome;
}
