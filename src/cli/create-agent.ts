import type { AgentAdapter } from '../agents/agent-adapter.js';
import { CommandAgent } from '../agents/command/command-agent.js';
import { SimulatedAgent } from '../agents/simulated/simulated-agent.js';
import type { AgentConfig, Config } from '../config/config-schema.js';
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
export function createAgent(cfg: AgentConfig, deps: { sandbox: Sandbox; env: Record<string, string | undefined> }): AgentAdapter {
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
      });
    }
  }
}
