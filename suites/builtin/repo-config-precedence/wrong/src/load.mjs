import { DEFAULTS } from './defaults.mjs';
import { fromEnv } from './env.mjs';
import { fromArgs } from './cli.mjs';

/**
 * The effective configuration. See README.md for the precedence of the layers.
 * @param {{ file?: object, env?: object, argv?: string[] }} [sources]
 */
export function loadConfig({ file = {}, env = {}, argv = [] } = {}) {
  return {
    ...DEFAULTS,
    ...file,
    ...fromArgs(argv),
    ...fromEnv(env),
  };
}
