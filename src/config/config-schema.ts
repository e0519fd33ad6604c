import { z } from 'zod';
import { isIsoDay } from '../core/clock.js';
import { TASK_CATEGORIES } from '../core/task.js';

const isoDay = z.string().refine(isIsoDay, { message: 'expected a date written YYYY-MM-DD' });
const agentName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'expected a name of letters, digits, ".", "_" or "-" (max 64)' });
const envMap = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.string());
const probability = z.number().min(0).max(1);
const categorySkill = z
  .object(Object.fromEntries(TASK_CATEGORIES.map((c) => [c, probability.optional()])) as Record<(typeof TASK_CATEGORIES)[number], z.ZodOptional<typeof probability>>)
  .strict();

/** A baseline: explicit days, or the first `days` days of the agent's history. */
export const baselineSchema = z.union([
  z.object({ from: isoDay, to: isoDay }).strict(),
  z.object({ days: z.number().int().min(1).max(365) }).strict(),
]);

const agentCommon = {
  name: agentName,
  /** Seconds one attempt of the agent may take (the outer timeout). */
  timeoutSec: z.number().positive().max(86_400).default(900),
  /** Extra environment variables for the agent process (`${VAR}` interpolated from barometer's environment). */
  env: envMap.default({}),
  /** This agent's baseline, overriding the top-level one. */
  baseline: baselineSchema.optional(),
};

/** A scheduled change of a simulated agent, from a day on. */
export const simulatedChangeSchema = z
  .object({
    from: isoDay,
    /** Added to every category's success probability (e.g. -0.15 loses 15 points). */
    skillDelta: z.number().min(-1).max(1).optional(),
    /** The agent version reported from this day on (a "CLI update"). */
    version: z.string().min(1).optional(),
    /** The model reported from this day on. */
    model: z.string().min(1).optional(),
    /** Multiplies token usage (and so cost) from this day on. */
    tokenFactor: z.number().positive().optional(),
  })
  .strict();

export const simulatedAgentSchema = z
  .object({
    ...agentCommon,
    kind: z.literal('simulated'),
    seed: z.number().int().default(1),
    /** Success probability per category, averaged over tasks (easy tasks above it, hard ones below). */
    skill: categorySkill.default({}),
    version: z.string().default('1.0.0'),
    model: z.string().default('sim-model-1'),
    /** Probability that an attempt ends in a simulated infrastructure error (never a failure). */
    errorRate: probability.default(0.01),
    /** Real time each attempt takes, in milliseconds (0 for the demo; more to watch progress). */
    latencyMs: z.number().int().min(0).max(600_000).default(0),
    changes: z.array(simulatedChangeSchema).default([]),
  })
  .strict();

export const commandAgentSchema = z
  .object({
    ...agentCommon,
    kind: z.literal('command'),
    /**
     * The agent's command line as an argv array (no shell): placeholders `{prompt}`, `{promptFile}`
     * and `{workspace}` are replaced in each argument. A string is run with `sh -c`; it then reads the
     * prompt from stdin, from the file `$BAROMETER_PROMPT_FILE` or from `$BAROMETER_PROMPT`.
     */
    command: z.union([z.array(z.string().min(1)).min(1), z.string().min(1)]),
    /** How the agent receives its instruction. */
    promptVia: z.enum(['stdin', 'file', 'arg']).default('stdin'),
    /** Command that prints the agent's version, run once per run (e.g. `["claude", "--version"]`). */
    versionCommand: z.array(z.string().min(1)).min(1).optional(),
    /** The model the agent is configured to use, for provenance. */
    model: z.string().optional(),
    /** Names of variables to pass through from barometer's own environment. */
    passEnv: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).default([]),
    /** What a non-zero exit of the agent means: `error` (infrastructure) or `grade` (grade the workspace anyway). */
    onNonZeroExit: z.enum(['error', 'grade']).default('error'),
    /** Reads usage, cost, turns, tool calls and model from the agent's output (docs/agents.md, recipes); omitted: not parsed. */
    parser: z.enum(['codex-json', 'gemini-json', 'aider', 'claude-stream-json']).optional(),
    /** Prices per model id (USD per million tokens), over the built-in table; used when the output gives usage but no cost. Lazy: `modelPriceSchema` is declared below. */
    prices: z.lazy(() => z.record(z.string().min(1), modelPriceSchema)).default({}),
  })
  .strict();

/** Prices of one model in US dollars per million tokens. */
export const modelPriceSchema = z
  .object({
    input: z.number().min(0),
    output: z.number().min(0),
    /** Defaults to `input` when missing. */
    cacheRead: z.number().min(0).optional(),
    /** Defaults to `input` when missing. */
    cacheWrite: z.number().min(0).optional(),
  })
  .strict();

/** Keys shared by the agents that call a model service (claude-code, anthropic, openai). */
const modelAgentCommon = {
  /** Most attempts of this agent at once (a provider's rate limit); read by the runner. */
  maxConcurrency: z.number().int().min(1).max(256).optional(),
  /** Prices per model id (USD per million tokens), over the built-in illustrative table; used when the agent reports no cost. */
  prices: z.record(z.string().min(1), modelPriceSchema).default({}),
};

export const claudeCodeAgentSchema = z
  .object({
    ...agentCommon,
    ...modelAgentCommon,
    kind: z.literal('claude-code'),
    /** The Claude Code CLI: a path (relative paths from the current directory) or a name on PATH. */
    bin: z.string().min(1).default('claude'),
    /** `--model` (an id or an alias such as `sonnet`); omitted: the CLI's default. */
    model: z.string().min(1).optional(),
    /** `--permission-mode`: `bypassPermissions` (unattended; as root barometer sets IS_SANDBOX=1) or the safer `acceptEdits`. */
    permissionMode: z.enum(['bypassPermissions', 'acceptEdits', 'default']).default('bypassPermissions'),
    /** `--max-turns`. */
    maxTurns: z.number().int().min(1).max(10_000).optional(),
    /** `--allowedTools` (e.g. `["Read", "Edit", "Bash(node:*)"]`). */
    allowedTools: z.array(z.string().min(1)).default([]),
    /** `--disallowedTools`. */
    disallowedTools: z.array(z.string().min(1)).default([]),
    /** `--append-system-prompt`. */
    appendSystemPrompt: z.string().min(1).optional(),
    /** More CLI arguments, appended as given. */
    extraArgs: z.array(z.string()).default([]),
    /** `CLAUDE_CODE_MAX_RETRIES`: the CLI's own API retries (its default is 10). */
    maxRetries: z.number().int().min(0).max(15).default(10),
    /** `API_TIMEOUT_MS`: the CLI's per-request timeout until response headers. */
    apiTimeoutMs: z.number().int().min(1000).max(3_600_000).default(600_000),
  })
  .strict();

const sdkAgentCommon = {
  ...modelAgentCommon,
  /** The model id sent to the API. */
  model: z.string().min(1),
  /** `agent`: the fixed tool loop; `single-shot`: one answer, code taken from it. */
  mode: z.enum(['agent', 'single-shot']).default('agent'),
  /** Model calls per attempt at most (agent mode). */
  maxTurns: z.number().int().min(1).max(1000).default(30),
  /** Output token limit of each model call. */
  maxTokens: z.number().int().min(1).max(1_000_000).default(8192),
  temperature: z.number().min(0).max(2).optional(),
  /** Replaces the built-in system prompt of the mode (its hash is recorded). */
  systemPrompt: z.string().min(1).optional(),
  /** Stream answers (SSE) instead of waiting for one JSON response. */
  stream: z.boolean().default(false),
  /** Name of the variable in `env` that holds the API key. */
  apiKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).optional(),
  /** Retries of a failed call (429, 5xx, 529, network errors, timeouts) after the first try. */
  maxRetries: z.number().int().min(0).max(20).default(4),
  /** Delay before the first retry in ms; doubles each retry, with jitter. */
  retryBaseDelayMs: z.number().int().min(0).max(600_000).default(1000),
  /** Longest single wait between tries in ms (also caps a server's retry-after). */
  retryMaxDelayMs: z.number().int().min(0).max(3_600_000).default(60_000),
  /** Timeout of one HTTP request in ms (retried); the outer `timeoutSec` bounds the whole attempt. */
  requestTimeoutMs: z.number().int().min(100).max(3_600_000).default(600_000),
  /** Time limit of one `run_command` tool call, in seconds. */
  commandTimeoutSec: z.number().positive().max(3600).default(60),
};

export const anthropicAgentSchema = z
  .object({
    ...agentCommon,
    ...sdkAgentCommon,
    kind: z.literal('anthropic'),
    /** API origin (the SDK appends `/v1/messages`). */
    baseUrl: z.string().url().default('https://api.anthropic.com'),
  })
  .strict();

export const openaiAgentSchema = z
  .object({
    ...agentCommon,
    ...sdkAgentCommon,
    kind: z.literal('openai'),
    /** Chat Completions base URL, e.g. `https://openrouter.ai/api/v1` or `http://localhost:11434/v1`. */
    baseUrl: z.string().url().default('https://api.openai.com/v1'),
    /** `max_completion_tokens` (OpenAI) or `max_tokens` (older OpenAI-compatible servers). */
    maxTokensField: z.enum(['max_completion_tokens', 'max_tokens']).default('max_completion_tokens'),
    /** Extra HTTP headers (not secrets: they go into the settings hash by name only). */
    headers: z.record(z.string().min(1), z.string()).default({}),
  })
  .strict();

export const agentSchema = z.discriminatedUnion('kind', [simulatedAgentSchema, commandAgentSchema, claudeCodeAgentSchema, anthropicAgentSchema, openaiAgentSchema]);

/** The whole configuration file. */
export const configSchema = z
  .object({
    /** SQLite file path (relative to the config file) or a `postgres://` URL. */
    database: z.string().min(1).default('./barometer.db'),
    /** Default suite: `builtin`, a name under `suites`, or a directory. */
    suite: z.string().min(1).default('builtin'),
    /** Named suites: name → directory (relative to the config file). */
    suites: z.record(agentName, z.string().min(1)).default({}),
    /** Tasks per day, chosen deterministically from the seed and the date; omit for all tasks. */
    tasksPerDay: z.number().int().positive().optional(),
    /**
     * The core set attempted every day (best for paired statistics): a number of fixed tasks chosen
     * once from the seed, or a list of task ids; the rest of `tasksPerDay` rotates through the suite.
     */
    core: z.union([z.number().int().min(0), z.array(z.string().min(1)).min(1)]).optional(),
    /** Trials per task. */
    trials: z.number().int().min(1).max(100).default(1),
    /** Attempts run at once; omit for the number of CPU cores. */
    concurrency: z.number().int().min(1).max(256).optional(),
    /** Seed of the daily task selection. */
    seed: z.number().int().default(0),
    /** Budget of one run in US dollars: no new attempt starts once the run's recorded cost reaches it. */
    maxCostUsd: z.number().positive().optional(),
    /** Seconds the hidden tests of one attempt may run. */
    testTimeoutSec: z.number().positive().max(3600).optional(),
    baseline: baselineSchema.default({ days: 14 }),
    /** The sequential detector behind `barometer status`. */
    detection: z
      .object({
        /** Target average number of days (with data) between false alarms on a stable agent. */
        arl0Days: z.number().min(30).max(100_000).default(730),
        /** Smallest change in pass rate that matters (0.05 = 5 points). */
        minEffect: z.number().gt(0).lt(1).default(0.05),
        /** Share of the false-alarm budget spent on drops (the rest on rises); 0.5 treats both alike. */
        dropShare: z.number().gt(0).lt(1).default(0.9),
      })
      .strict()
      .default({ arl0Days: 730, minEffect: 0.05, dropShare: 0.9 }),
    agents: z.array(agentSchema).default([]),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    const seen = new Map<string, number>();
    cfg.agents.forEach((a, i) => {
      const prev = seen.get(a.name);
      if (prev !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['agents', i, 'name'], message: `duplicate agent name "${a.name}" (also agents[${prev}])` });
      }
      seen.set(a.name, i);
    });
  });

export type Baseline = z.infer<typeof baselineSchema>;
export type SimulatedAgentConfig = z.infer<typeof simulatedAgentSchema>;
export type SimulatedChange = z.infer<typeof simulatedChangeSchema>;
export type CommandAgentConfig = z.infer<typeof commandAgentSchema>;
export type ClaudeCodeAgentConfig = z.infer<typeof claudeCodeAgentSchema>;
export type AnthropicAgentConfig = z.infer<typeof anthropicAgentSchema>;
export type OpenAIAgentConfig = z.infer<typeof openaiAgentSchema>;
export type AgentConfig = z.infer<typeof agentSchema>;
/** The validated, frozen configuration. `file` is where it came from (or null for defaults). */
export type Config = z.infer<typeof configSchema> & { file: string | null; baseDir: string };
