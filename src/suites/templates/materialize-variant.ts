import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseToml, stringify as stringifyToml } from 'smol-toml';
import { z } from 'zod';
import { BarometerError, usageError } from '../../core/errors.js';
import { shortHash } from '../../core/ids.js';
import type { Suite, Task } from '../../core/task.js';
import { loadTask, TASK_LAYOUT } from '../load-task.js';
import { loadTemplates, type Template, type TemplateGrading } from './load-template.js';
import { createHelpers, createRandom, type Random, type TemplateHelpers } from './template-random.js';

/** What a generator's `generate` function receives. */
export interface GenerateInput {
  /** The seed as given (barometer uses the run's date, e.g. `2026-01-05`). */
  seed: string;
  /** The template id (already mixed into `random`'s seed). */
  templateId: string;
  /** The seeded PRNG: uniform numbers in [0, 1). The only source of randomness a generator may use. */
  random: Random;
  /** Helpers over `random`: int, pick, shuffle, identifiers… */
  helpers: TemplateHelpers;
}

/** Relative path → UTF-8 content. */
export type GeneratedFiles = Record<string, string>;

/** What a generator's `generate` function returns (it may also return a promise of it). */
export interface GeneratedVariant {
  /** instruction.md: what the agent is told. */
  instruction: string;
  /** The files the agent starts with (at least one). */
  workspace: GeneratedFiles;
  /** Hidden tests, copied to `tests/` at grading time (required for grading kind `tests`). */
  tests?: GeneratedFiles;
  /** The reference solution, overlaid onto the workspace (at least one file). */
  solution: GeneratedFiles;
  /** A plausible wrong solution (strongly recommended: validation proves it fails). */
  wrong?: GeneratedFiles;
  /** The drawn parameters, recorded in the variant's variant.json for debugging. */
  params?: Record<string, unknown>;
  /** Per-variant grading fields merged over the template's block (e.g. an answer key's `expected` and `label`). */
  grading?: Partial<{ expected: string | string[]; label: string; match: 'exact' | 'normalized' | 'regex'; command: string; timeout_sec: number }>;
}

/** Extra files a variant directory holds besides the task layout. */
export const VARIANT_INFO_FILE = 'variant.json';

const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

const filesSchema = z.record(z.string(), z.string()).superRefine((files, ctx) => {
  for (const rel of Object.keys(files)) {
    if (!rel.split('/').every((s) => SAFE_SEGMENT.test(s) && s !== '..' && s !== '.')) {
      ctx.addIssue({ code: 'custom', message: `"${rel}" is not a safe relative path (use a/b.ext: letters, digits, ".", "_", "-")`, path: [rel] });
    }
  }
});

const outputSchema = z
  .object({
    instruction: z.string().refine((s) => s.trim() !== '', { message: 'is empty' }),
    workspace: filesSchema.refine((f) => Object.keys(f).length > 0, { message: 'needs at least one file' }),
    tests: filesSchema.default({}),
    solution: filesSchema.refine((f) => Object.keys(f).length > 0, { message: 'needs at least one file' }),
    wrong: filesSchema.default({}),
    params: z.record(z.string(), z.unknown()).default({}),
    grading: z
      .object({
        expected: z.union([z.string(), z.array(z.string()).min(1)]),
        label: z.string(),
        match: z.enum(['exact', 'normalized', 'regex']),
        command: z.string().min(1),
        timeout_sec: z.number().positive().max(3600),
      })
      .partial()
      .strict()
      .optional(),
  })
  .strict();

/**
 * The slug of a seed used in variant ids: the seed itself when it is already a short slug (dates
 * such as `2026-01-05` are), otherwise a slugified prefix plus a hash of the seed, so that
 * distinct seeds always give distinct slugs.
 */
export function seedSlug(seed: string): string {
  const slug = seed
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
  if (slug === seed && slug.length > 0 && slug.length <= 40) return slug;
  return `${slug.slice(0, 32).replace(/-+$/, '') || 'seed'}-${shortHash('seed', seed).slice(0, 8)}`;
}

/** The task id of a template's variant: `<template-id>--<seed-slug>`. */
export function variantId(template: Pick<Template, 'id'>, seed: string): string {
  return `${template.id}--${seedSlug(seed)}`;
}

/**
 * The version of a variant: a hash of the template's author version, the seed and the hash of the
 * template's files. It is known before generating and never depends on the machine.
 */
export function variantVersion(template: Pick<Template, 'version' | 'hash'>, seed: string): string {
  return shortHash('barometer-template-variant/1', template.version, seed, template.hash);
}

function checkSeed(seed: string): void {
  if (typeof seed !== 'string' || seed.trim() === '' || seed.length > 200) {
    throw usageError('USAGE', `a template seed must be a non-empty string of at most 200 characters, got ${JSON.stringify(seed)}`);
  }
}

/**
 * Runs a template's generator for one seed, in-process (generators are trusted suite code), with
 * a PRNG seeded from the template id and the seed. Its output is checked: paths must be safe
 * relative paths, the instruction non-empty, workspace and solution non-empty. To catch
 * generators that use Math.random, the clock or shared state, it is run twice and both outputs
 * must be identical.
 */
export async function runGenerator(template: Template, seed: string): Promise<Required<Omit<GeneratedVariant, 'grading'>> & Pick<GeneratedVariant, 'grading'>> {
  checkSeed(seed);
  const where = `template ${template.dir}: ${basename(template.generatorPath)} (seed "${seed}")`;
  let mod: { generate?: unknown };
  try {
    // The hash in the URL re-imports a changed generator instead of reusing a cached module.
    mod = (await import(`${pathToFileURL(template.generatorPath).href}?v=${template.hash}`)) as { generate?: unknown };
  } catch (err) {
    throw usageError('TASK_INVALID', `${where}: cannot be imported: ${(err as Error).message.split('\n')[0]}`, err);
  }
  const generate = mod.generate;
  if (typeof generate !== 'function') throw usageError('TASK_INVALID', `${where}: does not export a function generate({ seed, random, helpers })`);
  const once = async (): Promise<unknown> => {
    const random = createRandom('barometer-template', template.id, seed);
    const input: GenerateInput = { seed, templateId: template.id, random, helpers: createHelpers(random) };
    try {
      return await (generate as (input: GenerateInput) => unknown)(input);
    } catch (err) {
      throw usageError('TASK_INVALID', `${where}: generate threw: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`, err);
    }
  };
  const first = await once();
  const parsed = outputSchema.safeParse(first);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw usageError('TASK_INVALID', `${where}: generate returned an invalid variant: ${issue.path.join('.') || '<root>'}: ${issue.message.replace(/^Invalid input: /, '')}`);
  }
  const second = await once();
  if (JSON.stringify(first) !== JSON.stringify(second)) {
    throw usageError('TASK_INVALID', `${where}: generate is not deterministic: two runs with the same seed returned different variants (draw everything from random/helpers, never Math.random or the clock)`);
  }
  return parsed.data;
}

function mergeGrading(template: Template, override: GeneratedVariant['grading'], where: string): Record<string, unknown> {
  const base: TemplateGrading = template.grading;
  const o = override ?? {};
  const allowed = base.kind === 'tests' ? ['command', 'timeout_sec'] : ['expected', 'label', 'match'];
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) throw usageError('TASK_INVALID', `${where}: generate returned grading.${key}, which a "${base.kind}" grading block does not have`);
  }
  const merged: Record<string, unknown> = { ...base, ...o };
  if (merged.kind === 'answer' && merged.expected === undefined) {
    throw usageError('TASK_INVALID', `${where}: the answer key has no expected answer: set grading.expected in template.toml or return grading.expected from generate`);
  }
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  return merged;
}

/**
 * Materializes one variant of a template: runs the generator with `seed`, writes a regular task
 * directory `<outDir>/<template-id>--<seed-slug>/` (task.toml, instruction.md, workspace/, tests/,
 * solution/, wrong/ and variant.json recording the template, seed and drawn parameters) and loads
 * it with `loadTask`, so the variant is graded exactly like any task. An existing directory of the
 * same variant is replaced. The returned task's `version` is {@link variantVersion}. The same
 * (template, seed) always gives byte-identical files.
 */
export async function materializeVariant(template: Template, seed: string, outDir: string): Promise<Task> {
  const out = await runGenerator(template, seed);
  const id = variantId(template, seed);
  const version = variantVersion(template, seed);
  const where = `template ${template.dir} (seed "${seed}")`;
  const manifest = {
    id,
    title: template.title,
    category: template.category,
    language: template.language,
    difficulty: template.difficulty,
    tags: template.tags,
    template: { id: template.id, version: template.version, hash: template.hash, seed, variant_version: version },
    grading: mergeGrading(template, out.grading, where),
  };
  const files: Record<string, string> = {
    [TASK_LAYOUT.manifest]: `# Generated by barometer from template ${template.id} (version ${template.version}) with seed "${seed}". Do not edit.\n${stringifyToml(manifest)}\n`,
    [TASK_LAYOUT.instruction]: out.instruction.endsWith('\n') ? out.instruction : `${out.instruction}\n`,
    [VARIANT_INFO_FILE]: `${JSON.stringify({ template: template.id, templateVersion: template.version, templateHash: template.hash, seed, version, params: out.params }, null, 2)}\n`,
  };
  const groups: [string, Record<string, string>][] = [
    [TASK_LAYOUT.workspace, out.workspace],
    [TASK_LAYOUT.tests, out.tests],
    [TASK_LAYOUT.solution, out.solution],
    [TASK_LAYOUT.wrong, out.wrong],
  ];
  for (const [folder, group] of groups) for (const [rel, text] of Object.entries(group)) files[`${folder}/${rel}`] = text;

  const root = resolve(outDir);
  mkdirSync(root, { recursive: true });
  const target = join(root, id);
  const staging = join(root, `.${id}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    for (const [rel, text] of Object.entries(files)) {
      const abs = join(staging, rel);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
    if (existsSync(target)) rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  let task: Task;
  try {
    task = loadTask(target);
  } catch (err) {
    if (err instanceof BarometerError) throw usageError('TASK_INVALID', `${where}: the generated task is invalid: ${err.message}`, err);
    throw err;
  }
  return { ...task, version, template: { id: template.id, seed } };
}

/**
 * Materializes every template of a directory of templates for one seed into `outDir` and returns
 * them as a suite, like `loadSuite` does for a directory of tasks: its name comes from the
 * directory's suite.toml (or the directory name, or `name`), its version is a hash over the
 * variants' ids and versions (so a new seed or a changed template is a new suite version).
 */
export async function loadTemplateSuite(dir: string, options: { seed: string; outDir: string; name?: string }): Promise<Suite> {
  const abs = resolve(dir);
  const templates = loadTemplates(abs);
  let name = options.name ?? basename(abs);
  const manifest = join(abs, 'suite.toml');
  if (options.name === undefined && existsSync(manifest)) {
    const doc = parseToml(readFileSync(manifest, 'utf8')) as { name?: unknown };
    if (typeof doc.name === 'string' && doc.name !== '') name = doc.name;
  }
  const tasks: Task[] = [];
  for (const t of templates) tasks.push(await materializeVariant(t, options.seed, options.outDir));
  return { name, dir: abs, version: shortHash(...tasks.flatMap((t) => [t.id, t.version])), tasks, templates: [] };
}
