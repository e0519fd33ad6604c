import type { Usage } from '../../../core/attempt.js';
import { addUsage, bump, count, emptyParsed, jsonLines, obj, plural, str, type ParsedAgentOutput } from './parsed-output.js';

/**
 * Reads the JSON-lines events of `codex exec --json` (stdout), as defined in openai/codex
 * `codex-rs/exec/src/exec_events.rs` and emitted by `event_processor_with_jsonl_output.rs`:
 *
 * - `thread.started` {thread_id}; `turn.started`; `turn.failed` {error}; `error` {message};
 * - `item.started` / `item.updated` / `item.completed` {item: {id, type, …}} with item types
 *   `agent_message`, `reasoning`, `plan`, `command_execution` {command, exit_code, status},
 *   `file_change` {changes, status}, `mcp_tool_call` {server, tool, status}, `collab_tool_call`
 *   {tool}, `web_search` {query}, `todo_list`, `error` {message};
 * - `turn.completed` {usage: {input_tokens, cached_input_tokens, output_tokens}}.
 *
 * The usage of `turn.completed` is the thread's running total (the processor copies the last
 * `total_token_usage`), not the turn's own, so within one thread the last one wins; separate
 * threads (by `thread_id`) are summed. `input_tokens` includes `cached_input_tokens` (OpenAI's
 * convention): the uncached input is the difference. Tool calls are counted from `item.completed`
 * only (a call also has `item.started`/`item.updated` events). Codex reports neither the model
 * (barometer uses the configured one; a `model rerouted: a -> b` notice names the new one) nor a
 * count of model calls (a Codex "turn" is a whole prompt), so turns stay null.
 */
export function parseCodexJson(stdout: string): ParsedAgentOutput {
  const { events, badLines } = jsonLines(stdout);
  const out = emptyParsed();
  const byThread = new Map<string, Usage>();
  let thread = '';
  let known = 0;
  let turnsStarted = 0;
  let turnsEnded = 0;
  for (const e of events) {
    const type = str(e['type']);
    if (type === null) continue;
    if (type === 'thread.started') {
      known += 1;
      thread = str(e['thread_id']) ?? `#${known}`;
    } else if (type === 'turn.started') {
      known += 1;
      turnsStarted += 1;
    } else if (type === 'turn.completed') {
      known += 1;
      turnsEnded += 1;
      const u = obj(e['usage']);
      if (u) {
        const input = count(u['input_tokens']);
        const cached = count(u['cached_input_tokens']);
        byThread.set(thread, { inputTokens: Math.max(0, input - cached), outputTokens: count(u['output_tokens']), cacheReadTokens: cached, cacheWriteTokens: 0 });
      }
    } else if (type === 'turn.failed') {
      known += 1;
      turnsEnded += 1;
    } else if (type === 'item.completed') {
      known += 1;
      const item = obj(e['item']);
      const name = item ? toolName(item) : null;
      if (name) bump(out.toolCalls, name);
      const rerouted = item && str(item['type']) === 'error' ? /^model rerouted: .+? -> (\S+)/.exec(str(item['message']) ?? '') : null;
      if (rerouted) out.model = rerouted[1]!;
    } else if (type.startsWith('item.') || type === 'error') {
      known += 1;
    }
  }
  if (byThread.size > 0) out.usage = [...byThread.values()].reduce(addUsage);
  if (known === 0) {
    out.notes.push(events.length + badLines === 0 ? 'codex-json: the output is empty' : 'codex-json: no Codex `exec --json` events in the output');
    return out;
  }
  if (byThread.size === 0) out.notes.push(`codex-json: no turn.completed event with usage (${plural(turnsStarted, 'turn')} started, ${turnsEnded} ended); usage left empty`);
  if (badLines > 0) out.notes.push(`codex-json: skipped ${plural(badLines, 'non-JSON line')}`);
  return out;
}

/** The name a completed item is counted under, or null when it is not a tool call. */
function toolName(item: Record<string, unknown>): string | null {
  switch (str(item['type'])) {
    case 'command_execution':
      return 'command_execution';
    case 'file_change':
      return 'file_change';
    case 'web_search':
      return 'web_search';
    case 'mcp_tool_call': {
      const server = str(item['server']);
      const tool = str(item['tool']);
      return server && tool ? `mcp:${server}/${tool}` : 'mcp_tool_call';
    }
    case 'collab_tool_call': {
      const tool = str(item['tool']);
      return tool ? `collab:${tool}` : 'collab_tool_call';
    }
    default:
      return null;
  }
}
