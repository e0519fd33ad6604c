import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { z } from 'zod';
import { usageError } from '../../core/errors.js';
import { hashFiles, listFiles } from '../../core/files.js';
import { DIFFICULTIES, TASK_CATEGORIES, type Difficulty, type TaskCategory } from '../../core/task.js';

/** Files of a template directory. */
export const TEMPLATE_LAYOUT = {
  manifest: 'template.toml',
  generator: 'generate.mjs',
} as const;

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * The `[grading]` block of a template: exactly the block of task.toml, except that an answer
 * key's `expected` may be left out when `generate` supplies it for each seed.
 */
export type TemplateGrading =
  | { kind: 'tests'; command: string; timeout_sec?: number }
  | { kind: 'answer'; file: string; expected?: string | string[]; match?: 'exact' | 'normalized' | 'regex'; label?: string };

const gradingSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('tests'),
      command: z.string().min(1),
      timeout_sec: z.number().positive().max(3600).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('answer'),
      file: z.string().min(1),
      expected: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
      match: z.enum(['exact', 'normalized', 'regex']).optional(),
      label: z.string().optional(),
    })
    .strict(),
]);

const templateTomlSchema = z
  .object({
    id: z.string().regex(ID_PATTERN, { message: 'expected lowercase letters, digits, ".", "_" or "-"' }).optional(),
    title: z.string().min(1),
    category: z.enum(TASK_CATEGORIES),
    language: z.string().min(1),
    difficulty: z.enum(DIFFICULTIES),
    tags: z.array(z.string()).default([]),
    version: z.union([z.number().int().nonnegative(), z.string().regex(/^[A-Za-z0-9._-]+$/, { message: 'expected letters, digits, ".", "_" or "-"' })]),
    generator: z
      .string()
      .regex(/^[A-Za-z0-9._-]+\.mjs$/, { message: 'expected a .mjs file name inside the template directory' })
      .default(TEMPLATE_LAYOUT.generator),
    description: z.string().optional(),
    grading: gradingSchema,
  })
  .strict();

/** A parametric task template, as loaded from its directory (see docs/templates.md). */
export interface Template {
  /** The directory name, or `id` in template.toml; variants are `<id>--<seed-slug>`. */
  id: string;
  /** Absolute path of the template's directory. */
  dir: string;
  title: string;
  category: TaskCategory;
  language: string;
  difficulty: Difficulty;
  tags: string[];
  /** What the template is about, for people (optional). */
  description: string | null;
  /** The author's version (`version` in template.toml, as a string): bumped when the generator changes. */
  version: string;
  /** Absolute path of the generator module. */
  generatorPath: string;
  /** The grading block, copied into every variant's task.toml after merging the generator's override. */
  grading: TemplateGrading;
  /** Content hash (12 hex digits) of every file of the template directory. */
  hash: string;
}

/** Files in a template directory that never count towards its hash (caches of the tools). */
function ignoredInHash(rel: string): boolean {
  return /(^|\/)(node_modules|__pycache__|\.DS_Store)(\/|$)/.test(rel);
}

/**
 * Loads a template from its directory: `template.toml` (metadata, `version`, the grading block)
 * and the generator module (`generate.mjs`). Problems are one-line `TASK_INVALID` errors (exit code
 * 2) naming the template directory. The generator is not imported here; see `materializeVariant`.
 */
export function loadTemplate(dir: string): Template {
  const abs = resolve(dir);
  const where = `template ${abs}`;
  const manifestPath = join(abs, TEMPLATE_LAYOUT.manifest);
  if (!existsSync(manifestPath)) throw usageError('TASK_INVALID', `${where}: missing ${TEMPLATE_LAYOUT.manifest}`);
  let raw: unknown;
  try {
    raw = parseToml(readFileSync(manifestPath, 'utf8'));
  } catch (err) {
    throw usageError('TASK_INVALID', `${where}: ${TEMPLATE_LAYOUT.manifest} is not valid TOML: ${(err as Error).message.split('\n')[0]}`, err);
  }
  const parsed = templateTomlSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw usageError('TASK_INVALID', `${where}: ${TEMPLATE_LAYOUT.manifest}: ${issue.path.join('.') || '<root>'}: ${issue.message.replace(/^Invalid input: /, '')}`);
  }
  const m = parsed.data;
  const id = m.id ?? basename(abs);
  if (!ID_PATTERN.test(id)) throw usageError('TASK_INVALID', `${where}: the directory name "${id}" is not a valid template id (lowercase letters, digits, ".", "_" or "-"); set id in ${TEMPLATE_LAYOUT.manifest}`);
  const generatorPath = join(abs, m.generator);
  if (!existsSync(generatorPath) || !statSync(generatorPath).isFile()) {
    throw usageError('TASK_INVALID', `${where}: missing its generator ${m.generator} (a module exporting generate({ seed, random, helpers }))`);
  }
  if (m.grading.kind === 'answer' && m.grading.match === 'regex' && m.grading.expected !== undefined) {
    for (const pattern of [m.grading.expected].flat()) {
      try {
        new RegExp(pattern);
      } catch {
        throw usageError('TASK_INVALID', `${where}: grading.expected: "${pattern}" is not a valid regular expression`);
      }
    }
  }
  const files = listFiles(abs, { ignore: ignoredInHash });
  return {
    id,
    dir: abs,
    title: m.title,
    category: m.category,
    language: m.language,
    difficulty: m.difficulty,
    tags: m.tags,
    description: m.description ?? null,
    version: String(m.version),
    generatorPath,
    grading: m.grading,
    hash: hashFiles(abs, files).slice(0, 12),
  };
}

/** True when `dir` is a template directory (holds a template.toml). */
export function isTemplateDir(dir: string): boolean {
  return existsSync(join(dir, TEMPLATE_LAYOUT.manifest));
}

/**
 * Loads every template of a directory of templates (each sub-directory holding a template.toml),
 * sorted by directory name. Throws when two templates share an id or when there is none.
 */
export function loadTemplates(dir: string): Template[] {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw usageError('UNKNOWN_SUITE', `template directory ${abs} does not exist`);
  const templates: Template[] = [];
  for (const entry of readdirSync(abs).sort()) {
    const sub = join(abs, entry);
    if (!statSync(sub).isDirectory() || !isTemplateDir(sub)) continue;
    templates.push(loadTemplate(sub));
  }
  if (templates.length === 0) throw usageError('UNKNOWN_SUITE', `template directory ${abs} holds no templates (each is a folder with a ${TEMPLATE_LAYOUT.manifest})`);
  const ids = new Map<string, string>();
  for (const t of templates) {
    const other = ids.get(t.id);
    if (other) throw usageError('TASK_INVALID', `templates ${abs}: template id "${t.id}" is used by both ${other} and ${t.dir}`);
    ids.set(t.id, t.dir);
  }
  return templates;
}
