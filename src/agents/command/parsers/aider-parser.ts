import { emptyParsed, type ParsedAgentOutput } from './parsed-output.js';

// A token count as Aider's `format_tokens` prints it (`950`, `2.3k`, `12k`), the `12,345` of
// versions before 0.52, and an `M` suffix for safety.
const N = String.raw`(\d[\d,]*(?:\.\d+)?[kKmM]?)`;
const TOKENS = new RegExp(String.raw`Tokens:\s+${N}\s+sent(?:,\s+${N}\s+cache\s+write)?(?:,\s+${N}\s+cache\s+hit)?,\s+${N}\s+received\.`, 'g');
const COST = /Cost:\s+\$(\d[\d,]*(?:\.\d+)?)\s+(?:message|request),\s+\$(\d[\d,]*(?:\.\d+)?)\s+session\./g;
const MODEL = /^(?:Main model|Model):\s+(\S+)\s+with\s/m;
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07/g;

/** `2.3k` → 2300, `12,345` → 12345, `1.2M` → 1200000. */
export function aiderCount(s: string): number {
  const m = /^([\d,]*(?:\.\d+)?)([kKmM]?)$/.exec(s);
  if (!m) return 0;
  const v = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isFinite(v)) return 0;
  const scale = m[2] === '' ? 1 : m[2]!.toLowerCase() === 'k' ? 1e3 : 1e6;
  return Math.round(v * scale);
}

/**
 * Reads Aider's terminal output (Aider-AI/aider `aider/coders/base_coder.py`,
 * `calculate_and_show_tokens_and_cost` and `show_usage_report`). After each reply it prints
 *
 *     Tokens: 2.3k sent, 1.1k cache write, 0.4k cache hit, 150 received. Cost: $0.01 message, $0.05 session.
 *
 * (the cache parts only when non-zero; `Cost: …` only when the model's price is known, on its own
 * line when both cache parts are shown; before 0.52 the counts were `12,345` and before 0.50 it said
 * `request` instead of `message`). Rich wraps long lines at the console width, so line breaks may
 * fall anywhere between words. Each `Tokens:` line is one model call (turns). As in Aider's own
 * accounting, `sent` = prompt + cache write, the cache hits come on top: input = sent − cache
 * write. Counts from 1,000 are rounded (`2.3k`, `12k`), so usage is approximate; the cost is the
 * last `session` figure (two decimals from $0.01). The model is the one of the `Model:` /
 * `Main model:` announcement. Aider does not report tool calls (it edits through its reply format).
 */
export function parseAiderOutput(text: string): ParsedAgentOutput {
  const clean = text.replace(ANSI, '').replace(/\r/g, '');
  const out = emptyParsed();
  out.model = MODEL.exec(clean)?.[1] ?? null;
  let lines = 0;
  let sent = 0;
  let write = 0;
  let hit = 0;
  let received = 0;
  for (const m of clean.matchAll(TOKENS)) {
    lines += 1;
    const w = m[2] ? aiderCount(m[2]) : 0;
    sent += aiderCount(m[1]!);
    write += w;
    hit += m[3] ? aiderCount(m[3]) : 0;
    received += aiderCount(m[4]!);
  }
  let session: number | null = null;
  for (const m of clean.matchAll(COST)) session = Number(m[2]!.replace(/,/g, ''));
  if (lines === 0) {
    out.notes.push(clean.trim() === '' ? 'aider: the output is empty' : 'aider: no `Tokens: … sent, … received.` line in the output; usage left empty');
    return out;
  }
  out.usage = { inputTokens: Math.max(0, sent - write), outputTokens: received, cacheReadTokens: hit, cacheWriteTokens: write };
  out.turns = lines;
  out.costUsd = session !== null && Number.isFinite(session) ? session : null;
  return out;
}
