import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { usageError } from '../core/errors.js';
import { configSchema, type Config } from './config-schema.js';
import { formatPath } from './format-path.js';
import { interpolateEnv } from './interpolate-env.js';

/** The config file used when `--config` is not given. */
export const DEFAULT_CONFIG_FILE = 'barometer.config.yaml';

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Path given with `--config`; when absent the default file is used if it exists. */
  file?: string;
  /** `--db`: overrides the file's `database`. */
  db?: string;
  /** The environment used for `${VAR}` interpolation (the only reader of `process.env` passes it in). */
  env: Record<string, string | undefined>;
  /** Working directory that relative paths start from. */
  cwd: string;
  /** When true, a missing default config file is fine (defaults are used). */
  optional?: boolean;
}

/**
 * Reads a YAML (or JSON) config file, interpolates `${ENV}`, validates it with zod and returns it
 * frozen. Every problem is a one-line error (exit code 2) naming the file, the path in the document
 * and what was expected.
 */
export function loadConfig(options: LoadConfigOptions): Config {
  const explicit = options.file !== undefined;
  const file = resolve(options.cwd, options.file ?? DEFAULT_CONFIG_FILE);
  let raw: unknown = {};
  let source: string | null = null;
  if (existsSync(file)) {
    source = file;
    raw = parseFile(file);
  } else if (explicit) {
    throw usageError('CONFIG_NOT_FOUND', `config file ${file} does not exist (create one with \`barometer init\`)`);
  } else if (!options.optional) {
    throw usageError('CONFIG_NOT_FOUND', `no ${DEFAULT_CONFIG_FILE} in ${options.cwd}: run \`barometer init\` to write one, or pass --config FILE`);
  }
  const label = source ?? '<defaults>';
  const interpolated = interpolateEnv(raw ?? {}, options.env, label);
  const parsed = configSchema.safeParse(interpolated);
  if (!parsed.success) throw usageError('CONFIG_INVALID', `${label}: ${describeIssue(parsed.error.issues[0]!)}`);
  const baseDir = source ? dirname(source) : options.cwd;
  const config: Config = { ...parsed.data, file: source, baseDir };
  config.database =
    options.db !== undefined ? resolveDatabase(options.db, options.cwd) : resolveDatabase(config.database, baseDir);
  // A suite given as a path in the file is relative to the file, like every other path in it.
  if (!(config.suite in config.suites) && /^(\.{1,2}\/|\/)|\//.test(config.suite)) config.suite = resolve(baseDir, config.suite);
  config.suites = Object.fromEntries(Object.entries(config.suites).map(([name, dir]) => [name, resolve(baseDir, dir)]));
  return deepFreeze(config);
}

/** A database location: URLs and `:memory:` as they are, file paths made absolute against `base`. */
export function resolveDatabase(location: string, base: string): string {
  if (location === ':memory:' || /^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return location;
  return resolve(base, location);
}

function parseFile(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  // YAML is a superset of JSON, so one parser reads both.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0];
    const where = line ? `line ${line.line}, column ${line.col}` : 'unknown position';
    throw usageError('CONFIG_INVALID', `${file}: ${where}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  return doc.toJS();
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return `${path}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling; \`barometer init\` writes a commented example)`;
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue) {
    return `${path}: ${issue.message}`;
  }
  return `${path}: ${issue.message.replace(/^Invalid input: /, '')}`;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
