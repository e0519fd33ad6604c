import type { Config } from '../config/config-schema.js';
import type { BaselineFor } from '../monitor/build-reports.js';

/** Each agent's baseline from the config: its own `baseline`, else the top-level one. */
export function baselineFor(config: Config): BaselineFor {
  return (agent) => config.agents.find((a) => a.name === agent)?.baseline ?? config.baseline;
}
