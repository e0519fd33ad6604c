import type { Usage } from '../../../core/attempt.js';

/**
 * What an agent CLI's output says about one attempt. Every field is optional in spirit: a parser
 * fills only what the output provides and leaves the rest empty (null or `{}`); it never throws.
 */
export interface ParsedAgentOutput {
  /** Summed token usage; null when the output reports none. `inputTokens` are uncached input tokens. */
  usage: Usage | null;
  /** Usage split by model, when the output gives it per model (then each model is priced on its own). */
  usageByModel: Record<string, Usage>;
  /** Cost in US dollars as reported by the CLI itself; null when it reports none. */
  costUsd: number | null;
  /** Model calls (turns of the agent loop); null when the output does not count them. */
  turns: number | null;
  /** Tool calls by tool name. */
  toolCalls: Record<string, number>;
  /** The model the output reports having used. */
  model: string | null;
  /** Short notes on what could not be read (go to the end of the transcript). */
  notes: string[];
}

/** A parser: the captured output in, what it says out. Pure; must not throw (the registry guards anyway). */
export type OutputParser = (output: { stdout: string; stderr: string }) => ParsedAgentOutput;

export function emptyParsed(notes: string[] = []): ParsedAgentOutput {
  return { usage: null, usageByModel: {}, costUsd: null, turns: null, toolCalls: {}, model: null, notes };
}

export type Json = Record<string, unknown>;

/** A finite number, else null. */
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** A non-negative count (numbers only; negatives and junk are 0). */
export const count = (v: unknown): number => Math.max(0, num(v) ?? 0);
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export const obj = (v: unknown): Json | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);

export function addUsage(a: Usage, b: Usage): Usage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cacheReadTokens: a.cacheReadTokens + b.cacheReadTokens,
    cacheWriteTokens: a.cacheWriteTokens + b.cacheWriteTokens,
  };
}

export function bump(counts: Record<string, number>, name: string, by = 1): void {
  counts[name] = (counts[name] ?? 0) + by;
}

/**
 * The JSON objects of a JSON-lines text, in order, and how many non-empty lines were not JSON
 * objects (log lines mixed into the stream, a line cut by the output bound).
 */
export function jsonLines(text: string): { events: Json[]; badLines: number } {
  const events: Json[] = [];
  let badLines = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '') continue;
    let e: Json | null = null;
    if (t.startsWith('{')) {
      try {
        e = obj(JSON.parse(t));
      } catch {
        e = null;
      }
    }
    if (e) events.push(e);
    else badLines += 1;
  }
  return { events, badLines };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
