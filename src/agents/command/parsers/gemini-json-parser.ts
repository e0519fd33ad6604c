import type { Usage } from '../../../core/attempt.js';
import { addUsage, bump, count, emptyParsed, jsonLines, num, obj, plural, str, type Json, type ParsedAgentOutput } from './parsed-output.js';

/**
 * Reads Gemini CLI's headless output (stdout), either format of google-gemini/gemini-cli
 * `packages/core/src/output/types.ts`:
 *
 * - `--output-format json`: one pretty-printed document `{session_id, response, stats, error?,
 *   warnings?}` where `stats` is the session's `SessionMetrics`
 *   (`packages/core/src/telemetry/uiTelemetry.ts`): `models.<id>.api.{totalRequests, totalErrors}`,
 *   `models.<id>.tokens.{prompt, candidates, total, cached, thoughts, tool, input}` (`input`, newer
 *   versions only, is `prompt − cached`), `models.<id>.roles.<role>` (newer versions), and
 *   `tools.byName.<tool>.count`.
 * - `--output-format stream-json`: JSON lines `init` {model}, `message`, `tool_use` {tool_name},
 *   `tool_result`, `error`, `result` {stats: {total_tokens, input_tokens, output_tokens, cached,
 *   input, tool_calls, models.<id>.{total_tokens, input_tokens, output_tokens, cached, input}}}
 *   (older versions: only the totals).
 *
 * Token mapping (Gemini API `usageMetadata`): `prompt` = promptTokenCount, which includes the
 * `cached` tokens; `tool` = toolUsePromptTokenCount (input, outside the prompt count);
 * `candidates` = the answer and `thoughts` = thinking, both billed as output. So: input =
 * prompt − cached + tool, cache read = cached, output = candidates + thoughts. stream-json leaves
 * out `thoughts`; there the output is `total − input_tokens` (thinking included).
 */
export function parseGeminiJson(stdout: string): ParsedAgentOutput {
  const whole = parseDocument(stdout.trim());
  if (whole) return fromJsonDocument(whole);
  const { events, badLines } = jsonLines(stdout);
  if (events.some((e) => typeof e['type'] === 'string' && STREAM_TYPES.has(e['type']))) return fromStream(events, badLines);
  const doc = findJsonDocument(stdout);
  if (doc) return fromJsonDocument(doc);
  return emptyParsed([stdout.trim() === '' ? 'gemini-json: the output is empty' : 'gemini-json: no Gemini CLI JSON output found (was --output-format json or stream-json given?)']);
}

const STREAM_TYPES = new Set(['init', 'message', 'tool_use', 'tool_result', 'result']);

/** `text` as the `--output-format json` document, or null. */
function parseDocument(text: string): Json | null {
  if (!text.startsWith('{') || !text.endsWith('}')) return null;
  try {
    const v = obj(JSON.parse(text));
    return v !== null && ('stats' in v || 'response' in v || 'session_id' in v || 'error' in v) && !('type' in v) ? v : null;
  } catch {
    return null;
  }
}

/**
 * The document when other lines surround it (a notice printed before it, text after it): the
 * first `{` at a line start from which the text up to the last `}` is the document.
 */
function findJsonDocument(text: string): Json | null {
  const end = text.lastIndexOf('}');
  let tries = 0;
  for (let i = text.indexOf('{'); i >= 0 && i < end && tries < 50; i = text.indexOf('{', i + 1)) {
    if (i > 0 && text[i - 1] !== '\n') continue;
    tries += 1;
    const v = parseDocument(text.slice(i, end + 1));
    if (v) return v;
  }
  return null;
}

function fromJsonDocument(doc: Json): ParsedAgentOutput {
  const out = emptyParsed();
  const stats = obj(doc['stats']);
  if (!stats) {
    const err = obj(doc['error']);
    out.notes.push(`gemini-json: no stats in the output${err ? ` (error ${str(err['type']) ?? '?'}: ${(str(err['message']) ?? '').slice(0, 200)})` : ''}; usage left empty`);
    return out;
  }
  const models = obj(stats['models']) ?? {};
  let mainRequests = 0;
  let allRequests = 0;
  let sawMainRole = false;
  let best: { model: string; main: number; tokens: number } | null = null;
  for (const [model, m] of Object.entries(models)) {
    const mm = obj(m);
    if (!mm) continue;
    const t = obj(mm['tokens']) ?? {};
    const prompt = count(t['prompt']);
    const cached = count(t['cached']);
    const usage: Usage = {
      inputTokens: Math.max(0, prompt - cached) + count(t['tool']),
      outputTokens: count(t['candidates']) + count(t['thoughts']),
      cacheReadTokens: cached,
      cacheWriteTokens: 0,
    };
    out.usageByModel[model] = usage;
    const api = obj(mm['api']) ?? {};
    allRequests += Math.max(0, count(api['totalRequests']) - count(api['totalErrors']));
    const main = obj(obj(mm['roles'])?.['main']);
    const mainOk = main ? Math.max(0, count(main['totalRequests']) - count(main['totalErrors'])) : 0;
    if (main) sawMainRole = true;
    mainRequests += mainOk;
    const tokens = usage.inputTokens + usage.cacheReadTokens + usage.outputTokens;
    if (!best || mainOk > best.main || (mainOk === best.main && tokens > best.tokens)) best = { model, main: mainOk, tokens };
  }
  const usages = Object.values(out.usageByModel);
  if (usages.length > 0) {
    out.usage = usages.reduce(addUsage);
    out.turns = sawMainRole ? mainRequests : allRequests;
    out.model = best?.model ?? null;
  } else {
    out.notes.push('gemini-json: stats name no model; usage left empty');
  }
  const byName = obj(obj(stats['tools'])?.['byName']) ?? {};
  for (const [tool, s] of Object.entries(byName)) {
    const n = count(obj(s)?.['count']);
    if (n > 0) bump(out.toolCalls, tool, n);
  }
  return out;
}

function fromStream(events: Json[], badLines: number): ParsedAgentOutput {
  const out = emptyParsed();
  let initModel: string | null = null;
  let stats: Json | null = null;
  for (const e of events) {
    const type = e['type'];
    if (type === 'init') initModel = str(e['model']) ?? initModel;
    else if (type === 'tool_use') bump(out.toolCalls, str(e['tool_name']) ?? 'unknown');
    else if (type === 'result') stats = obj(e['stats']) ?? stats;
  }
  const streamUsage = (s: Json): Usage => {
    const prompt = count(s['input_tokens']);
    const cached = count(s['cached']);
    const output = count(s['output_tokens']);
    const total = num(s['total_tokens']);
    return {
      inputTokens: Math.max(0, prompt - cached),
      // total = prompt + candidates + thoughts (+ tool-use prompt): the rest after the prompt is output.
      outputTokens: total !== null && total >= prompt + output ? total - prompt : output,
      cacheReadTokens: cached,
      cacheWriteTokens: 0,
    };
  };
  if (stats) {
    const models = obj(stats['models']) ?? {};
    for (const [model, m] of Object.entries(models)) {
      const mm = obj(m);
      if (mm) out.usageByModel[model] = streamUsage(mm);
    }
    const usages = Object.values(out.usageByModel);
    out.usage = usages.length > 0 ? usages.reduce(addUsage) : streamUsage(stats);
    const ranked = Object.entries(out.usageByModel).sort((a, b) => b[1].inputTokens + b[1].cacheReadTokens + b[1].outputTokens - (a[1].inputTokens + a[1].cacheReadTokens + a[1].outputTokens));
    out.model = initModel && initModel in out.usageByModel ? initModel : (ranked[0]?.[0] ?? initModel);
  } else {
    out.model = initModel;
    out.notes.push('gemini-json: no result event with stats in the stream; usage left empty');
  }
  if (badLines > 0) out.notes.push(`gemini-json: skipped ${plural(badLines, 'non-JSON line')}`);
  return out;
}
