import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usageError } from '../core/errors.js';
import type { Suite } from '../core/task.js';
import { loadSuite } from './load-suite.js';

/** Directory of the suites shipped with barometer (`<package>/suites`). */
export const BUILTIN_SUITES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'suites');

/**
 * Finds a suite by name or directory: a name from the config's `suites`, a suite shipped with
 * barometer (`builtin`), or a path to a directory of tasks.
 */
export function resolveSuite(nameOrDir: string, named: Readonly<Record<string, string>>, cwd: string): Suite {
  const configured = named[nameOrDir];
  if (configured) return loadSuite(configured, nameOrDir);
  const builtin = join(BUILTIN_SUITES_DIR, nameOrDir);
  if (/^[a-z0-9-]+$/.test(nameOrDir) && existsSync(builtin)) return loadSuite(builtin, nameOrDir);
  const dir = resolve(cwd, nameOrDir);
  if (existsSync(dir)) return loadSuite(dir);
  const known = ['builtin', ...Object.keys(named)].join(', ');
  throw usageError('UNKNOWN_SUITE', `unknown suite "${nameOrDir}": not a configured suite (${known}) nor a directory`);
}
