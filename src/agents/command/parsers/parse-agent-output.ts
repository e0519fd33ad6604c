import { costFromUsage, type PriceTable } from '../../pricing/price-table.js';
import { parseAiderOutput } from './aider-parser.js';
import { parseClaudeStreamJsonOutput } from './claude-stream-json-parser.js';
import { parseCodexJson } from './codex-json-parser.js';
import { parseGeminiJson } from './gemini-json-parser.js';
import { emptyParsed, type OutputParser, type ParsedAgentOutput } from './parsed-output.js';

export type { OutputParser, ParsedAgentOutput } from './parsed-output.js';

/** The output formats the command adapter can read (the config's `parser`). */
export const OUTPUT_PARSER_NAMES = ['codex-json', 'gemini-json', 'aider', 'claude-stream-json'] as const;
export type OutputParserName = (typeof OUTPUT_PARSER_NAMES)[number];

const PARSERS: Readonly<Record<OutputParserName, OutputParser>> = {
  'codex-json': ({ stdout }) => parseCodexJson(stdout),
  'gemini-json': ({ stdout }) => parseGeminiJson(stdout),
  // Aider prints its reports on stdout; stderr is read too in case a wrapper moved them there.
  aider: ({ stdout, stderr }) => parseAiderOutput(stderr === '' ? stdout : `${stdout}\n${stderr}`),
  'claude-stream-json': ({ stdout }) => parseClaudeStreamJsonOutput(stdout),
};

/**
 * What the captured output of an agent CLI says, read by the parser `name`. Never throws: output
 * that cannot be read leaves the fields empty with a note saying why.
 *
 * @example
 * const p = parseAgentOutput('codex-json', { stdout, stderr });
 * p.usage; // { inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens } or null
 */
export function parseAgentOutput(name: OutputParserName, output: { stdout: string; stderr: string }): ParsedAgentOutput {
  const parser = PARSERS[name];
  if (!parser) return emptyParsed([`unknown output parser "${String(name)}"`]);
  try {
    return parser(output);
  } catch (err) {
    return emptyParsed([`${name}: the output could not be read (${err instanceof Error ? err.message : String(err)})`.slice(0, 300)]);
  }
}

/**
 * The cost of a parsed attempt: the CLI's own figure when it gives one; else priced from the
 * usage: per model when the output splits it (null if any model with usage has no price), else on
 * the reported model, then on the configured one. Null when there is no usage or no price.
 */
export function costOfParsed(parsed: ParsedAgentOutput, configuredModel: string | null | undefined, prices: PriceTable = {}): number | null {
  if (parsed.costUsd !== null) return parsed.costUsd;
  if (!parsed.usage) return null;
  const perModel = Object.entries(parsed.usageByModel);
  if (perModel.length > 0) {
    let total = 0;
    for (const [model, usage] of perModel) {
      if (usage.inputTokens + usage.outputTokens + usage.cacheReadTokens + usage.cacheWriteTokens === 0) continue;
      const c = costFromUsage(usage, model, prices);
      if (c === null) return null;
      total += c;
    }
    return Math.round(total * 1e9) / 1e9;
  }
  return (parsed.model ? costFromUsage(parsed.usage, parsed.model, prices) : null) ?? costFromUsage(parsed.usage, configuredModel, prices);
}
