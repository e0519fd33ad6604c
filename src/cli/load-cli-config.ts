import type { Config } from '../config/config-schema.js';
import { loadConfig } from '../config/load-config.js';
import type { CliContext, GlobalOptions } from './cli-context.js';

/** Loads the config named by `--config` (or the default file) with `--db` applied. */
export function loadCliConfig(ctx: CliContext, globals: GlobalOptions, options: { optional?: boolean } = {}): Config {
  return loadConfig({
    env: ctx.env,
    cwd: ctx.cwd,
    ...(globals.config !== undefined ? { file: globals.config } : {}),
    ...(globals.db !== undefined ? { db: globals.db } : {}),
    ...(options.optional ? { optional: true } : {}),
  });
}
