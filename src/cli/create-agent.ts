import type { AgentAdapter } from '../agents/agent-adapter.js';
import { createAnthropicAgent } from '../agents/anthropic/anthropic-agent.js';
import { ClaudeCodeAgent } from '../agents/claude-code/claude-code-agent.js';
import { CommandAgent } from '../agents/command/command-agent.js';
import { createOpenAIAgent } from '../agents/openai/openai-agent.js';
import { SimulatedAgent } from '../agents/simulated/simulated-agent.js';
import { isAbsolute, resolve } from 'node:path';
import type { AgentConfig, AnthropicAgentConfig, Config, OpenAIAgentConfig } from '../config/config-schema.js';
import { usageError } from '../core/errors.js';
import type { Sandbox } from '../sandbox/sandbox.js';

/** Finds an agent's config by name; an unknown name is a usage error listing the known ones. */
export function findAgentConfig(config: Config, name: string): AgentConfig {
  const found = config.agents.find((a) => a.name === name);
  if (found) return found;
  const known = config.agents.map((a) => a.name);
  const where = config.file ?? 'the configuration';
  throw usageError(
    'UNKNOWN_AGENT',
    `unknown agent "${name}": ${known.length ? `${where} defines ${known.join(', ')}` : `${where} defines no agents (add one under agents:)`}`,
  );
}

/** The composition root for agents: builds the adapter a config entry names. */
export function createAgent(cfg: AgentConfig, deps: { sandbox: Sandbox; env: Record<string, string | undefined>; /** Directory relative paths in the agent config start from (the config file's). */ baseDir?: string }): AgentAdapter {
  switch (cfg.kind) {
    case 'simulated':
      return new SimulatedAgent({
        name: cfg.name,
        seed: cfg.seed,
        skill: cfg.skill,
        version: cfg.version,
        model: cfg.model,
        errorRate: cfg.errorRate,
        latencyMs: cfg.latencyMs,
        changes: cfg.changes,
      });
    case 'command': {
      if (cfg.promptVia === 'arg' && Array.isArray(cfg.command) && !cfg.command.some((a) => a.includes('{prompt}'))) {
        throw usageError('CONFIG_INVALID', `agent "${cfg.name}": promptVia is "arg" but no argument of command contains {prompt}`);
      }
      const passed: Record<string, string> = {};
      for (const name of cfg.passEnv) {
        const v = deps.env[name];
        if (v === undefined) throw usageError('CONFIG_INVALID', `agent "${cfg.name}": passEnv names ${name}, which is not set in the environment`);
        passed[name] = v;
      }
      return new CommandAgent({
        name: cfg.name,
        command: cfg.command,
        promptVia: cfg.promptVia,
        timeoutSec: cfg.timeoutSec,
        env: { ...passed, ...cfg.env },
        hostPath: deps.env.PATH,
        versionCommand: cfg.versionCommand,
        model: cfg.model,
        onNonZeroExit: cfg.onNonZeroExit,
        sandbox: deps.sandbox,
        parser: cfg.parser,
        prices: cfg.prices,
      });
    }
    case 'claude-code':
      return new ClaudeCodeAgent({
        name: cfg.name,
        // A path (with a /) is resolved from the current directory; a bare name is looked up on PATH.
        bin: cfg.bin.includes('/') && !isAbsolute(cfg.bin) ? resolve(deps.baseDir ?? '.', cfg.bin) : cfg.bin,
        model: cfg.model,
        permissionMode: cfg.permissionMode,
        maxTurns: cfg.maxTurns,
        allowedTools: cfg.allowedTools,
        disallowedTools: cfg.disallowedTools,
        appendSystemPrompt: cfg.appendSystemPrompt,
        extraArgs: cfg.extraArgs,
        timeoutSec: cfg.timeoutSec,
        maxRetries: cfg.maxRetries,
        apiTimeoutMs: cfg.apiTimeoutMs,
        env: cfg.env,
        hostPath: deps.env.PATH,
        prices: cfg.prices,
        sandbox: deps.sandbox,
        maxConcurrency: cfg.maxConcurrency,
      });
    case 'anthropic':
      return createAnthropicAgent({ ...sdkAgentOptions(cfg, 'ANTHROPIC_API_KEY', true), baseUrl: cfg.baseUrl });
    case 'openai':
      return createOpenAIAgent({
        ...sdkAgentOptions(cfg, 'OPENAI_API_KEY', new URL(cfg.baseUrl).hostname === 'api.openai.com'),
        baseUrl: cfg.baseUrl,
        maxTokensField: cfg.maxTokensField,
        headers: cfg.headers,
      });
  }
}

/**
 * The options the two SDK adapters share. The API key comes only from the agent's `env` (the
 * variable `apiKeyEnv`, default `keyVar`); a local OpenAI-compatible server may need none.
 */
function sdkAgentOptions(cfg: AnthropicAgentConfig | OpenAIAgentConfig, keyVar: string, keyRequired: boolean) {
  const keyName = cfg.apiKeyEnv ?? keyVar;
  const apiKey = cfg.env[keyName];
  if ((apiKey === undefined || apiKey === '') && keyRequired) {
    throw usageError('CONFIG_INVALID', `agent "${cfg.name}": no API key: set env: { ${keyName}: \${${keyName}} } in its config`);
  }
  return {
    name: cfg.name,
    model: cfg.model,
    mode: cfg.mode,
    apiKey: apiKey || 'unused',
    stream: cfg.stream,
    maxTurns: cfg.maxTurns,
    maxTokens: cfg.maxTokens,
    temperature: cfg.temperature,
    systemPrompt: cfg.systemPrompt,
    timeoutSec: cfg.timeoutSec,
    requestTimeoutMs: cfg.requestTimeoutMs,
    commandTimeoutSec: cfg.commandTimeoutSec,
    retry: { maxRetries: cfg.maxRetries, baseDelayMs: cfg.retryBaseDelayMs, maxDelayMs: cfg.retryMaxDelayMs },
    prices: cfg.prices,
    secrets: Object.values(cfg.env),
    maxConcurrency: cfg.maxConcurrency,
  };
}
