import { parseStreamJson, usageOf } from '../../claude-code/parse-stream-json.js';
import { emptyParsed, plural, type ParsedAgentOutput } from './parsed-output.js';

/**
 * Reads `claude -p … --output-format stream-json --verbose` (stdout) with the `claude-code`
 * adapter's own reader (`src/agents/claude-code/parse-stream-json.ts`), so Claude Code run through
 * the command adapter gets the same numbers: usage, cost (`total_cost_usd`) and turns
 * (`num_turns`) from the final `result` event, tool calls by name from the `tool_use` blocks, the
 * model from `system/init` (else `modelUsage`, else the assistant messages).
 */
export function parseClaudeStreamJsonOutput(stdout: string): ParsedAgentOutput {
  const s = parseStreamJson(stdout);
  const out = emptyParsed();
  out.toolCalls = s.toolCalls;
  out.model = s.initModel ?? s.result?.models[0] ?? s.responseModels[0] ?? null;
  const sawEvents = s.initModel !== null || s.result !== null || s.responseModels.length > 0 || Object.keys(s.toolCalls).length > 0;
  if (!sawEvents && stdout.trim() === '') out.notes.push('claude-stream-json: the output is empty');
  else if (!sawEvents) out.notes.push('claude-stream-json: no Claude Code stream-json events in the output (was --output-format stream-json --verbose given?)');
  else if (!s.result) out.notes.push('claude-stream-json: no result event (the run was cut short); usage left empty');
  if (s.result) {
    out.usage = s.result.usage ? usageOf(s) : null;
    out.costUsd = s.result.totalCostUsd;
    out.turns = s.result.numTurns;
    if (!s.result.usage) out.notes.push('claude-stream-json: the result event has no usage');
  }
  if (s.badLines > 0 && sawEvents) out.notes.push(`claude-stream-json: skipped ${plural(s.badLines, 'non-JSON line')}`);
  return out;
}
