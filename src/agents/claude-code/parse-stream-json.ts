import { zeroUsage, type Usage } from '../../core/attempt.js';

/** The `result` event of a `claude -p --output-format stream-json` run (fields barometer reads). */
export interface ClaudeResultEvent {
  subtype: string | null;
  isError: boolean;
  apiErrorStatus: number | null;
  /** 2.1.332+: e.g. `overloaded_error`. */
  apiErrorType: string | null;
  terminalReason: string | null;
  numTurns: number | null;
  durationMs: number | null;
  durationApiMs: number | null;
  totalCostUsd: number | null;
  usage: Usage | null;
  /** Models of `modelUsage`, as keyed by the CLI (e.g. `claude-opus-4-8[1m]`). */
  models: string[];
  /** The human-readable result (or the API error message). */
  result: string | null;
  errors: string[];
  permissionDenials: number;
}

/** What a run's event stream says. */
export interface ClaudeStreamSummary {
  /** From `system`/`init`. */
  initModel: string | null;
  version: string | null;
  cwd: string | null;
  tools: string[];
  permissionMode: string | null;
  /** Tool calls by tool name, from the `tool_use` blocks of `assistant` events. */
  toolCalls: Record<string, number>;
  /** `message.model` of assistant events, in order of first appearance (without `<synthetic>`). */
  responseModels: string[];
  apiRetries: number;
  result: ClaudeResultEvent | null;
  /** Lines that were not JSON (e.g. cut by the output bound). */
  badLines: number;
}

type Json = Record<string, unknown>;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const obj = (v: unknown): Json | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);

function readResult(e: Json): ClaudeResultEvent {
  const u = obj(e['usage']);
  const usage: Usage | null = u
    ? {
        inputTokens: num(u['input_tokens']) ?? 0,
        outputTokens: num(u['output_tokens']) ?? 0,
        cacheReadTokens: num(u['cache_read_input_tokens']) ?? 0,
        cacheWriteTokens: num(u['cache_creation_input_tokens']) ?? 0,
      }
    : null;
  return {
    subtype: str(e['subtype']),
    isError: e['is_error'] === true,
    apiErrorStatus: num(e['api_error_status']),
    apiErrorType: str(e['api_error_type']),
    terminalReason: str(e['terminal_reason']),
    numTurns: num(e['num_turns']),
    durationMs: num(e['duration_ms']),
    durationApiMs: num(e['duration_api_ms']),
    totalCostUsd: num(e['total_cost_usd']),
    usage,
    models: Object.keys(obj(e['modelUsage']) ?? {}),
    result: str(e['result']),
    errors: Array.isArray(e['errors']) ? e['errors'].map(String) : [],
    permissionDenials: Array.isArray(e['permission_denials']) ? e['permission_denials'].length : 0,
  };
}

/**
 * Reads the JSON-lines output of `claude -p … --output-format stream-json --verbose` (both 2.1.197
 * and 2.1.332 shapes; see docs/claude-code-offline.md §5). Unknown events are ignored; lines that are
 * not JSON are counted. Usage is NOT summed from `assistant` events (they carry the message_start
 * snapshot): it comes from the final `result`.
 */
export function parseStreamJson(stdout: string): ClaudeStreamSummary {
  const s: ClaudeStreamSummary = { initModel: null, version: null, cwd: null, tools: [], permissionMode: null, toolCalls: {}, responseModels: [], apiRetries: 0, result: null, badLines: 0 };
  for (const line of stdout.split('\n')) {
    const t = line.trim();
    if (t === '') continue;
    let e: Json | null;
    try {
      e = obj(JSON.parse(t));
    } catch {
      s.badLines += 1;
      continue;
    }
    if (!e) continue;
    const type = e['type'];
    if (type === 'system' && e['subtype'] === 'init') {
      s.initModel = str(e['model']);
      s.version = str(e['claude_code_version']);
      s.cwd = str(e['cwd']);
      s.tools = Array.isArray(e['tools']) ? e['tools'].map(String) : [];
      s.permissionMode = str(e['permissionMode']);
    } else if (type === 'system' && e['subtype'] === 'api_retry') {
      s.apiRetries += 1;
    } else if (type === 'assistant') {
      const m = obj(e['message']);
      const model = str(m?.['model']);
      if (model && model !== '<synthetic>' && !s.responseModels.includes(model)) s.responseModels.push(model);
      const content = Array.isArray(m?.['content']) ? (m!['content'] as unknown[]) : [];
      for (const b of content) {
        const block = obj(b);
        if (block?.['type'] === 'tool_use') {
          const name = str(block['name']) ?? 'unknown';
          s.toolCalls[name] = (s.toolCalls[name] ?? 0) + 1;
        }
      }
    } else if (type === 'result') {
      s.result = readResult(e);
    }
  }
  return s;
}

/** Usage of a run: the `result` event's, else zero. */
export function usageOf(summary: ClaudeStreamSummary): Usage {
  return summary.result?.usage ?? zeroUsage();
}
